import { unwrapNarrowColumn } from "./narrow-columns.js";
import { isInCapitals } from "./patterns.js";

// A PDF or a plain-text release breaks its paragraphs at a fixed width: every line but the last is about as long.
const MIN_WRAPPED = 45;
const MAX_WRAPPED = 110;
const MIN_WRAPPED_LINES = 3;
const SENTENCE_END = /[.!?:;"'”’)]$/;
// "approx-" + "imately": a word split at the margin.
const SPLIT_WORD = /\p{L}-$/u;
const LOWER_START = /^\p{Ll}/u;
// "2. During …", "• The …": a numbered or bulleted paragraph opens on its own line.
const ITEM_START = /^(?:\d{1,2}[.)]|[•▪●*–-])\s/u;
// A text copied out of a PDF keeps its column: many lines near one width, with headings, running heads and page
// numbers set between them in the same block. Its width is read from the long lines, which are most of the block.
const MIN_COLUMN_LINES = 8;
const MIN_COLUMN_WIDTH = 35;
const MAX_COLUMN_WIDTH = 110;
const WIDTH_PERCENTILE = 0.8;
// A line at least this share of the column's width ran to the margin; a shorter one ended its paragraph or is a heading.
const FULL_SHARE = 0.85;
const MIN_FULL_LINES = 0.55;
// A line longer than this share of the width is not the column's (a disclaimer set across the page).
const OVER_WIDTH = 1.2;
// The wrapping must show: lines ending mid-sentence with the next in lower case, or words split at the margin. A
// list of headlines, each a line, never does.
const MIN_WRAP_SIGNS = 2;
const MIN_WRAP_SIGN_SHARE = 0.12;

const PART_SEPARATOR = /\s[·|]\s/gu;

function isWrapped(lines: readonly string[]): boolean {
  if (lines.length < MIN_WRAPPED_LINES) return false;
  const inner = lines.slice(0, -1);
  // "by <Agency>  ·  2 hours ago  ·  Sep 29, 2016 16:42" under a headline: a line of parts set apart by dots or bars
  // is a credit's or a bar's layout, never a line of running text.
  if (lines.some((line) => (line.match(PART_SEPARATOR) ?? []).length >= 2)) return false;
  if (!inner.every((line) => line.length >= MIN_WRAPPED && line.length <= MAX_WRAPPED)) return false;
  // Lines that each end a sentence are paragraphs of their own, not one paragraph wrapped.
  if (inner.filter((line) => !SENTENCE_END.test(line)).length * 2 <= inner.length) return false;
  // A list of headlines, each a line, never goes on in lower case: a wrapped paragraph does somewhere.
  return wrapSigns(lines) > 0;
}

/** Lines that end mid-sentence or mid-word with the next going on in lower case. */
function wrapSigns(lines: readonly string[]): number {
  let signs = 0;
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    if (next && LOWER_START.test(next) && (SPLIT_WORD.test(line) || !SENTENCE_END.test(line))) signs++;
  }
  return signs;
}

/** The column's width when the block reads as a PDF's column of wrapped text, else null. */
function columnWidth(lines: readonly string[]): number | null {
  if (lines.length < MIN_COLUMN_LINES) return null;
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  const width = lengths[Math.floor((lengths.length - 1) * WIDTH_PERCENTILE)] ?? 0;
  if (width < MIN_COLUMN_WIDTH || width > MAX_COLUMN_WIDTH) return null;
  const full = lines.filter((line) => line.length >= width * FULL_SHARE && line.length <= width * OVER_WIDTH);
  if (full.length < lines.length * MIN_FULL_LINES) return null;
  return wrapSigns(lines) >= Math.max(MIN_WRAP_SIGNS, lines.length * MIN_WRAP_SIGN_SHARE) ? width : null;
}

// A printed page's rule ("_____") and a running head or foot set out across the width by a wide gap ("<Bulletin>
// No. 11/2015          page 2") reach the margin by their layout, not by running text: they stand alone.
const RULE_LINE = /^[_=~*.\-–—\s]{8,}$/u;
const LAYOUT_GAP = /\S[^\S\n]{6,}\S/u;
function isLaidOut(line: string): boolean {
  return RULE_LINE.test(line) || LAYOUT_GAP.test(line);
}

/**
 * Joins a PDF column's wrapped lines into paragraphs: a line that ran to the margin goes on in the next, as does a
 * line ending mid-sentence before one in lower case, and a paragraph already wrapped that has not reached its stop.
 * A short line after a stop (a heading, a running head, a page number) stands alone.
 */
function unwrapColumn(lines: readonly string[], width: number): string {
  const isFull = (line: string) => line.length >= width * FULL_SHARE && line.length <= width * OVER_WIDTH;
  // A line set twice in the column is its title and running head, a heading however long.
  const seen = new Map<string, number>();
  for (const line of lines) seen.set(line, (seen.get(line) ?? 0) + 1);
  const isHead = (line: string) => (seen.get(line) ?? 0) > 1;
  const paragraphs: string[] = [];
  let current = "";
  let prev = "";
  let count = 0;
  for (const line of lines) {
    const open = !SENTENCE_END.test(prev);
    const fits = line.length <= width * OVER_WIDTH;
    let join = false;
    // A line in capitals is a heading or a letterhead, never the middle of a paragraph.
    if (
      !current ||
      !fits ||
      ITEM_START.test(line) ||
      isInCapitals(line) ||
      isInCapitals(prev) ||
      isHead(line) ||
      isHead(prev) ||
      isLaidOut(line) ||
      isLaidOut(prev)
    )
      join = false;
    else if (SPLIT_WORD.test(prev) && LOWER_START.test(line)) {
      current = current.slice(0, -1) + line;
      prev = line;
      count++;
      continue;
    } else if (open && LOWER_START.test(line)) join = true;
    // A line that ran to the margin goes on in the next; after a stop only into another that runs to it.
    else if (isFull(prev) && (open || isFull(line))) join = true;
    // A paragraph already wrapped that has not reached its stop goes on in a line that runs to the margin.
    else if (open && count >= 2 && isFull(line)) join = true;
    if (join) {
      // "U.S.-" + "Vietnam": a hyphen at the margin before a capital belongs to the word.
      current += SPLIT_WORD.test(prev) ? line : ` ${line}`;
      count++;
    } else {
      if (current) paragraphs.push(current);
      current = line;
      count = 1;
    }
    prev = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join("\n");
}

/**
 * A PDF's column copied with the document site's page around it (its menu above, its download links below), all in one
 * block: the column is read between the first and the last line long enough to be the column's, and the frame's short
 * lines around it are left as they are. The column must read as one on its own (columnWidth).
 */
function framedColumn(lines: readonly string[]): string | null {
  const long = lines.filter((line) => line.length >= MIN_WRAPPED).map((line) => line.length);
  if (long.length < MIN_COLUMN_LINES) return null;
  long.sort((a, b) => a - b);
  const guess = long[Math.floor((long.length - 1) * WIDTH_PERCENTILE)] ?? 0;
  const isFull = (line: string) => line.length >= guess * FULL_SHARE && line.length <= guess * OVER_WIDTH;
  const first = lines.findIndex(isFull);
  let last = lines.findLastIndex(isFull);
  // The column's last paragraph ends on the line under its last full one.
  if (last >= 0 && last + 1 < lines.length && !SENTENCE_END.test(lines[last] ?? "")) last++;
  if (first < 0 || (first === 0 && last === lines.length - 1)) return null;
  const column = lines.slice(first, last + 1);
  const width = columnWidth(column);
  if (width === null) return null;
  return [...lines.slice(0, first), unwrapColumn(column, width), ...lines.slice(last + 1)].join("\n");
}

/**
 * Joins the lines of a hard-wrapped block (between blank lines) into one paragraph, mending words split at the
 * margin. Other blocks, where each line is a paragraph, a heading or furniture, are left as they are. A newspaper's
 * narrow column is read first, by its own reader (narrow-columns.ts).
 * @example unwrapLines("On July 26 for approx-\nimately 30 minutes, ...") // => "On July 26 for approximately 30 minutes, ..."
 */
export function unwrapLines(text: string): string {
  return unwrapNarrowColumn(text)
    .split(/\n[^\S\n]*\n/)
    .map((block) => {
      const lines = block.split("\n").map((line) => line.trim());
      const width = columnWidth(lines.filter(Boolean));
      if (width !== null) return unwrapColumn(lines.filter(Boolean), width);
      const framed = framedColumn(lines.filter(Boolean));
      if (framed) return framed;
      if (!isWrapped(lines.filter(Boolean))) return block;
      let joined = "";
      for (const line of lines.filter(Boolean)) {
        if (!joined) joined = line;
        else if (SPLIT_WORD.test(joined) && LOWER_START.test(line)) joined = joined.slice(0, -1) + line;
        else joined += ` ${line}`;
      }
      return joined;
    })
    .join("\n\n");
}

// A copy that breaks each paragraph one word late: the paragraph's first word ends the line above, after the last
// sentence's stop ("… next year. Phuc" / "thanked Japan for …"), or stands alone when the paragraph above ended the
// line ("Prime" / "Minister Nguyen Xuan Phuc received …"). Left apart, the lone word reads as furniture and the
// line under it opens mid-sentence.
const LATE_WORD = /[.!?]["”’)]?\s+(\p{Lu}[\p{L}'’-]*)$/u;
// LATE_WORD closes on a letter (or an apostrophe or hyphen of the word): read from the line's last two code units (a
// surrogate pair is one letter), most lines, closing on a stop, are ruled out before its search from every position.
const LATE_WORD_END = /[\p{L}'’-]$/u;
const mayEndLate = (line: string): boolean => LATE_WORD_END.test(line.slice(-2));
const isLateWordLine = (line: string): boolean => mayEndLate(line) && LATE_WORD.test(line);
const LONE_WORD = /^\p{Lu}[\p{L}'’-]{0,20}$/u;
// The line the word belongs to runs on as story: a sentence's length of words, not a menu entry.
const MIN_GOES_ON_WORDS = 6;
// One line opening in lower case under a late word may be chance; two show the copy's way of breaking, and then a
// line opening in capitals under a late or lone word goes with it too ("Deputy" / "Minister of Industry …").
const MIN_LATE_SIGNS = 2;

function goesOn(line: string): boolean {
  return line.split(/\s+/).length >= MIN_GOES_ON_WORDS;
}

/**
 * Mends a copy that breaks its paragraphs one word late, moving each paragraph's first word back onto its line.
 * @example rejoinLateBreaks("It ended. The\npact would cover …") // => "It ended. The pact would cover …"
 */
export function rejoinLateBreaks(text: string): string {
  const lines = text.split("\n");
  const isLowerRun = (i: number) => {
    const next = lines[i + 1]?.trim() ?? "";
    return LOWER_START.test(next) && goesOn(next);
  };
  let signs = 0;
  for (const [i, line] of lines.entries()) if (isLateWordLine(line.trim()) && isLowerRun(i)) signs++;
  const shaped = signs >= MIN_LATE_SIGNS;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trimEnd();
    const next = lines[i + 1]?.trim() ?? "";
    const late = isLateWordLine(line.trim()) || LONE_WORD.test(line.trim());
    if (late && next && goesOn(next) && (LOWER_START.test(next) || shaped)) {
      // The next line takes this one as its opening; it may itself end on the following paragraph's word.
      lines[i + 1] = `${line} ${next}`;
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}
