import { expect } from "vitest";
import { normaliseText } from "../../normalise/normalise.js";
import { cleanArticle } from "../index.js";

/** A page as the read step hands it over: normalised, then cleaned. */
export const clean = (text: string, given = {}) => cleanArticle(normaliseText(text), given);
export const lines = (...parts: string[]) => parts.join("\n");

/** One short story the furniture tests wrap in page shapes: its headline, lead and second paragraph. */
export const TITLE = "Laos and Thailand plan second Mekong rail bridge";
export const LEAD =
  "Laos and Thailand agreed on Tuesday to build a second rail bridge across the Mekong River, the two foreign ministers said after their talks.";
export const MORE =
  "The bridge is expected to cut freight costs for farmers on both banks and open in three years, officials from both ministries said.";

/** The story's closing paragraph, so furniture set under the story has a paragraph above it. */
export const LAST = "Both ministers will meet again in Bangkok in December to review the work.";
/** The body the cleaner should leave: the story's three paragraphs and nothing else. */
export const STORY = [LEAD, MORE, LAST].join("\n\n");

/** The page with furniture set under the headline (top), under the story (bottom) or above everything (before). */
export function storyPage(where: "top" | "bottom" | "before", furniture: readonly string[]): string {
  if (where === "top") return lines(TITLE, ...furniture, LEAD, MORE, LAST);
  if (where === "before") return lines(...furniture, TITLE, LEAD, MORE, LAST);
  return lines(TITLE, LEAD, MORE, LAST, ...furniture);
}

/** The furniture, set where a page sets it, is all taken out of the body. */
export function expectStoryOnly(where: "top" | "bottom" | "before", ...furniture: string[]): void {
  expect(clean(storyPage(where, furniture)).body, furniture.join(" / ")).toBe(STORY);
}
