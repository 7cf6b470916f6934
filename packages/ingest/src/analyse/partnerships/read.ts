// Partnerships read out of an article: findPartnerships reads the sentences (sentence-levels.ts), then the shapes
// that need the whole article: tables, lists running on, the sides of a framework, dated steps.
import type { PlaceMention } from "../gazetteer.js";
import { SentenceMemo } from "../sentence-memo.js";
import type { Sentence } from "../sentences.js";
import { timelineEntryYears } from "../timeline-entries.js";
import type { PartnershipFinding } from "../types.js";
import { continuedLists } from "./continued-lists.js";
import { firstHeld } from "./first-held.js";
import { readSides, type SideReader } from "./framework-sides.js";
import { stepsAndHolders } from "./holder-steps.js";
import { laterUpgradeYears } from "./later-upgrades.js";
import { monthListYears } from "./month-lists.js";
import { openingYearMonths, paragraphTimeYears } from "./paragraph-time.js";
import { rangeLists } from "./range-lists.js";
import { foreignHoldersOut, levelsNamedIn, readPartnerships } from "./sentence-levels.js";
import { spokenHolders } from "./spoken-holders.js";
import { tableRows } from "./table-rows.js";
import { rewrapped, unmarkedHome } from "./text-repairs.js";
import { upgradeSpanYears } from "./upgrade-spans.js";
import { capitalMentions, RANK } from "./vocabulary.js";
import { withPairs } from "./with-pairs.js";
import { timeWordYear, type YearContext } from "./years.js";

export function findPartnerships(
  marked: readonly Sentence[],
  places: readonly PlaceMention[],
  published: YearContext,
): PartnershipFinding[] {
  // the per-sentence readings below are kept for this article only
  return SentenceMemo.during(() => partnershipsOf(marked, places, published));
}

function partnershipsOf(
  marked: readonly Sentence[],
  places: readonly PlaceMention[],
  published: YearContext,
): PartnershipFinding[] {
  const sentences = unmarkedHome(marked);
  if (sentences !== marked) {
    // the findings quote the page's own sentence, marks and all
    const original = new Map(sentences.map((s, i) => [s.text, marked[i]?.text ?? s.text]));
    return foreignHoldersOut(readFolded(sentences, places, published), sentences, places).map((p) => ({
      ...p,
      sentence: original.get(p.sentence) ?? p.sentence,
    }));
  }
  return foreignHoldersOut(readFolded(sentences, places, published), sentences, places);
}

function readFolded(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  published: YearContext,
): PartnershipFinding[] {
  const out = tableRows(
    continuedLists(readPartnerships(sentences, places, published), sentences, places, published),
    sentences,
    places,
  );
  const sides: SideReader = {
    levels: levelsNamedIn,
    timeWordYear: (text) => timeWordYear("", text, published),
    year: published.year,
    rank: RANK,
    capitals: capitalMentions,
  };
  const wrapped = rewrapped(sentences, places);
  if (wrapped.sentences === sentences) return finished(out, sentences, places, published, sides);
  // the joined lines only add holders the lines alone did not show: a line the cleaner dropped may leave a joined
  // sentence saying less than its lines did
  for (const p of readPartnerships(wrapped.sentences, wrapped.places, published)) {
    if (out.some((q) => q.countryCode === p.countryCode)) continue;
    const own = sentences.find((x) => p.start >= x.start && p.start < x.end);
    out.push({ ...p, sentenceIndex: own?.index ?? p.sentenceIndex });
  }
  return finished(out, sentences, places, published, sides);
}

interface ArticleView {
  sentences: readonly Sentence[];
  places: readonly PlaceMention[];
  published: YearContext;
  sides: SideReader;
}

// The passes that need every finding of the article, in the order they run: each takes the findings so far and
// returns them amended. Coordinated "with X to … and with Y to …" pairs come late, as they replace what the readers
// before made of such a sentence; a later sentence timing an upgrade dates the holders last, once every reading of
// them is in.
const ARTICLE_PASSES: ReadonlyArray<(out: PartnershipFinding[], a: ArticleView) => PartnershipFinding[]> = [
  (out, a) => readSides(out, a.sentences, a.places, a.sides),
  (out, a) => firstHeld(out, a.sentences, a.places),
  (out, a) => timelineEntryYears(out, a.sentences),
  (out, a) => monthListYears(out, a.sentences),
  (out, a) => paragraphTimeYears(out, a.sentences, a.published),
  (out, a) => stepsAndHolders(out, a.sentences, a.places, a.published),
  (out, a) => rangeLists(out, a.sentences, a.places),
  (out, a) => upgradeSpanYears(out, a.sentences),
  (out, a) => openingYearMonths(out, a.sentences, a.published),
  (out, a) => spokenHolders(out, a.sentences, a.places, a.published),
  (out, a) => withPairs(out, a.sentences, a.places),
  (out, a) => laterUpgradeYears(out, a.sentences, a.places, a.published),
];

/** The passes that need every finding of the article: sides, first holders, timelines, listed months, steps. */
function finished(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  published: YearContext,
  sides: SideReader,
): PartnershipFinding[] {
  const article: ArticleView = { sentences, places, published, sides };
  return ARTICLE_PASSES.reduce((found, pass) => pass(found, article), out);
}
