import { countryCode } from "./countries.js";
import nameData from "./data/person-names.json" with { type: "json" };
import titleData from "./data/titles.json" with { type: "json" };
import { type Token, tokenize } from "./tokens.js";

export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  /** Index of the line (paragraph) the sentence belongs to. */
  line: number;
  tokens: Token[];
}

// Own splitter rather than wink-nlp: readDoc costs ~3 ms per 10 KB (most of the 5 ms budget) for boundaries this
// rule gets right on news copy ("Mr.", "No. 18", "J. Blinken"); quotes are read on whole lines. Never a boundary after:
const NO_BREAK_AFTER = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "no",
  "nos",
  "st",
  "gen",
  "lt",
  "col",
  "sen",
  "rep",
  "gov",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "vs",
  "etc",
  "e.g",
  "i.e",
  "inc",
  "ltd",
  "co",
  "corp",
  "jr",
  "sr",
  "h.e",
  "smt",
  "approx",
  "u.s",
  "u.k",
  "u.n",
  "p.m",
  "a.m",
  "art",
  "vol",
  "fig",
]);

// "Adm. Kim …", "Rear Adm. …", "Maj. Gen. …": every rank titles.json spells out from its short form is no boundary either.
for (const rank of Object.keys(titleData.rankAbbreviations)) {
  for (const word of rank.toLowerCase().match(/\p{L}+(?=\.)/gu) ?? []) NO_BREAK_AFTER.add(word);
}

// "Undersecretary Ma. Lourdes O. Yparraguirre": a given name written short ("Ma." for María) before the rest of a name.
const SHORT_GIVEN = new Set(nameData.abbreviatedGivenNames.map((w) => w.toLowerCase()));
// Two capitalised words (or a word and an initial) after the stop: the rest of a name, not a new sentence ("Jack Ma.
// He said" still ends one).
const REST_OF_NAME = /^\.\s+\p{Lu}[\p{L}'’-]*\s+\p{Lu}/u;

// A boundary is ., ! or ? (plus closing quotes/brackets) followed by space and an upper-case letter, digit or quote.
const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\d])/gu;

const LETTER = /\p{L}/u;

// "… with China, Russia and the U.S. Japan is expected to join …": a dotted abbreviation ("U.S.", "U.K.") closes the
// sentence when a country follows with its verb right after it, the subject of the next sentence. ("the U.S. Embassy
// said" names no country after the stop.)
const SUBJECT_AFTER =
  /^\.\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|also|remains|became|joined|signed|said|says)\b/u;
function countrySubjectAfter(rest: string): boolean {
  const m = SUBJECT_AFTER.exec(rest);
  return m !== null && countryCode(m[1] ?? "") !== null;
}

/** The run of letters and dots that ends at `at`, reading no further back than `floor` ("Mr.", "U.S", "J"). */
function wordBefore(line: string, floor: number, at: number): string {
  let i = at;
  while (i > floor) {
    const code = line.charCodeAt(i - 1);
    // ASCII letters and the dot by code; anything else (a pair of surrogates as one code point) by its class.
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46) i--;
    else if (code < 128) break;
    else if (code >= 0xdc00 && code <= 0xdfff && i - 2 >= floor && LETTER.test(line.slice(i - 2, i))) i -= 2;
    else if (LETTER.test(line.charAt(i - 1))) i--;
    else break;
  }
  return line.slice(i, at);
}

/** Sentence spans [start, end) of one line, shifted by offset (quotes read their attribution sentence by sentence). */
export function splitLine(line: string, offset: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  // exec over the one global pattern rather than matchAll, which copies it for every line; a boundary is never empty,
  // and a finished exec leaves lastIndex at 0 again
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(line); m !== null; m = BOUNDARY.exec(line)) {
    const at = m.index;
    const word = wordBefore(line, Math.max(from, at - 24), at).toLowerCase();
    // Single initials ("J. Blinken") and listed abbreviations do not end a sentence.
    if (NO_BREAK_AFTER.has(word) || /^\p{L}$/u.test(word) || /\.\p{L}$/u.test(word)) {
      if (!(word.includes(".") && countrySubjectAfter(line.slice(at)))) continue;
    }
    // "Minister of Investment Eng. Khalid Al-Falih": the engineer's style of Gulf and Egyptian copy, written with its stop
    // and a capital after it. (A name that ends so, "Lim Guan Eng.", then runs into the next sentence, which its own
    // full stop still closes for the people reader.)
    if (word === "eng" && /^\.\s+\p{Lu}/u.test(line.slice(at))) continue;
    if (SHORT_GIVEN.has(word) && REST_OF_NAME.test(line.slice(at))) continue;
    const end = at + m[0].length;
    spans.push([offset + from, offset + end]);
    from = end;
    while (from < line.length && /\s/.test(line.charAt(from))) from++;
  }
  if (from < line.trimEnd().length) spans.push([offset + from, offset + line.trimEnd().length]);
  return spans;
}

/** Sentences of a body whose paragraphs are separated by blank lines (single newlines also end a sentence). */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineIndex = 0;
  let pos = 0;
  for (const rawLine of body.split("\n")) {
    const lead = rawLine.length - rawLine.trimStart().length;
    const line = rawLine.trimStart();
    if (line.trim().length > 0) {
      for (const [start, end] of splitLine(line, pos + lead)) {
        const text = body.slice(start, end);
        sentences.push({ index: sentences.length, text, start, end, line: lineIndex, tokens: tokenize(text, start) });
      }
      lineIndex++;
    }
    pos += rawLine.length + 1;
  }
  return sentences;
}
