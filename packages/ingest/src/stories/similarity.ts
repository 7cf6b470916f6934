import type { Fingerprint } from "./fingerprint.js";
import { estimateJaccard } from "./minhash.js";

/** Above this shingle overlap two texts are copies of one another with small edits. */
const NEAR_DUPLICATE_SHINGLES = 0.5;
/** Above this blend of shared content words and shared figures two texts are versions (e.g. translations) of one story. */
const SAME_STORY_BLEND = 0.45;
const MIN_SHARED_FIGURES = 3;
// A year ("2008", "2023") is shared by every text about the same history: pages that list a country's partners with
// the years they joined share half a dozen and are different stories. Only other figures speak for one story.
const YEAR = /^(?:1[89]|20)\d\d$/;
const storyFigures = (figures: readonly string[]) => figures.filter((figure) => !YEAR.test(figure));

function jaccard(a: readonly string[], b: readonly string[]): { value: number; shared: number } {
  if (a.length === 0 && b.length === 0) return { value: 0, shared: 0 };
  const set = new Set(a);
  let shared = 0;
  for (const item of b) if (set.has(item)) shared++;
  return { value: shared / (a.length + b.length - shared), shared };
}

/** A score in [0, 1] and whether it is high enough to put both articles in one story. */
export function storySimilarity(a: Fingerprint, b: Fingerprint): { score: number; sameStory: boolean } {
  const shingles = estimateJaccard(a.shingles, b.shingles);
  if (shingles >= NEAR_DUPLICATE_SHINGLES) return { score: shingles, sameStory: true };
  const words = estimateJaccard(a.words, b.words);
  const figures = jaccard(storyFigures(a.figures), storyFigures(b.figures));
  // Without shared figures the evidence is words alone, so ask for more of them.
  const blend = figures.shared >= MIN_SHARED_FIGURES ? (words + figures.value) / 2 : words * 0.8;
  return { score: blend, sameStory: blend >= SAME_STORY_BLEND };
}
