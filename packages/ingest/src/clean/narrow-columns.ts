import { z } from "zod";
import { isBoilerplate } from "./boilerplate.js";
import narrowJson from "./data/narrow-columns.json" with { type: "json" };
import { isInCapitals } from "./patterns.js";

// The one reader of a narrow newspaper column. A newspaper's e-paper page read by OCR (PressReader, a PDF replica)
// keeps the printed column: lines of 20 to 45 characters, words split at the margin ("relation-" / "ship"), each
// paragraph often opened by an indent, the headline set over two or three short lines above the lead. The page's
// frame (toolbar, running head, the caption set across two columns) stands around it in longer lines. Words are data
// (data/narrow-columns.json).
const NarrowColumns = z.object({ wordsThatGoOn: z.array(z.string().min(1)).min(1) });
const WORDS_THAT_GO_ON = new Set(NarrowColumns.parse(narrowJson).wordsThatGoOn);
const MIN_NARROW = 20;
const MAX_NARROW = 46;
const MIN_RUN_LINES = 12;
// The wrapping must show as words split at the margin, which a list of headlines or a menu never has.
const MIN_SPLIT_WORDS = 3;
const WIDTH_PERCENTILE = 0.8;
// A line at least this share of the column's width ran to the margin; a shorter one ended its paragraph or a heading.
const FULL_SHARE = 0.85;
// Paragraphs opened by an indent: at least two indented lines in the column.
const MIN_INDENTED = 2;

const SPLIT_WORD = /\p{L}-$/u;
const LOWER_START = /^\p{Ll}/u;
// A stop, maybe inside a closing quote, ends a sentence; a comma inside one ('… our businesses,"') does not.
const SENTENCE_END = /(?:[.!?:;]["'”’)]?|[.!?]["'”’]\))$/u;
const INDENT = /^[^\S\n]+\S/u;
const LAST_WORD = /(\p{L}+)$/u;

/** The line ends with no stop on a word a sentence cannot end on ("… Vietnam on"): it goes on in the next. */
function goesOn(line: string): boolean {
  const word = LAST_WORD.exec(line)?.[1];
  return word !== undefined && WORDS_THAT_GO_ON.has(word.toLowerCase());
}

function splitWords(lines: readonly string[]): number {
  let count = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (SPLIT_WORD.test(lines[i] ?? "") && LOWER_START.test((lines[i + 1] ?? "").trim())) count++;
  }
  return count;
}

/** The first run of narrow lines that reads as a wrapped column: [start, end) in `lines`, or null. */
function narrowRun(lines: readonly string[]): [number, number] | null {
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const length = i < lines.length ? (lines[i] ?? "").trim().length : 0;
    if (length > 0 && length <= MAX_NARROW) continue;
    if (i - start >= MIN_RUN_LINES) {
      const run = lines.slice(start, i).map((line) => line.trimEnd());
      if (splitWords(run.map((line) => line.trim())) >= MIN_SPLIT_WORDS) return [start, i];
    }
    start = i + 1;
  }
  return null;
}

function columnWidth(lines: readonly string[]): number {
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  return lengths[Math.floor((lengths.length - 1) * WIDTH_PERCENTILE)] ?? 0;
}

const standsAlone = (line: string) => isBoilerplate(line) || isInCapitals(line);

/** Joins one narrow column's lines into paragraphs (see unwrapNarrowColumn). */
function joinColumn(raw: readonly string[]): string[] {
  const lines = raw.map((line) => line.trim());
  const width = columnWidth(lines);
  const isFull = (line: string) => line.length >= width * FULL_SHARE;
  const indented = raw.filter((line) => INDENT.test(line)).length >= MIN_INDENTED;
  const paragraphs: string[] = [];
  let current = "";
  let prev = "";
  for (const [i, line] of lines.entries()) {
    const opensParagraph = indented && INDENT.test(raw[i] ?? "");
    let join = false;
    // A jump note ("(Continued from column 3)"), a tail or a line in capitals stands alone, as does the line after it.
    if (!current || opensParagraph || standsAlone(line) || standsAlone(prev)) join = false;
    else if (SPLIT_WORD.test(prev) && LOWER_START.test(line)) {
      // "relation-" + "ship": the margin's hyphen goes.
      current = current.slice(0, -1) + line;
      prev = line;
      continue;
    }
    // A line ending mid-sentence goes on in a line opened in lower case, and in any line when it ends on a word no
    // sentence ends on ("Indonesia and Vietnam on" / "Monday raised …").
    else if (!SENTENCE_END.test(prev) && (LOWER_START.test(line) || goesOn(prev))) join = true;
    // A line that ran to the margin goes on in the next; with indents marking paragraphs, even after a stop. A short
    // line with no stop before a capital ends a heading ("… expand shipping links" / "Thailand and …").
    else if (isFull(prev) && (indented || !SENTENCE_END.test(prev))) join = true;
    if (join) {
      // "Indonesia-" + "Vietnam": a hyphen at the margin before a capital belongs to the word.
      current += SPLIT_WORD.test(prev) ? line : ` ${line}`;
    } else {
      if (current) paragraphs.push(current);
      current = line;
    }
    prev = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/**
 * Joins an OCR'd newspaper column set in narrow lines into its paragraphs: a line that ran to the margin goes on in
 * the next, a word split at the margin is mended, an indented line opens a paragraph, and a short line (a heading's
 * last line, a jump note, a tail) stands alone. A frame line opened in lower case goes on the frame line above it
 * that ended mid-sentence (a caption set over two lines). Text with no such column is returned as it is.
 * @example unwrapNarrowColumn(column) // "… raised their relation-\nship to …" → "… raised their relationship to …"
 */
export function unwrapNarrowColumn(text: string): string {
  const lines = text.split("\n");
  const run = narrowRun(lines);
  if (!run) return text;
  const [start, end] = run;
  const width = columnWidth(lines.slice(start, end).map((line) => line.trim()));
  if (width < MIN_NARROW || width > MAX_NARROW) return text;
  const frame = (part: readonly string[]) => {
    const out: string[] = [];
    for (const line of part.map((l) => l.trim())) {
      const last = out[out.length - 1];
      if (last && line && LOWER_START.test(line) && !SENTENCE_END.test(last)) out[out.length - 1] = `${last} ${line}`;
      else out.push(line);
    }
    return out;
  };
  return [...frame(lines.slice(0, start)), ...joinColumn(lines.slice(start, end)), ...frame(lines.slice(end))].join(
    "\n",
  );
}
