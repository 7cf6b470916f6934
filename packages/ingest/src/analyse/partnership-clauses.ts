/**
 * Clause boundaries inside one sentence, for attaching a partnership level to the countries of its own clause.
 * A sentence like "India has a comprehensive strategic partnership with Japan, while its ties with Vietnam were
 * raised …" talks about two frameworks; the break words ("while", "but", "; ", ", which") come from the data file.
 */
export interface ClauseSplitter {
  /** [start, end) of the clause around `at`, both relative to `text`. */
  around(text: string, at: number): [number, number];
  /** Every clause of `text` as [start, end). */
  parts(text: string): [number, number][];
}

export function clauseSplitter(breaks: readonly string[]): ClauseSplitter {
  const re = new RegExp(breaks.join("|"), "gi");
  return {
    around(text, at) {
      let start = 0;
      let end = text.length;
      for (const m of text.matchAll(re)) {
        const i = m.index ?? 0;
        if (i + m[0].length <= at) start = i + m[0].length;
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
      for (const m of text.matchAll(re)) {
        const i = m.index ?? 0;
        out.push([start, i]);
        start = i + m[0].length;
      }
      out.push([start, text.length]);
      return out;
    },
  };
}
