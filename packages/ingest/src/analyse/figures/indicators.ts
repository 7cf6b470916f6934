// The figures of an article: each sentence's numbers read phase by phase, unnumbered first places, table cells,
// then the figures a page writes twice dropped. The one entry of figures/.

import { escapeLiteral } from "../../clean/patterns.js";
import { numberWords } from "../numbers.js";
import { allMatches } from "../partnerships/all-matches.js";
import type { Sentence } from "../sentences.js";
import type { Token } from "../tokens.js";
import type { IndicatorFinding } from "../types.js";
import { spelledAcronymUnits } from "./acronym-units.js";
import { countedHead } from "./counted-heads.js";
import { keepFigure, measureOf, startPage } from "./figure-measures.js";
import { HOME_WORDS, NUMBER_WORDS } from "./figure-words.js";
import { topRanks } from "./first-places.js";
import { keyFor } from "./indicator-keys.js";
import { growthMultiples } from "./multiples.js";
import { continentalPage, readNotation } from "./notation.js";
import { notACount, numberAt, type SentenceReading } from "./number-shapes.js";
import {
  dropAcronymRestatements,
  dropBoxRestatements,
  dropLeadRepeats,
  dropRankRestatements,
  dropTableRestatements,
} from "./restatements.js";
import { spacedTableFigures } from "./spaced-table-figures.js";
import { figureLines, tableFigures } from "./table-figures.js";

const DISASTER = new RegExp(`\\b(?:${numberWords.disasterWords.join("|")})\\b`, "i");
const DISASTERS = new RegExp(DISASTER.source, "gi");
// "help 1.2 million people cope with floods, drought and saltwater": a hazard guarded against, up to three listed
// words before the disaster's, is no event with a toll.
const HAZARD_BEFORE = new RegExp(
  `\\b(?:${numberWords.hazardOpeners.join("|")})\\s+(?:[\\p{L}-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+|\\s+)){0,3}$`,
  "iu",
);
/** Whether the sentence tells of a disaster: a disaster word not named as a hazard guarded against. */
function tellsOfDisaster(text: string): boolean {
  if (!DISASTER.test(text)) return false;
  for (const m of allMatches(DISASTERS, text))
    if (!HAZARD_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) return true;
  return false;
}
// A headline sending condolences is about the tragedy it mourns: the toll is that story's, as on a disaster's page.
const CONDOLENCE_TITLE = new RegExp(`\\b(?:${numberWords.condolenceTitleWords.join("|")})\\b`, "i");
/** A year in a sentence dates the event it tells of: on a storm's own page, an earlier storm's toll. */
const YEAR = /\b(?:19|20)\d\d\b/;
/** The US dollar named as such: "US dollars", "U.S. dollar", "USD". */
const US_DOLLAR_NAMED = /\b(?:U\.?S\.? dollars?|USD)\b/u;
/** The US dollar's own sign, "US$" or "U.S.$": a page printing it keeps the bare "$" for its outlet's dollar. */
const US_DOLLAR_SIGN = /\bU\.?S\.?\s?\$/u;
/** Each local dollar's own names and signs ("S$", "SGD", "Singapore dollars"). */
const LOCAL_NAMED = new Map(
  [...new Set(Object.values(numberWords.currencies))].map((code) => {
    const names = Object.entries(numberWords.currencies).filter(([word, c]) => c === code && word !== "$");
    const pattern = names.map(([word]) => escapeLiteral(word)).join("|");
    return [code, new RegExp(`(?:^|[^\\p{L}])(?:${pattern})(?![\\p{L}])`, "iu")] as const;
  }),
);

/**
 * The dollar a bare "$" stands for on this story. An outlet's own "$" is its country's dollar, since its copy marks
 * the US dollar "US$"; a page that names the US dollar in words and prints neither "US$" nor the local dollar's
 * own name or sign writes "$" for the US dollar too (a syndicated copy of a Singaporean paper's report on Britain
 * and Vietnam: "nearly eight billion US dollars", "investment of about $4.5 billion").
 */
export function storyDollar(localDollar: string | null, text: string): string | null {
  if (!localDollar || !US_DOLLAR_NAMED.test(text) || US_DOLLAR_SIGN.test(text)) return localDollar;
  return LOCAL_NAMED.get(localDollar)?.test(text) ? localDollar : null;
}

/** Quantities with what they count, skipping years, dates, ordinals, ranges, durations and document numbers. */
export function findIndicators(
  sentences: readonly Sentence[],
  coveredBy: ReadonlyMap<number, Set<number>> = new Map(),
  localDollar: string | null = null,
  /** Quotations printed without marks, as one merged list (findQuotes' `unmarked`); marked ones are read from marks. */
  quotes: readonly { start: number; end: number }[] = [],
  /** The headline: when it names a storm or a flood, the disaster is the story and its toll is a figure of it. */
  title: string | null = null,
): IndicatorFinding[] {
  const out: IndicatorFinding[] = [];
  startPage(sentences);
  const disasterStory = title !== null && (DISASTER.test(title) || CONDOLENCE_TITLE.test(title));
  const continental = continentalPage(sentences);
  for (const s of sentences) {
    // "3,6 billion", "200.000 people", "5 000 students": continental figures read as one English-notation number.
    const { tokens: toks, covered } = readNotation(s, continental, coveredBy.get(s.index));
    // Both read the whole sentence, so only when a figure needs the answer (most sentences have none), and once.
    let disasterSeen: boolean | undefined;
    const disaster = () => {
      disasterSeen ??= tellsOfDisaster(s.text);
      return disasterSeen;
    };
    // On the disaster's own page its toll is a figure of the story, unless a year dates it to an earlier one.
    const storyToll = () => disasterStory && !YEAR.test(s.text);
    let homeSeen: boolean | undefined;
    const home = () => {
      homeSeen ??= HOME_WORDS.test(s.text);
      return homeSeen;
    };
    const reading: SentenceReading = { s, toks, covered, out, localDollar, quotes, disaster, storyToll, home };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      // Neither digits nor a number word: nothing below can read a figure here (most tokens).
      if (t.kind !== "number" && !NUMBER_WORDS.has(t.key) && toks[i - 1]?.key !== "a") continue;
      if (reading.consumed?.has(i)) continue;
      const figure = numberAt(reading, i);
      if (!figure || notACount(reading, i, figure)) continue;
      const measure = measureOf(reading, i, figure);
      if (!measure) continue;
      if (measure.unit === null && !figure.compound && !countedHead(reading, i, figure, measure)) continue;
      const end = keepFigure(reading, i, figure, measure);
      if (end !== null) i = end - 1;
    }
  }
  const ranked = new Set<string>();
  for (const s of sentences) out.push(...topRanks(s, ranked));
  for (const s of sentences)
    for (const m of growthMultiples(s)) if (!out.some((f) => f.start < m.end && m.start < f.end)) out.push(m);
  const cells = [
    ...tableFigures(sentences, keyFor),
    ...spacedTableFigures(sentences, keyFor),
    ...figureLines(sentences, keyFor),
  ];
  const all = [...out.filter((f) => !cells.some((c) => c.start < f.end && f.start < c.end)), ...cells];
  all.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start);
  return spelledAcronymUnits(
    dropAcronymRestatements(
      dropRankRestatements(
        dropLeadRepeats(dropBoxRestatements(dropTableRestatements(all, sentences), sentences)),
        sentences,
      ),
    ),
    sentences,
  );
}
