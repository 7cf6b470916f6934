/*
 * Repeated wordings: the same quotation or sentence carried by many articles (wire copy republished, a quote
 * truncated by one outlet, a typo fixed by another) is one thing said, shown once with its count. Texts are
 * compared after normalising (case, punctuation, spacing); two count as the same when equal, when one is a prefix
 * of the other (truncation) of at least `minPrefixWords` words, or when their word sets overlap by `minOverlap`.
 */

/** Shortest shared opening (in words) that makes a truncated text the same as its longer version. */
export const minPrefixWords = 6;
/** Jaccard overlap of two texts' word sets above which they are one text with small edits. */
export const minOverlap = 0.8;
/** Words of the opening and of the ending by which candidates are found, so comparison is never all-pairs. */
const anchorWords = 4;

/** Lower case, letters and digits only, single spaces: `“We welcome…”` → `we welcome`. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

function sameWords(a: string, b: string, aWords: ReadonlySet<string>, bWords: ReadonlySet<string>): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && short.split(" ").length >= minPrefixWords) return true;
  return overlap(aWords, bWords) >= minOverlap;
}

/**
 * Groups items whose `textOf` (within the same `scopeOf`, e.g. the speaker) are the same words; returns the groups
 * as lists of items in their input order, groups ordered by their first item. Candidates share a scope and the
 * opening or the closing words, so the work stays near linear in the number of items.
 */
export function groupRepeats<T>(
  items: readonly T[],
  textOf: (item: T) => string,
  scopeOf: (item: T) => string | number | null = () => "",
): T[][] {
  const normal = items.map((item) => normaliseText(textOf(item)));
  const words = normal.map((text) => new Set(text.split(" ")));
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    parent[i] = root;
    return root;
  };
  const candidates = new Map<string, number[]>();
  normal.forEach((text, i) => {
    const tokens = text.split(" ");
    const scope = String(scopeOf(items[i] as T));
    for (const anchor of [`^${tokens.slice(0, anchorWords).join(" ")}`, `$${tokens.slice(-anchorWords).join(" ")}`]) {
      const key = `${scope}|${anchor}`;
      const list = candidates.get(key) ?? [];
      for (const j of list) {
        if (find(i) === find(j)) continue;
        if (sameWords(text, normal[j] as string, words[i] as Set<string>, words[j] as Set<string>)) {
          parent[find(i)] = find(j);
        }
      }
      // A few representatives per anchor suffice: members of one group are already joined.
      if (list.length < 50) list.push(i);
      candidates.set(key, list);
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(item);
    groups.set(root, group);
  });
  return [...groups.values()];
}
