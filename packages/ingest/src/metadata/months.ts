import { z } from "zod";
import monthsJson from "./data/months.json" with { type: "json" };

const Months = z.object({
  months: z
    .array(z.object({ number: z.number().int().min(1).max(12), names: z.array(z.string().min(3)).min(1) }))
    .length(12),
});

const byName = new Map<string, number>();
for (const month of Months.parse(monthsJson).months) {
  for (const name of month.names) byName.set(name.toLowerCase(), month.number);
}

/** Month number for an English month name or abbreviation ("Nov", "Sept."), or null. */
export function monthNumber(name: string): number | null {
  return byName.get(name.toLowerCase().replace(/\.$/, "")) ?? null;
}

/** Regex source matching any month name (longest first), for building date patterns elsewhere. */
export const monthNamePattern = [...byName.keys()].sort((a, b) => b.length - a.length).join("|");

/** The same pattern for regexes without the `i` flag (where `\p{Lu}` must stay upper case). */
export const monthNamePatternAnyCase = [...byName.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => [...name].map((c) => `[${c}${c.toUpperCase()}]`).join(""))
  .join("|");

/** The pattern for names written with a capital ("March", "Sept."), for regexes without the `i` flag whose lower-case
 * words ("may", "march") are verbs and modals more often than months. */
export const monthNamePatternCapitalised = [...byName.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => `${name[0]?.toUpperCase()}${name.slice(1)}`)
  .join("|");
