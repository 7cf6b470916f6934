/**
 * Clause boundaries inside one sentence, for attaching a partnership level to the countries of its own clause.
 * A sentence like "India has a comprehensive strategic partnership with Japan, while its ties with Vietnam were
 * raised …" talks about two frameworks; the break words ("while", "but", "; ", ", which") come from the data file.
 */
import { allMatches } from "./all-matches.js";
import { firstCharDispatch } from "./first-chars.js";

export interface ClauseSplitter {
  /** [start, end) of the clause around `at`, both relative to `text`. */
  around(text: string, at: number): [number, number];
  /** Every clause of `text` as [start, end). */
  parts(text: string): [number, number][];
}

export function clauseSplitter(breaks: readonly string[]): ClauseSplitter {
  // searched by first characters (first-chars.ts): the breaks are a long alternation read over every sentence
  const re = firstCharDispatch(new RegExp(breaks.join("|"), "gi"));
  // The passes ask about the same sentence many times in a row: its breaks are found once, as [start, end) pairs.
  let lastText: string | null = null;
  let lastBreaks: Array<[number, number]> = [];
  const breaksOf = (text: string) => {
    if (text !== lastText) {
      lastBreaks = allMatches(re, text).map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as [number, number]);
      lastText = text;
    }
    return lastBreaks;
  };
  return {
    around(text, at) {
      let start = 0;
      let end = text.length;
      for (const [i, after] of breaksOf(text)) {
        if (after <= at) start = after;
        else if (i >= at) {
          end = i;
          break;
        }
      }
      return [start, end];
    },
    parts(text) {
      const out: [number, number][] = [];
      let start = 0;
      for (const [i, after] of breaksOf(text)) {
        out.push([start, i]);
        start = after;
      }
      out.push([start, text.length]);
      return out;
    },
  };
}
