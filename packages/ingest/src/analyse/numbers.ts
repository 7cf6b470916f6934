import { z } from "zod";
import data from "./data/numbers.json" with { type: "json" };
import { glued, keysEndAt, type Token } from "./tokens.js";

const NumberWords = z.object({
  units: z.record(z.string(), z.number()),
  scales: z.record(z.string(), z.number()),
  ordinals: z.record(z.string(), z.number()),
  qualifiers: z.array(z.string()),
  currencies: z.record(z.string(), z.string()),
  scaledLetterCurrencies: z.record(z.string(), z.string()),
  percent: z.array(z.string()),
  timeUnits: z.array(z.string()),
  referenceWords: z.array(z.string()),
  months: z.array(z.string()),
  abstractNouns: z.array(z.string()),
  notSuperlatives: z.array(z.string()),
  pageCounters: z.array(z.string()),
  adverbs: z.array(z.string()),
  pairNouns: z.array(z.string()),
  ordinalSuffixes: z.array(z.string()),
  compoundCountNouns: z.array(z.string()),
  measureUnits: z.array(z.string()),
  spatialUnits: z.array(z.string()),
  disasterWords: z.array(z.string()),
  hazardOpeners: z.array(z.string()),
  condolenceTitleWords: z.array(z.string()),
  tollNouns: z.array(z.string()),
  unitAliases: z.record(z.string(), z.string()),
  labelWords: z.array(z.string()),
  questionLabels: z.array(z.string()),
  collectiveNouns: z.array(z.string()),
  levelVerbs: z.array(z.string()),
  relativeCountVerbs: z.array(z.string()),
  participleCountVerbs: z.array(z.string()),
  estimateParticiples: z.array(z.string()),
  communityNouns: z.array(z.string()),
  modelNames: z.array(z.string()),
  amountNouns: z.array(z.string()),
  addressWords: z.array(z.string()),
  frequencyAdjectives: z.array(z.string()),
  lyAdjectives: z.array(z.string()),
  attributionOpeners: z.array(z.array(z.string())),
  verbsAfterCount: z.array(z.string()),
  carriedCountOpeners: z.array(z.string()),
  carriedCountVerbs: z.array(z.string()),
  pairMemberNouns: z.array(z.string()),
  listedTallyNouns: z.array(z.string()),
  listOpeners: z.array(z.string()),
  coordinatedKinds: z.record(z.string(), z.array(z.string())),
  topRank: z.object({ words: z.array(z.string()), roles: z.array(z.string()) }),
  regionalCurrencies: z.record(z.string(), z.record(z.string(), z.string())),
  spacedCurrencySigns: z.array(z.string()),
  dimensionWords: z.array(z.string()),
  gluedScales: z.array(z.string()),
  groupNouns: z.array(z.string()),
  memberedGroups: z.array(z.string()),
  tierNouns: z.array(z.string()),
  placeDenials: z.array(z.string()),
  projectionWords: z.array(z.string()),
  lineCounters: z.array(z.string()),
  ageWords: z.array(z.string()),
  roundHedges: z.array(z.string()),
  pointingAdjectives: z.array(z.string()),
  basisPoints: z.array(z.string()),
  massUnits: z.array(z.string()),
  measureWords: z.array(z.string()),
  rankRoles: z.array(z.string()),
  fallWords: z.array(z.string()),
  fallNouns: z.array(z.string()),
  fallComparatives: z.array(z.string()),
  pollutants: z.array(z.string()),
  pluralModifiers: z.array(z.string()),
  jointPlaces: z.record(z.string(), z.array(z.string())),
  jointTrades: z.record(z.string(), z.array(z.string())),
  multiples: z.object({
    growthNouns: z.array(z.string()),
    comparatives: z.array(z.string()),
    growthVerbs: z.array(z.string()),
    measuredNouns: z.array(z.string()),
  }),
});
export const numberWords = NumberWords.parse(data);
const UNITS = new Map(Object.entries(numberWords.units));
const SCALES = new Map(Object.entries(numberWords.scales));
const GLUED_SCALES = new Set(numberWords.gluedScales);
const ORDINALS = new Map(Object.entries(numberWords.ordinals));
// The scales English writes after "a" as a round number ("a million tons"); abbreviations never stand so.
const ROUND_SCALES = new Set(["thousand", "million", "billion", "trillion", "quadrillion"]);
const CURRENCY_WORDS = new Set(Object.keys(numberWords.currencies));
// The last word of each qualifier ("more than", "over"): before "a dozen" a bound makes the twelve vague; a round
// guess ("about a dozen") still reads twelve.
const ROUND = new Set(numberWords.roundHedges);
const BOUNDS = numberWords.qualifiers.map((q) => q.split(" ")).filter((q) => !ROUND.has(q.at(-1) ?? ""));

/** A bound ("more than", "upwards of") ends just before token at; "the exchange of a dozen" has none. */
function boundBefore(toks: readonly Token[], at: number): boolean {
  return BOUNDS.some((words) => keysEndAt(toks, at + 1, words));
}

export interface ParsedNumber {
  value: number;
  /** Token range [from, to) of the number including its scale word. */
  from: number;
  to: number;
  /** Written in words ("six million") rather than digits. */
  words: boolean;
}

/** A cardinal at token i: "194", "1,200.5", "six", "twenty-five", "6 million", "nearly 800 billion" (scale kept). */
export function parseNumberAt(toks: readonly Token[], i: number): ParsedNumber | null {
  const t = toks[i];
  if (!t) return null;
  let value: number;
  let to = i + 1;
  let words = false;
  if (t.kind === "number") value = Number(t.text.replace(/,/g, ""));
  else if (UNITS.has(t.key) && t.key !== "dozen") {
    value = UNITS.get(t.key) ?? 0;
    words = true;
    const hy = toks[i + 1];
    const unit = toks[i + 2];
    if (hy?.text === "-" && hy.start === t.end && unit && UNITS.has(unit.key) && value >= 20) {
      value += UNITS.get(unit.key) ?? 0;
      to = i + 3;
    }
  } else if (
    t.key === "dozen" &&
    toks[i - 1]?.key === "a" &&
    toks[i + 1]?.kind === "word" &&
    !boundBefore(toks, i - 2)
  ) {
    // "signed a dozen memorandums", "about a dozen agreements": twelve. "more than a dozen countries", "dozens of" are
    // vague and never read.
    value = 12;
    words = true;
  } else if (
    ROUND_SCALES.has(t.key) &&
    toks[i - 1]?.key === "a" &&
    toks[i + 1]?.kind === "word" &&
    !CURRENCY_WORDS.has(toks[i + 1]?.key ?? "")
  ) {
    // "more than a million tons": the scale word after "a" is the number itself; "half a million visitors" is half of
    // it. "a billion dollars" is left out: the round sum restates an amount the page gives exactly, where the readings
    // have listed one.
    const half = toks[i - 2]?.key === "half";
    value = (SCALES.get(t.key) ?? 0) * (half ? 0.5 : 1);
    words = true;
  } else return null;
  // "seven-thousand companies", "160-thousand nationals": broadcast scripts hyphen the scale onto the figure. A second
  // hyphen after the scale makes an adjective ("a 300-million-dollar credit"), which the reader of amounts takes.
  const hyphen = toks[to];
  const scaled = toks[to + 1];
  if (
    hyphen?.text === "-" &&
    glued(toks[to - 1], hyphen) &&
    scaled &&
    glued(hyphen, scaled) &&
    SCALES.has(scaled.key) &&
    scaled.key.length > 3 &&
    !(toks[to + 2]?.text === "-" && glued(scaled, toks[to + 2]))
  )
    to++;
  // "about 33 ten thousand people", "52.0 ten thousand": translations of East Asian scales (万, 만 are ten thousands)
  // put a number word between the digits and the scale; the two words make one scale.
  const tens = toks[to];
  if (
    t.kind === "number" &&
    tens?.kind === "word" &&
    UNITS.has(tens.key) &&
    tens.key !== "dozen" &&
    SCALES.has(toks[to + 1]?.key ?? "") &&
    (toks[to + 1]?.key.length ?? 0) > 3
  ) {
    value = Number((value * (UNITS.get(tens.key) ?? 1)).toPrecision(12));
    to++;
  }
  let last = Number.POSITIVE_INFINITY;
  for (;;) {
    const scale = toks[to];
    if (!scale || !SCALES.has(scale.key)) break;
    // "m"/"bn" only glued or right after digits ("$5m", "3 bn"), never the word "m" elsewhere.
    if (scale.key.length <= 3 && scale.key !== "mln" && scale.key !== "bln" && t.kind !== "number") break;
    // "NZ$5b": a one-letter scale that is also a common letter counts only glued to the digits.
    if (GLUED_SCALES.has(scale.key) && !glued(toks[to - 1], scale)) break;
    // toPrecision: binary floats make 8.3 × 1e9 = 8300000000.000001.
    value = Number((value * (SCALES.get(scale.key) ?? 1)).toPrecision(12));
    last = SCALES.get(scale.key) ?? 1;
    to++;
  }
  // "6 trillion 630 billion yen", "3 million 200 thousand": a figure under a smaller scale right after a scaled one
  // is the rest of the same amount, as East Asian numbers are read out group by group.
  const rest = last !== Number.POSITIVE_INFINITY && toks[to]?.kind === "number" ? parseNumberAt(toks, to) : null;
  if (rest && rest.to > rest.from + 1 && rest.value < last && !rest.words) {
    value = Number((value + rest.value).toPrecision(12));
    to = rest.to;
  }
  // "17.3 tril. won": an abbreviated scale keeps its dot, so the currency word after it still belongs to the amount.
  const dot = toks[to];
  const after = toks[to + 1];
  if (
    to > i + 1 &&
    SCALES.has(toks[to - 1]?.key ?? "") &&
    dot?.text === "." &&
    glued(toks[to - 1], dot) &&
    after?.kind === "word" &&
    /^\p{Ll}/u.test(after.text)
  )
    to++;
  return Number.isFinite(value) ? { value, from: i, to, words } : null;
}

export function ordinalValue(t: Token | undefined): number | null {
  if (!t) return null;
  return ordinalOf(t.key);
}

/** "sixth" → 6, "14th" → 14: an ordinal written in words or in digits with a suffix; null for anything else. */
export function ordinalOf(word: string): number | null {
  const w = word.toLowerCase();
  const n = ORDINALS.get(w);
  if (n !== undefined) return n;
  const d = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
  return d ? Number(d[1]) : null;
}

/** Every ordinal written in words that the data knows ("first" … "twentieth"). */
export const ORDINAL_WORDS: readonly string[] = [...ORDINALS.keys()];
