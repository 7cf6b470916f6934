// What a number in a sentence is: digits, number words, an ordinal place, a hyphened range or scale, a sign; and the
// shapes that make it no count (a name, a code, a date, an address, a version, an age). Apart: it reads only the number.
import { numberWords, ordinalValue, type ParsedNumber, parseNumberAt } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";
import type { IndicatorFinding } from "../types.js";
import { countedNoun, isPlural, pastNamedWhole } from "./counted-nouns.js";
import {
  ABSTRACT,
  BASIS_POINTS,
  COUNTABLE,
  CURRENCIES,
  DEICTIC,
  DEMONYMS,
  HYPHENS,
  MONEY,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_SUFFIX,
  PAIR_NOUNS,
  PERCENT,
  SCALE_WORDS,
  STOP_NOUN,
  SUPERLATIVE,
  TIME,
  YEAR,
} from "./figure-words.js";
import { beforeRankRole, formerRank, placeAfterNames, placeInRace } from "./first-places.js";

const QUALIFIERS = numberWords.qualifiers.map((q) => q.split(" "));
const LETTER_CURRENCIES = new Map(Object.entries(numberWords.scaledLetterCurrencies));
const REFERENCE = new Set(numberWords.referenceWords.map((w) => w.toLowerCase().replace(/\.$/, "")));
const COMPOUND_COUNT = new Set(numberWords.compoundCountNouns);
const COMMUNITY_NOUNS = new Set(numberWords.communityNouns);
// "a 180,000-strong community": the word a group's size is hyphened to.
export const STRENGTH = "strong";
/**
 * What a community noun within a few words of token `at` (a hyphened demonym counts as its parts) is made of: its
 * people, or the lower-case noun right before it ("student community" counts students); null when none stands there.
 */
function communityAhead(toks: readonly Token[], at: number): string | null {
  for (let k = at; k < at + 5; k++) {
    const t = toks[k];
    if (t === undefined || (t.kind !== "word" && t.text !== "-")) return null;
    if (!COMMUNITY_NOUNS.has(t.key)) continue;
    const kind = toks[k - 1];
    return k > at && kind?.kind === "word" && !kind.cap ? `${kind.key}s` : "people";
  }
  return null;
}
const MEASURES = new Set(numberWords.measureUnits);
const LABEL_WORDS = new Set(numberWords.labelWords);
const ADDRESS = new Set(numberWords.addressWords);
// Words between a comma and a count that restates the names before it: ", the only two …", ", both …".
const RELATIVES = new Set(["that", "which", "whose"]);
const AGE_WORDS = new Set(numberWords.ageWords);
const POINTING = new Set(numberWords.pointingAdjectives);
const APPOSITION = new Set(["the", "only", "both", "all"]);
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

const TIER_NOUNS = new Set(numberWords.tierNouns);
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
const DATELINE_MARKS = new Set([":", "—", "–", "-"]);
const OPENERS = new Set(["(", '"', "'", "“", "‘", "["]);
const CLOSERS = new Set([".", ",", ";", ":", "!", "?", ")", '"', "'", "”", "’", "]"]);

export function qualifierBefore(toks: readonly Token[], i: number): { text: string; from: number } | null {
  for (const q of QUALIFIERS) {
    const from = i - q.length;
    if (from < 0) continue;
    if (q.every((w, k) => toks[from + k]?.key === w)) return { text: q.join(" "), from };
  }
  return null;
}

/**
 * "to Bac Giang and Bac Ninh, two industrial provinces hit by …": names joined by "and" before the comma at `comma`, as
 * many as the count after it, which restates them (names no reader knows, a province's, as well as known ones).
 */
function namesBefore(toks: readonly Token[], comma: number, value: number): boolean {
  let names = 0;
  let capital = false;
  let joined = false;
  for (let k = comma - 1; k >= 0 && k >= comma - 15; k--) {
    const t = toks[k] as Token;
    if (t.kind === "word" && t.cap) capital = true;
    else if ((t.text === "," || t.key === "and") && capital) {
      names++;
      capital = false;
      if (t.key === "and") joined = true;
    } else break;
  }
  if (capital) names++;
  return joined && names === value;
}

/** "the five countries that already held the top status": a relative clause after the noun defines the set counted. */
function definedSet(toks: readonly Token[], at: number, covered?: Set<number>): boolean {
  const noun = countedNoun(toks, at, covered);
  return noun !== null && RELATIVES.has(toks[noun.to]?.key ?? "");
}

// Qualifiers that also open a time phrase ("over 2020", "under 1990s rules"): they make no year a count.
const TIME_PREPOSITIONS = new Set(["over", "under", "above", "below", "exceeding"]);

/** "about 2000 Vietnamese students", "more than 1990 delegates": a guess before the number and a plural after it. */
function guessedCount(toks: readonly Token[], i: number, covered?: Set<number>): boolean {
  const qual = qualifierBefore(toks, i);
  if (!qual || TIME_PREPOSITIONS.has(qual.text)) return false;
  const noun = countedNoun(toks, i + 1, covered);
  return noun !== null && isPlural(noun.unit) && !TIME.has(noun.unit) && !ABSTRACT.has(noun.unit);
}
/**
 * "-dollar" after "300-million": the currency of a hyphenated amount, at the hyphen, and the token after it. Xinhua
 * writes the dollar's country in too ("a 300-million-U.S.-dollar loan", "5-million-US-dollar").
 */
function hyphenAmount(toks: readonly Token[], at: number): { currency: string; to: number } | undefined {
  let hyphen = at;
  const mark = usMark(toks, hyphen + 1);
  if (mark > hyphen + 1 && toks[mark]?.text === "-" && glued(toks[mark - 1], toks[mark])) hyphen = mark;
  const word = toks[hyphen + 1];
  if (toks[hyphen]?.text !== "-" || !word || word.kind !== "word" || !glued(toks[hyphen], word)) return undefined;
  const currency = CURRENCIES.get(word.key);
  if (!currency || (hyphen > at && currency !== "USD")) return undefined;
  return { currency, to: hyphen + 2 };
}

/** Where "U.S." or "US" starting at k ends (k itself when neither stands there). */
function usMark(toks: readonly Token[], k: number): number {
  if (toks[k]?.text === "US") return k + 1;
  const dotted = ["U", ".", "S", "."].every((text, n) => toks[k + n]?.text === text);
  return dotted ? k + 4 : k;
}

/**
 * "putting the US seventh among foreign investors", "12th among 149 economies": a place taken among a plural field is a
 * rank, whatever verb put it there.
 */
function amongPlurals(toks: readonly Token[], at: number): boolean {
  if (toks[at]?.key !== "among") return false;
  // "ninth among the world's recipients": a possessive's mark and its "s" stand inside the field, not after it.
  let marks = 0;
  for (let k = at + 1; k < at + 5 + marks && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (APOSTROPHES.has(t.text) && toks[k + 1]?.key === "s" && marks === 0) {
      marks = 2;
      k++;
      continue;
    }
    if (t.kind !== "word" && t.kind !== "number") return false;
    if (t.kind === "word" && !t.cap && isPlural(t.key) && !STOP_NOUN.has(t.key)) return true;
  }
  return false;
}

const APOSTROPHES = new Set(["'", "’"]);

/**
 * "South Korea was second with 748,000 and Japan third": an ordinal right after a name that "and" or a comma opens, and
 * closing its clause, gaps the ranking that a place read earlier in the sentence gave.
 */
function gappedRank(reading: SentenceReading, i: number, after: number): boolean {
  const { toks, out, s } = reading;
  const next = toks[after];
  if (next && next.kind !== "punct" && next.key !== "with") return false;
  let j = i - 1;
  while (j >= i - 4 && toks[j]?.kind === "word" && toks[j]?.cap) j--;
  if (j === i - 1 || (toks[j]?.key !== "and" && toks[j]?.text !== ",")) return false;
  return out.some((f) => f.sentenceIndex === s.index && f.unit === "rank");
}

/**
 * "the first and third largest investors", "the 2nd and 5th biggest markets": an ordinal joined by "and", "or" or a
 * comma to a later one before a superlative shares that superlative's place in the ranking.
 */
function sharedSuperlative(toks: readonly Token[], ordinalEnd: number): boolean {
  // "the second- and third-largest exporters": the first ordinal's hyphen left hanging for the superlative it shares.
  const hanging = toks[ordinalEnd];
  const at =
    hanging && HYPHENS.has(hanging.text) && glued(toks[ordinalEnd - 1] as Token, hanging) ? ordinalEnd + 1 : ordinalEnd;
  const join = toks[at];
  if (join?.key !== "and" && join?.key !== "or" && join?.text !== ",") return false;
  const other = toks[at + 1];
  let after = at + 2;
  if (other?.kind === "number" && ORDINAL_SUFFIX.has(toks[at + 2]?.key ?? "")) after = at + 3;
  else if (ordinalValue(other) === null) return false;
  const sup = toks[after]?.text === "-" ? toks[after + 1] : toks[after];
  return sup !== undefined && SUPERLATIVE.test(sup.key) && sup.key !== "most";
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

/** One sentence being read for figures: its tokens, the names covering them, and what the page has found so far. */
export interface SentenceReading {
  s: Sentence;
  toks: Token[];
  covered: Set<number> | undefined;
  out: IndicatorFinding[];
  localDollar: string | null;
  quotes: readonly { start: number; end: number }[];
  disaster: () => boolean;
  /** Whether a disaster's toll in this sentence is the story's own figure (the headline names the disaster). */
  storyToll: () => boolean;
  home: () => boolean;
  numberTokens?: number[];
  consumed?: Set<number>;
}

/**
 * Whether the ordinal at i (its last token before `after`) is a place in a ranking: a rank word or "top" before it, a
 * superlative after it, or one of the ranking shapes below; "the 35th meeting" is only an ordinal.
 */
// "with long-standing buyers … in third countries": a cue hyphened onto the word before it ("long-standing",
// "well-placed", "top-ranked" keeps its "top") is half of a compound adjective, no verb or noun of ranking.
function rankCueBefore(toks: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 12); k < i; k++) {
    const x = toks[k] as Token;
    if (x.key === "top") return true;
    if (!RANK_CUES.has(x.key)) continue;
    const hyphen = toks[k - 1];
    if (hyphen && HYPHENS.has(hyphen.text) && glued(hyphen, x) && toks[k - 2] && glued(toks[k - 2] as Token, hyphen))
      continue;
    return true;
  }
  return false;
}

function placeCued(reading: SentenceReading, i: number, after: number): boolean {
  const { toks } = reading;
  // "a dozen partners at its third tier": the rung of a ladder, not a place, even after "ranks".
  const rung = toks[after]?.text === "-" ? toks[after + 1] : toks[after];
  if (rung && TIER_NOUNS.has(rung.key)) return false;
  if (rankCueBefore(toks, i)) return true;
  const sup = toks[after]?.text === "-" ? toks[after + 1] : toks[after];
  if (sup && SUPERLATIVE.test(sup.key) && sup.key !== "most") return true;
  return (
    sharedSuperlative(toks, after) ||
    formerRank(toks, i) ||
    amongPlurals(toks, after) ||
    beforeRankRole(toks, i, after) ||
    placeInRace(toks, i, after) ||
    placeAfterNames(toks, i, after) ||
    gappedRank(reading, i, after)
  );
}

/** A number read at a token, with the marks around it that shape it (a rank, a range, a sign, a glued currency). */
export interface Figure {
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

/** The number at token i: digits or number words, an ordinal place, a hyphened range or scale, a sign. */
export function numberAt(reading: SentenceReading, i: number): Figure | null {
  const { toks } = reading;
  const t = toks[i] as Token;
  const prev = toks[i - 1];
  let rank = false;
  let parsed = parseNumberAt(toks, i);
  if (!parsed) {
    // Ordinals count only as ranks: "ranks ... second in ASEAN", "the third-largest partner".
    const ord = ordinalValue(t);
    if (ord === null) return null;
    if (!placeCued(reading, i, i + 1)) return null;
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
    if (!placeCued(reading, i, i + 2)) return null;
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
      const amount = hyphenAmount(toks, parsed.to + 2);
      hyphenCurrency = amount?.currency;
      parsed = { ...parsed, value: parsed.value * (SCALE_WORDS.get(word.key) ?? 1), to: amount?.to ?? parsed.to + 4 };
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
    } else if (word && glued(next, word) && word.key === STRENGTH && communityAhead(toks, parsed.to + 2) !== null) {
      // "the 180,000-strong Vietnamese-Australian community" counts its people, as "some 20,000 strong" does; "the
      // 5,000-strong Vietnamese student community" counts the students it is made of.
      compound = communityAhead(toks, parsed.to + 2);
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

const GROUP_HOLDERS = new Set(["the", "its", "their", "s"]);

/**
 * "ranks among the three largest foreign investors", "one of the five biggest markets": a place inside a group written
 * by its size before a superlative, which READING.md reads as a rank at the group's size; "the ten largest recipients"
 * alone points back to a set named before.
 */
function withinTopGroup(toks: readonly Token[], i: number): boolean {
  // "among its three largest export markets", "one of Japan's five biggest": a possessor holds the group as "the" does
  if (!GROUP_HOLDERS.has(toks[i - 1]?.key ?? "")) return false;
  const inside = toks[i - 2]?.key === "among" || (toks[i - 2]?.key === "of" && toks[i - 3]?.key === "one");
  const sup = toks[i + 1];
  // A size ("largest", "biggest"), not a pace: "among the ten fastest-growing destinations" ranks no place.
  return inside && (sup?.key === "largest" || sup?.key === "biggest");
}

/** Whether the number is no count: part of a name, a code, a date, an address, a version, an age or a back-reference. */
export function notACount(reading: SentenceReading, i: number, figure: Figure): boolean {
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
  } else if (
    parsed.value === 1 &&
    parsed.to === i + 1 &&
    !(rank && (placeInRace(toks, i, i + 1) || sharedSuperlative(toks, i + 1)))
  )
    return true;
  else if (!rank && next?.text === "-" && glued(toks[parsed.to - 1], next)) return true;
  // "the Group of 20 summit", "the Group of Seven": a number in a group's name is not a count.
  if (prev?.key === "of" && toks[i - 2]?.text === "Group") return true;
  // "one in every four dollars", "one in five firms": the number after "one in" is a share's base, no amount or count.
  const base = prev?.key === "every" ? toks[i - 2] : prev;
  if (base?.key === "in" && toks[i - (base === prev ? 2 : 3)]?.key === "one") return true;
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
  if (
    !rank &&
    parsed.words &&
    parsed.to === i + 1 &&
    parsed.value <= 10 &&
    prev &&
    DEICTIC.has(prev.key) &&
    !withinTopGroup(toks, i)
  ) {
    const noun = countedNoun(toks, parsed.to, covered);
    // "the ten members of ASEAN": a named whole after "of" defines the set as a relative clause does.
    const named =
      toks[parsed.to]?.cap === true ||
      definedSet(toks, parsed.to, covered) ||
      (noun !== null && pastNamedWhole(toks, noun.to, covered) > noun.to);
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
    (covered?.has(apposed - 1) || namesBefore(toks, apposed, parsed.value)) &&
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
