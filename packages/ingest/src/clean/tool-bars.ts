import { z } from "zod";
import { isMasthead } from "./boilerplate.js";
import boilerplateJson from "./data/boilerplate.json" with { type: "json" };
import barsJson from "./data/tool-bars.json" with { type: "json" };
import { alternation } from "./patterns.js";
import { foldPlace } from "./places.js";

// A page's tools copied as one line of parts ("Print | Send to a friend | Increase text size"): the menu and share
// readers take a line of menu words alone, and fail on a bar whose parts are short phrases, carry a counter ("Share
// 1.2K") or open on the site's name in capitals. Words are data (data/tool-bars.json, boilerplate.json menuWords).
const Bars = z.object({
  toolPhrases: z.array(z.string().min(1)).min(1),
  separators: z.array(z.string().min(1)).min(1),
  maxPartWords: z.number().int().positive(),
  maxLength: z.number().int().positive(),
});
const bars = Bars.parse(barsJson);
const toolPhrases = new Set(bars.toolPhrases.map(foldPlace));
const menuWords = new Set(z.array(z.string()).parse(boilerplateJson.menuWords).map(foldPlace).filter(Boolean));
const SEPARATOR = new RegExp(`\\s*(?:${alternation(bars.separators)})\\s*`, "u");
// A button's counter: "1.2K", "0", "12".
const COUNTER = /^\d{1,3}(?:[.,]\d{1,3})*[KkMm]?$/u;
const MIN_TOOLS = 2;

function isToolPart(part: string): boolean {
  const words = part.split(/\s+/u).filter((word) => word && !COUNTER.test(word));
  if (!words.length || words.length > bars.maxPartWords) return false;
  const folded = foldPlace(words.join(" "));
  if (!folded) return false;
  return toolPhrases.has(folded) || folded.split(" ").every((word) => menuWords.has(word));
}

/** A line of tools between bars: each part a tool or menu words, the site's name in capitals allowed first. */
export function isToolBar(line: string): boolean {
  if (line.length > bars.maxLength || /[.!?,;:"]$/u.test(line)) return false;
  const parts = line
    .normalize("NFKC")
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < MIN_TOOLS) return false;
  const [first = "", ...rest] = parts;
  const tools = isToolPart(first) ? parts : isMasthead(first) || isSiteName(first) ? rest : null;
  return tools !== null && tools.length >= MIN_TOOLS && tools.every(isToolPart);
}

// "MINISTRY OF FOREIGN AFFAIRS OF VIET NAM": a site's name set in capitals throughout, no figure.
function isSiteName(part: string): boolean {
  const letters = part.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase() && !/\d/u.test(part);
}
