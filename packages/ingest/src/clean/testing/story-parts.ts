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
