import { z } from "zod";
import { escapeLiteral } from "../../clean/patterns.js";
import { monthNamePattern } from "../../metadata/months.js";
import { tableCells } from "../../read/table-row.js";
import data from "../data/table-headers.json" with { type: "json" };
import { numberWords } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import type { IndicatorFinding } from "../types.js";

const Headers = z.object({
  rowNumberHeaders: z.array(z.string()),
  codeHeaders: z.array(z.string()),
  rankHeaders: z.array(z.string()),
  percentMarks: z.array(z.string()),
  periodPrefixes: z.array(z.string()),
  blockedCountHeaders: z.array(z.string()),
});
const headers = Headers.parse(data);
const ROW_NUMBERS = new Set(headers.rowNumberHeaders);
const CODES = new Set(headers.codeHeaders);
const RANKS = new Set(headers.rankHeaders);
const BLOCKED = new Set([
  ...headers.blockedCountHeaders,
  ...numberWords.abstractNouns,
  ...numberWords.timeUnits,
  ...numberWords.pageCounters,
  // "Total acres", "Area (hectares)": a column of lengths, areas or speeds measures; it counts nothing.
  ...numberWords.spatialUnits,
]);
const PERCENT = new RegExp(`(?:^|[\\s(,])(?:${headers.percentMarks.map(escapeLiteral).join("|")})(?=$|[\\s),])`, "i");
// Longest first, so "US$" is read before "$" and "new zealand dollars" before "dollars".
const CURRENCIES = Object.entries(numberWords.currencies)
  .sort(([a], [b]) => b.length - a.length)
  .map(([word, code]) => ({ word, code, re: new RegExp(`(?:^|[\\s(,/])${escapeLiteral(word)}(?=$|[\\s),/])`, "i") }));
const SCALES = Object.entries(numberWords.scales).map(([word, scale]) => ({
  scale,
  re: new RegExp(`(?:^|[\\s(,/])${escapeLiteral(word)}(?=$|[\\s),/])`, "i"),
}));
const AMOUNTS = new Set(numberWords.amountNouns);
const YEAR = /^(1[89]|20|21)\d\d$/;
// A cell holding one bare figure, its sign apart: "28.5", "+19.6", "−3.2", "1,250".
const BARE = /^([-+−–]?)\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/u;

// "2.5 billion", "0.6 bn", "-1.2 million": a cell writing a scale word after its figure, as business papers fill a
// column headed "Investment ($)"; the currency is the header's, the scale the cell's. Only scale words of two letters
// or more: a lone "m" or "b" after a figure may be a measurement.
const SCALED = new RegExp(
  `^([-+−–]?)\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s?(${Object.keys(numberWords.scales)
    .filter((w) => /^\p{L}{2,}$/u.test(w))
    .map(escapeLiteral)
    .join("|")})$`,
  "iu",
);

/** A body cell's figure: a bare one ("28.5", "-3.2") or one with its own scale word ("2.5 billion"). */
function cellFigure(text: string): { sign: number; digits: string; scale: number } | null {
  const bare = BARE.exec(text);
  const scaled = bare ? null : SCALED.exec(text);
  const m = bare ?? scaled;
  if (!m) return null;
  const sign = m[1] === "" || m[1] === "+" ? 1 : -1;
  const scale = scaled ? (numberWords.scales[(scaled[3] as string).toLowerCase()] ?? 1) : 1;
  return { sign, digits: (m[2] as string).replace(/,/g, ""), scale };
}

// A cell writing its figure with its own unit ("+10.6%", "$4.92B", "-3.1 pct"): a body row, read as prose is, never a
// header, so the header above keeps serving the rows under it.
const OWN_UNIT = /^[-+−–]?\s?(?:[A-Z]{1,3}\$|[$€£¥])?\d[\d,.]*\s?(?:%|[A-Za-z]{1,3})$/u;

export type ColumnUnit = { unit: string; scale: number } | null;
/** A period column ("2023", "H1 2024"): its figures take the unit their row's label names. */
const BY_ROW = { unit: "", scale: 1 } as const;

// "2023", "H1 2024", "Jan–Nov 2019", "9M 2022": a column header that is a period, a year with at most a short prefix.
const PERIOD = new RegExp(
  `^(?:(?:${headers.periodPrefixes.map(escapeLiteral).join("|")}|(?:${monthNamePattern})\\.?(?:\\s?[–-]\\s?(?:${monthNamePattern})\\.?)?)\\s+)?(?:1[89]|20)\\d\\d$`,
  "i",
);

/**
 * The columns of a header row that are periods, when the row is the header of a table laid on its side: two or more
 * period cells after a first cell that is not one ("Indicator | 2022 | 2023 | H1 2024"). Null for any other row.
 */
function periodColumns(cells: readonly Cell[]): boolean[] | null {
  const periods = cells.map((c, n) => n > 0 && PERIOD.test(c.text.trim()));
  if (PERIOD.test(cells[0]?.text.trim() ?? "") || periods.filter(Boolean).length < 2) return null;
  // The other cells name a unit or nothing ("Change (%)"); a bare figure makes the row a body row after all.
  if (cells.some((c, n) => !periods[n] && BARE.test(c.text))) return null;
  return periods;
}

// "Korean visitors to Viet Nam (million)": a row label's counted noun is its first plural before a preposition.
const LABEL_PHRASE_END = /\s(?:between|with|per|in|of|for|from|to|across|among|by|at|on|under|since)\s/;

/** The unit a side-laid table's row label names: money or a percentage as a header names it, else its plural noun. */
export function rowUnit(label: string): ColumnUnit {
  const own = columnUnit(label);
  if (own) return own;
  const bracket = /\(([^)]*)\)/.exec(label)?.[1] ?? "";
  const phrase =
    label
      .replace(/\([^)]*\)/g, " ")
      .toLowerCase()
      .split(LABEL_PHRASE_END)[0] ?? "";
  const noun = phrase
    .split(/[\s,]+/)
    .find((w) => /^[a-z]{3,}s$/.test(w) && !/ss$/.test(w) && !BLOCKED.has(w) && !AMOUNTS.has(w));
  if (!noun) return null;
  return { unit: noun, scale: SCALES.find((x) => x.re.test(bracket))?.scale ?? 1 };
}

/**
 * What a column's header says its figures count: money (a currency and a scale in the header), a percentage, a place
 * or a plural noun. Null for a row-number or code column and a header that names no unit.
 */
export function columnUnit(header: string): ColumnUnit {
  const folded = header.trim().toLowerCase();
  if (folded === "" || ROW_NUMBERS.has(folded) || CODES.has(folded)) return null;
  // The unit is written in brackets or after a comma ("Value (US$ billion)", "Trade, EUR m"); bare, the whole header.
  const bracket = /\(([^)]*)\)/.exec(header)?.[1];
  const comma = header.includes(",") ? header.slice(header.lastIndexOf(",") + 1) : undefined;
  const part = bracket ?? comma ?? header;
  if (PERCENT.test(part)) return { unit: "percent", scale: 1 };
  // Alphabetic currency words stand for a currency in capitals ("USD", "EUR") or spelled long ("dollars"), never as
  // a short lower-case word of a header ("won", "rand").
  const scale = SCALES.find((s) => s.re.test(part))?.scale;
  // Beside a scale word ("Loan amount (million yen)", "bn won") a short currency word is the column's unit.
  const currency = CURRENCIES.find(
    (c) =>
      c.re.test(part) &&
      (/[^a-z]/i.test(c.word) || c.word.length > 3 || part.includes(c.word.toUpperCase()) || scale !== undefined),
  );
  if (currency) return { unit: currency.code, scale: scale ?? 1 };
  const name = header.replace(/\([^)]*\)/g, " ").trim();
  const head = name.toLowerCase().split(/\s+/).at(-1) ?? "";
  if (RANKS.has(head)) return { unit: "rank", scale: 1 };
  // "Projects", "Number of students": a plural noun names what each figure counts.
  // "Exports", "Imports": a column of amounts, whose unit the table's note gives ("Unit: USD bn"); they count nothing.
  if (AMOUNTS.has(head)) return null;
  if (/^[a-z]{3,}s$/.test(head) && !/ss$/.test(head) && !BLOCKED.has(head) && bracket === undefined) {
    return { unit: head, scale: scale ?? 1 };
  }
  return null;
}

// "Table 1: Trade with main markets (Unit: USD bn; growth y/y in %)", "Unit: million USD": a statistics office's table
// names its unit once, on the caption line above the header, not in each column's header.
const UNIT_NOTE = /\bunits?\s*:\s*([^)]+)/i;
// "growth y/y in %": a part of the note that names the columns it is for before "in".
const FOR_COLUMNS = /^(.*?)\s+in\s+(.+)$/;

/**
 * The units a table's note gives its columns: a part naming columns ("growth y/y in %") serves the columns whose header
 * holds its first word ("Export growth"); a bare part ("USD bn") serves every column whose header names no unit.
 */
// "Vietnam's trade with EAEU members, 9 months of 2021 (million USD)": a caption that closes on its unit in brackets.
const CLOSING_UNIT = /\(([^()]{1,30})\)\s*[.:]?$/u;

function noteUnits(note: string | undefined, cells: readonly Cell[]): ColumnUnit[] {
  const own = cells.map((c) => columnUnit(c.text));
  const closing = note && !UNIT_NOTE.test(note) ? CLOSING_UNIT.exec(note)?.[1] : undefined;
  // Only a bracket that names money or a percentage is the table's unit; "(2021)" or "(est.)" names none.
  const closingUnit = closing ? columnUnit(`note (${closing})`) : null;
  const text = note
    ? (UNIT_NOTE.exec(note)?.[1] ?? (closingUnit && closingUnit.unit !== "rank" ? closing : undefined))
    : undefined;
  if (!text) return own;
  const parts = text.split(";").map((part) => {
    const m = FOR_COLUMNS.exec(part.trim());
    const cue = m?.[1]?.toLowerCase().match(/[a-z]{4,}/)?.[0] ?? null;
    return { cue, unit: columnUnit(`note (${(m?.[2] ?? part).trim()})`) };
  });
  const plain = parts.find((p) => p.cue === null)?.unit ?? null;
  return cells.map((c, n) => {
    const folded = c.text.trim().toLowerCase();
    if (folded === "" || ROW_NUMBERS.has(folded) || CODES.has(folded)) return null;
    const cued = parts.find((p) => p.cue !== null && new RegExp(`\\b${p.cue}`).test(folded));
    if (cued) return cued.unit;
    return own[n] ?? (/\p{L}/u.test(folded) && !RANKS.has(folded) ? plain : null);
  });
}

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** A line's text rebuilt from its sentences, and its cells when it is a table row ("a | b | c"). */
function rowCells(line: readonly Sentence[]): Cell[] | null {
  const first = line[0];
  const last = line.at(-1);
  if (!first || !last) return null;
  // The rebuilt line is its sentences' characters with spaces between: with no "|" in any sentence it holds no " | ",
  // so the (costly) rebuild is skipped for the prose lines that are nearly all of an article.
  if (!line.some((s) => s.text.includes("|"))) return null;
  const chars = Array.from({ length: last.end - first.start }, () => " ");
  for (const s of line) for (let k = 0; k < s.text.length; k++) chars[s.start - first.start + k] = s.text[k] as string;
  const cells = tableCells(chars.join(""), { shape: "bare", anyBar: true });
  return cells?.map((c) => ({ text: c.text, start: first.start + c.start, end: first.start + c.end })) ?? null;
}

/** Sentence indexes of the lines that are table rows: a figure there may restate one the prose gives. */
export function tableRowSentences(sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  for (const line of lines(sentences)) if (rowCells(line)) for (const s of line) out.add(s.index);
  return out;
}

/** A line's sentences joined by single spaces, as the table and figure-line readers read a line. */
const lineText = (line: readonly Sentence[]) => line.map((x) => x.text).join(" ");

function lines(sentences: readonly Sentence[]): Sentence[][] {
  const out: Sentence[][] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && last[0]?.line === s.line) last.push(s);
    else out.push([s]);
  }
  return out;
}

/**
 * Figures in the body rows of a table whose header row names their unit: "1 | United States | 28.5 | 19.0 | +19.6"
 * under "No. | Market | Value (US$ billion) | Share of total (%) | Change on 2013 (%)" is US$28.5 billion, 19.0 % and
 * 19.6 %. A header is a row with as many cells and no bare figure; the rows under it keep it until a row of another
 * width. A cell that writes its own unit ("$4.92B", "25.8%") is read as prose is, not here.
 */
export function tableFigures(
  sentences: readonly Sentence[],
  keyFor: (window: string, unit: string | null) => string | null,
): IndicatorFinding[] {
  const out: IndicatorFinding[] = [];
  let header: { cells: Cell[]; units: ColumnUnit[] } | null = null;
  let previousLine = -2;
  // The prose line just above a table: its caption, which may carry the table's unit note. Kept as its sentences and
  // joined only when a header reads it: nearly every prose line is a caption of no table.
  let caption: { sentences: readonly Sentence[]; line: number } | null = null;
  for (const line of lines(sentences)) {
    const cells = rowCells(line);
    const lineIndex = line[0]?.line ?? -1;
    if (!cells) {
      const labelled = header?.cells.length === 2 && lineIndex === previousLine + 1 ? labelledRow(line) : null;
      const column = header?.units[1];
      if (labelled && column && column !== BY_ROW) {
        // A two-column table's rows reach the analysis as "Label: 35,400" (tableRowText), under the header row
        // "Project | Loan amount (million yen)" that names their unit: the header keeps serving them.
        previousLine = lineIndex;
        const value = labelledValue(labelled.figure, column);
        if (value !== null) {
          const heading = header?.cells[1]?.text ?? "";
          out.push(cellFinding(labelled.sentence, labelled, labelled.label, heading, column.unit, value, keyFor));
        }
        continue;
      }
      header = null;
      caption = { sentences: line, line: lineIndex };
      continue;
    }
    const adjacent = lineIndex === previousLine + 1;
    previousLine = lineIndex;
    if (header && (!adjacent || header.cells.length !== cells.length)) header = null;
    const periods = periodColumns(cells);
    if (periods) {
      const units = cells.map((c, n) => (periods[n] ? BY_ROW : columnUnit(c.text)));
      header = { cells, units };
      continue;
    }
    if (!cells.some((c) => cellFigure(c.text) || OWN_UNIT.test(c.text))) {
      const note = caption && caption.line >= lineIndex - 2 ? lineText(caption.sentences) : undefined;
      header = { cells, units: noteUnits(note, cells) };
      continue;
    }
    if (!header) continue;
    // The row's name: its first cell with letters ("United States"), past the row number.
    const label = cells.find((c) => /\p{L}/u.test(c.text))?.text ?? "";
    const byRow = header.units.includes(BY_ROW) ? rowUnit(label) : null;
    cells.forEach((cell, n) => {
      const column = header?.units[n] === BY_ROW ? byRow : header?.units[n];
      const figure = cellFigure(cell.text);
      if (!column || !figure) return;
      const { digits, sign } = figure;
      const scale = column.scale * figure.scale;
      if (column.unit !== "percent" && column.unit !== "rank" && scale === 1 && YEAR.test(digits)) return;
      const value = Number((sign * Number(digits) * scale).toPrecision(12));
      const s = line.find((x) => x.start <= cell.start && cell.end <= x.end) ?? (line[0] as Sentence);
      const heading = header?.cells[n]?.text ?? "";
      out.push(cellFinding(s, cell, label, heading, column.unit, value, keyFor));
    });
  }
  return out;
}

// "(1) Noi Bai - Lao Cai Highway Construction Project (II): 35,400": a label, a colon and one figure closing the line.
const LABELLED_ROW = /^(\p{L}|\(\d{1,2}\)\s*\p{L}).*:\s+(\S+(?:\s\p{L}+)?)$/u;

/** A figure read from a table: what it is about is its row's label and its column's heading. */
function cellFinding(
  s: Sentence,
  at: { start: number; end: number },
  label: string,
  heading: string,
  unit: string,
  value: number,
  keyFor: (window: string, unit: string | null) => string | null,
): IndicatorFinding {
  return {
    sentenceIndex: s.index,
    start: at.start,
    end: at.end,
    key: keyFor(`${label} ${heading}`.toLowerCase(), unit),
    value,
    of: null,
    unit,
    qualifier: null,
    about: label ? `${label}: ${heading}` : heading,
    sentence: s.text,
  };
}

/** A line written as a two-column table's row ("Label: figure"): its label and its figure's text and place. */
function labelledRow(
  line: readonly Sentence[],
): { label: string; figure: string; start: number; end: number; sentence: Sentence } | null {
  const last = line.at(-1);
  const text = lineText(line);
  const m = last ? LABELLED_ROW.exec(text) : null;
  if (!last || !m) return null;
  const figure = m[2] as string;
  const at = last.text.lastIndexOf(figure);
  if (at < 0 || !cellFigure(figure)) return null;
  const label = text.slice(0, text.length - figure.length).replace(/:\s*$/, "");
  return { label, figure, start: last.start + at, end: last.start + at + figure.length, sentence: last };
}

/** A labelled row's figure in its column's unit; null for a year in a column that counts. */
function labelledValue(text: string, column: NonNullable<ColumnUnit>): number | null {
  const figure = cellFigure(text);
  if (!figure) return null;
  const scale = column.scale * figure.scale;
  if (column.unit !== "percent" && column.unit !== "rank" && scale === 1 && YEAR.test(figure.digits)) return null;
  return Number((figure.sign * Number(figure.digits) * scale).toPrecision(12));
}

// A line that is one figure and nothing else: "8", "4th", "1,250".
const FIGURE_LINE = /^(\d{1,3}(?:,\d{3})+|\d+)(st|nd|rd|th)?$/;

/**
 * Hero stats and infographic text put a figure on a line of its own and its label on the next ("4th" / "South Korea's
 * rank among Vietnam's export destinations", "8" / "COUNTRIES"): an ordinal there is a place, a number counts the
 * label's plural noun. The label's own figures are read as prose is.
 */
export function figureLines(
  sentences: readonly Sentence[],
  keyFor: (window: string, unit: string | null) => string | null,
): IndicatorFinding[] {
  const out: IndicatorFinding[] = [];
  const all = lines(sentences);
  all.forEach((line, n) => {
    const s = line[0];
    const labelled = s ? labelledFigure(line, keyFor) : null;
    if (labelled) {
      out.push(labelled);
      return;
    }
    const next = all[n + 1];
    const m = s && line.length === 1 ? FIGURE_LINE.exec(s.text.trim()) : null;
    if (!s || !m || !next || next[0]?.line !== s.line + 1) return;
    // The label is joined only under a figure line: few lines are one.
    const label = lineText(next);
    if (!/\p{L}/u.test(label)) return;
    const digits = (m[1] as string).replace(/,/g, "");
    if (YEAR.test(digits) && !m[2]) return;
    // The label's first phrase names the thing: "strategic partners (at that level only)", "rank among …".
    // A coordinated label counts its first noun, as prose readings do ("consulates and trade offices").
    const phrase =
      label
        .split(/[(,:;]|\s(?:and|or)\s/)[0]
        ?.trim()
        .toLowerCase() ?? "";
    const words = phrase.split(/\s+/);
    const head = words.at(-1) ?? "";
    let unit: string | null = null;
    if (m[2] || words.some((w) => RANKS.has(w))) unit = m[2] && !words.some((w) => RANKS.has(w)) ? null : "rank";
    else if (/^[a-z]{3,}s$/.test(head) && !/ss$/.test(head) && !BLOCKED.has(head)) unit = head;
    if (!unit) return;
    const at = s.start + s.text.indexOf(m[0]);
    out.push({
      sentenceIndex: s.index,
      start: at,
      end: at + m[0].length,
      key: keyFor(label.toLowerCase(), unit),
      value: Number(digits),
      of: null,
      unit,
      qualifier: null,
      about: label,
      sentence: s.text,
    });
  });
  return out;
}

// "• 28: direct air routes between …", "3,188: New projects, up 56.6%", "1,200+: weekly flights": a "by the numbers"
// line sets the figure first, then a colon and its label.
const FIGURE_FIRST = /^(?:[•*–—-]\s*)?(\d{1,3}(?:,\d{3})+|\d+)(\+)?:\s+(\p{L}.*)$/u;
const FIGURE_FIRST_OPENING = /^(?:[•*–—-]\s*)?\d/;
// The label's noun phrase ends at its first preposition: "direct air routes | between Korean and Vietnamese cities".
const PHRASE_END = /\s(?:between|with|per|in|of|for|from|to|across|among|by|at|on|under|since|that|which)\s/;

/** A figure-first line's count of its label's plural noun. */
function labelledFigure(
  line: readonly Sentence[],
  keyFor: (window: string, unit: string | null) => string | null,
): IndicatorFinding | null {
  const s = line[0] as Sentence;
  // The line starts with its first sentence: one that opens with no figure opens no figure-first line, and the line
  // need not be joined.
  if (!FIGURE_FIRST_OPENING.test(s.text)) return null;
  const text = lineText(line);
  const m = FIGURE_FIRST.exec(text);
  if (!m) return null;
  const digits = (m[1] as string).replace(/,/g, "");
  // "2024: a record year" is a year; "1,900+:" written with its thousands comma is a count.
  if (YEAR.test(m[1] as string)) return null;
  const label = m[3] as string;
  const phrase = (label.split(/[(,:;]/)[0] ?? "").toLowerCase().split(PHRASE_END)[0]?.trim() ?? "";
  // "direct air routes", "new projects licensed this year": the phrase's first plural noun ("Countries and territories"
  // counts countries, as prose does).
  const unit = phrase.split(/\s+/).find((w) => /^[a-z]{3,}s$/.test(w) && !/ss$/.test(w) && !BLOCKED.has(w));
  if (!unit) return null;
  const at = s.start + text.indexOf(m[1] as string);
  return {
    sentenceIndex: s.index,
    start: at,
    end: at + (m[1] as string).length,
    key: keyFor(label.toLowerCase(), unit),
    value: Number(digits),
    of: null,
    unit,
    qualifier: m[2] ? "more than" : null,
    about: label,
    sentence: s.text,
  };
}
