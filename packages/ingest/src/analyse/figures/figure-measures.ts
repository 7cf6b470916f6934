// What a figure measures: its total, qualifier and unit (currencies resolved once a page, percent, basis points), and
// the last checks before it is kept (durations, measurements, a quote's rhetoric, a count repeated).
import { numberWords, parseNumberAt } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import { glued, keysEndAt, type Token } from "../tokens.js";
import type { IndicatorFinding } from "../types.js";
import {
  BASIS_POINTS,
  COLLECTIVE,
  COUNTABLE,
  CURRENCIES,
  DEICTIC,
  KINDS,
  MONEY,
  PERCENT,
  SCALE_WORDS,
  SUPERLATIVE,
  TIME,
  YEAR,
} from "./figure-words.js";
import { keyFor, numberIndexes, windowAround } from "./indicator-keys.js";
import { type Figure, qualifierBefore, type SentenceReading, STRENGTH } from "./number-shapes.js";

const SPATIAL = new Set(numberWords.spatialUnits);
const DIMENSIONS = new Set(numberWords.dimensionWords);
const MASS = new Set(numberWords.massUnits);
const MEASURE_WORDS = new Set(numberWords.measureWords);
/**
 * "a displacement of about 2,500 tonnes", "displaces 12,000 tonnes", "each carrying around 60 tonnes of equipment": a
 * word of weighing or carrying earlier in the figure's clause makes a mass a measurement of a ship or a load, not a
 * quantity of goods the story tracks ("donated 10,000 tonnes of rice").
 */
function measuredMass(toks: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 10; k--) {
    const t = toks[k] as Token;
    if (t.kind === "punct" && t.text !== "-") return false;
    if (MEASURE_WORDS.has(t.key)) return true;
  }
  return false;
}
const POLLUTANTS = new Set(numberWords.pollutants);
/**
 * "3.7 million tonnes of plastic waste", "cap emissions at 170 million tonnes": a mass of a pollutant measures the
 * environment, not goods a story tracks. The noun after "of" decides; with none, a pollutant earlier in the sentence
 * is what the mass is of ("… of which 0.7 million tonnes end up in the sea").
 */
function pollutantMass(toks: readonly Token[], from: number, end: number): boolean {
  if (toks[end]?.key === "of") {
    for (let k = end + 1; k < end + 4 && toks[k]?.kind === "word"; k++)
      if (POLLUTANTS.has(toks[k]?.key ?? "")) return true;
    return false;
  }
  for (let k = from - 1; k >= 0 && k >= from - 30; k--) if (POLLUTANTS.has(toks[k]?.key ?? "")) return true;
  return false;
}
const ATTRIBUTION = numberWords.attributionOpeners;

/** Whether the words right before a figure open an attribution ("according to", "citing"): its count is the sources'. */
function attributed(toks: readonly Token[], at: number): boolean {
  return ATTRIBUTION.some((words) => keysEndAt(toks, at, words));
}
const UNIT_ALIASES = Object.entries(numberWords.unitAliases).map(([phrase, unit]) => ({
  words: phrase.split(" "),
  unit,
}));
// One-word aliases also fold a unit found away from the figure ("the number of Vietnamese residents has passed 190,000").
const WORD_ALIASES = new Map(Object.entries(numberWords.unitAliases).filter(([phrase]) => !phrase.includes(" ")));
const COMMUNITY_NOUNS = new Set(numberWords.communityNouns);
const MEMBERED_GROUPS = new Set(numberWords.memberedGroups);
const OWNERS = new Set(["the", "its", "their", "our", "his", "her"]);
/**
 * "300 members of the Korean community", "some 200 community members": members of a community are persons, counted as
 * people (test/READING.md), as the community itself is, and so are a delegation's; members of a bloc or a council
 * stay members.
 */
function communityMembers(toks: readonly Token[], end: number): boolean {
  if (COMMUNITY_NOUNS.has(toks[end - 2]?.key ?? "")) return true;
  // "a 30-member delegation of officials": the members of a delegation or a team are persons, also with one word of
  // its kind between ("a 90-member business delegation").
  if (
    toks[end - 1]?.key === "member" &&
    (MEMBERED_GROUPS.has(toks[end]?.key ?? "") ||
      (toks[end]?.kind === "word" && MEMBERED_GROUPS.has(toks[end + 1]?.key ?? "")))
  )
    return true;
  if (toks[end]?.key !== "of") return false;
  let k = OWNERS.has(toks[end + 1]?.key ?? "") ? end + 2 : end + 1;
  for (const stop = k + 3; k < stop && toks[k]?.kind === "word" && !COMMUNITY_NOUNS.has(toks[k]?.key ?? ""); k++);
  return COMMUNITY_NOUNS.has(toks[k]?.key ?? "");
}
const UNREACHED = new Set(numberWords.placeDenials);
const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")"]);
/**
 * "well outside the top 50 foreign investors", "not yet among the top ten": a place the clause before "top" denies is
 * no place (test/READING.md), nor a count.
 */
function unreachedPlace(toks: readonly Token[], before: number): boolean {
  for (let k = before; k >= 0 && k > before - 8; k--) {
    const w = toks[k] as Token;
    if (CLAUSE_BREAKS.has(w.text)) return false;
    if (UNREACHED.has(w.key)) return true;
  }
  return false;
}
const PROJECTIONS = new Set(numberWords.projectionWords);
const HEADS_OF = new Set(["state", "government", "states", "governments", "delegation", "delegations"]);
/**
 * "on course to become the world's fourth-largest economy by 2030": a place a forecast gives ("<projection> to
 * become") is not held yet, so no rank (test/READING.md reads a projection as no figure of the page).
 */
function projectedPlace(toks: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 2 && k > at - 8; k--) {
    const w = toks[k] as Token;
    if (CLAUSE_BREAKS.has(w.text)) return false;
    if (w.key === "become" && toks[k - 1]?.key === "to" && PROJECTIONS.has(toks[k - 2]?.key ?? "")) return true;
  }
  return false;
}
/**
 * Whether a position is inside a quotation. A sentence may open with the tail of a quotation begun in the sentence
 * before ('… compassion," he said, noting that 312 …'): a straight mark glued to the word before it and followed by a
 * space or punctuation closes, so marks are read by their side, not counted.
 */
function insideQuote(text: string, at: number): boolean {
  let inside = false;
  let first = true;
  // each mark ["“”] read by its code unit: no copy of a pattern and no match object per mark
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code !== 34 && code !== 0x201c && code !== 0x201d) continue;
    let opens: boolean;
    if (code === 0x201c) opens = true;
    else if (code === 0x201d) opens = false;
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
// "Q: … 16 nationals were detained …": a transcript's question turn, whose counts are the reporter's, as a speaker's are.
const QUESTION_TURN = new RegExp(`^(?:${numberWords.questionLabels.join("|")})\\s*:\\s`);
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
/** Opens a page: the sentences its currency words and question turns are read against, nothing resolved yet. */
export function startPage(sentences: readonly Sentence[]): void {
  pageSentences = sentences;
  pageText = null;
  resolvedCurrency.clear();
}
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
const FALL_WORDS = new Set(numberWords.fallWords);
const FALL_NOUNS = new Set(numberWords.fallNouns);
// "an estimated 40 per cent less sediment", "20% fewer visitors": a comparative straight after the percentage.
const FALL_COMPARATIVES = new Set(numberWords.fallComparatives);
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

/** "8 to 15 percent": a higher figure after "to" at `at` written with a percent sign or word. */
function spanPercent(toks: readonly Token[], at: number, low: number): boolean {
  if (toks[at]?.key !== "to") return false;
  const high = parseNumberAt(toks, at + 1);
  if (!high || high.words || high.value <= low) return false;
  const sign = toks[high.to];
  return sign !== undefined && (PERCENT.has(sign.key) || (sign.key === "per" && toks[high.to + 1]?.key === "cent"));
}

const GROUP_NOUNS = new Set(numberWords.groupNouns);
const TOLL_NOUNS = new Set(numberWords.tollNouns);
const PERSON_KINDS = new Set(KINDS.find((k) => k.kind === "people")?.nouns ?? []);
/** Counts of persons under any name ("citizens", "people", "nationals", "Vietnamese"). */
const persons = (unit: string | null) =>
  unit !== null && (PERSON_KINDS.has(unit) || COLLECTIVE.has(unit) || unit === "nationals" || unit === "compatriots");

const sameKind = (a: string | null, b: string | null) =>
  a === b || (a !== null && b !== null && COUNTABLE.has(a) && COUNTABLE.has(b));

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

/** What a figure measures: where it ends, its total, its qualifier and its unit (and the noun phrase it counts). */
export interface Measure {
  end: number;
  of: number | null;
  qual: { text: string; from: number } | null;
  qualifier: string | null;
  unit: string | null;
  about: string | null;
  after: Token | undefined;
}

/** The figure's total ("18 of 21"), qualifier and unit when a sign or word gives it (currency, percent, basis points). */
export function measureOf(reading: SentenceReading, i: number, figure: Figure): Measure | null {
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
  if (prev?.key === "top" && unreachedPlace(toks, i - 2)) return null;
  if (rank && projectedPlace(toks, i)) return null;
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
    unit = gappedCurrency(reading, qual?.from ?? i, parsed.to, parsed.value);
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

const AMOUNT_JOINERS = new Set(["and", "or", "to", ","]);
const AMOUNT_TAILS = new Set(["by", "in", "next", "this", "last", "for", "from", "within", "over", "a", "per", "each"]);
/**
 * "to 7 billion dollars by 2015 and 10 billion by 2020": a scaled amount joined to the sum before it in the sentence
 * gaps that sum's currency; a noun after it ("and 10 million people") counts something else, and an amount the page
 * already gave in that currency ("from 87 billion dollars to 150 billion" after "150 billion dollars") restates it.
 */
function gappedCurrency(reading: SentenceReading, from: number, to: number, value: number): string | null {
  const { s, toks, out } = reading;
  const last = out.at(-1);
  if (!last || last.sentenceIndex !== s.index || !MONEY.has(last.unit ?? "")) return null;
  if (!SCALE_WORDS.has(toks[to - 1]?.key ?? "") || !AMOUNT_JOINERS.has(toks[from - 1]?.text ?? "")) return null;
  const tail = toks[to];
  if (tail?.kind === "word" && !AMOUNT_TAILS.has(tail.key)) return null;
  return out.some((o) => o.unit === last.unit && o.value === value) ? null : last.unit;
}

/** Where the currency sign glued before the figure at i opens ("$1", "NZ$1", "US$1"); i when none is. */
function signStart(toks: readonly Token[], i: number): number {
  let at = i;
  while (at > i - 3 && toks[at - 1] && glued(toks[at - 1] as Token, toks[at] as Token)) at--;
  return toks.slice(at, i).some((x) => CURRENCIES.has(x.key)) ? at : i;
}

/** The last checks on a measured figure (a duration, a quote's rhetoric, a restated count); pushes it, returns its end. */
export function keepFigure(reading: SentenceReading, i: number, figure: Figure, measure: Measure): number | null {
  const { s, toks, out, quotes, disaster } = reading;
  const { t, prev, parsed, rank, range, minus } = figure;
  const { end, of, qual, about } = measure;
  let { unit, qualifier } = measure;
  if (TIME.has(unit ?? "")) return null;
  if (!rank && MASS.has(unit ?? "") && measuredMass(toks, qual?.from ?? i)) return null;
  if (!rank && MASS.has(unit ?? "") && pollutantMass(toks, qual?.from ?? i, end)) return null;
  // "salinity of three grams per litre", "6 tonnes per hectare": a mass per a unit is a concentration or a yield
  if (!rank && MASS.has(unit ?? "") && toks[end]?.key === "per") return null;
  // A distance or an area is a measurement; a storm's toll is news; "two wings of one bird" in a quote is imagery.
  // "between 2 and 8 degrees": the first end of a range takes the unit the second carries, a measurement too.
  if (SPATIAL.has(toks[parsed.to]?.key ?? "") || SPATIAL.has(unit ?? "")) return null;
  // "452m tall": a dimension word after the figure measures; "40 high-level visits" (hyphened) still counts.
  const dimension = toks[parsed.to];
  // "12 high speed boats": a dimension word that opens a phrase closed by the plural it counts is a modifier.
  const modifies = unit !== null && unit !== dimension?.key && end > parsed.to + 1;
  if (DIMENSIONS.has(dimension?.key ?? "") && toks[parsed.to + 1]?.text !== "-" && !modifies) return null;
  // "net zero emissions", "zero tariffs": nothing counted is never a tally.
  if (parsed.value === 0 && parsed.words) return null;
  // On the disaster's own page its toll (the dead, the missing, the homes lost) is a figure; other counts are not.
  const toll = persons(unit) || TOLL_NOUNS.has(unit ?? "");
  if (unit !== "percent" && !MONEY.has(unit ?? "") && disaster() && !(toll && reading.storyToll())) return null;
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
  const alias = UNIT_ALIASES.find((a) => keysEndAt(toks, end, a.words));
  // "the 5,000-strong student community": the community's own noun says what a hyphened strength counts.
  const strength = figure.compound !== null && toks[end - 1]?.key === STRENGTH;
  if (alias && !strength) unit = alias.unit;
  else unit = (unit && WORD_ALIASES.get(unit)) ?? unit;
  if (unit === "members" && communityMembers(toks, end)) unit = "people";
  // "140 heads of state and government": the heads of states are persons; "12 company heads" stay as written.
  if (unit === "heads" && toks[end]?.key === "of" && HEADS_OF.has(toks[end + 1]?.key ?? "")) unit = "people";
  // "The 20% rate", "the bloc's 11 members": a figure after a determiner that repeats one already read refers back.
  const possessive = prev?.key === "s" && toks[i - 2]?.text === "'";
  // "Of the NZ$1 million, NZ$500,000 goes to …": a currency sign glued before the figure stands after the determiner.
  const determiner = toks[signStart(toks, i) - 1];
  const determined = !qual && (possessive || (determiner !== undefined && DEICTIC.has(determiner.key)));
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
      (!minus &&
        unit === "percent" &&
        (fallBefore(toks, qual?.from ?? i) || FALL_COMPARATIVES.has(toks[end]?.key ?? "")))
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
