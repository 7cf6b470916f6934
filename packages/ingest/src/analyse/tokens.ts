import { fold } from "./fold.js";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  text: string;
  /** Folded lower-case form used for every lookup. */
  key: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First character is an upper-case letter. */
  cap: boolean;
}

// Numbers keep thousands separators and decimals ("1,200.5"); words split at hyphens and apostrophes
// so that gazetteer phrases and possessives ("Vietnam's") line up token by token. The scanner below reads
// exactly what this expression matches, without a match object per token (a third of the analysis' garbage).
export const TOKEN = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+|\S/gu;

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

// Character classes of BMP code units, filled on first sight: 0 unknown, 1 letter or mark, 2 white space, 3 other.
const LETTER_OR_MARK = 1;
const WHITE = 2;
const OTHER = 3;
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  classes[c] = LETTER.test(ch) ? LETTER_OR_MARK : SPACE.test(ch) ? WHITE : OTHER;
}

function classOf(code: number): number {
  let k = classes[code] as number;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    k = LETTER.test(ch) ? LETTER_OR_MARK : SPACE.test(ch) ? WHITE : OTHER;
    classes[code] = k;
  }
  return k;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Code units in the code point at p: a surrogate pair is one code point, as in a /u expression. */
function widthAt(text: string, p: number): number {
  return isHigh(text.charCodeAt(p)) && isLow(text.charCodeAt(p + 1)) ? 2 : 1;
}

/** Class of the code point at p (p < text.length). */
function classAt(text: string, p: number): number {
  const code = text.charCodeAt(p);
  if (code < 128) return classes[code] as number;
  if (isHigh(code) || isLow(code)) {
    return widthAt(text, p) === 2 && LETTER.test(text.slice(p, p + 2)) ? LETTER_OR_MARK : OTHER;
  }
  return classOf(code);
}

/** End of the number starting at p: digits, then ",ddd" groups, then ".d+" (the first two branches of TOKEN). */
function numberEnd(text: string, p: number): number {
  let q = p;
  while (q < text.length && isDigit(text.charCodeAt(q))) q++;
  while (
    text.charCodeAt(q) === 44 &&
    isDigit(text.charCodeAt(q + 1)) &&
    isDigit(text.charCodeAt(q + 2)) &&
    isDigit(text.charCodeAt(q + 3))
  )
    q += 4;
  if (text.charCodeAt(q) === 46 && isDigit(text.charCodeAt(q + 1))) {
    q += 2;
    while (q < text.length && isDigit(text.charCodeAt(q))) q++;
  }
  return q;
}

// Keys of the words that need folding (a capital, a letter outside ASCII), by their text. Words repeat within an article
// and across articles, and folding a slice of a body that holds curly quotes (stored two bytes a character) is a call
// into the runtime or three expressions; a lookup is cheaper. Only short words are kept (a long slice may be a view
// into its whole article, which the map would keep alive), and the map is forgotten whole once it holds this many.
const FOLDED_WORDS_KEPT = 20_000;
const FOLDED_WORD_LENGTH = 12;
const foldedWords = new Map<string, string>();

/** fold(word), remembered for short words. */
function foldedWord(word: string): string {
  if (word.length > FOLDED_WORD_LENGTH) return fold(word);
  let key = foldedWords.get(word);
  if (key === undefined) {
    key = fold(word);
    if (foldedWords.size >= FOLDED_WORDS_KEPT) foldedWords.clear();
    foldedWords.set(word, key);
  }
  return key;
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const code = text.charCodeAt(p);
    let end: number;
    let kind: TokenKind;
    let cap = false;
    let plain = true;
    let upper = false;
    if (isDigit(code)) {
      end = numberEnd(text, p);
      kind = "number";
    } else {
      const cls = classAt(text, p);
      const width = code < 128 ? 1 : widthAt(text, p);
      if (cls === WHITE) {
        p += width;
        continue;
      }
      end = p + width;
      // Plain ASCII with no capital keeps its text as its key (fold would return it); anything else goes through fold.
      if (code < 32 || code > 126) plain = false;
      else if (code >= 65 && code <= 90) upper = true;
      if (cls === LETTER_OR_MARK) {
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c < 128) {
            if (classes[c] !== LETTER_OR_MARK) break;
            if (c <= 90) upper = true;
            end++;
          } else {
            if (classAt(text, end) !== LETTER_OR_MARK) break;
            plain = false;
            end += widthAt(text, end);
          }
        }
      }
      if (code < 128) {
        kind = cls === LETTER_OR_MARK ? "word" : "punct";
        cap = code >= 65 && code <= 90;
      } else {
        const first = text.charAt(p);
        kind = first.toLowerCase() !== first.toUpperCase() || LETTER.test(first) ? "word" : "punct";
        cap = kind === "word" && first !== first.toLowerCase();
      }
    }
    const t = text.slice(p, end);
    const start = p + offset;
    tokens.push({
      text: t,
      key: plain && !upper ? t : foldedWord(t),
      start,
      end: start + t.length,
      kind,
      cap,
    });
    p = end;
  }
  return tokens;
}

/** True when nothing separates the two tokens ("G" + "20", "4" + "th"). */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/**
 * Whether the keys of the tokens closing just before `end` are `words`, in order ("according", "to" before a figure).
 * The figure readers ask this of every listed phrase at every number: a loop here allocates nothing, where a closure
 * per listed phrase (`list.some((words) => words.every((w, n) => …))`) allocated a context for each.
 */
export function keysEndAt(toks: readonly Token[], end: number, words: readonly string[]): boolean {
  const from = end - words.length;
  // Before the first token nothing can match (a listed word is never undefined); a negative index would also leave
  // the fast path of the array load for every caller of this one function.
  if (from < 0) return words.length === 0;
  for (let n = 0; n < words.length; n++) if (toks[from + n]?.key !== words[n]) return false;
  return true;
}
