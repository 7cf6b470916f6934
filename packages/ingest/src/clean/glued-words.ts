import { z } from "zod";
import { monthNamePatternCapitalised } from "../metadata/months.js";
import gluedJson from "./data/glued-words.json" with { type: "json" };
import { alternation } from "./patterns.js";

// Words run together where the page's source had a line break (issue 11: a news agency's CMS and every mirror of it
// print "Minister of Foreign AffairsBui Thanh Son", "deepen thecomprehensive strategic partnership", "Phankham
// Viphavanhmade a call"). Left glued, a name takes in the word before it and a level or a verb of saying is not read.
// A join is mended only when both of its parts stand alone elsewhere in the same text, so the text itself, not a
// dictionary, says which words it uses; the word lists in data/glued-words.json keep the small words a join is made
// of and the real words those rules would split.
const GluedWords = z.object({
  leadingWords: z.array(z.string().min(1)).min(1),
  knownWords: z.array(z.string().min(1)).min(1),
  trailingAfterCapitals: z.array(z.string().min(1)).min(1),
  pairedWords: z.array(z.string().min(1)).min(1),
  pairedDeterminers: z.array(z.string().min(1)).min(1),
  wordsAfterNames: z.array(z.string().min(1)).min(1),
  pronounsBeforeVerbs: z.array(z.string().min(1)).min(1),
  lowercaseBeforeCapitals: z.array(z.string().min(1)).min(1),
  notGlued: z.array(z.string().min(1)),
});
const words = GluedWords.parse(gluedJson);
const KNOWN = new Set(words.knownWords);
const NOT_GLUED = new Set(words.notGlued.map((word) => word.toLowerCase()));
const LOWER_BEFORE_CAPITALS = new Set(words.lowercaseBeforeCapitals);
const PAIRED = new Set(words.pairedWords);
const DETERMINERS = new Set(words.pairedDeterminers);
const AFTER_NAMES = new Set(words.wordsAfterNames);
const AFTER_CAPITALS = [...new Set([...words.wordsAfterNames, ...words.trailingAfterCapitals])];

// A part shorter than this is too likely a fragment of a real word ("the|me", "be|gin") to be taken for a word.
const MIN_PART = 3;
// The shapes a join can take, each found by its own pattern over the whole text; most texts have none and cost only
// these scans. The patterns spell out their letters (ASCII, and the capitals and small letters of Vietnamese names)
// rather than use Unicode property classes, which made the scans five to ten times slower.
const CAMEL =
  /[a-z][A-Z\u00C0-\u00DE\u0110\u0102\u01A0\u01AF\u1EA0-\u1EF8][a-z\u00E0-\u00FF\u0111\u0103\u01A1\u01B0\u1EA1-\u1EF9]/g;
const JOINS = [
  new RegExp(`\\b[A-Z][a-z]{${MIN_PART - 1},}(?:${alternation(AFTER_CAPITALS)})\\b`, "g"),
  // The lower-case shapes in one pattern: one scan costs about a third of four.
  new RegExp(
    `\\b(?:${[
      `(?:${alternation(words.pairedWords)})(?:${alternation(words.pairedDeterminers)})`,
      `(?:${alternation(words.leadingWords)})[a-z]{${MIN_PART},}`,
      `(?:${alternation(words.pronounsBeforeVerbs)})(?:${alternation(words.wordsAfterNames)})`,
      `(?:${alternation(words.knownWords)})(?:${alternation(words.knownWords)})`,
    ].join("|")})\\b`,
    "g",
  ),
];
// A hashtag, a handle or a part of an address ("#VietNamGhana", "@JaneRoe") is written run together on purpose.
const HANDLE_MARKS = new Set(["#", "@", ".", "/", "_"]);
const LETTER = /\p{L}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /^\p{Ll}+$/u;
// A lower-case letter followed by a capital that opens a lower-case word: "AffairsBui", "byParty".
const CAMEL_JOIN = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu;
// "April6": a month's name, as the dates' own data spells it, run into its day.
const MONTH_DAY = new RegExp(`\\b(${monthNamePatternCapitalised})(\\d{1,2}(?:st|nd|rd|th)?)\\b`, "g");
// Characters that continue a word as the text sets it alone: "pro-democracy" gives no "pro", "Roe's" no "Roe".
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;
// What stands before a word that is inside a sentence, not opening one.
const INSIDE_SENTENCE = /[\p{L}\p{N},;:(]/u;

/** What the text prints alone, looked up as asked (a few words per text) by scanning for them, and kept. */
class Printed {
  private readonly seen = new Map<string, { times: number; inside: boolean }>();
  private folded: string | null = null;

  constructor(private readonly text: string) {}

  /** How often the text prints the word alone, as printed, and whether once inside a sentence. */
  find(word: string): { times: number; inside: boolean } {
    let found = this.seen.get(word);
    if (found) return found;
    found = { times: 0, inside: false };
    for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + 1)) {
      if (WORD_CHAR.test(this.text[at - 1] ?? "") || WORD_CHAR.test(this.text[at + word.length] ?? "")) continue;
      found.times++;
      let before = at - 1;
      while (before >= 0 && /\s/u.test(this.text[before] as string)) before--;
      if (before >= 0 && INSIDE_SENTENCE.test(this.text[before] as string)) found.inside = true;
    }
    this.seen.set(word, found);
    return found;
  }

  has(word: string): boolean {
    return this.find(word).times > 0;
  }

  /** Whether the text prints the word alone in any case ("Affairs" for "affairs"). */
  hasFolded(word: string): boolean {
    if (this.has(word)) return true;
    this.folded ??= this.text.toLowerCase();
    const lower = word.toLowerCase();
    for (let at = this.folded.indexOf(lower); at >= 0; at = this.folded.indexOf(lower, at + 1)) {
      if (!WORD_CHAR.test(this.folded[at - 1] ?? "") && !WORD_CHAR.test(this.folded[at + lower.length] ?? ""))
        return true;
    }
    return false;
  }
}

/**
 * The text with words a line break had run together set apart again; text with no such join comes back unchanged.
 * @example mendGluedWords("Minister of Foreign Affairs Bui Thanh Son met Wang Yi. The Minister of Foreign AffairsBui Thanh Son said …")
 * // => "Minister of Foreign Affairs Bui Thanh Son met Wang Yi. The Minister of Foreign Affairs Bui Thanh Son said …"
 */
export function mendGluedWords(text: string): string {
  const printed = new Printed(text);
  const cuts = new Set<number>();
  for (const [at, token] of candidates(text)) {
    if (NOT_GLUED.has(token.toLowerCase()) || HANDLE_MARKS.has(text[at - 1] ?? "")) continue;
    for (const cut of cutsIn(token, printed)) cuts.add(at + cut);
  }
  let mended = text;
  for (const cut of [...cuts].sort((a, b) => b - a)) mended = `${mended.slice(0, cut)} ${mended.slice(cut)}`;
  return mended.replace(MONTH_DAY, "$1 $2");
}

/** Each word of a join's shape, with where it starts; a word found by two shapes once. */
function candidates(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const match of text.matchAll(CAMEL)) {
    let start = match.index;
    while (start > 0 && LETTER.test(text[start - 1] as string)) start--;
    let end = match.index + match[0].length;
    while (end < text.length && LETTER.test(text[end] as string)) end++;
    found.set(start, text.slice(start, end));
  }
  for (const pattern of JOINS) for (const match of text.matchAll(pattern)) found.set(match.index, match[0]);
  return found;
}

/** Where the token is to be cut, in order; none when it is a word of its own. */
function cutsIn(token: string, printed: Printed): number[] {
  if (/\p{Ll}\p{Lu}/u.test(token)) return camelCuts(token, printed);
  if (CAPITALISED.test(token)) {
    const cut = capitalisedCut(token, printed);
    return cut === null ? [] : [cut];
  }
  if (!LOWER.test(token)) return [];
  const cut = lowerCut(token, printed);
  return cut === null ? [] : [cut];
}

/** "AffairsBui", "ForeignMinister", "byParty": each capitalised part the text prints alone inside a sentence. */
function camelCuts(token: string, printed: Printed): number[] {
  const cuts: number[] = [];
  const joins = [...token.matchAll(CAMEL_JOIN)].map((join) => join.index);
  let start = 0;
  for (const [n, at] of joins.entries()) {
    const left = token.slice(start, at);
    const right = token.slice(at, joins[n + 1] ?? token.length);
    const leftKnown = LOWER_BEFORE_CAPITALS.has(left) || (left.length >= MIN_PART && printed.hasFolded(left));
    if (!leftKnown || right.length < MIN_PART || !printed.find(right).inside) continue;
    cuts.push(at);
    start = at;
  }
  return cuts;
}

/** "Viphavanhmade", "Stateand": a capitalised word the text prints alone, run onto a verb or a small word. */
function capitalisedCut(token: string, printed: Printed): number | null {
  if (printed.find(token).times > 1) return null;
  for (const word of AFTER_CAPITALS) {
    const at = token.length - word.length;
    if (at >= MIN_PART && token.endsWith(word) && printed.has(token.slice(0, at))) return at;
  }
  return null;
}

/**
 * "onthe", "hesaid", "thecomprehensive", "comprehensivestrategic": two small words, a pronoun and its verb, a small word
 * and a word the text prints alone, or two words a level or a figure is read by.
 */
function lowerCut(token: string, printed: Printed): number | null {
  for (const word of PAIRED) {
    if (token.startsWith(word) && DETERMINERS.has(token.slice(word.length))) return word.length;
  }
  for (const word of words.pronounsBeforeVerbs) {
    if (token.startsWith(word) && AFTER_NAMES.has(token.slice(word.length))) return word.length;
  }
  for (const word of words.leadingWords) {
    const rest = token.slice(word.length);
    if (token.startsWith(word) && rest.length >= MIN_PART && (KNOWN.has(rest) || printed.has(rest))) return word.length;
  }
  for (let at = MIN_PART; at <= token.length - MIN_PART; at++) {
    if (KNOWN.has(token.slice(0, at)) && KNOWN.has(token.slice(at))) return at;
  }
  return null;
}
