// Quotation marks as news pages write them: straight, curly (sometimes the wrong way round), guillemets, nested,
// British single quotes, a closing mark left out at the end of a paragraph.
import { allMatches } from "../partnerships/all-matches.js";

const DQ = new Set(['"', "“", "”", "«", "»", "„"]);
const SQ = new Set(["'", "‘", "’"]);
// Two apostrophes stand for a straight double mark on some wire copy: "…,'' Mr Dung said.
const DQ_CHARS = /''|["“”«»„]/g;
const SQ_CHARS = /['‘’]/g;
const LEFT = /[\s([{—–\-/:]/;
const RIGHT = /[\s.,;:!?)\]}—–\-…]/;
export const WORDCHAR = /[\p{L}\p{N}]/u;

/** One quotation in a line: offsets of the marks; -1 open = the opening mark is missing, -1 close = runs to the end. */
export interface Span {
  open: number;
  close: number;
}

function side(line: string, i: number, width = 1): { left: boolean; right: boolean; prev: string; next: string } {
  const prev = line.charAt(i - 1);
  const next = line.charAt(i + width);
  const left = prev === "" || LEFT.test(prev) || DQ.has(prev) || SQ.has(prev);
  const right = next === "" || RIGHT.test(next) || DQ.has(next) || SQ.has(next);
  return { left, right, prev, next };
}

/** Double-quote marks of a line with their direction; curly marks written the wrong way round follow their context. */
function doubleMarks(line: string): Array<{ at: number; open: boolean }> {
  const marks: Array<{ at: number; open: boolean; padded?: boolean }> = [];
  // allMatches, not matchAll, which copies the pattern at every call (every line)
  for (const hit of allMatches(DQ_CHARS, line)) {
    const i = hit.index ?? 0;
    const c = hit[0];
    const { left, right, prev, next } = side(line, i, c.length);
    if (c === "“" || c === "«" || c === "„") marks.push({ at: i, open: !(!left && right) });
    else if (c === "”" || c === "»") marks.push({ at: i, open: left && !right && next.trim() !== "" });
    // 'français ", a-t-il dit': a padded closing mark straight before punctuation; no quotation opens on a comma.
    else if (c === '"' && prev === " " && /[,.;:!?)]/.test(next)) marks.push({ at: i, open: false });
    else if (left && next.trim() !== "") marks.push({ at: i, open: true });
    else if (prev.trim() !== "" && right) marks.push({ at: i, open: false });
    else if (c === '"' && (prev === " " || prev === "") && next === " ") {
      // French copy pads its guillemets with spaces, kept when they are printed straight: 'a dit : " Nous … départ. "'.
      // The words beyond the spaces tell the side: words after and none before open, words before and none after close.
      const before = line.charAt(i - 2);
      const after = line.charAt(i + 2);
      const wordAfter = WORDCHAR.test(after);
      const wordBefore = WORDCHAR.test(before);
      // 'told him: " The partnership … language. " The minister …': a padded mark after a sentence's end with words
      // after it closes the quotation open before it, else opens one; the marks before it tell the side.
      if (wordAfter && /[.!?…,;]/.test(before)) marks.push({ at: i, open: true, padded: true });
      // At the line's start only when a padded mark follows to close it (a table row may open with a stray mark).
      else if (wordAfter && !wordBefore && (prev === " " || line.includes(' "', i + 2)))
        marks.push({ at: i, open: true });
      else if (!wordAfter && (wordBefore || /[.!?…,;]/.test(before))) marks.push({ at: i, open: false });
      // 'wanted to be " a partner who does not impose "': words on both sides; the marks before it tell the side.
      else if (wordAfter && wordBefore) marks.push({ at: i, open: true, padded: true });
    }
  }
  return settlePadded(marks);
}

/** A padded straight mark between words opens when no quotation is open before it, and closes one that is. */
function settlePadded(
  marks: Array<{ at: number; open: boolean; padded?: boolean }>,
): Array<{ at: number; open: boolean }> {
  if (!marks.some((m) => m.padded)) return marks;
  let inside = false;
  return marks.map((m) => {
    const open = m.padded ? !inside : m.open;
    inside = open;
    return { at: m.at, open };
  });
}

function doubleSpans(line: string): Span[] {
  const marks = doubleMarks(line);
  const out: Span[] = [];
  let cur = -2;
  let depth = 0;
  marks.forEach((m, k) => {
    if (m.open) {
      if (cur === -2) {
        cur = m.at;
        depth = 1;
        return;
      }
      // An opening mark inside an open quotation: nested ("a “win-win” manner”) when two closings follow, else the
      // first quotation lost its closing mark.
      const c1 = marks.findIndex((x, j) => j > k && !x.open);
      const c2 = c1 >= 0 ? marks[c1 + 1] : undefined;
      if (c2 && !c2.open) depth++;
      else {
        out.push({ open: cur, close: m.at });
        cur = m.at;
        depth = 1;
      }
      return;
    }
    if (cur === -2) {
      if (k === 0) out.push({ open: -1, close: m.at });
      return;
    }
    depth--;
    if (depth === 0) {
      out.push({ open: cur, close: m.at });
      cur = -2;
    }
  });
  if (cur !== -2) out.push({ open: cur, close: -1 });
  return out;
}

/** British single quotes: ‘…’ or '…', never an apostrophe ("Vietnam’s", "countries’ ties"). */
function singleSpans(line: string): Span[] {
  const out: Span[] = [];
  let cur = -1;
  let first = true;
  for (const hit of allMatches(SQ_CHARS, line)) {
    const i = hit.index ?? 0;
    const c = hit[0];
    if (line.slice(i, i + 2) === "''" || line.slice(i - 1, i + 1) === "''") continue;
    const { left, right, prev, next } = side(line, i);
    // "Vietnam is ready to share …,' said Ms Tam": British copy that dropped the paragraph's opening mark; only a
    // mark closing a sentence's words right before a credit, with no mark before it on the line, is read so.
    if (first && cur < 0 && c !== "‘" && /[,.!?]/.test(prev) && UNOPENED_CREDIT.test(line.slice(i + 1))) {
      out.push({ open: -1, close: i });
      first = false;
      continue;
    }
    first = false;
    if (cur < 0) {
      if (c !== "’" && left && WORDCHAR.test(next)) cur = i;
      continue;
    }
    if (c === "‘" || !right || prev.trim() === "" || WORDCHAR.test(next)) continue;
    // "the two countries’ ties": an s before a plain space is a plural possessive, not the end of a quotation.
    if (/s/i.test(prev) && /\s/.test(next) && /^\s+[\p{Ll}]/u.test(line.slice(i + 1, i + 4))) continue;
    out.push({ open: cur, close: i });
    cur = -1;
  }
  // "'We came to Tanzania to stay. … before.": a paragraph opened by a single mark that never closes it runs on into
  // the next paragraph, as British copy quotes a speaker over several paragraphs; only a mark opening the line.
  if (cur === 0 && /[.!?…]$/.test(line.trimEnd())) out.push({ open: 0, close: -1 });
  return out;
}

// ' said Ms Tam', ' he said', ' the minister added': what follows a closing mark whose opening mark is missing, or
// the comma of a quotation that lost a mark (candidates.ts).
export const UNOPENED_CREDIT =
  /^\s+(?:(?:he|she|they)\s+(?:said|says|added|told)\b|(?:said|says|added|told)\s+\p{Lu}|(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|added|told)\b)/u;

export function quoteSpans(line: string): Span[] {
  const spans = doubleSpans(line);
  if (line.includes("'") || line.includes("‘")) spans.push(...singleSpans(line));
  const lo = (s: Span) => s.open;
  const hi = (s: Span) => (s.close < 0 ? line.length : s.close);
  return spans
    .filter((s) => !spans.some((o) => o !== s && lo(o) <= lo(s) && hi(o) >= hi(s) && (lo(o) < lo(s) || hi(o) > hi(s))))
    .sort((a, b) => a.open - b.open);
}
