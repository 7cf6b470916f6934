import { z } from "zod";
import countryData from "../data/countries.json" with { type: "json" };
import data from "../data/indicators.json" with { type: "json" };
import { HOME_NAME } from "../home-country.js";
import { numberWords, ordinalValue, type ParsedNumber, parseNumberAt } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";
import type { IndicatorFinding } from "../types.js";
import { WordSet } from "../word-shapes.js";
import { continentalPage, readNotation } from "./notation.js";
import { spacedTableFigures } from "./spaced-table-figures.js";
import { figureLines, tableFigures, tableRowSentences } from "./table-figures.js";

const Definitions = z.object({
  definitions: z.array(
    z.object({ key: z.string(), label: z.string(), units: z.array(z.string()), context: z.array(z.string()) }),
  ),
});
const definitions = Definitions.parse(data).definitions.map((d) => ({
  key: d.key,
  units: new Set(d.units.map((u) => u.toLowerCase())),
  context: d.context.map((c) => new RegExp(c)),
}));

const DEMONYMS = new Set(
  Object.keys(countryData.demonymOrgans.demonyms).map((d) => d.toLowerCase().split(" ").at(-1) ?? ""),
);
const QUALIFIERS = numberWords.qualifiers.map((q) => q.split(" "));
// Asked of every word of every sentence: most are settled by their shape, without a lookup (WordSet).
const NUMBER_WORDS = new WordSet([...Object.keys(numberWords.units), ...Object.keys(numberWords.ordinals)]);
const CURRENCIES = new Map(Object.entries(numberWords.currencies));
const LETTER_CURRENCIES = new Map(Object.entries(numberWords.scaledLetterCurrencies));
const SCALE_WORDS = new Map(Object.entries(numberWords.scales));
const PERCENT = new Set(numberWords.percent);
const BASIS_POINTS = new Set(numberWords.basisPoints);
const TIME = new Set(numberWords.timeUnits);
const REFERENCE = new Set(numberWords.referenceWords.map((w) => w.toLowerCase().replace(/\.$/, "")));
const MONTHS = new Set(numberWords.months);
const ABSTRACT = new Set(numberWords.abstractNouns);
const PAGE_COUNTERS = new Set(numberWords.pageCounters);
const LINE_COUNTERS = new Set(numberWords.lineCounters);
/** Sentences at the top of a story (standfirst, lead) that may restate one figure. */
const LEAD = 3;
const ADVERBS = new Set(numberWords.adverbs);
const PAIR_NOUNS = new Set(numberWords.pairNouns);
const MODEL_NAMES = new Set(numberWords.modelNames);
const COUNTABLE = new Set(["countries", "members", "nations", "economies", "states", "partners", "provinces"]);
const ORDINAL_SUFFIX = new Set(numberWords.ordinalSuffixes);
const COMPOUND_COUNT = new Set(numberWords.compoundCountNouns);
const MEASURES = new Set(numberWords.measureUnits);
const SPATIAL = new Set(numberWords.spatialUnits);
const LABEL_WORDS = new Set(numberWords.labelWords);
const LEVEL_VERBS = new Set(numberWords.levelVerbs);
const AMOUNT_NOUNS = new Set(numberWords.amountNouns);
const ADDRESS = new Set(numberWords.addressWords);
const DIMENSIONS = new Set(numberWords.dimensionWords);
const MASS = new Set(numberWords.massUnits);
const MEASURE_WORDS = new Set(numberWords.measureWords);
const RANK_ROLES = new Set(numberWords.rankRoles);
const RANK_HOLDERS = new Set(["the", "its", "their", "s"]);

/**
 * "Cuba's second trading partner in Asia", "its first Asian investor", "the 4th European investor": an ordinal after a
 * possessor or "the" and before a trade or investment role (one or two modifiers between) places without a
 * superlative. "the third ASEAN member to hold …" names no role and stays an ordinal.
 */
function beforeRankRole(toks: readonly Token[], i: number, at: number): boolean {
  if (!RANK_HOLDERS.has(toks[i - 1]?.key ?? "")) return false;
  for (let k = at; k < at + 3 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind !== "word" || STOP_NOUN.has(t.key)) return false;
    // "Vietnam's third comprehensive strategic partner" counts frameworks in order of signing; only a trading partner
    // is placed by a figure.
    if (t.key === "partner") return ["trading", "trade"].includes(toks[k - 1]?.key ?? "");
    if (RANK_ROLES.has(t.key)) return true;
  }
  return false;
}

/**
 * "a displacement of about 2,500 tonnes", "displaces 12,000 tonnes", "each carrying around 60 tonnes of equipment": a
 * word of weighing or carrying earlier in the figure's clause makes a mass a measurement of a ship or a load, not a
 * quantity of goods the story tracks ("donated 10,000 tonnes of rice").
 */
/**
 * "Japan came second with US$6.57 billion", "Hong Kong came in fourth", "second only to China": an ordinal right after
 * "came (in)" or before "only to" is a place in a ranking, as the league tables of investors and markets write it; so is
 * one "in … place".
 */
function placeInRace(toks: readonly Token[], i: number, after: number): boolean {
  const prev = toks[i - 1]?.key === "in" ? toks[i - 2] : toks[i - 1];
  // "China came first, in 2008" tells an order in time: a place in a ranking has its amount or field after it, or
  // closes the sentence.
  const next = toks[after];
  const placed = next === undefined || next.text === "." || next.key === "with" || next.key === "among";
  if ((prev?.key === "came" || prev?.key === "comes") && placed) return true;
  // "South Korea, in second place, posted …": an ordinal between "in" and "place" is a place in the ranking.
  if (toks[i - 1]?.key === "in" && next?.key === "place") return true;
  return next?.key === "only" && toks[after + 1]?.key === "to";
}

function measuredMass(toks: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 10; k--) {
    const t = toks[k] as Token;
    if (t.kind === "punct" && t.text !== "-") return false;
    if (MEASURE_WORDS.has(t.key)) return true;
  }
  return false;
}
// Words between a comma and a count that restates the names before it: ", the only two …", ", both …".
const RELATIVES = new Set(["that", "which", "whose"]);
const AGE_WORDS = new Set(numberWords.ageWords);
const POINTING = new Set(numberWords.pointingAdjectives);
const APPOSITION = new Set(["the", "only", "both", "all"]);
const FREQUENCY = new Set(numberWords.frequencyAdjectives);
const LY_ADJECTIVES = new Set(numberWords.lyAdjectives);
const ATTRIBUTION = numberWords.attributionOpeners;

/**
 * "China won 176 votes, the Maldives 164 and Saudi Arabia 140": in a list that gaps the noun after its first figure, a
 * place name right before a bare integer is the one the figure belongs to, not a name the integer ends ("Dizhi 8").
 */
function gappedPlace(
  toks: readonly Token[],
  i: number,
  covered: ReadonlySet<number> | undefined,
  found: readonly IndicatorFinding[],
  sentenceIndex: number,
): boolean {
  let j = i - 1;
  while (j >= 0 && covered?.has(j)) j--;
  if (j === i - 1) return false;
  if (toks[j]?.key === "the") j--;
  const joiner = toks[j]?.key === "and" || toks[j]?.text === ",";
  const last = found[found.length - 1];
  return (
    joiner &&
    last?.sentenceIndex === sentenceIndex &&
    last.of === null &&
    last.unit !== null &&
    last.unit !== "percent" &&
    last.unit !== "rank" &&
    !MONEY.has(last.unit)
  );
}

/** Whether the words right before a figure open an attribution ("according to", "citing"): its count is the sources'. */
function attributed(toks: readonly Token[], at: number): boolean {
  return ATTRIBUTION.some((words) => words.every((w, n) => toks[at - words.length + n]?.key === w));
}
const VERBS_AFTER = new Set(numberWords.verbsAfterCount);
const PAIR_MEMBERS = new Set(numberWords.pairMemberNouns);
const LISTED_TALLIES = new Set(numberWords.listedTallyNouns);
// Words after a comma that open the names a count spells out ("…, after Indonesia, Thailand and Singapore").
const LIST_OPENERS = new Set(numberWords.listOpeners);
const KINDS = Object.entries(numberWords.coordinatedKinds).map(([kind, nouns]) => ({ kind, nouns: new Set(nouns) }));
const DISASTER = new RegExp(`\\b(?:${numberWords.disasterWords.join("|")})\\b`, "i");
const MONEY = new Set(CURRENCIES.values());
const UNIT_ALIASES = Object.entries(numberWords.unitAliases).map(([phrase, unit]) => ({
  words: phrase.split(" "),
  unit,
}));
const ALIASED = new Set(Object.keys(numberWords.unitAliases).map((p) => p.split(" ").at(-1) ?? ""));
// One-word aliases also fold a unit found away from the figure ("the number of Vietnamese residents has passed 190,000").
const WORD_ALIASES = new Map(Object.entries(numberWords.unitAliases).filter(([phrase]) => !phrase.includes(" ")));
const QUOTE_MARKS = /["“”]/g;
/**
 * Whether a position is inside a quotation. A sentence may open with the tail of a quotation begun in the sentence
 * before ('… compassion," he said, noting that 312 …'): a straight mark glued to the word before it and followed by a
 * space or punctuation closes, so marks are read by their side, not counted.
 */
function insideQuote(text: string, at: number): boolean {
  let inside = false;
  let first = true;
  for (const m of text.matchAll(QUOTE_MARKS)) {
    const k = m.index ?? 0;
    let opens: boolean;
    if (m[0] === "“") opens = true;
    else if (m[0] === "”") opens = false;
    else {
      const before = text.charAt(k - 1);
      const after = text.charAt(k + 1);
      opens = !(k > 0 && /\S/.test(before) && !/[([]/.test(before) && (after === "" || /[\s,.;:!?)\]]/.test(after)));
    }
    // 'This figure does not reflect … 175 million."': a sentence whose first mark closes began inside a quotation
    // opened in a sentence before it, so everything before that mark is quoted.
    if (k >= at) return first ? !opens : inside;
    first = false;
    inside = opens;
  }
  return inside;
}
// Longest currency written after a number, as glued token keys: "U.S. dollars" → "u.s.dollars".
const CURRENCY_AFTER = new Map([...CURRENCIES].map(([k, v]) => [k.replace(/\s+/g, ""), v]));
const YEAR = /^(1[89]|20|21)\d\d$/;
// "Vietnam's largest trading partner", "the biggest market for Vietnamese exports": first place, with no number written.
// "the bloc's largest trading partner": a possessor in lower case after "the" holds the first place too.
// "its largest Asian investor": a capitalised adjective may stand between the rank word and the role, or an acronym
// ("the largest ODA donor").
const TOP_RANK = new RegExp(
  `(?<!\\bone\\s+of\\s+)(?<!\\bamong\\s+)\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]he\\s+[a-z]+['’]s|(?:[A-Z][\\w.-]*\\s+)?[A-Z][\\w.-]*['’]s?)\\s+(?:${numberWords.topRank.words.join("|")})\\s+(?:(?:[a-z]+-)?(?:[A-Z]{2,5}|[A-Za-z][a-z]*)\\s+){0,2}?(?:${numberWords.topRank.roles.join("|")})\\b`,
  "g",
);
// The rank words between spaces, as TOP_RANK writes them: a sentence without one cannot hold a first place.
const TOP_WORDS = new RegExp(`\\s(?:${numberWords.topRank.words.join("|")})\\s`);
const POSSESSOR_NOT_HOME = /^(?!Viet\s?Nam|Vietnam|Hanoi)[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s?\s/;
// "the largest Asian investor" names a region's first place; "the largest ODA donor" (an acronym) does not.
const BARE_THE_REGION = /^[Tt]he\s+\S+\s+\p{Lu}\p{Ll}/u;
// "Vietnam is the largest Asian investor in Cuba", "Vietnam is Cuba's second partner and the largest Asian investor":
// a sentence whose subject is the home country says whose region's first place it is.
const HOME_SUBJECT = new RegExp(`^${HOME_NAME}\\s+(?:is|was|remains|remained|has\\s+become|became)\\s`);
// " of most Asean members", " of the Philippines": the holder of a first place written after it.
const OWNER_AFTER = /^\s+of\s+(?:(?:most|many|several|all|some|both)\b|(?:the\s+)?\p{Lu})[\p{L}\s.-]{0,30}/u;
// "Q: … 16 nationals were detained …": a transcript's question turn, whose counts are the reporter's, as a speaker's are.
const QUESTION_TURN = new RegExp(`^(?:${numberWords.questionLabels.join("|")})\\s*:\\s`);
const HOME_WORDS = /\b(?:Viet\s?Nam|Vietnam|Việt Nam|Hanoi|Ha Noi|Hà Nội|Vietnamese)\b/i;

// "Rs 3,350 crore", "Tk 20,700 crore": lower-case signs that stand apart from the figure as capital codes do.
const SPACED_SIGNS = new Set(numberWords.spacedCurrencySigns);
// "450 million pesos" on a Buenos Aires page are Argentine: a shared currency word is the page's country's.
const REGIONAL = new Map(
  Object.entries(numberWords.regionalCurrencies).map(([word, by]) => [
    word,
    Object.entries(by).map(([code, cue]) => ({ code, cue: new RegExp(`\\b(?:${cue})`, "gi") })),
  ]),
);
/** The sentences findIndicators is reading, and the shared currency words already resolved for them. */
let pageSentences: readonly Sentence[] = [];
let pageText: string | null = null;
const resolvedCurrency = new Map<string, string>();
/** A currency word's code; a word several countries share goes to the one the page names most (read once a page). */
function currencyOf(key: string): string | undefined {
  const plain = CURRENCIES.get(key) ?? CURRENCY_AFTER.get(key);
  const options = REGIONAL.get(key);
  if (!options || !plain) return plain;
  const known = resolvedCurrency.get(key);
  if (known) return known;
  pageText ??= pageSentences.map((s) => s.text).join("\n");
  let best = plain;
  let most = 0;
  for (const o of options) {
    const n = pageText.match(o.cue)?.length ?? 0;
    if (n > most) {
      most = n;
      best = o.code;
    }
  }
  resolvedCurrency.set(key, best);
  return best;
}

function currencyAfter(toks: readonly Token[], at: number): { unit: string; to: number } | null {
  let key = "";
  let best: { unit: string; to: number } | null = null;
  for (let k = at; k < toks.length && k < at + 5; k++) {
    key += toks[k]?.key ?? "";
    // "1,500 kyats", "20,000 riels": a currency word written in the plural is the same currency; a capitalised form
    // ("SARS") is a name, not a plural.
    const t = toks[k];
    const one =
      !CURRENCY_AFTER.has(key) && t?.kind === "word" && /^[a-z]{3,}s$/.test(t.text) && key.length > 3
        ? key.slice(0, -1)
        : key;
    const unit = CURRENCY_AFTER.has(one) ? currencyOf(one) : undefined;
    if (unit && t?.kind === "word") best = { unit, to: k + 1 };
  }
  return best;
}
const STOP_NOUN = new Set([
  "of",
  "in",
  "with",
  "to",
  "across",
  "from",
  "for",
  "and",
  "at",
  "by",
  "on",
  "that",
  "which",
  "who",
  "as",
  "or",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "than",
  "into",
  "over",
  "under",
  "between",
  "among",
  "since",
  "during",
  "per",
  "each",
  "this",
  "these",
  "its",
  "their",
  "the",
  "a",
  "an",
  "out",
  "compared",
  "after",
  "before",
  "ago",
  "later",
  "until",
  "when",
  "while",
  "if",
  "because",
  "so",
  "but",
  "than",
  "would",
  "could",
  // "by 120 votes to 14 against": a preposition after a figure is never what it counts.
  "against",
  "toward",
  "towards",
  "through",
  "within",
  "without",
  "via",
  "despite",
  "beyond",
  "amid",
  "along",
  "alongside",
  "around",
  "throughout",
]);
const DEICTIC = new Set(["the", "these", "those", "its", "their", "our", "both", "his", "her", "such"]);
const RANK_CUES = new Set([
  "rank",
  "ranks",
  "ranked",
  "ranking",
  "placed",
  "placing",
  "places",
  "positioned",
  "standing",
]);
const SUPERLATIVE = /(est|most)$/;
const HYPHENS = new Set(["-", "–", "—", "/"]);
const BULLETS = new Set(["-", "•", "*", "–", "—", ":", ";", "."]);
const DATELINE_MARKS = new Set([":", "—", "–", "-"]);
const OPENERS = new Set(["(", '"', "'", "“", "‘", "["]);
const CLOSERS = new Set([".", ",", ";", ":", "!", "?", ")", '"', "'", "”", "’", "]"]);

const FALL_WORDS = new Set(numberWords.fallWords);
const FALL_NOUNS = new Set(numberWords.fallNouns);
/**
 * "exports fell 8.1 per cent", "down 27%", "dropped by about 20 percent", "a decline of 12%": a percentage written
 * right after a verb or noun of falling is a fall, which READING.md reads as a negative change. "fell to 3%" and
 * "dropped from 20%" give a level, not the change, so only "by" or "of" (after a noun) may stand between.
 */
function fallBefore(toks: readonly Token[], from: number, depth = 0): boolean {
  let k = from - 1;
  // "visitors from Thailand and Malaysia fell 4.1 per cent and 2.3 per cent respectively", "down 3%, 5% and 8%": a
  // percentage joined by "and", "or" or a comma to a percentage that fell fell too.
  const join = toks[k];
  if (depth < 4 && join && (join.key === "and" || join.key === "or" || join.text === ",")) {
    let j = k - 1;
    if (toks[j]?.key === "cent" && toks[j - 1]?.key === "per") j -= 2;
    else if (PERCENT.has(toks[j]?.key ?? "")) j -= 1;
    else return false;
    if (toks[j]?.kind !== "number") return false;
    return fallBefore(toks, qualifierBefore(toks, j)?.from ?? j, depth + 1);
  }
  if (toks[k]?.key === "by") k--;
  else if (toks[k]?.key === "of" && FALL_NOUNS.has(toks[k - 1]?.key ?? "")) return true;
  const word = toks[k];
  return word !== undefined && word.kind === "word" && FALL_WORDS.has(word.key);
}

function qualifierBefore(toks: readonly Token[], i: number): { text: string; from: number } | null {
  for (const q of QUALIFIERS) {
    const from = i - q.length;
    if (from < 0) continue;
    if (q.every((w, k) => toks[from + k]?.key === w)) return { text: q.join(" "), from };
  }
  return null;
}

const COLLECTIVE = new Set(numberWords.collectiveNouns);
const PLURAL_MODIFIERS = new Set(numberWords.pluralModifiers);
// "eight crew aboard", "200 personnel": a collective noun counts like a plural and closes the phrase.
const isPlural = (key: string) =>
  COLLECTIVE.has(key) || (key.length > 3 && key.endsWith("s") && !key.endsWith("ss") && !ADVERBS.has(key));

/**
 * A verb right after a bare figure, perhaps behind an adverb ("100 live in …", "500 already studying", "600,000
 * holding degrees"): the figure is the subject and its noun was named before. A participle before a plural is a
 * modifier ("35 fishing boats"), never this.
 */
function verbAfter(toks: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 2 && toks[k]?.kind === "word" && (ADVERBS.has(toks[k]?.key ?? "") || /ly$/.test(toks[k]?.key ?? "")))
    k++;
  const t = toks[k];
  if (t?.kind !== "word" || t.cap) return false;
  if (VERBS_AFTER.has(t.key)) return !isPlural(toks[k + 1]?.key ?? "") || toks[k + 1]?.cap === true;
  return false;
}

/**
 * A colon or a dash that opens a list of at least two capitalised names, joined by commas or "and". A comma opens one
 * too ("four ASEAN members, Indonesia, Thailand and Singapore", "…, after Indonesia, Thailand and …"): the names in
 * apposition spell the count out.
 */
function listFollows(toks: readonly Token[], at: number): boolean {
  const mark = toks[at];
  if (!mark || !(mark.text === ":" || mark.text === "–" || mark.text === "—" || mark.text === ",")) return false;
  let names = 0;
  let capital = false;
  let from = at + 1;
  if (mark.text === "," && LIST_OPENERS.has(toks[from]?.key ?? "")) from++;
  // The name after "and" closes the list; a comma after it ends the apposition and the sentence goes on.
  let last = false;
  for (let k = from; k < toks.length && k < at + 16; k++) {
    const t = toks[k] as Token;
    if (t.kind === "word" && t.cap) capital = true;
    else if (t.text === "," || t.key === "and" || t.text === "–" || t.text === "—" || t.text === ".") {
      if (capital) names++;
      const closes = last && capital;
      capital = false;
      if ((t.text !== "," && t.key !== "and") || closes) break;
      if (t.key === "and") last = true;
    } else if (t.kind === "word" && !["the", "of"].includes(t.key)) return false;
  }
  if (capital) names++;
  return names >= 2;
}

/** "the five countries that already held the top status": a relative clause after the noun defines the set counted. */
function definedSet(toks: readonly Token[], at: number, covered?: Set<number>): boolean {
  const noun = countedNoun(toks, at, covered);
  return noun !== null && RELATIVES.has(toks[noun.to]?.key ?? "");
}

/**
 * "four permanent members of the UN Security Council – China, …": the named whole after "of" stands between a subset's
 * noun and the names that spell it out; the list mark comes after it.
 */
function pastNamedWhole(toks: readonly Token[], at: number, covered?: Set<number>): number {
  if (toks[at]?.key !== "of") return at;
  let k = at + 1;
  if (toks[k]?.key === "the") k++;
  const from = k;
  while (k < at + 8 && (covered?.has(k) || (toks[k]?.cap && toks[k]?.kind === "word"))) k++;
  return k > from ? k : at;
}

/**
 * "40 activists and bloggers", "80 troops, medical staff and engineers": plurals joined after the counted noun share the
 * count; when every one belongs to one kind the figure counts that kind. Lower-case modifiers may stand before each.
 */
function coordinatedKind(toks: readonly Token[], head: string, at: number): { unit: string; to: number } | null {
  const nouns = [head];
  let k = at;
  let to = at;
  // A list closes with "and": "20 business leaders, including representatives of …" is no list.
  let closed = false;
  while (k < toks.length && k < at + 12 && !closed) {
    const joiner = toks[k];
    if (!joiner || !(joiner.text === "," || joiner.key === "and")) break;
    closed = joiner.key === "and";
    k++;
    if (toks[k]?.key === "and") {
      closed = true;
      k++;
    }
    let found: string | null = null;
    for (let n = k; n < k + 3 && n < toks.length; n++) {
      const t = toks[n] as Token;
      if (t.kind !== "word" || t.cap || STOP_NOUN.has(t.key) || t.key.endsWith("ing")) break;
      if (KINDS.some((c) => c.nouns.has(t.key))) {
        found = t.key;
        k = n + 1;
        break;
      }
    }
    if (!found) break;
    nouns.push(found);
    to = k;
  }
  if (nouns.length < 2 || !closed) return null;
  const kind = KINDS.find((c) => nouns.every((n) => c.nouns.has(n)));
  return kind ? { unit: kind.kind, to } : null;
}

const JOINT_PLACES = new Map(
  Object.entries(numberWords.jointPlaces).map(([head, seconds]) => [head, new Set(seconds)]),
);

/**
 * "130 countries and territories", "40 provinces and cities", "80 foreign missions and international organisations": a
 * count of places or missions joined by "and" to the second plural data/numbers.json pairs with it counts the two as one
 * phrase; lower-case modifiers may stand before the second. Null for other pairs ("90 countries and regions") and when
 * a number, a name or no plural follows "and".
 */
function jointPlaces(toks: readonly Token[], noun: { unit: string; to: number }): { unit: string; to: number } | null {
  const seconds = JOINT_PLACES.get(noun.unit);
  if (!seconds || toks[noun.to]?.key !== "and") return null;
  for (let k = noun.to + 1; k < noun.to + 4 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind !== "word" || t.cap || STOP_NOUN.has(t.key) || ADVERBS.has(t.key) || t.key.endsWith("ing")) return null;
    if (isPlural(t.key)) return seconds.has(t.key) ? { unit: `${noun.unit} and ${t.key}`, to: k + 1 } : null;
  }
  return null;
}

/**
 * Where a model code after a maker's name ends: "737", "A350" and "A330neo" (tokenised "A", "330", "neo"), the letters
 * glued to the number on either side; null when no model number stands at k.
 */
function modelCodeEnd(toks: readonly Token[], k: number): number | null {
  let m = k;
  const letters = toks[m];
  if (letters?.kind === "word" && letters.cap && letters.text.length <= 3 && glued(letters, toks[m + 1])) m++;
  const model = toks[m];
  if (model?.kind !== "number" || YEAR.test(model.text) || /[.,]/.test(model.text)) return null;
  const suffix = toks[m + 1];
  if (suffix?.kind === "word" && !suffix.cap && suffix.text.length <= 4 && glued(model, suffix)) m++;
  return m + 1;
}

/**
 * Where the plural closing a run of two or three lower-case words starts at `from`, the word after "and" ("fisheries
 * surveillance ships"): the last word is a plural that no lower-case word follows. Null when the run holds a name, a
 * number, a stop word, an adverb or no such plural, or opens with a word in -ly or -ed: right after "and" that is a
 * verb or its adverb starting a clause ("60 partner and removed market barriers"), while deeper in the run a
 * participle is a modifier ("coast guard and fisheries armed patrol boats").
 */
function sharedHeadAfter(toks: readonly Token[], from: number): number | null {
  const opener = toks[from];
  if (opener?.kind === "word" && /(?:ly|ed)$/.test(opener.key)) return null;
  for (let n = from; n < from + 3 && n < toks.length; n++) {
    const t = toks[n] as Token;
    if (t.kind !== "word" || t.cap || STOP_NOUN.has(t.key) || ADVERBS.has(t.key)) return null;
    const next = toks[n + 1];
    const closes = next?.kind !== "word" || next.cap || STOP_NOUN.has(next.key);
    if (n > from && closes) return isPlural(t.key) ? n : null;
  }
  return null;
}

/** The noun a number counts: "17 free trade agreements" → agreements; "six more titles/heritages" → titles. */
function countedNoun(toks: readonly Token[], i: number, covered?: Set<number>): { unit: string; to: number } | null {
  let k = i;
  // "some 100 live in Iran", "600,000 holding university degrees": a verb after the figure, no noun.
  if (verbAfter(toks, k)) return null;
  if (toks[k]?.key === "more" || toks[k]?.key === "additional" || toks[k]?.key === "new") k++;
  // "14 other Asia-Pacific countries": "other" before a capitalised modifier is no head that a name would end.
  else if (toks[k]?.key === "other" && toks[k + 1]?.cap) k++;
  // 'more than 800 "rescue flights"': marks around the counted phrase set it off; the noun inside is what is counted.
  let marked = false;
  if ((toks[k]?.text === '"' || toks[k]?.text === "“") && toks[k + 1]?.kind === "word" && glued(toks[k], toks[k + 1])) {
    marked = true;
    k++;
  }
  let head: Token | null = null;
  let to = k;
  // Place names do not count towards the phrase's length: "18 Viet Nam-Singapore Industrial Parks" counts parks.
  let names = 0;
  while (k < toks.length && k - i - names < 5) {
    const t = toks[k] as Token;
    if (marked && (t.text === '"' || t.text === "”") && head !== null) {
      marked = false;
      k++;
      names++;
      continue;
    }
    // Place names inside the phrase ("30 U.S. companies") are modifiers, never the counted noun.
    if (covered?.has(k)) {
      const from = k;
      // "20 Vietnam-Singapore Industrial Parks": hyphens between place names stay inside the modifier.
      while (covered.has(k + 1) || (HYPHENS.has(toks[k + 1]?.text ?? "") && covered.has(k + 2))) k++;
      to = ++k;
      names += k - from;
      // "80 Chinese vessels", "200 Russian troops": a demonym with a plural organ is one place phrase; its plural
      // is what the figure counts and closes the phrase.
      const organ = toks[k - 1] as Token;
      if (head === null && organ.kind === "word" && !organ.cap && isPlural(organ.key)) {
        head = organ;
        break;
      }
      // "500 Vietnamese military and police personnel": a singular organ is a modifier that "and" may join to the next.
      if (head === null && organ.kind === "word" && !organ.cap && toks[k]?.key === "and") head = organ;
      continue;
    }
    // "70 regional and international organisations": two modifiers joined before the noun.
    const adjective = /(al|an|ic|ive|ous|ese)$/;
    // "3,000 foreign and local journalists": so are any two modifiers when a plural follows the second.
    // "50 field and table-top exercises": the second modifier may be hyphened.
    const second = toks[k + 2]?.text === "-" && glued(toks[k + 1], toks[k + 2]) ? toks[k + 4] : toks[k + 2];
    if (
      t.key === "and" &&
      head &&
      toks[k + 1]?.kind === "word" &&
      !toks[k + 1]?.cap &&
      (adjective.test(head.key) || isPlural(second?.key ?? ""))
    ) {
      // The hyphen and the word after it lengthen no phrase: "table-top" is one modifier.
      if (second !== toks[k + 2]) names += 2;
      k++;
      continue;
    }
    // "29 coast guard and fisheries surveillance ships": a singular noun modifier joined by "and" to a longer modifier
    // run shares the plural that closes that run; the count is of that plural, never of the modifier.
    const shared = t.key === "and" && head && !head.cap && !isPlural(head.key) ? sharedHeadAfter(toks, k + 1) : null;
    if (shared !== null) {
      head = toks[shared] as Token;
      to = shared + 1;
      break;
    }
    // "100 737 MAX jets", "10 787 Dreamliners": a model number and its name right after the count, with no maker, are
    // no part of what is counted; a plural name ("Dreamliners") is itself the noun.
    if (head === null && t.kind === "number" && MODEL_NAMES.has(toks[k + 1]?.text ?? "")) {
      const name = toks[k + 1] as Token;
      k += isPlural(name.key) ? 1 : 2;
      names += isPlural(name.key) ? 1 : 2;
      to = k;
      continue;
    }
    // "50 Boeing 737 jets", "12 Airbus A350 aircraft": a maker and model number name what is counted, never a count.
    const modelEnd = head === null && t.cap && t.kind === "word" ? modelCodeEnd(toks, k + 1) : null;
    if (modelEnd !== null && toks[modelEnd]?.kind === "word") {
      k = modelEnd;
      to = k;
      continue;
    }
    // "45 early harvest projects", "300 elderly residents": an adjective in -ly stays in the phrase as "weekly" does.
    if (
      t.kind !== "word" ||
      STOP_NOUN.has(t.key) ||
      (t.key.endsWith("ly") && !FREQUENCY.has(t.key) && !LY_ADJECTIVES.has(t.key))
    )
      break;
    if (ADVERBS.has(t.key) && (head !== null || !toks[k + 1] || toks[k + 1]?.kind !== "word")) break;
    // "three former U.S. Coast Guard cutters", "five used Japanese Coast Guard vessels": after a lower-case modifier, a
    // run of capitals is a name in the phrase when a lower-case plural closes it.
    if (t.cap && head !== null && !head.cap && !isPlural(head.key)) {
      let n = k;
      while (n < k + 4 && toks[n]?.cap && (toks[n]?.kind === "word" || toks[n]?.text === ".")) n++;
      const closing = toks[n];
      if (n > k && closing?.kind === "word" && !closing.cap && isPlural(closing.key) && !STOP_NOUN.has(closing.key)) {
        names += n - k;
        k = n;
        continue;
      }
    }
    // A capital ends the phrase ("30 projects Vietnam …") unless the phrase is itself a title-case name.
    const titleCase = head?.cap === true && t.cap;
    if (
      t.cap &&
      head !== null &&
      !titleCase &&
      t.text !== t.text.toUpperCase() &&
      !DEMONYMS.has(t.key.replace(/s$/, ""))
    )
      break;
    // "200,000 Vietnamese live in …", "180,000 South Koreans": a demonym counts people; a plural after it
    // ("Vietnamese workers") is the real noun.
    const inCompound = toks[k - 1]?.text === "-" && glued(toks[k - 1], t);
    if (t.cap && !inCompound && DEMONYMS.has(t.key.replace(/s$/, ""))) {
      const n = toks[k + 1];
      // "150 British and Vietnamese companies": two demonyms joined before the noun; the second one decides.
      const other = toks[k + 2];
      if (n?.key === "and" && other?.cap && DEMONYMS.has(other.key.replace(/s$/, ""))) {
        k += 2;
        names += 2;
        continue;
      }
      // "Vietnamese technical interns": a lower-case adjective may stand between the demonym and the noun.
      const adjective = n?.kind === "word" && !n.cap && !STOP_NOUN.has(n.key) && !/(ing|ly)$/.test(n.key);
      const single = adjective && !ADVERBS.has(n.key) && !n.key.endsWith("s") && !COLLECTIVE.has(n.key);
      // "Vietnamese military and police personnel", "Vietnamese engineering and nursing students": two modifiers (an
      // adjective or a participle) joined by "and" before the noun.
      const modifier = (w: Token | undefined) =>
        w?.kind === "word" &&
        !w.cap &&
        !STOP_NOUN.has(w.key) &&
        !ADVERBS.has(w.key) &&
        !w.key.endsWith("ly") &&
        !w.key.endsWith("s") &&
        !COLLECTIVE.has(w.key);
      const pair = modifier(n) && toks[k + 2]?.key === "and" && modifier(toks[k + 3]);
      // "two Indian low-cost carriers": a hyphened modifier stands before the noun as one word.
      const hyphened =
        modifier(n) && toks[k + 2]?.text === "-" && glued(n, toks[k + 2]) && glued(toks[k + 2], toks[k + 3]);
      const noun = pair ? toks[k + 4] : hyphened ? toks[k + 4] : single ? toks[k + 2] : n;
      // "35 Vietnamese fishing boats": a participle modifier may stand before the plural too.
      const participle = n?.kind === "word" && !n.cap && /ing$/.test(n.key) && !STOP_NOUN.has(n.key);
      const afterParticiple = participle ? toks[k + 2] : undefined;
      const counted =
        (noun?.kind === "word" && !noun.cap && isPlural(noun.key)) ||
        (afterParticiple?.kind === "word" && !afterParticiple.cap && isPlural(afterParticiple.key));
      if (!counted && !(n?.text === "-" && glued(t, n))) {
        return { unit: "people", to: k + 1 };
      }
    }
    if (!t.cap || t.text !== t.text.toUpperCase()) head = t;
    to = k + 1;
    k++;
    // A plural noun closes the phrase: "30 U.S. companies | announced".
    // "two crew members": a collective noun before a plural is its modifier.
    // "110,000 people becomes the smallest …": a word in -s before a determiner is a verb, not the head noun.
    // "7.2 million customs declarations", "12 arms deals": a noun plural in form that modifies the plural after it.
    const compoundHead =
      (COLLECTIVE.has(t.key) || PLURAL_MODIFIERS.has(t.key)) &&
      toks[k]?.kind === "word" &&
      !toks[k]?.cap &&
      isPlural(toks[k]?.key ?? "") &&
      !DETERMINERS_AFTER_VERB.has(toks[k + 1]?.key ?? "");
    if (head === t && isPlural(t.key) && !compoundHead) break;
    const next = toks[k];
    if (next && HYPHENS.has(next.text) && glued(t, next)) {
      if (next.text === "/") break;
      k++;
    }
  }
  // "among the 12 negotiating the pact", "all three added this year": a participle or a past tense where the noun
  // should be is a verb; the noun was named earlier or not at all.
  if (head && !isPlural(head.key) && !COLLECTIVE.has(head.key) && VERB_ENDING.test(head.key)) return null;
  return head ? { unit: head.key, to } : null;
}
const VERB_ENDING = /(?:ed|ing)$/;
// Qualifiers that also open a time phrase ("over 2020", "under 1990s rules"): they make no year a count.
const TIME_PREPOSITIONS = new Set(["over", "under", "above", "below", "exceeding"]);

/** "about 2000 Vietnamese students", "more than 1990 delegates": a guess before the number and a plural after it. */
function guessedCount(toks: readonly Token[], i: number, covered?: Set<number>): boolean {
  const qual = qualifierBefore(toks, i);
  if (!qual || TIME_PREPOSITIONS.has(qual.text)) return false;
  const noun = countedNoun(toks, i + 1, covered);
  return noun !== null && isPlural(noun.unit) && !TIME.has(noun.unit) && !ABSTRACT.has(noun.unit);
}
// Words that open an object or a complement: after a word in -s they make it a verb ("people becomes the …").
const DETERMINERS_AFTER_VERB = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "to"]);

/** "174 foreign firms and 78 Vietnamese ones": "ones" stands for the nearest plural before it in the sentence. */
function antecedentPlural(toks: readonly Token[], at: number): string | null {
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    const t = toks[k] as Token;
    if (
      t.kind === "word" &&
      !t.cap &&
      t.key !== "ones" &&
      isPlural(t.key) &&
      !STOP_NOUN.has(t.key) &&
      !ABSTRACT.has(t.key)
    )
      return t.key;
  }
  return null;
}

/** "Vietnamese arrivals in Thailand topped one million": the plural subject of a verb of level before the figure. */
function subjectNoun(toks: readonly Token[], at: number): string | null {
  let k = at - 1;
  if (toks[k]?.key === "at" || toks[k]?.key === "to") k--;
  if (!LEVEL_VERBS.has(toks[k]?.key ?? "")) return null;
  // "enrolments in Australian universities have grown to 32,000": a plural behind a preposition belongs to its phrase;
  // the plural before the preposition heads the subject.
  let found: string | null = null;
  let behindPreposition = false;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const t = toks[j] as Token;
    if (t.kind === "punct" && !HYPHENS.has(t.text)) break;
    if (found && SUBJECT_PREPOSITIONS.has(t.key)) behindPreposition = true;
    else if (t.kind === "word" && !t.cap && isPlural(t.key) && !STOP_NOUN.has(t.key) && !ABSTRACT.has(t.key)) {
      if (found && !behindPreposition) break;
      found = t.key;
      behindPreposition = false;
    }
  }
  return found && !AMOUNT_NOUNS.has(found) ? found : null;
}
const SUBJECT_PREPOSITIONS = new Set(["in", "at", "from", "of", "to", "across", "for"]);

/**
 * "Vietnamese workers have made up the largest share, with about 12,400 going to Korea": a figure that opens an
 * absolute phrase after "with", a participle where its noun would be, counts the plural heading the sentence's
 * subject (within its first words, before any preposition or verb).
 */
function absoluteSubject(toks: readonly Token[], from: number, at: number): string | null {
  if (toks[from - 1]?.key !== "with" || toks[from - 2]?.text !== ",") return null;
  const participle = toks[at];
  if (participle?.kind !== "word" || participle.cap || !participle.key.endsWith("ing")) return null;
  for (let k = 0; k < 5 && k < from; k++) {
    const t = toks[k] as Token;
    if (t.kind !== "word" || STOP_NOUN.has(t.key)) return null;
    if (!t.cap && isPlural(t.key) && !ABSTRACT.has(t.key)) return t.key;
  }
  return null;
}

/**
 * "the fourth-largest source of new capital, up from sixth in 2022", "rose to 12th-biggest from 15th": an ordinal after
 * "from" restates an earlier place when a ranked superlative stands before it in the sentence.
 */
function formerRank(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.key !== "from") return false;
  for (let k = i - 2; k >= 0 && k >= i - 14; k--) {
    const t = toks[k] as Token;
    if (!SUPERLATIVE.test(t.key) || t.key === "most") continue;
    const place = toks[k - 1]?.text === "-" ? toks[k - 2] : toks[k - 1];
    if (ordinalValue(place) !== null || ORDINAL_SUFFIX.has(place?.key ?? "")) return true;
  }
  return false;
}

/** "-dollar" after "300-million": the currency of a hyphenated amount, at the hyphen. */
function hyphenAmount(toks: readonly Token[], at: number): string | undefined {
  const hyphen = toks[at];
  const word = toks[at + 1];
  if (hyphen?.text !== "-" || !word || word.kind !== "word" || !glued(hyphen, word)) return undefined;
  return CURRENCIES.get(word.key);
}

// Words that open a time phrase after a figure: "topped 40,000 last year", "reached 2,000 in 2023".
const WHEN_WORDS = new Set(["last", "this", "in", "by", "during", "so", "since"]);

/** "five of the boats", "12 of the forum's participants": the plural after "of", a determiner and a possessor. */
function partitiveNoun(toks: readonly Token[], at: number, covered?: Set<number>): string | null {
  if (toks[at]?.key !== "of" || !DEICTIC.has(toks[at + 1]?.key ?? "")) return null;
  let k = at + 2;
  if (toks[k + 1]?.text === "'" && toks[k + 2]?.key === "s") k += 3;
  const noun = countedNoun(toks, k, covered);
  return noun && isPlural(noun.unit) && !ABSTRACT.has(noun.unit) ? noun.unit : null;
}

/** "patrol boats, 12 of which": the nearest plural before the figure, in the same clause before the comma. */
function relativeNoun(toks: readonly Token[], from: number, at: number): string | null {
  // "ten free trade agreements, six of them inside ASEAN": "them" after a comma stands for the plural too.
  if (toks[at]?.key !== "of" || !["which", "whom", "them"].includes(toks[at + 1]?.key ?? "")) return null;
  if (toks[from - 1]?.text !== ",") return null;
  for (let k = from - 2; k >= 0 && k >= from - 6; k--) {
    const t = toks[k] as Token;
    if (t.kind !== "word") return null;
    if (!t.cap && isPlural(t.key) && !STOP_NOUN.has(t.key) && !ABSTRACT.has(t.key)) return t.key;
  }
  return null;
}

// "who number", "which total": a relative clause's verb that gives its antecedent's count.
const RELATIVE_COUNT_VERBS = new Set(numberWords.relativeCountVerbs);

const PARTICIPLE_COUNT_VERBS = new Set(numberWords.participleCountVerbs);
const COMMUNITY_NOUNS = new Set(numberWords.communityNouns);
// "the parks, now numbering 18": words that may stand between the comma and the participle.
const APPOSITION_ADVERBS = new Set(["now", "currently", "still", "together", "altogether"]);

/** "Vietnamese nationals, who number about 250,000 in Korea": the plural just before the comma is what is counted. */
function antecedentCount(toks: readonly Token[], at: number, covered?: Set<number>): string | null {
  // "the joint industrial parks, now numbering 18 across 13 provinces": a participle set off by a comma counts the plural
  // before the comma, capitalised in a name's title case ("Industrial Parks") too; a community counts its people.
  if (PARTICIPLE_COUNT_VERBS.has(toks[at - 1]?.key ?? "")) {
    const comma = APPOSITION_ADVERBS.has(toks[at - 2]?.key ?? "") ? at - 3 : at - 2;
    const t = toks[comma - 1];
    if (toks[comma]?.text !== "," || !t || t.kind !== "word" || covered?.has(comma - 1)) return null;
    if (COMMUNITY_NOUNS.has(t.key)) return "people";
    const plural = isPlural(t.key) && !ABSTRACT.has(t.key) && !STOP_NOUN.has(t.key) && !DEMONYMS.has(t.key);
    return plural && (!t.cap || toks[comma - 2]?.cap === true) ? t.key : null;
  }
  if (!RELATIVE_COUNT_VERBS.has(toks[at - 1]?.key ?? "")) return null;
  if (!["who", "which"].includes(toks[at - 2]?.key ?? "") || toks[at - 3]?.text !== ",") return null;
  const t = toks[at - 4];
  return t && t.kind === "word" && !t.cap && isPlural(t.key) && !ABSTRACT.has(t.key) ? t.key : null;
}

/**
 * "putting the US seventh among foreign investors", "12th among 149 economies": a place taken among a plural field is a
 * rank, whatever verb put it there.
 */
function amongPlurals(toks: readonly Token[], at: number): boolean {
  if (toks[at]?.key !== "among") return false;
  for (let k = at + 1; k < at + 5 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind !== "word" && t.kind !== "number") return false;
    if (t.kind === "word" && !t.cap && isPlural(t.key) && !STOP_NOUN.has(t.key)) return true;
  }
  return false;
}

/**
 * A person's age: "aged 41", "at the age of 41", "aged between 28 and 51", or a bare figure after "at" that a comma,
 * dash or bracket sets off ("— at 41, one of the youngest heads of mission"); "trade stood at 41," has a word before.
 */
function ageAt(toks: readonly Token[], i: number, parsed: { to: number; value: number; words: boolean }): boolean {
  if (parsed.to !== i + 1 || !Number.isInteger(parsed.value) || parsed.value > 120) return false;
  const prev = toks[i - 1]?.key ?? "";
  if (AGE_WORDS.has(prev)) return true;
  if ((prev === "of" || prev === "between" || prev === "from") && AGE_WORDS.has(toks[i - 2]?.key ?? "")) return true;
  // "aged between 28 and 51": the upper end of an age range.
  if ((prev === "and" || prev === "to") && toks[i - 2]?.kind === "number") {
    const low = Number(toks[i - 2]?.text);
    return ageAt(toks, i - 2, { to: i - 1, value: low, words: false });
  }
  if (prev !== "at" || parsed.words || parsed.value < 16) return false;
  const before = toks[i - 2];
  const after = toks[parsed.to];
  return (before === undefined || before.kind === "punct") && (after === undefined || after.kind === "punct");
}

/** "8 to 15 percent": a higher figure after "to" at `at` written with a percent sign or word. */
function spanPercent(toks: readonly Token[], at: number, low: number): boolean {
  if (toks[at]?.key !== "to") return false;
  const high = parseNumberAt(toks, at + 1);
  if (!high || high.words || high.value <= low) return false;
  const sign = toks[high.to];
  return sign !== undefined && (PERCENT.has(sign.key) || (sign.key === "per" && toks[high.to + 1]?.key === "cent"));
}

/** "20,000 to 26,000 jobs": the plural after a higher figure at `at`, for the lower end of the range. */
function spanNoun(toks: readonly Token[], at: number, low: number, covered?: Set<number>): string | null {
  const high = parseNumberAt(toks, at);
  if (!high || high.words || high.value <= low) return null;
  const noun = countedNoun(toks, high.to, covered);
  return noun && isPlural(noun.unit) && !ABSTRACT.has(noun.unit) && !TIME.has(noun.unit) ? noun.unit : null;
}

/**
 * "6.9 million and 6.7 million tonnes", "12 or 15 vessels": two figures of one shape joined by "and"/"or" share the
 * noun after the second. Same shape (both digits, both scaled or both not) keeps a year or a date ("in 2019 and 40
 * ships") and a bare number beside a scaled one from borrowing it.
 */
function sharedNoun(
  toks: readonly Token[],
  first: { from: number; to: number; words: boolean },
  covered?: Set<number>,
): string | null {
  const join = toks[first.to]?.key;
  if (join !== "and" && join !== "or") return null;
  const second = parseNumberAt(toks, first.to + 1);
  if (!second || second.words !== first.words) return null;
  if (second.to - second.from !== first.to - first.from) return null;
  if (!first.words && (YEAR.test(toks[first.from]?.text ?? "") || YEAR.test(toks[second.from]?.text ?? "")))
    return null;
  // "6.9 million and 6.7 million tonnes respectively": an adverb may close the pair before its noun.
  const noun = countedNoun(toks, second.to, covered);
  return noun && isPlural(noun.unit) && !ABSTRACT.has(noun.unit) && !TIME.has(noun.unit) ? noun.unit : null;
}

/** "the (total) number of partners ... to 32": the noun after "number of". */
function backReferencedNoun(toks: readonly Token[], i: number): string | null {
  for (let k = i - 1; k >= 1 && k > i - 30; k--) {
    if (toks[k]?.key === "of" && toks[k - 1]?.key === "number") {
      // "the number of Hanoi's comprehensive strategic partners": the possessor is not what is counted.
      let from = k + 1;
      while (toks[from]?.cap && toks[from]?.kind === "word" && from < k + 4) from++;
      const possessive = from > k + 1 && (toks[from]?.text === "'" || toks[from]?.text === "’");
      return countedNoun(toks, possessive && toks[from + 1]?.key === "s" ? from + 2 : k + 1)?.unit ?? null;
    }
    if (toks[k]?.text === ";") break;
  }
  return null;
}

/** "- Countries with diplomatic relations: 194": the head of the label before a colon. */
function labelNoun(toks: readonly Token[], at: number, covered?: Set<number>): string | null {
  if (toks[at - 1]?.text !== ":") return null;
  let start = at - 1;
  while (start > 0 && !BULLETS.has(toks[start - 1]?.text ?? "")) start--;
  // "Newly licensed projects: 1,988": an adverb opening the label modifies the noun; it does not end the phrase.
  while (start < at - 2 && toks[start]?.kind === "word" && /ly$/.test(toks[start]?.key ?? "")) start++;
  return countedNoun(toks, start, covered)?.unit ?? null;
}

/**
 * The noun of the last count read in this sentence or the three before it (money, percentages and ranks are no
 * counts): what a bare "others" after a figure stands for. Null when none was read so close.
 */
function lastCountedNoun(found: readonly IndicatorFinding[], sentenceIndex: number): string | null {
  const last = found.at(-1);
  if (!last?.unit || sentenceIndex - last.sentenceIndex > 3) return null;
  return MONEY.has(last.unit) || last.unit === "percent" || last.unit === "rank" ? null : last.unit;
}

/** "2,500; of whom 400 were evacuated": the same noun as the number before. */
function ofWhom(toks: readonly Token[], i: number, found: IndicatorFinding[], sentenceIndex: number): string | null {
  if (toks[i - 2]?.key !== "of" || !["whom", "which", "them"].includes(toks[i - 1]?.key ?? "")) return null;
  const last = found.at(-1);
  return last?.sentenceIndex === sentenceIndex ? last.unit : null;
}

/** "a population of around 680 million": people, named by the noun before "of". */
function populationOf(toks: readonly Token[], at: number): string | null {
  return toks[at - 1]?.key === "of" && toks[at - 2]?.key === "population" ? "people" : null;
}

/**
 * "102 Vietnamese left Tehran, while another 190 were brought from Israel": a bare figure later in the sentence
 * counts the same thing as the figure before it.
 */
function elided(
  toks: readonly Token[],
  i: number,
  parsed: { to: number; words: boolean },
  hasNoun: boolean,
  found: IndicatorFinding[],
  sentenceIndex: number,
): string | null {
  // "5.8 million visitors, up 16.9 percent, and Korea second at 4.3 million": a change given beside the count is no
  // count; the figure before it is what the bare one shares.
  let at = found.length - 1;
  while (at > 0 && found[at]?.unit === "percent" && found[at - 1]?.sentenceIndex === sentenceIndex) at--;
  const last = found[at];
  // "handed over 12 patrol vessels and pledged five more": "more" closes the figure, in words or digits.
  const more = toks[parsed.to]?.key === "more" ? 1 : 0;
  if (hasNoun || (parsed.words && !more) || last?.sentenceIndex !== sentenceIndex || !last.unit) return null;
  if (last.unit === "percent" || last.unit === "rank" || last.unit === last.unit.toUpperCase()) return null;
  const next = toks[parsed.to + more];
  if (next && next.kind === "word" && !STOP_NOUN.has(next.key) && !verbAfter(toks, parsed.to + more)) return null;
  // "Hanoi received 7 million visitors, while HCM City welcomed 8.6 million": a scaled figure shares it too.
  const scaled = toks[i]?.kind === "number" && parsed.to > i + 1 && SCALE_WORDS.has(toks[parsed.to - 1]?.key ?? "");
  return more || scaled || /^\d+(?:,\d{3})*$/.test(toks[i]?.text ?? "") ? last.unit : null;
}

function keyFor(window: string, unit: string | null): string | null {
  const lower = unit?.toLowerCase();
  for (const d of definitions) {
    if (d.units.size > 0 && (!lower || !d.units.has(lower))) continue;
    if (d.context.some((re) => re.test(window))) return d.key;
  }
  return null;
}

function windowAround(
  s: Sentence,
  toks: readonly Token[],
  numbers: number[],
  at: number,
  i: number,
  end: number,
): string {
  let a = 0;
  // Back to the clause start: earlier figures in the clause often name what this one counts ("17 FTAs with 60 partners").
  for (let k = i - 1; k >= a; k--) if (toks[k]?.text === ";") a = k + 1;
  let b = toks.length;
  for (const n of numbers) if (n >= end && n < b) b = n;
  for (let k = end; k < b; k++) if (toks[k]?.text === ";") b = k;
  const from = toks[a]?.start ?? at;
  const to = toks[b - 1]?.end ?? at;
  return s.text.slice(Math.max(from, at - 160) - s.start, Math.min(to, at + 100) - s.start).toLowerCase();
}

function numberIndexes(toks: readonly Token[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < toks.length; k++) if (toks[k]?.kind === "number") out.push(k);
  return out;
}

const GROUP_NOUNS = new Set(numberWords.groupNouns);
const PERSON_KINDS = new Set(KINDS.find((k) => k.kind === "people")?.nouns ?? []);
/** Counts of persons under any name ("citizens", "people", "nationals", "Vietnamese"). */
const persons = (unit: string | null) =>
  unit !== null && (PERSON_KINDS.has(unit) || COLLECTIVE.has(unit) || unit === "nationals" || unit === "compatriots");

const sameKind = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && COUNTABLE.has(a) && COUNTABLE.has(b));

/** A standfirst and the lead under it often write one figure twice ("trade to $20 billion"): keep the first. */
function dropLeadRepeats(found: IndicatorFinding[]): IndicatorFinding[] {
  return found.filter(
    (f, n) =>
      !restatedCount(found, f, n) &&
      (f.key === null ||
        f.unit === "rank" ||
        !found
          .slice(0, n)
          .some(
            (e) =>
              (f.sentenceIndex < LEAD || headlineBefore(e, f)) &&
              e.sentenceIndex !== f.sentenceIndex &&
              e.value === f.value &&
              e.unit === f.unit &&
              e.key === f.key,
          )),
  );
}

/**
 * "More than 300 companies met in Hanoi … The forum brought together more than 300 companies": a count of ten or more
 * things written again with the same hedge later in the story is the same figure, read once. Money, percentages and
 * ranks repeat for different things too often ("$2 billion" of trade and of aid) to be merged on the value alone.
 */
function restatedCount(found: readonly IndicatorFinding[], f: IndicatorFinding, n: number): boolean {
  if (f.unit === null || f.unit === "rank" || PERCENT_UNITS.has(f.unit) || MONEY.has(f.unit) || f.value < 10)
    return false;
  return found
    .slice(0, n)
    .some(
      (e) =>
        e.sentenceIndex !== f.sentenceIndex && e.value === f.value && e.unit === f.unit && e.qualifier === f.qualifier,
    );
}
const PERCENT_UNITS = new Set(["percent", "%", "bp"]);

/**
 * A headline (a line with no closing stop) and the lead just under it write one figure twice, wherever page furniture
 * (a channel's name, a subscriber count) pushed them down the page.
 */
// Three sentences: a deck under the headline ("Trade goal set at $150b by 2030") may stand above a dateline and a lead.
const headlineBefore = (e: IndicatorFinding, f: IndicatorFinding) =>
  f.sentenceIndex - e.sentenceIndex <= 3 && !/[.!?:;"”’)]\s*$/.test(e.sentence);

/** Whether the sentence stands in a line a question label opens ("Q: …"): the first sentence of its line has the label. */
function questionTurn(s: Sentence): boolean {
  let first = s;
  for (let k = s.index - 1; k >= 0; k--) {
    const before = pageSentences[k];
    if (!before || before.line !== s.line) break;
    first = before;
  }
  return QUESTION_TURN.test(first.text);
}

/** One sentence being read for figures: its tokens, the names covering them, and what the page has found so far. */
interface SentenceReading {
  s: Sentence;
  toks: Token[];
  covered: Set<number> | undefined;
  out: IndicatorFinding[];
  localDollar: string | null;
  quotes: readonly { start: number; end: number }[];
  disaster: () => boolean;
  home: () => boolean;
  numberTokens?: number[];
  consumed?: Set<number>;
}

/** A number read at a token, with the marks around it that shape it (a rank, a range, a sign, a glued currency). */
interface Figure {
  t: Token;
  prev: Token | undefined;
  parsed: ParsedNumber;
  next: Token | undefined;
  rank: boolean;
  oddGuess: boolean;
  range: number | null;
  compound: string | null;
  hyphenCurrency: string | undefined;
  letterCurrency: string | undefined;
  minus: boolean;
  plus: boolean;
}

/** What a figure measures: where it ends, its total, its qualifier and its unit (and the noun phrase it counts). */
interface Measure {
  end: number;
  of: number | null;
  qual: { text: string; from: number } | null;
  qualifier: string | null;
  unit: string | null;
  about: string | null;
  after: Token | undefined;
}

/** The number at token i: digits or number words, an ordinal place, a hyphened range or scale, a sign. */
function numberAt(reading: SentenceReading, i: number): Figure | null {
  const { toks } = reading;
  const t = toks[i] as Token;
  const prev = toks[i - 1];
  let rank = false;
  let parsed = parseNumberAt(toks, i);
  if (!parsed) {
    // Ordinals count only as ranks: "ranks ... second in ASEAN", "the third-largest partner".
    const ord = ordinalValue(t);
    if (ord === null) return null;
    const cue = toks.slice(Math.max(0, i - 12), i).some((x) => RANK_CUES.has(x.key) || x.key === "top");
    const sup = toks[i + 1]?.text === "-" ? toks[i + 2] : toks[i + 1];
    if (
      !cue &&
      !(sup && SUPERLATIVE.test(sup.key) && sup.key !== "most") &&
      !formerRank(toks, i) &&
      !amongPlurals(toks, i + 1) &&
      !beforeRankRole(toks, i, i + 1) &&
      !placeInRace(toks, i, i + 1)
    )
      return null;
    parsed = { value: ord, from: i, to: i + 1, words: true };
    rank = true;
  }
  let next = toks[parsed.to];
  let range: number | null = null;
  let compound: string | null = null;
  // "a 300-million-dollar credit": the amount written as one hyphenated adjective.
  let hyphenCurrency: string | undefined;
  // "W2.5 trillion", "P25 billion": a one-letter sign glued before an amount that carries a scale word.
  // "$US9 billion", "$A500 million": Australian papers write the country's letters after the dollar sign.
  const before = toks[i - 2];
  const lettersAfterSign =
    prev?.kind === "word" && glued(prev, t) && before?.text === "$" && glued(before, prev)
      ? CURRENCIES.get(`${prev.key}$`)
      : undefined;
  const letterCurrency =
    lettersAfterSign ??
    (prev?.text.length === 1 && glued(prev, t) && parsed.to > i + 1 && SCALE_WORDS.has(toks[parsed.to - 1]?.key ?? "")
      ? LETTER_CURRENCIES.get(prev.key)
      : undefined);
  if (t.kind === "number" && next && glued(t, next) && ORDINAL_SUFFIX.has(next.key)) {
    // "the 10th largest investor" is a rank; "the 35th meeting" is only an ordinal.
    const cue = toks.slice(Math.max(0, i - 12), i).some((x) => RANK_CUES.has(x.key) || x.key === "top");
    const sup = toks[i + 2]?.text === "-" ? toks[i + 3] : toks[i + 2];
    if (
      !cue &&
      !(sup && SUPERLATIVE.test(sup.key) && sup.key !== "most") &&
      !formerRank(toks, i) &&
      !amongPlurals(toks, i + 2) &&
      !beforeRankRole(toks, i, i + 2) &&
      !placeInRace(toks, i, i + 2)
    )
      return null;
    parsed = { value: parsed.value, from: i, to: i + 2, words: false };
    rank = true;
    next = toks[i + 2];
  } else if (t.kind === "number" && !YEAR.test(t.text) && next && HYPHENS.has(next.text) && glued(t, next)) {
    const high = toks[parsed.to + 1];
    const word = high?.kind === "word" ? high : null;
    if (
      high?.kind === "number" &&
      glued(next, high) &&
      !YEAR.test(high.text) &&
      Number(high.text.replace(/,/g, "")) > parsed.value
    ) {
      // "6-6.5%", "5-8 percent": the range is kept as its lower bound, the span as the qualifier.
      // A scale after the upper bound applies to both: "36-38 billion USD".
      const upper = parseNumberAt(toks, parsed.to + 1);
      const scale = upper ? upper.value / Number(high.text.replace(/,/g, "")) : 1;
      range = upper?.value ?? Number(high.text.replace(/,/g, ""));
      parsed = { ...parsed, value: Number((parsed.value * scale).toPrecision(12)), to: upper?.to ?? parsed.to + 2 };
      next = toks[parsed.to];
    } else if (word && glued(next, word) && SCALE_WORDS.has(word.key) && hyphenAmount(toks, parsed.to + 2)) {
      hyphenCurrency = hyphenAmount(toks, parsed.to + 2);
      parsed = { ...parsed, value: parsed.value * (SCALE_WORDS.get(word.key) ?? 1), to: parsed.to + 4 };
      next = toks[parsed.to];
    } else if (
      word &&
      glued(next, word) &&
      SCALE_WORDS.has(word.key) &&
      prev &&
      glued(prev, t) &&
      CURRENCIES.has(prev.key)
    ) {
      // "a ¥18.7-billion loan", "a $5-million grant": the sign before, the scale hyphened on as an adjective.
      parsed = {
        ...parsed,
        value: Number((parsed.value * (SCALE_WORDS.get(word.key) ?? 1)).toPrecision(12)),
        to: parsed.to + 2,
      };
      next = toks[parsed.to];
    } else if (word && glued(next, word) && COMPOUND_COUNT.has(word.key)) {
      // "the 27-member bloc" counts members.
      compound = `${word.key}s`;
      parsed = { ...parsed, to: parsed.to + 2 };
      next = toks[parsed.to];
    }
  }
  // "US$9.3b (-2.1%)", "fell to -3%": a minus sign glued to the digits after a bracket, a colon or a lower-case word
  // is the sign of a change; glued to what stands before ("COVID-19", "2023-2025") it is a joiner, and after a
  // ticker or a price ("AMKR -0.84%", "0.175 -2.78%") it is a quote box's move, not the story's figure.
  const signAt = toks[i - 2];
  // "Singapore | 6.46 | -40.6%": a table's bar opens a cell as a bracket does, so the sign there is the cell's own.
  const cellStart = signAt?.text === "|" && !glued(signAt, prev);
  const minus =
    t.kind === "number" &&
    (prev?.text === "-" || prev?.text === "\u2212") &&
    glued(prev, t) &&
    (!signAt ||
      OPENERS.has(signAt.text) ||
      cellStart ||
      signAt.text === ":" ||
      // "$529 million, -27% y/y": a change set after a comma beside the amount it moves.
      (signAt.text === "," && !glued(signAt, prev)) ||
      (!glued(signAt, prev) && signAt.kind === "word" && /^\p{Ll}/u.test(signAt.text)));
  // "(+13.7 per cent)", "Exports to China: +11.9 pct": a plus sign glued to the digits after a bracket, a colon or a
  // line's start marks a rise, written as figure boxes and bullet stats write changes; glued to what stands before
  // ("ASEAN+3") it joins a name.
  const plus =
    t.kind === "number" &&
    prev?.text === "+" &&
    glued(prev, t) &&
    (!signAt ||
      OPENERS.has(signAt.text) ||
      cellStart ||
      signAt.text === ":" ||
      (signAt.text === "," && !glued(signAt, prev)));
  return { t, prev, parsed, next, rank, oddGuess: false, range, compound, hyphenCurrency, letterCurrency, minus, plus };
}

/** Whether the number is no count: part of a name, a code, a date, an address, a version, an age or a back-reference. */
function notACount(reading: SentenceReading, i: number, figure: Figure): boolean {
  const { s, toks, covered, out, home } = reading;
  const { t, prev, rank, letterCurrency, minus, plus } = figure;
  let { parsed, next } = figure;
  if (t.kind === "number" && !rank) {
    // Glued to letters or joiners it is part of a name, code or range ("G20", "COVID-19", "ASEAN+3", "2023-2025");
    // a currency may be glued in front ("$5", "VND1.2") and closing punctuation or "%" behind.
    if (
      prev &&
      glued(prev, t) &&
      !CURRENCIES.has(prev.key) &&
      !OPENERS.has(prev.text) &&
      !letterCurrency &&
      !minus &&
      !plus
    )
      return true;
    // "a record(3).", "the total.[2]": a number in brackets glued to the word before is a note's mark.
    if ((prev?.text === "(" || prev?.text === "[") && glued(toks[i - 2], prev) && toks[i - 2]?.kind !== "punct")
      return true;
    // "1 White House fact sheet", "96 Hoang Quoc Viet, Ha Noi": a small number opening a line before a name is a
    // note's or a house number; news copy spells a count out there or writes it before a demonym or a place.
    const opener = toks[parsed.to];
    if (
      i === 0 &&
      /^\d{1,3}$/.test(t.text) &&
      parsed.to === i + 1 &&
      opener?.kind === "word" &&
      opener.cap &&
      opener.text !== opener.text.toUpperCase() &&
      !covered?.has(parsed.to) &&
      !DEMONYMS.has(opener.key.replace(/s$/, ""))
    )
      return true;
    const tail = toks[parsed.to - 1];
    // "the 2,000-odd students": "-odd" makes the figure a round guess, not part of a compound.
    if (
      next?.text === "-" &&
      glued(tail, next) &&
      toks[parsed.to + 1]?.key === "odd" &&
      glued(next, toks[parsed.to + 1])
    ) {
      parsed = { ...parsed, to: parsed.to + 2 };
      next = toks[parsed.to];
      figure.oddGuess = true;
    }
    const measure = next && glued(tail, next) && MEASURES.has(next.key);
    const basis = next && BASIS_POINTS.has(next.key);
    if (next && glued(tail, next) && !PERCENT.has(next.key) && !CLOSERS.has(next.text) && !measure && !basis)
      return true;
    // "Updated: 2:14 p.m.", "a 3:1 vote": digits glued on either side of a colon are a clock time or a score.
    if (
      next?.text === ":" &&
      glued(tail, next) &&
      toks[parsed.to + 1]?.kind === "number" &&
      glued(next, toks[parsed.to + 1])
    )
      return true;
    // "2 plus 2 dialogue", "ASEAN + 3": a formula is a name.
    if ((next?.key === "plus" || next?.text === "+") && toks[parsed.to + 1]?.kind === "number") return true;
    if ((prev?.key === "plus" || prev?.text === "+") && toks[i - 2]?.kind === "number") return true;
    // "cutters numbered 5901 and 4203", "hull No. 31": a label, not a quantity.
    if (LABEL_WORDS.has(prev?.key ?? "") || (prev?.key === "and" && LABEL_WORDS.has(toks[i - 3]?.key ?? "")))
      return true;
    // "the Haiyang Dizhi 8 left port", "Decree 15": a bare integer right after a name word belongs to the name.
    if (
      prev?.kind === "word" &&
      prev.cap &&
      toks[i - 2]?.kind === "word" &&
      toks[i - 2]?.cap &&
      !CURRENCIES.has(prev.key) &&
      !MONTHS.has(prev.key) &&
      /^\d{1,4}$/.test(t.text) &&
      parsed.to === i + 1 &&
      (next === undefined || next.kind !== "word" || !next.cap) &&
      !gappedPlace(toks, i, covered, out, s.index)
    )
      return true;
    // "10 Downing Street": a house number before a street's name is an address.
    const street =
      next?.cap && (ADDRESS.has(toks[i + 2]?.key ?? "") || (toks[i + 2]?.cap && ADDRESS.has(toks[i + 3]?.key ?? "")));
    if (street && parsed.to === i + 1) return true;
    // "around 2000 Vietnamese students": a year-shaped number after a guess and before a plural is a count.
    if (/^(1[89]|20|21)\d\d$/.test(t.text) && parsed.to === i + 1 && !guessedCount(toks, i, covered)) return true;
    // "2.0 Strategy" is a version; "1.5 million Thai visitors" is a scaled count whose noun has a demonym before it.
    if (next?.cap && next.text !== next.text.toUpperCase() && /\./.test(t.text) && parsed.to === i + 1) return true;
    // "Free Trade Area 3.0", "Industry 4.0": a small decimal right after a name word is a version, not a count.
    if (/\./.test(t.text) && parsed.value <= 10 && prev?.cap && prev.kind === "word" && !CURRENCIES.has(prev.key))
      return true;
    // "the first visit" is an ordinal; "Australia came first" is a place.
  } else if (parsed.value === 1 && parsed.to === i + 1 && !(rank && placeInRace(toks, i, i + 1))) return true;
  else if (!rank && next?.text === "-" && glued(toks[parsed.to - 1], next)) return true;
  // "the Group of 20 summit", "the Group of Seven": a number in a group's name is not a count.
  if (prev?.key === "of" && toks[i - 2]?.text === "Group") return true;
  const ref = prev?.text === "." ? toks[i - 2] : prev;
  if (ref && REFERENCE.has(ref.key)) return true;
  // "Sept. 11", "Jan. 6": a month's abbreviation with its stop before the number makes a date too.
  if ((prev && MONTHS.has(prev.key)) || (ref && MONTHS.has(ref.key)) || (next && MONTHS.has(next.key))) return true;
  if (!rank && ageAt(toks, i, parsed)) return true;
  // "a top-ten trading partner", "a Big-Four bank": a number word hyphened onto a word before it is part of an
  // adjective, not a count ("twenty-five" is read whole from its first word).
  if (
    parsed.words &&
    prev?.text === "-" &&
    glued(prev, t) &&
    toks[i - 2]?.kind === "word" &&
    glued(toks[i - 2], prev) &&
    !NUMBER_WORDS.has(toks[i - 2]?.key ?? "")
  )
    return true;
  // "the three countries" refers back to a set; "the five Mekong countries" names and counts one.
  if (!rank && parsed.words && parsed.to === i + 1 && parsed.value <= 10 && prev && DEICTIC.has(prev.key)) {
    const noun = countedNoun(toks, parsed.to, covered);
    const named = toks[parsed.to]?.cap === true || definedSet(toks, parsed.to, covered);
    // "the eight wooden boats", "the six Vietnam-Singapore Industrial Parks": a modifier before the noun defines the
    // set it counts, as a name does; "the three countries" alone points back, and "the two" of any kind is the
    // pair the story is about.
    // "the four major powers", "the ten other members", "the ten largest recipients" still point back or rank.
    const modifiers = noun ? toks.slice(parsed.to, noun.to - 1) : [];
    const modified =
      noun !== null &&
      parsed.value > 2 &&
      modifiers.length > 0 &&
      !ABSTRACT.has(noun.unit) &&
      !modifiers.some((m) => POINTING.has(m.key) || (SUPERLATIVE.test(m.key) && !m.cap));
    if (
      !noun ||
      !(named || modified) ||
      (!COUNTABLE.has(noun.unit) && !modified) ||
      (parsed.value === 2 && PAIR_NOUNS.has(noun.unit))
    )
      return true;
  }
  // "China is India's second-largest trading partner": a ranking between two other countries is not Vietnam's.
  if (rank && prev?.key === "s" && toks[i - 2]?.text === "'" && covered?.has(i - 3) && !home()) return true;
  // "… the Commission and the Committee, two subsidiary bodies of ECOSOC": the count restates the names listed.
  // "China and Russia, the only two comprehensive strategic partners": so does one after "the (only)".
  let apposed = i - 1;
  while (apposed > i - 3 && APPOSITION.has(toks[apposed]?.key ?? "")) apposed--;
  if (
    !rank &&
    parsed.words &&
    parsed.value <= 10 &&
    toks[apposed]?.text === "," &&
    covered?.has(apposed - 1) &&
    !definedSet(toks, parsed.to, covered)
  )
    return true;
  // A capitalised number word inside a name ("Asia Zero Emission Community", "the Big Four") is not a count.
  if (parsed.words && t.cap && prev?.kind === "word" && prev.cap) return true;
  // "Vietnam's Two Corridors and One Economic Circle plan": a capitalised number word mid-sentence before a
  // capitalised noun opens a name.
  const nameNext = toks[parsed.to];
  // A dateline's colon or dash opens the sentence as a bracket does ("KUANTAN: Eight Vietnamese skippers …").
  if (
    parsed.words &&
    t.cap &&
    i > 0 &&
    !OPENERS.has(prev?.text ?? "") &&
    !DATELINE_MARKS.has(prev?.text ?? "") &&
    nameNext?.cap &&
    nameNext.kind === "word"
  )
    return true;
  figure.parsed = parsed;
  figure.next = next;
  return false;
}

/** The figure's total ("18 of 21"), qualifier and unit when a sign or word gives it (currency, percent, basis points). */
function measureOf(reading: SentenceReading, i: number, figure: Figure): Measure | null {
  const { s, toks, out, localDollar } = reading;
  const { t, prev, parsed, oddGuess, compound, hyphenCurrency, letterCurrency } = figure;
  let { rank } = figure;
  let end = parsed.to;
  let of: number | null = null;
  // "18 out of a total of 21 members", "six out of the seven", "18 of the 21"
  let k = parsed.to;
  if (toks[k]?.key === "out" && toks[k + 1]?.key === "of") k += 2;
  else if (toks[k]?.key === "of") k += 1;
  // "192 votes out of 193": the counted noun between the share and its total; the noun stays the unit.
  const nounFirst =
    k === parsed.to && toks[k]?.kind === "word" && toks[k + 1]?.key === "out" && toks[k + 2]?.key === "of";
  if (nounFirst) k += 3;
  if (k > parsed.to) {
    if (toks[k]?.key === "a" && toks[k + 1]?.key === "total" && toks[k + 2]?.key === "of") k += 3;
    if (toks[k]?.key === "the") k++;
    // "55 of the country's 63 provinces": a possessive may stand before the total.
    if (toks[k + 1]?.text === "'" && toks[k + 2]?.key === "s") k += 3;
    const total = parseNumberAt(toks, k);
    if (total) {
      of = total.value;
      if (!nounFirst) end = total.to;
      reading.consumed ??= new Set();
      for (let c = total.from; c < total.to; c++) reading.consumed.add(c);
    }
  }
  // "ranking 15th among the 149 countries and territories investing": the field a rank is taken in is its total.
  if (rank && toks[k]?.key === "among") {
    const at = toks[k + 1]?.key === "the" ? k + 2 : k + 1;
    const total = parseNumberAt(toks, at);
    if (total && !YEAR.test(toks[at]?.text ?? "")) {
      of = total.value;
      reading.consumed ??= new Set();
      for (let c = total.from; c < total.to; c++) reading.consumed.add(c);
    }
  }
  const qual = qualifierBefore(toks, i);
  const qualifier = qual?.text ?? (oddGuess ? "about" : null);
  if (prev?.key === "all" && of === null) of = parsed.value;
  if (prev?.key === "top" && !rank) rank = true;
  // "the world's three biggest rice exporters": a count before a superlative places, it does not count.
  const sup = toks[parsed.to];
  // "the world's 20 largest trading nations": digits place the same way once a possessor or "the" stands before.
  const placed = parsed.words || (prev && (prev.key === "the" || prev.key === "s"));
  if (!rank && placed && sup && SUPERLATIVE.test(sup.key) && sup.key !== "most" && !sup.cap) rank = true;

  let unit: string | null = null;
  const dollarPrefix = prev?.key === "$" && glued(toks[i - 2], prev) ? `${toks[i - 2]?.key}$` : "";
  const currencyBefore = prev && (CURRENCIES.get(dollarPrefix) ?? currencyOf(prev.key) ?? letterCurrency);
  const currencyGlued = prev?.kind === "word" && glued(prev, t) ? currencyBefore : undefined;
  const after = toks[end];
  const percent = after && (PERCENT.has(after.key) || (after.key === "per" && toks[end + 1]?.key === "cent"));
  const written = after ? currencyAfter(toks, end) : null;
  // "USD 300 million": a currency code in capitals may stand apart; "won 49 votes" is a verb.
  const code = prev?.kind === "word" && prev.text.length >= 2 && prev.text === prev.text.toUpperCase();
  const spent = out.at(-1)?.sentenceIndex === s.index && (out.at(-1)?.end ?? 0) >= (prev?.end ?? 0);
  if (hyphenCurrency) unit = hyphenCurrency;
  else if (
    currencyBefore &&
    (prev?.kind !== "word" || currencyGlued || ((code || SPACED_SIGNS.has(prev.key)) && !spent))
  ) {
    // A bare "$" (not "US$") on an Australian or Singaporean outlet's own copy is that country's dollar.
    const bare = prev?.key === "$" && !dollarPrefix && !(toks[i - 2] && glued(toks[i - 2], prev));
    unit = bare && localDollar ? localDollar : currencyBefore;
  } else if (written && (after?.key !== "won" || parsed.to > i + 1)) {
    unit = written.unit;
    end = written.to;
  } else if (percent) {
    unit = "percent";
    end += after.key === "per" ? 2 : 1;
  } else if (after && (BASIS_POINTS.has(after.key) || (after.key === "basis" && toks[end + 1]?.key === "points"))) {
    unit = "bp";
    end += after.key === "basis" ? 2 : 1;
  } else if (compound) unit = compound;
  else if (spanPercent(toks, end, parsed.value) && prev?.key !== "from") {
    // "8 to 15 percent": the low end of a range takes the unit written after the high end ("from 5 to 8 percent"
    // is a change, whose first figure is the old level).
    unit = "percent";
  } else {
    unit = null;
  }
  // "Gold 3.25 million VND/tael", "$80/barrel": an amount per unit is a price, not a sum.
  if (
    unit &&
    MONEY.has(unit) &&
    toks[end]?.text === "/" &&
    glued(toks[end - 1], toks[end]) &&
    toks[end + 1]?.kind === "word"
  )
    return null;
  // "€7.99 per month", "$5 a month": a small amount per span of time is a price or a fee (a subscription, a fare),
  // not a sum the story reports; "$1,500 a month" promised as a wage and "$12 million a year" are kept.
  if (
    unit &&
    MONEY.has(unit) &&
    parsed.value < 100 &&
    ["per", "a", "an", "each", "every"].includes(toks[end]?.key ?? "") &&
    TIME.has(toks[end + 1]?.key ?? "")
  )
    return null;
  figure.rank = rank;
  return { end, of, qual, qualifier, unit, about: null, after };
}

/** What a figure with no unit counts: the noun after it, or one named before it; false when it counts nothing. */
function countedHead(reading: SentenceReading, i: number, figure: Figure, measure: Measure): boolean {
  const { s, toks, covered, out } = reading;
  const { t, prev, rank } = figure;
  const { of, qual, after } = measure;
  let { parsed } = figure;
  let { end } = measure;
  let unit: string | null = null;
  let about: string | null = null;
  // "six million of our compatriots": the counted noun follows "of" and a determiner.
  const ofDet = toks[end]?.key === "of" && DEICTIC.has(toks[end + 1]?.key ?? "") && parsed.to > i + 1;
  // "five of the boats", "12 of the forum's participants": a part of a named whole counts the whole's noun.
  // "two of its neighbours", "two of the countries contesting …": a pair picked out of a group is no tally.
  const pair = parsed.words && parsed.value <= 2;
  const part = of === null && !ofDet && !pair ? partitiveNoun(toks, end, covered) : null;
  // "patrol boats, 12 of which", "prisoners, more than 100 of whom": the plural the relative word stands for.
  const relative =
    of === null && !part
      ? (relativeNoun(toks, qual?.from ?? i, end) ?? antecedentCount(toks, qual?.from ?? i, covered))
      : null;
  // "as many as 40 of its own vessels": "own" makes the noun the thing counted, not a whole it is part of.
  const ofOwn = toks[end]?.key === "of" && DEICTIC.has(toks[end + 1]?.key ?? "") && toks[end + 2]?.key === "own";
  if (ofOwn) end += 3;
  else if (ofDet) end += 2;
  // "4 min read": a time unit right after the number makes a duration, whatever follows it.
  if (TIME.has(toks[end]?.key ?? "")) return false;
  // "topped 40,000 last year": a time phrase after the figure is when, not what it counts.
  const when = ["last", "this", "next"].includes(toks[end]?.key ?? "") && TIME.has(toks[end + 1]?.key ?? "");
  const read = when ? null : countedNoun(toks, end, covered);
  // "78 Vietnamese ones": a pro-form counts its antecedent's noun, or nothing when none stands before it.
  const antecedent = read?.unit === "ones" ? antecedentPlural(toks, i) : undefined;
  if (antecedent === null) return false;
  // "1,120 workers came by sea …; around 350 others flew home": "others" counts more of what was last counted.
  const more = read?.unit === "others" ? lastCountedNoun(out, s.index) : null;
  const noun = read && (antecedent ?? more) ? { ...read, unit: antecedent ?? more ?? read.unit } : read;
  // "create 20,000 to 26,000 jobs a year": the low end of a range written with "to" counts the high end's noun;
  // "from 12 to 15" is a change, whose first figure is the old level.
  const span =
    !noun && !when && toks[end]?.key === "to" && prev?.key !== "from"
      ? spanNoun(toks, end + 1, parsed.value, covered)
      : !noun && !when
        ? sharedNoun(toks, parsed, covered)
        : null;
  // "1.5 to 2 million tonnes": the scale after the high end applies to a bare low end below it.
  if (span && toks[end]?.key === "to" && parsed.to === i + 1 && t.kind === "number") {
    const high = parseNumberAt(toks, end + 1);
    const base = Number(toks[end + 1]?.text.replace(/,/g, ""));
    if (high && high.to > high.from + 1 && base > parsed.value && SCALE_WORDS.has(toks[high.from + 1]?.key ?? ""))
      parsed = { ...parsed, value: Number(((parsed.value * high.value) / base).toPrecision(12)) };
  }
  if (noun && TIME.has(noun.unit)) return false;
  if (noun && (ABSTRACT.has(noun.unit) || PAGE_COUNTERS.has(noun.unit))) return false;
  // "12 540 subscribers" alone on a line: a channel's header, not a figure of the story.
  if (
    noun &&
    LINE_COUNTERS.has(noun.unit) &&
    noun.to === toks.length &&
    toks.every((x) => x.kind === "number" || x === toks[noun.to - 1])
  )
    return false;
  // "two countries", "two sides": the pair a bilateral story is about, not a count.
  if (noun && parsed.value === 2 && parsed.words && PAIR_NOUNS.has(noun.unit)) return false;
  // "the two ASEAN members", "between two EU partners": a bloc named before the noun makes the pair, not a tally.
  if (noun && parsed.value === 2 && parsed.words && PAIR_MEMBERS.has(noun.unit) && covered?.has(end)) return false;
  const population = populationOf(toks, qual?.from ?? i);
  const partitive = ofWhom(toks, i, out, s.index) ?? elided(toks, i, parsed, noun !== null, out, s.index);
  // "arrivals topped 40,000 last year": the plural subject of a verb of level, the figure closing its clause or
  // followed only by when.
  const closes = after === undefined || after.kind === "punct" || WHEN_WORDS.has(after.key);
  const level = !noun && closes ? subjectNoun(toks, qual?.from ?? i) : null;
  const absolute = noun ? null : absoluteSubject(toks, qual?.from ?? i, end);
  const head =
    noun?.unit ??
    part ??
    relative ??
    backReferencedNoun(toks, i) ??
    labelNoun(toks, qual?.from ?? i, covered) ??
    population ??
    level ??
    absolute ??
    // "25 and 30 volunteers": the noun written after the pair outranks one carried over from an earlier figure.
    span ??
    partitive;
  if (!head && !rank) return false;
  // "around 100 a year": a rate after the figure leaves the noun named before it.
  const rate = ["a", "per", "each", "every"].includes(after?.key ?? "") && TIME.has(toks[end + 1]?.key ?? "");
  const counted = partitive || part || relative;
  if (!noun && after?.kind === "word" && !rank && !counted && !population && !rate && !level && !span && !absolute)
    return false;
  // "three other EU members: Spain, Britain and Germany", "three of which – China, Russia and India –": a small
  // count that the names after it spell out restates the list.
  const listAt = noun ? noun.to : relative ? end + 2 : -1;
  // A tally is kept though its names follow ("partnerships with seven other countries: China, …", "six such
  // partners: …", "BRICS now has 10 full members: …"); a subset picked out by a name before its noun ("five EU
  // members – Spain, …", "four Nordic countries: Denmark, …") or other members of a group restates the names.
  let named = false;
  // "the other four permanent members …": "other" before the figure picks out a subset as after it does.
  let other = prev?.key === "other";
  for (let n = end; noun && n < noun.to; n++) {
    if (toks[n]?.cap || covered?.has(n)) named = true;
    if (toks[n]?.key === "other") other = true;
  }
  const tally = noun !== null && !named && (!other || LISTED_TALLIES.has(noun.unit));
  if (!rank && parsed.value <= 10 && listAt >= 0 && !tally && listFollows(toks, pastNamedWhole(toks, listAt, covered)))
    return false;
  // "the 175 Military Hospital", "the VCG Region 3 Command": digits above one after "the" or a capitalised word and
  // before a capitalised singular noun do not count it (English counts in the plural); they belong to the name.
  // Spelled numbers are left to the rules for names above ("nine Memoranda of Understanding" counts).
  const headWord = noun ? toks[noun.to - 1] : undefined;
  if (
    !rank &&
    !parsed.words &&
    (prev?.key === "the" || (prev?.kind === "word" && prev.cap)) &&
    headWord?.cap &&
    headWord.kind === "word" &&
    parsed.value > 1 &&
    headWord.text.length > 3 &&
    headWord.text !== headWord.text.toUpperCase() &&
    !isPlural(headWord.key) &&
    !ALIASED.has(headWord.key) &&
    !DEMONYMS.has(headWord.key) &&
    !covered?.has((noun?.to ?? 0) - 1)
  )
    return false;
  unit = rank ? "rank" : head;
  const joined = noun && !rank ? (coordinatedKind(toks, noun.unit, noun.to) ?? jointPlaces(toks, noun)) : null;
  if (joined && noun) {
    unit = joined.unit;
    noun.to = joined.to;
  }
  if (noun) {
    const nounStart = toks[end] as Token;
    let stop = noun.to;
    while (stop < toks.length && stop - noun.to < 6 && toks[stop]?.kind !== "punct") stop++;
    const last = toks[stop - 1] as Token;
    about = s.text.slice(nounStart.start - s.start, last.end - s.start);
    if (!rank) end = noun.to;
  } else about = head;
  figure.parsed = parsed;
  measure.end = end;
  measure.unit = unit;
  measure.about = about;
  return true;
}

/** The last checks on a measured figure (a duration, a quote's rhetoric, a restated count); pushes it, returns its end. */
function keepFigure(reading: SentenceReading, i: number, figure: Figure, measure: Measure): number | null {
  const { s, toks, out, quotes, disaster } = reading;
  const { t, prev, parsed, rank, range, minus } = figure;
  const { end, of, qual, about } = measure;
  let { unit, qualifier } = measure;
  if (TIME.has(unit ?? "")) return null;
  if (!rank && MASS.has(unit ?? "") && measuredMass(toks, qual?.from ?? i)) return null;
  // A distance or an area is a measurement; a storm's toll is news; "two wings of one bird" in a quote is imagery.
  if (SPATIAL.has(toks[parsed.to]?.key ?? "")) return null;
  // "452m tall": a dimension word after the figure measures; "40 high-level visits" (hyphened) still counts.
  const dimension = toks[parsed.to];
  // "12 high speed boats": a dimension word that opens a phrase closed by the plural it counts is a modifier.
  const modifies = unit !== null && unit !== dimension?.key && end > parsed.to + 1;
  if (DIMENSIONS.has(dimension?.key ?? "") && toks[parsed.to + 1]?.text !== "-" && !modifies) return null;
  // "net zero emissions", "zero tariffs": nothing counted is never a tally.
  if (parsed.value === 0 && parsed.words) return null;
  if (unit !== "percent" && !MONEY.has(unit ?? "") && disaster()) return null;
  // A count inside a quotation is the speaker's, not the report's ("a market of 90 million people", "four goods").
  // Money and percentages a speaker gives are still reported figures; a count in a quote is rhetoric.
  const quoted =
    insideQuote(s.text, t.start - s.start) ||
    quotes.some((q) => t.start >= q.start && t.start < q.end) ||
    questionTurn(s);
  if (!rank && quoted && unit !== "percent" && !MONEY.has(unit ?? "")) return null;
  // "according to two diplomats", "citing three officials": a count of the report's sources says who told it, not
  // a figure it reports.
  if (!rank && unit !== "percent" && !MONEY.has(unit ?? "") && attributed(toks, qual?.from ?? i)) return null;
  // '"Twenty percent is painful," said an economist' after the 20% tariff was reported: a speaker repeating a
  // figure the report already gave adds no new one.
  if (!rank && quoted && out.some((o) => o.value === parsed.value && o.unit === unit)) return null;
  const alias = UNIT_ALIASES.find((a) => a.words.every((w, n) => toks[end - a.words.length + n]?.key === w));
  if (alias) unit = alias.unit;
  else unit = (unit && WORD_ALIASES.get(unit)) ?? unit;
  // "The 20% rate", "the bloc's 11 members": a figure after a determiner that repeats one already read refers back.
  const possessive = prev?.key === "s" && toks[i - 2]?.text === "'";
  const determined = !qual && (possessive || (prev !== undefined && DEICTIC.has(prev.key)));
  if (!rank && determined && out.some((o) => o.value === parsed.value && sameKind(o.unit, unit))) return null;
  // "The first 16 Vietnamese citizens left …; the group of 16 people crossed …": "the group of" before a count of
  // persons that repeats one already read restates it.
  const group = prev?.key === "of" && GROUP_NOUNS.has(toks[i - 2]?.key ?? "") && DEICTIC.has(toks[i - 3]?.key ?? "");
  if (!rank && !qual && group && out.some((o) => o.value === parsed.value && persons(o.unit) && persons(unit)))
    return null;
  // "192 of 193 votes" in a headline, "192 of the 193 member states" in the lead: the same share of the same total
  // restates one result, whatever noun each sentence gives it.
  if (!rank && of !== null && out.some((o) => o.value === parsed.value && o.of === of)) return null;
  const first = toks[qual?.from ?? i] as Token;
  const last = toks[end - 1] as Token;
  reading.numberTokens ??= numberIndexes(toks);
  const window = windowAround(s, toks, reading.numberTokens, t.start, i, end);
  if (qualifier === "all") qualifier = null;
  if (range !== null) qualifier = `${qualifier ? `${qualifier} ` : ""}${parsed.value}-${range}`;
  const finding: IndicatorFinding = {
    sentenceIndex: s.index,
    start: first.start,
    end: last.end,
    // "18 of 21 members" is a share of a group, not a count of the indicator: it must not be compared with one.
    key: of === null || rank ? keyFor(window, unit) : null,
    value:
      (minus && (unit === "percent" || MONEY.has(unit ?? ""))) ||
      (!minus && unit === "percent" && fallBefore(toks, qual?.from ?? i))
        ? -parsed.value
        : parsed.value,
    of,
    unit,
    qualifier,
    about,
    sentence: s.text,
  };
  out.push(finding);
  // "S$300–400 million", "6-6.5%": a range reports both ends, each with the range's unit.
  if (range !== null && !rank) out.push({ ...finding, value: finding.value < 0 ? -range : range });
  return end;
}

/** Quantities with what they count, skipping years, dates, ordinals, ranges, durations and document numbers. */
export function findIndicators(
  sentences: readonly Sentence[],
  coveredBy: ReadonlyMap<number, Set<number>> = new Map(),
  localDollar: string | null = null,
  /** Quotations printed without marks, as one merged list (findQuotes' `unmarked`); marked ones are read from marks. */
  quotes: readonly { start: number; end: number }[] = [],
): IndicatorFinding[] {
  const out: IndicatorFinding[] = [];
  pageSentences = sentences;
  pageText = null;
  resolvedCurrency.clear();
  const continental = continentalPage(sentences);
  for (const s of sentences) {
    // "3,6 billion", "200.000 people", "5 000 students": continental figures read as one English-notation number.
    const { tokens: toks, covered } = readNotation(s, continental, coveredBy.get(s.index));
    // Both read the whole sentence, so only when a figure needs the answer (most sentences have none), and once.
    let disasterSeen: boolean | undefined;
    const disaster = () => {
      disasterSeen ??= DISASTER.test(s.text);
      return disasterSeen;
    };
    let homeSeen: boolean | undefined;
    const home = () => {
      homeSeen ??= HOME_WORDS.test(s.text);
      return homeSeen;
    };
    const reading: SentenceReading = { s, toks, covered, out, localDollar, quotes, disaster, home };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      // Neither digits nor a number word: nothing below can read a figure here (most tokens).
      if (t.kind !== "number" && !NUMBER_WORDS.has(t.key)) continue;
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
  const cells = [
    ...tableFigures(sentences, keyFor),
    ...spacedTableFigures(sentences, keyFor),
    ...figureLines(sentences, keyFor),
  ];
  const all = [...out.filter((f) => !cells.some((c) => c.start < f.end && f.start < c.end)), ...cells];
  all.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start);
  return dropRankRestatements(dropLeadRepeats(dropBoxRestatements(dropTableRestatements(all, sentences), sentences)));
}

// "Australia's 10th-largest trading partner": the possessor just before a place and the role just after it.
const RANK_POSSESSOR = /(\p{Lu}[\p{L}.-]+)['’]s\s+(?:[\p{L}-]+\s+){0,1}$/u;

/** The holder's possessor and the role of a place in a ranking ("australia|partner"), or null when either is unsaid. */
function rankSignature(f: IndicatorFinding, sentenceStart: number): string | null {
  const from = f.start - sentenceStart;
  // An unnumbered first place's phrase opens on its possessor ("Brazil's largest trading partner").
  const possessor =
    RANK_POSSESSOR.exec(f.sentence.slice(Math.max(0, from - 40), from))?.[1] ??
    /^(\p{Lu}[\p{L}.-]+)['’]s\s/u.exec(f.sentence.slice(from))?.[1];
  if (!possessor) return null;
  // The role is one of the first words after the place: "10th-largest trading partner", "largest export market".
  const role = f.sentence
    .slice(from, from + 60)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .slice(0, 7)
    .find((word) => RANK_ROLES.has(word));
  return role ? `${f.value}|${possessor.toLowerCase()}|${role}` : null;
}

/**
 * A summary's bullet ("Key Points") or a subtitle and the story under it give one place twice: "Vietnam is
 * Australia's 10th-largest trading partner" in both, or "Brazil's largest trading partner in Southeast Asia after
 * Singapore" above "Brazil's second-largest trading partner in Southeast Asia". The same place in the same possessor's
 * ranking of the same role is one figure.
 */
function dropRankRestatements(found: IndicatorFinding[]): IndicatorFinding[] {
  const starts = new Map(pageSentences.map((s) => [s.index, s.start]));
  const seen = new Set<string>();
  return found.filter((f) => {
    if (f.unit !== "rank") return true;
    const signature = rankSignature(f, starts.get(f.sentenceIndex) ?? 0);
    if (signature === null) return true;
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}

// "Total registered FDI: US$21.52 billion (+32.6% YoY)", "US$36.6b: Total FDI pledged in 2023": a key-figures line, a
// short label and its figure on either side of a colon.
const KEY_FIGURE_LINE = /^(?:[•*–—-]\s*)?(?:[^.!?:]{1,80}:\s+(?:[A-Z]{2,3}\$?\s?|[$€£¥+−-])?\d|[^\s:]{1,20}:\s+\p{L})/u;
const MAX_KEY_FIGURE_LINE = 140;

/**
 * A "by the numbers" box or a figure's gloss writes a figure the story already gave: a key-figures line repeating the
 * value and unit of a figure read before it ("US$36.6 billion" in the lead, "US$36.6b: Total FDI pledged" in the box),
 * and "1.5 tỷ USD (about USD 1.5 bn)", one amount glossed in brackets, are each one figure.
 */
function dropBoxRestatements(found: IndicatorFinding[], sentences: readonly Sentence[]): IndicatorFinding[] {
  const starts = new Map(sentences.map((s) => [s.index, s.start]));
  // The text between an earlier finding and a later one in the same sentence.
  const gap = (e: IndicatorFinding, f: IndicatorFinding) => {
    const start = starts.get(f.sentenceIndex) ?? 0;
    return f.sentence.slice(e.end - start, f.start - start);
  };
  return found.filter((f, n) => {
    if (f.unit === "rank") return true;
    const earlier = found.slice(0, n).filter((e) => e.value === f.value && e.unit === f.unit);
    if (earlier.length === 0) return true;
    const glossed = earlier.some(
      (e) => e.sentenceIndex === f.sentenceIndex && /^[^()]{0,20}\(\s*[^()]{0,20}$/u.test(gap(e, f)),
    );
    const boxed =
      f.sentence.length <= MAX_KEY_FIGURE_LINE &&
      KEY_FIGURE_LINE.test(f.sentence) &&
      earlier.some((e) => e.sentenceIndex !== f.sentenceIndex);
    return !glossed && !boxed;
  });
}

/** A table or fact box beside the story restates the story's own figures ("$4.92B" in prose and in the row): keep the prose one. */
function dropTableRestatements(found: IndicatorFinding[], sentences: readonly Sentence[]): IndicatorFinding[] {
  const rows = tableRowSentences(sentences);
  if (rows.size === 0) return found;
  // A place in a ranking table restates the prose only where the prose gives the row's holder that place: "1 |
  // Singapore" does not restate Japan's first place as a donor.
  const holder = (f: IndicatorFinding) => (f.about?.split(":")[0] ?? "").match(/\p{Lu}[\p{L}.]{2,}/gu) ?? [];
  return found.filter(
    (f) =>
      !rows.has(f.sentenceIndex) ||
      !found.some(
        (g) =>
          !rows.has(g.sentenceIndex) &&
          g.value === f.value &&
          g.unit === f.unit &&
          (f.unit !== "rank" || holder(f).length === 0 || holder(f).some((name) => g.sentence.includes(name))),
      ),
  );
}

/** Unnumbered first places ("China is Vietnam's largest trading partner"); rankings between two other countries are not Vietnam's. */
function topRanks(s: Sentence, seen: Set<string>): IndicatorFinding[] {
  const found: IndicatorFinding[] = [];
  if (!TOP_WORDS.test(s.text)) return found;
  for (const m of s.text.matchAll(TOP_RANK)) {
    const at = m.index ?? 0;
    // '"Korea is Vietnam's largest investor," the president said': a speaker's place in a ranking is a figure the page
    // reports, as a numbered place in a quotation already is (READING.md); only a speaker's counts are rhetoric.
    if (POSSESSOR_NOT_HOME.test(m[0]) && !HOME_WORDS.test(s.text)) continue;
    // "remains the largest Asian investor in the country": with no possessor, a region's first place is not Vietnam's.
    if (BARE_THE_REGION.test(m[0]) && !HOME_SUBJECT.test(s.text)) continue;
    // "China, the biggest trading partner of most Asean members": a first place whose holder is named after it is
    // theirs, unless that holder is Vietnam.
    const owner = OWNER_AFTER.exec(s.text.slice(at + m[0].length));
    if (owner && !HOME_WORDS.test(owner[0])) continue;
    // "Brazil is Vietnam's largest trading partner in Latin America", restated further down: one first place.
    const phrase0 = m[0].replace(/^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+/, "").toLowerCase();
    if (seen.has(phrase0)) continue;
    seen.add(phrase0);
    const phrase = m[0].replace(/^\S+(?:\s+[A-Z]\S*)?\s+/, "");
    const value = 1 + placesAhead(s.text.slice(at + m[0].length));
    found.push({
      sentenceIndex: s.index,
      start: s.start + at,
      end: s.start + at + m[0].length,
      key: keyFor(s.text.toLowerCase(), "rank"),
      value,
      of: null,
      unit: "rank",
      qualifier: null,
      about: phrase,
      sentence: s.text,
    });
  }
  return found;
}

// "the largest group of foreign residents after those from China", "its biggest investor after Japan and Korea": the
// names after "after", in the same clause, stand ahead of the first place.
// "its largest trading partner in Southeast Asia after Singapore": the region the place holds in may stand between.
const AHEAD =
  /^(?:\s+(?:in|within|among)\s+(?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,3})?[a-z\s]{0,30}?\bafter\s+(?:those\s+from\s+|people\s+from\s+)?((?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*)*(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*)*)*)/u;

/** How many names the text right after an unnumbered first place puts ahead of it ("… after China" is one). */
function placesAhead(tail: string): number {
  const m = AHEAD.exec(tail);
  if (!m?.[1]) return 0;
  const first =
    m[1]
      .replace(/^the\s+/, "")
      .split(/\s/)[0]
      ?.toLowerCase() ?? "";
  if (MONTHS.has(first.replace(/\.$/, ""))) return 0;
  return m[1].split(/\s*,\s*|\s+and\s+/).length;
}
