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

const tools = new Set(words.tools);

/** True for a page tool a template sets beside its stamp ("Print", "Email to friend", "Viewed: 2,114 times"). */
export function isPageTool(part: string): boolean {
  return tools.has(
    part
      .trim()
      .toLowerCase()
      .replace(/\d[\d.,]*/gu, "#")
      .replace(/\s+/gu, " "),
  );
}
