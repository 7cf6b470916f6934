import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import data from "../data/partnership-news-references.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";

/**
 * "Japan and Vietnam elevated their ties to a comprehensive strategic partnership on Monday. … The upgrade follows
 * Vietnam's move to raise ties with the United States to the same level in September." A sentence whose subject is
 * the story's own step points its "same level" at that step's level, the highest the lead gave, even when sentences
 * about aid and trade stand between, and even when the last level named before it was the one the step left behind.
 */
const NewsReferences = z.object({
  stepNouns: z.array(z.string().min(1)),
  leadSentences: z.number().int().positive(),
  setVerbs: z.array(z.string().min(1)),
  raisedWithTo: z.string().min(1),
});
const config = NewsReferences.parse(data);

// "The upgrade …", "This elevation …", "Monday's upgrade …", "The new framework …": the step as the sentence's subject.
const STEP_SUBJECT = new RegExp(
  `^\\W*(?:(?:the|this|that)\\s+|\\p{Lu}\\p{Ll}+['’]s\\s+)(?:${config.stepNouns.join("|")})\\b(?!\\s+(?:of|to|from|in)\\b)`,
  "iu",
);

/** The level of the story's own step when the sentence's subject is that step, or null. */
export function stepSubjectLevel(
  text: string,
  found: readonly PartnershipFinding[],
  rank: Readonly<Record<PartnershipLevel, number>>,
): PartnershipLevel | null {
  if (!STEP_SUBJECT.test(text)) return null;
  return newsLevel(found, rank);
}

// "Vietnam has raised relations with A, B and C to the same level over the past year", many sentences after the
// story's own upgrade: the clause raising ties "to the same level" compares them with the step the story is about.
const RAISED_WITH_TO = new RegExp(config.raisedWithTo, "i");

/** The level of the story's own step when the text before a reference raises ties with someone "to" it, or null. */
export function raisedToStepLevel(
  head: string,
  found: readonly PartnershipFinding[],
  rank: Readonly<Record<PartnershipLevel, number>>,
): PartnershipLevel | null {
  return RAISED_WITH_TO.test(head) ? newsLevel(found, rank) : null;
}

// The highest dated level the lead gave: the story's own step.
function newsLevel(
  found: readonly PartnershipFinding[],
  rank: Readonly<Record<PartnershipLevel, number>>,
): PartnershipLevel | null {
  let best: PartnershipLevel | null = null;
  for (const p of found) {
    if (p.sentenceIndex >= config.leadSentences || p.year === null) continue;
    if (best === null || rank[p.level] > rank[best]) best = p.level;
  }
  return best;
}

// "Analysts said the upgrade put India alongside Russia and China as …": the object a step noun sets somewhere is the
// holder the step raised, so an undated reading of it takes the story's year.
const STEP_SETS = new RegExp(
  `\\b(?:the|this|that|its)\\s+(?:${config.stepNouns.join("|")})\\s+(?:${config.setVerbs.join("|")})\\s+(?:the\\s+)?$`,
  "i",
);
export function stepObjectYears(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  year: number | null,
  out: PartnershipFinding[],
) {
  if (year === null) return;
  for (const p of out) {
    if (p.year !== null) continue;
    const s = sentences[p.sentenceIndex];
    // a holder dated anywhere else in the story keeps that year
    if (!s || out.some((q) => q.countryCode === p.countryCode && q.year !== null)) continue;
    const set = places.some(
      (m) =>
        m.sentenceIndex === s.index &&
        m.place.kind === "country" &&
        m.place.code === p.countryCode &&
        STEP_SETS.test(s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start)),
    );
    if (set) Object.assign(p, { year, yearSource: "context" });
  }
}
