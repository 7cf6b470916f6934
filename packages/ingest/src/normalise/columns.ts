// A PDF set in two columns and copied as text interleaves them: each line holds a line of the left column, a gutter of
// spaces, and the line of the right column beside it. Read line by line, the two stories' sentences alternate; the
// columns are taken apart here, the left one first, before spaces are collapsed and the gutter is lost.

/** A block is read as two columns only when this many lines or more hold text on both sides of one gutter. */
const MIN_PAIRED_LINES = 6;
/** Spaces that part the columns; a sentence never holds this many. */
const GUTTER = / {3,}(?=\S)/g;
/** The gutter of a column's lines may wander this far from the block's. */
const DRIFT = 2;
/** A column's line is prose: this many words on each side, on most paired lines of the block. */
const MIN_WORDS_A_SIDE = 3;
const PROSE_SHARE = 0.7;
/** The right column starts at least this far in: a short label and its value are a table's row, not two columns. */
const MIN_LEFT_WIDTH = 25;

/** Where the text after the line's gutter starts, for a gutter after MIN_LEFT_WIDTH characters; -1 when none. */
function gutterOf(line: string): number {
  GUTTER.lastIndex = 0;
  for (const m of line.matchAll(GUTTER)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at >= MIN_LEFT_WIDTH && line.slice(0, m.index).trim() !== "") return at;
  }
  return -1;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Takes the columns of a two-column block apart: the left column's lines, then the right column's. A block is a run of
 * lines with no blank line in it whose gutter stands at one place; lines with text on one side only (a column's last
 * line) belong to it. Anything else is left as it is: a running head ('Bulletin No. 4 … page 2'), a signature block, a
 * table of short cells.
 * @example splitColumns("a b c d   e f g h\n…") // left lines first, then right lines
 */
export function splitColumns(text: string): string {
  if (!/\S {3,}\S/.test(text)) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    const c = gutterOf(line);
    if (c < 0) {
      out.push(line);
      i++;
      continue;
    }
    const cuts: number[] = [];
    let paired = 0;
    let prose = 0;
    let j = i;
    for (; j < lines.length; j++) {
      const l = lines[j] as string;
      if (!l.trim()) break;
      const g = gutterOf(l);
      let cut = -1;
      if (g >= 0 && Math.abs(g - c) <= DRIFT) {
        cut = g;
        paired++;
        if (words(l.slice(0, g)) >= MIN_WORDS_A_SIDE && words(l.slice(g)) >= MIN_WORDS_A_SIDE) prose++;
      } else if (g < 0 && l.slice(0, c - DRIFT).trim() === "") cut = l.search(/\S/);
      else if (g < 0 && l.trimEnd().length <= c - DRIFT) cut = l.length;
      if (cut < 0) break;
      cuts.push(cut);
    }
    if (paired < MIN_PAIRED_LINES || prose < paired * PROSE_SHARE) {
      out.push(line);
      i++;
      continue;
    }
    const block = lines.slice(i, j);
    const left = block.map((l, k) => l.slice(0, cuts[k]).trimEnd()).filter((l) => l.trim());
    const right = block.map((l, k) => l.slice(cuts[k]).trim()).filter(Boolean);
    out.push(...left, ...right);
    i = j;
  }
  return out.join("\n");
}
