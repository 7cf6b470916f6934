import { monthNamePattern, monthNamePatternAnyCase, monthNumber } from "./months.js";

export type DatePrecision = "day" | "month" | "year";
export interface PublishedDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the value allows. */
  date: string;
  precision: DatePrecision;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
// "2025/06/24", and "2018.09.11." as Hungarian and other central European sites print the day, year first.
const YEAR_FIRST_DAY = /\b(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b(?!\.\d)/;
const NUMERIC_DAY = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;
// "Dec 6, 2022", "Dec. 6 2022", and the compact "Dec.6,2022" some Korean pages print; "Sep, 03 2016" and
// "October, 19/2020" as some templates set a comma after the month and a slash before the year.
const MONTH_NAME_DAY = new RegExp(
  `\\b(${monthNamePattern})(?:\\.\\s*|,?\\s+)(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+|\\s*/\\s*)(\\d{4})\\b`,
  "i",
);
// "By Jane DoeJanuary 30, 2024": a byline whose name runs into the month with no space between them.
const GLUED_MONTH = new RegExp(`(?<=\\p{Ll})(?=\\p{Lu})(?=(?:${monthNamePatternAnyCase})\\.?,?\\s*\\d)`, "u");
// "13 Dec 2023", and "13-Dec-2023" as some sites' stamps join it with hyphens.
const DAY_MONTH_NAME = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?:of\\s+)?|-)(${monthNamePattern})(?:\\.?,?\\s+|-)(\\d{4})\\b`,
  "i",
);
const VIETNAMESE_DAY = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+(?:năm\s+)?(\d{4})/i;
const MONTH_NAME_YEAR = new RegExp(`^(?:in\\s+)?(${monthNamePattern})\\.?,?\\s+(\\d{4})$`, "i");
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const NUMERIC_MONTH = /^(\d{1,2})\/(\d{4})$/;
const YEAR_ONLY = /^(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, "0");

function validYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function day(year: number, month: number, dayOfMonth: number): PublishedDate | null {
  if (!validYear(year) || month < 1 || month > 12 || dayOfMonth < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (dayOfMonth > daysInMonth) return null;
  return { date: `${year}-${pad(month)}-${pad(dayOfMonth)}`, precision: "day" };
}

function month(year: number, monthOfYear: number): PublishedDate | null {
  if (!validYear(year) || monthOfYear < 1 || monthOfYear > 12) return null;
  return { date: `${year}-${pad(monthOfYear)}`, precision: "month" };
}

/** Day-first as Vietnamese outlets write it; month-first only when day-first cannot be meant (11/23/2026). */
function numericDay(first: number, second: number, year: number): PublishedDate | null {
  if (second > 12 && first <= 12) return day(year, first, second);
  return day(year, second, first);
}

type Rule = readonly [RegExp, (parts: string[]) => PublishedDate | null];
const num = (text: string | undefined) => Number(text);
const monthOf = (name: string | undefined) => monthNumber(name ?? "") ?? 0;

/** First matching pattern decides; an invalid match is null rather than a fall-through to a looser reading. */
const rules: readonly Rule[] = [
  [ISO_DAY, ([y, m, d]) => day(num(y), num(m), num(d))],
  [YEAR_FIRST_DAY, ([y, , m, d]) => day(num(y), num(m), num(d))],
  [NUMERIC_DAY, ([a, b, y]) => numericDay(num(a), num(b), num(y))],
  [MONTH_NAME_DAY, ([m, d, y]) => day(num(y), monthOf(m), num(d))],
  [DAY_MONTH_NAME, ([d, m, y]) => day(num(y), monthOf(m), num(d))],
  [VIETNAMESE_DAY, ([d, m, y]) => day(num(y), num(m), num(d))],
  [MONTH_NAME_YEAR, ([m, y]) => month(num(y), monthOf(m))],
  [ISO_MONTH, ([y, m]) => month(num(y), num(m))],
  [NUMERIC_MONTH, ([m, y]) => month(num(y), num(m))],
  [YEAR_ONLY, ([y]) => (validYear(num(y)) ? { date: String(num(y)), precision: "year" } : null)],
];

/**
 * Reads a publication date as sources write it, keeping only the precision the value has.
 * Invalid or unrecognised values give null: a date is never guessed.
 * @example parsePublishedDate("Monday, 23/11/2026 14:05 (GMT+7)") // => { date: "2026-11-23", precision: "day" }
 */
export function parsePublishedDate(value: string): PublishedDate | null {
  const spaced = value.trim().replace(/\s+/g, " ");
  if (!spaced || spaced.length > 200) return null;
  const text = spaced.replace(GLUED_MONTH, " ");
  for (const [pattern, read] of rules) {
    const match = pattern.exec(text);
    if (match) return read(match.slice(1).map((part) => part ?? ""));
  }
  return null;
}

/** A date the text gives to the day ("2023.06.23", "Aug 5, 2025"), or null for a month, a year or no date. */
export function parseWholeDay(value: string): PublishedDate | null {
  const parsed = parsePublishedDate(value);
  return parsed?.precision === "day" ? parsed : null;
}

const MONTH_DAY = new RegExp(`\\b(${monthNamePattern})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})`, "i");
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthNamePattern})\\b\\.?(?!,?\\s*\\d{4})`, "i");

/**
 * A day written without its year, as datelines give it ("HANOI, Dec. 12 (Xinhua) --"), completed with a year
 * read elsewhere on the page. Null when the text names no such day or the day does not exist in that year.
 * @example dayInYear("KUALA LUMPUR, Mar 3 (Bernama) --", 2025) // => { date: "2025-03-03", precision: "day" }
 */
export function dayInYear(value: string, year: number): PublishedDate | null {
  const text = value.trim().replace(/\s+/g, " ");
  if (!text || text.length > 200) return null;
  const monthFirst = MONTH_DAY.exec(text);
  if (monthFirst) return day(year, monthOf(monthFirst[1]), num(monthFirst[2]));
  const dayFirst = DAY_MONTH.exec(text);
  return dayFirst ? day(year, monthOf(dayFirst[2]), num(dayFirst[1])) : null;
}

// How far the article's own stamp may stand below its headline ("6/5/2014 21:29' Send Print" under the title, a
// byline between them), and how many menu lines part a site header's date from the headline.
const STAMP_AFTER_TITLE = 3;
const MENU_BEFORE_TITLE = 2;

/**
 * The page's lines without a site header's date when the article prints its own stamp: "Saturday, 30/5/2020" in the
 * masthead over the menu is the day the page was seen, and the "6/5/2014 21:29" (or "Posted …", "Updated …") line
 * just under the headline dates the story. A date just above the headline, with no menu between, is the story's
 * (a blog's date header over its post) and stays, and so does a header date when nothing under the headline is one.
 * @param noise the lines the cleaner set aside, in page order, the headline among them as kind "title".
 */
export function withoutSiteHeaderDate<T extends { kind: string; text: string }>(noise: readonly T[]): T[] {
  const at = noise.findIndex((item) => item.kind === "title");
  if (at < 0) return [...noise];
  const dated = (item: T | undefined) =>
    item !== undefined && (item.kind === "dateline" || item.kind === "byline") && parseWholeDay(item.text) !== null;
  const stamped = noise.slice(at + 1, at + 1 + STAMP_AFTER_TITLE).some(dated);
  if (!stamped) return [...noise];
  return noise.filter((item, k) => {
    if (k >= at || !dated(item)) return true;
    const between = noise.slice(k + 1, at).filter((line) => line.kind === "boilerplate").length;
    return between < MENU_BEFORE_TITLE;
  });
}
