// Growth written as a multiple: "grown more than 160-fold", "some 160 times the level of 1992", "rose 2.4 times from a
// year earlier". The number and its "times" are one figure in "times"; the count readers leave "times" alone, since
// most times are occurrences ("visited three times", "three times a week").
import { alternation } from "../../clean/patterns.js";
import { numberWords } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import type { IndicatorFinding } from "../types.js";
import { keyFor } from "./indicator-keys.js";

const SMALL = new Map(Object.entries(numberWords.units).filter(([w]) => w !== "dozen" && w !== "zero"));
const NUMBER = String.raw`(\d+(?:\.\d+)?|${alternation([...SMALL.keys()])})`;
const QUALIFIER = String.raw`(?:(${alternation(numberWords.qualifiers)})\s+)?`;
const { comparatives, growthNouns, growthVerbs, measuredNouns } = numberWords.multiples;
// "grown more than 160-fold", "a three-fold rise".
const FOLD = new RegExp(String.raw`\b${QUALIFIER}${NUMBER}[- ]fold\b`, "giu");
// "rose 2.4 times", "has grown by nearly three times", "an increase of more than 80 times", "a rise of 14 times".
const GROWN = new RegExp(
  String.raw`\b(?:${alternation(growthVerbs)}|an?\s+(?:${alternation(growthNouns)})\s+of)\s+(?:by\s+)?${QUALIFIER}${NUMBER}\s+times\b`,
  "giu",
);
// "up 28 times in volume and 19 times in value": a second multiple chained to the first after the first's measure.
// Read only where a multiple above already stands on the first "times".
const CHAINED = new RegExp(
  String.raw`\btimes\s+in\s+(?:${alternation(measuredNouns)})\s+(?:and|while|but)\s+${QUALIFIER}${NUMBER}\s+times\b`,
  "giu",
);
// "some 160 times the level of 1992", "2.7 times the foreign direct investment disbursed"; "almost three times last
// year's figure": a period's possessive stands for the article.
const OF_MEASURE = new RegExp(
  String.raw`\b${QUALIFIER}${NUMBER}\s+times\s+(?:the|its|their|that|what|(?:last|this|the\s+previous)\s+(?:year|month|quarter|decade)['’]s)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:${alternation(measuredNouns)})\b`,
  "giu",
);
// "3.8 times more than in the same period last year", "3.4 times higher than a year earlier": compared with an
// earlier level, as growth is.
const COMPARED = new RegExp(
  String.raw`\b${QUALIFIER}${NUMBER}\s+times\s+(?:${alternation(comparatives)})\s+(?:than|as)\b`,
  "giu",
);

// "up from $350 million a decade earlier, more than four times over": a multiple "over" closing its clause is the
// growth between the two levels; "18 times over two days" is an occurrence with its span after it.
const OVER = new RegExp(String.raw`\b${QUALIFIER}${NUMBER}\s+times\s+over(?=\s*[,.;:)]|\s*$)`, "giu");

function multipleOf(word: string): number {
  const n = Number(word);
  return Number.isFinite(n) ? n : (SMALL.get(word.toLowerCase()) ?? Number.NaN);
}

/** A multiple read over [start, end) of the sentence (offsets in the text), in "times". */
function multipleAt(s: Sentence, start: number, end: number, value: number, qualifier: string | undefined) {
  return {
    sentenceIndex: s.index,
    start,
    end,
    key: keyFor(s.text.toLowerCase(), "times"),
    value,
    of: null,
    unit: "times",
    qualifier: qualifier?.toLowerCase() ?? null,
    about: s.text.slice(start - s.start, end - s.start),
    sentence: s.text,
  } satisfies IndicatorFinding;
}

/** The multiples a sentence states, each once. */
export function growthMultiples(s: Sentence): IndicatorFinding[] {
  if (!/times|fold/i.test(s.text)) return [];
  const found: IndicatorFinding[] = [];
  for (const re of [FOLD, GROWN, OF_MEASURE, COMPARED, OVER]) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const value = multipleOf(m[2] ?? "");
      // One multiple per stretch of text: "grew more than three times the level of …" is read once.
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (!(value > 1) || found.some((f) => f.start < end && start < f.end)) continue;
      found.push(multipleAt(s, start, end, value, m[1]));
    }
  }
  CHAINED.lastIndex = 0;
  for (let m = CHAINED.exec(s.text); m; m = CHAINED.exec(s.text)) {
    const first = s.start + m.index;
    if (!found.some((f) => f.start <= first && first < f.end)) continue;
    const value = multipleOf(m[2] ?? "");
    const number = m[0].search(/(?:and|while|but)\s/u);
    const start = first + m[0].indexOf(" ", number) + 1;
    const end = first + m[0].length;
    if (!(value > 1) || found.some((f) => f.start < end && start < f.end)) continue;
    found.push(multipleAt(s, start, end, value, m[1]));
  }
  return found;
}
