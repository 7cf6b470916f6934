import { numberWords } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";

/**
 * Numbers written in continental notation, as translated and foreign pages print them in English copy: a decimal
 * comma ("3,6 billion", "Rp 19,7 trillion"), thousands grouped by dots ("200.000 people", "1.035 scholarships") or by
 * spaces ("over 5 000 students", "10 000 tonnes"). The tokenizer reads English notation, so "3,6" is three digits, a
 * comma and a six, and "2.000" is two. Each such figure is rewritten here as one number token in English notation
 * ("3.6", "2,000") spanning the same characters, so the reader of figures sees what the page meant.
 *
 * The notation is decided by the number's own form first: a comma followed by one or two digits and a scale, a
 * currency or a percent sign is a decimal comma (English never writes "3,6 billion"); groups of exactly three digits
 * after a space, or two or more dot groups ("1.234.567"), are thousands; a dot and exactly three digits before a
 * counted noun is thousands too ("2.000 companies": a count is never a fraction). Only a dot and three digits before a
 * scale ("3.600 million") is ambiguous: it is read as thousands when the page itself writes continental notation
 * (its unambiguous figures outnumber its English-only ones).
 */

const SCALES = new Set(Object.keys(numberWords.scales));
const PERCENT = new Set(numberWords.percent);
const CURRENCIES = new Set(Object.keys(numberWords.currencies));
const MODEL_NAMES = new Set(numberWords.modelNames);
const NOT_COUNTED = new Set([
  ...numberWords.spatialUnits,
  ...numberWords.measureUnits,
  ...numberWords.timeUnits,
  ...numberWords.months,
  ...numberWords.dimensionWords,
]);
// Spaces a page groups thousands with: a plain or no-break space and the thin spaces of typeset copy.
const GROUP_SPACES = new Set([" ", "\u00a0", "\u2009", "\u202f"]);

const SHORT = /^[1-9]\d{0,2}$/;
const DOT_GROUP = /^[1-9]\d{0,2}\.\d{3}$/;
const THREE = /^\d{3}$/;
const DECIMALS = /^\d{1,2}$/;

/** A scale, a currency or a percent sign right after a figure: what makes "3,6" a decimal. */
function measuredBy(t: Token | undefined): boolean {
  return t !== undefined && (SCALES.has(t.key) || PERCENT.has(t.key) || CURRENCIES.has(t.key));
}

/** A lower-case or capitalised word that may open a counted noun ("companies", "German companies"), not a unit. */
function countWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && !measuredBy(t) && !NOT_COUNTED.has(t.key) && t.key !== "times";
}

const english = (digits: string, decimals = "") => {
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ",");
  return decimals ? `${grouped}.${decimals}` : grouped;
};

interface Read {
  /** Tokens [from, to) of the original array that make one figure. */
  to: number;
  text: string;
}

/** The continental figure starting at token i, or null when the tokens there read as English notation. */
function readAt(toks: readonly Token[], i: number, text: string, offset: number, continental: boolean): Read | null {
  const t = toks[i] as Token;
  if (t.kind !== "number") return null;
  const prev = toks[i - 1];
  // Inside a longer run of digits and marks ("1,234,567", a code, a date "12.05.2024"), leave it.
  if (prev && glued(prev, t) && (prev.kind === "number" || prev.text === "." || prev.text === ",")) return null;
  let digits: string | null = null;
  let to = i + 1;
  if (SHORT.test(t.text)) {
    // "5 000", "12 540 000": groups of exactly three digits one space apart.
    digits = t.text;
    while (
      toks[to]?.kind === "number" &&
      THREE.test(toks[to]?.text ?? "") &&
      (toks[to]?.start ?? 0) === (toks[to - 1]?.end ?? 0) + 1 &&
      GROUP_SPACES.has(text.charAt((toks[to - 1]?.end ?? 0) - offset))
    ) {
      digits += toks[to]?.text;
      to++;
    }
    // A figure spaced right after the groups is another column or a list: not one number.
    if (to > i + 1 && toks[to]?.kind === "number" && !glued(toks[to - 1], toks[to])) return null;
    // "100 737 MAX jets", "10 787 Dreamliners": a count before an aircraft's model number, not its thousands.
    if (to === i + 2 && toks[to]?.cap && MODEL_NAMES.has(toks[to]?.text ?? "")) return null;
    if (to === i + 1) digits = null;
  } else if (DOT_GROUP.test(t.text)) {
    // "1.234.567": two or more dot groups are thousands whatever the page.
    let groups = t.text.replace(".", "");
    while (toks[to]?.text === "." && glued(toks[to - 1], toks[to]) && THREE.test(toks[to + 1]?.text ?? "")) {
      if (!glued(toks[to], toks[to + 1])) break;
      groups += toks[to + 1]?.text;
      to += 2;
    }
    if (to > i + 1) digits = groups;
    else {
      // "1.035": thousands before a counted noun, or before anything on a continental page.
      const decimalComma = toks[to]?.text === "," && glued(t, toks[to]) && DECIMALS.test(toks[to + 1]?.text ?? "");
      if (continental || decimalComma || countWord(toks[to])) digits = groups;
    }
  }
  // "3,6 billion", "1.234,5 million", "5 000,5 tonnes": a comma and one or two digits after the integer part.
  const comma = toks[to];
  const decimals = toks[to + 1];
  const integer = digits ?? (SHORT.test(t.text) ? t.text : null);
  if (
    integer !== null &&
    comma?.text === "," &&
    glued(toks[to - 1], comma) &&
    decimals?.kind === "number" &&
    glued(comma, decimals) &&
    DECIMALS.test(decimals.text) &&
    !(toks[to + 2]?.text === "," && glued(decimals, toks[to + 2])) &&
    (measuredBy(toks[to + 2]) || (continental && countWord(toks[to + 2])))
  )
    return { to: to + 2, text: english(integer, decimals.text) };
  return digits === null ? null : { to, text: english(digits) };
}

/** Figures only continental notation writes: a decimal comma before a scale, dot groups before a counted noun. */
function continentalForms(toks: readonly Token[], text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.kind !== "number") continue;
    const read = readAt(toks, i, text, offset, false);
    // Space groups are also the SI style of English copy ("5 000"): they decide nothing.
    if (read && (read.text.includes(".") || /^[1-9]\d{0,2}\.\d{3}$/.test(t.text))) n++;
  }
  return n;
}

/** Figures only English notation writes: "1,250", "2.5 billion", "6.8%" (one or two decimals after a dot). */
function englishForms(toks: readonly Token[]): number {
  let n = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (t.kind !== "number") continue;
    if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t.text)) n++;
    else if (/^\d+\.\d{1,2}$/.test(t.text) && measuredBy(toks[i + 1])) n++;
  }
  return n;
}

/** True when the page writes its figures in continental notation: its unambiguous forms outnumber English ones. */
export function continentalPage(sentences: readonly Sentence[]): boolean {
  let continental = 0;
  let englishOnly = 0;
  for (const s of sentences) {
    continental += continentalForms(s.tokens, s.text, s.start);
    englishOnly += englishForms(s.tokens);
  }
  return continental > englishOnly;
}

/**
 * The sentence's tokens with each continental figure joined into one number token in English notation, and the
 * indexes of covered tokens (names) moved to the new positions.
 */
export function readNotation(
  s: Sentence,
  continental: boolean,
  covered?: Set<number>,
): { tokens: Token[]; covered: Set<number> | undefined } {
  const toks = s.tokens;
  let out: Token[] | null = null;
  const moved = new Map<number, number>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    const read = t.kind === "number" ? readAt(toks, i, s.text, s.start, continental) : null;
    if (!read) {
      if (out) {
        moved.set(i, out.length);
        out.push(t);
      }
      continue;
    }
    out ??= toks.slice(0, i);
    for (let k = 0; k < i; k++) if (!moved.has(k)) moved.set(k, k);
    const last = toks[read.to - 1] as Token;
    for (let k = i; k < read.to; k++) moved.set(k, out.length);
    out.push({ ...t, text: read.text, key: read.text, end: last.end });
    i = read.to - 1;
  }
  if (!out) return { tokens: toks, covered };
  if (!covered) return { tokens: out, covered: undefined };
  const next = new Set<number>();
  for (const k of covered) {
    const m = moved.get(k) ?? k;
    next.add(m);
  }
  return { tokens: out, covered: next };
}
