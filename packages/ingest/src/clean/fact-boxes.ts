import { z } from "zod";
import data from "./data/fact-boxes.json" with { type: "json" };
import { alternation } from "./patterns.js";

// A fact box between the story's paragraphs (round 56): a heading of a known phrase, perhaps with its topic ("Key
// facts: <A> and <B>", "KEY FIGURES (as of <day>)", "<A>-<B> relations at a glance"), over short rows of a label and
// a figure. The box goes, heading and rows, when each figure its rows hold is given again on the page outside it: no
// figure is lost with it. A box with figures of its own, or over a table, is read as the story's table (test/
// READING.md), its heading with it, since a heading may name what the rows count ("… comprehensive strategic partners").
const Data = z.object({
  headings: z.array(z.string().min(1)).min(1),
  trailingHeadings: z.array(z.string().min(1)).min(1),
});
const words = Data.parse(data);

const MAX_HEADING = 60;
// The phrase alone, with a topic after a colon, or with a note in brackets; never a headline's dash ("Factbox-What
// is …?") or a question.
const HEADING = new RegExp(
  `^(?:(?:${alternation(words.headings)})(?:\\s*[:：]\\s*[^.!?:]{0,45}|\\s*\\([^()]{1,30}\\))?|\\p{Lu}[^.!?:]{1,40}\\s(?:${alternation(words.trailingHeadings)}))\\s*:?$`,
  "iu",
);
// A row: a bullet or none, a label and a figure, no sentence's stop at its end.
const MAX_ROW = 90;
const ROW_BULLET = /^[-–•·▪*]\s*/u;
const FIGURE = /\d[\d,.]*/gu;
const SENTENCE_END = /[.!?]["'’”)]?$/u;
// A box's own title under its heading ("<A>-<B> relations"): a few words, no figure, no stop.
const BOX_TITLE = /^\p{Lu}[^\d.!?:]{2,50}$/u;
const MIN_ROWS = 2;

/** A fact box's heading: one of the known phrases, alone or with its topic. */
export function isFactBoxHeading(line: string): boolean {
  return line.length <= MAX_HEADING && !SENTENCE_END.test(line) && HEADING.test(line);
}

function isRow(line: string | undefined): boolean {
  // A row of cells between bars is a table's, which is the story's (test/READING.md).
  if (line === undefined || line.length > MAX_ROW || SENTENCE_END.test(line) || /[|\t]/u.test(line)) return false;
  FIGURE.lastIndex = 0;
  return FIGURE.test(line) && (ROW_BULLET.test(line) || line.includes(":"));
}

// A year is no figure the analysis counts (test/READING.md): "Diplomatic ties since 1955" holds none to lose.
const YEAR = /^(?:19|20)\d{2}$/u;
// Each figure whole, its thousands' commas dropped: "1,200" is "1200", and "28" no part of "2028".
const figuresOf = (line: string): string[] =>
  (line.match(FIGURE) ?? []).map((f) => f.replace(/[.,]$/u, "").replace(/,/gu, "")).filter((f) => !YEAR.test(f));

/**
 * The lines of a fact box whose heading stands at `at`, its title and its rows, when every figure of the rows stands
 * elsewhere on the page too: adds them to `into` and returns the last. Otherwise adds none and returns `at`.
 */
export function factBoxLines(lines: readonly string[], at: number, into: Set<number>): number {
  let first = at + 1;
  if (!isRow(lines[first]) && BOX_TITLE.test(lines[first] ?? "") && isRow(lines[first + 1])) first++;
  let end = first;
  while (isRow(lines[end])) end++;
  if (end - first < MIN_ROWS) return at;
  const elsewhere = new Set([...lines.slice(0, at), ...lines.slice(end)].flatMap(figuresOf));
  const repeated = lines.slice(first, end).every((row) => figuresOf(row).every((figure) => elsewhere.has(figure)));
  if (!repeated) return at;
  for (let k = at; k < end; k++) into.add(k);
  return end - 1;
}
