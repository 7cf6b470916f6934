import { z } from "zod";
import wordsJson from "./data/date-line-words.json" with { type: "json" };

const DateLineWords = z.object({
  labels: z.array(z.string().min(1)),
  clock: z.array(z.string().min(1)),
  timeZones: z.array(z.string().min(2)),
  weekdays: z.array(z.string().min(2)),
  tools: z.array(z.string().min(1)),
});
const words = DateLineWords.parse(wordsJson);
const known = new Set([...words.labels, ...words.clock, ...words.timeZones, ...words.weekdays]);

/** True for a word a publication date line may carry besides its date: a label, a weekday, a time zone, "ago". */
export function isDateLineWord(word: string): boolean {
  return known.has(word.toLowerCase());
}

const weekdays = new Set(words.weekdays);

/** True for a weekday's name in one of the languages read ("Thursday", "Kamis"). */
export function isWeekday(word: string): boolean {
  return weekdays.has(word.toLowerCase());
}

const tools = new Set(words.tools);

// "Buenos Aires 19°C", "Dollar: 3.87 / 3.91": the weather and the exchange rate an old masthead's date strip sets
// beside today's date. The weather may come labelled and as the day's range: "Weather: Hanoi 19-25°C".
const DEGREES = "-?\\d{1,2}(?:[.,]\\d)?";
const WEATHER = new RegExp(
  `^(?:[\\p{L}]{1,20}\\s?[:：]\\s*)?[\\p{L} .'-]{0,40}${DEGREES}(?:\\s?[-–]\\s?${DEGREES})?\\s?°\\s?[CF]$`,
  "u",
);
const EXCHANGE_RATE = /^[\p{L}$€£¥ .]{1,20}[:：]?\s*\d{1,5}[.,]\d{1,4}(?:\s*\/\s*\d{1,5}[.,]\d{1,4})?$/u;

/** True for the weather or an exchange rate, which only a masthead's date strip sets beside a date. */
export function isMastheadReading(part: string): boolean {
  const trimmed = part.trim();
  return WEATHER.test(trimmed) || EXCHANGE_RATE.test(trimmed);
}

/**
 * True for a page tool a template sets beside its stamp ("Print", "Email to friend", "Viewed: 2,114 times"), or the
 * weather and exchange rate of a masthead's date strip.
 */
export function isPageTool(part: string): boolean {
  if (isMastheadReading(part)) return true;
  return tools.has(
    part
      .trim()
      .toLowerCase()
      .replace(/\d[\d.,]*/gu, "#")
      .replace(/\s+/gu, " "),
  );
}
