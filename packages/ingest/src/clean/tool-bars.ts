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
  menuOpeners: z.array(z.string().min(1)).min(1),
  menuClosers: z.array(z.string().min(1)).min(1),
  menuWordsRange: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }),
  readerStatePhrases: z.array(z.string().min(1)).min(1),
  counterNouns: z.array(z.string().min(1)).min(1),
});
const bars = Bars.parse(barsJson);
const toolPhrases = new Set(bars.toolPhrases.map(foldPlace));
const menuWords = new Set(z.array(z.string()).parse(boilerplateJson.menuWords).map(foldPlace).filter(Boolean));
const SEPARATOR = new RegExp(`\\s*(?:${alternation(bars.separators)})\\s*`, "u");
// A button's counter: "1.2K", "0", "12".
const COUNTER = /^\d{1,3}(?:[.,]\d{1,3})*[KkMm]?$/u;
const MIN_TOOLS = 2;
const counterNouns = new Set(bars.counterNouns.map((noun) => noun.toLowerCase()));

/**
 * The words without the buttons' counters: "12", "1.2K", and a counted total with its noun ("1,204 shares"), which
 * is no tool but the tally a share bar shows beside its buttons.
 */
function uncountedWords(text: string): string[] {
  const words = text.split(/\s+/u).filter(Boolean);
  const kept: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    if (!COUNTER.test(word)) kept.push(word);
    else if (counterNouns.has((words[at + 1] ?? "").toLowerCase())) at++;
  }
  return kept;
}

function isToolPart(part: string): boolean {
  const words = uncountedWords(part);
  if (!words.length || words.length > bars.maxPartWords) return false;
  const folded = foldPlace(words.join(" "));
  if (!folded) return false;
  return toolPhrases.has(folded) || folded.split(" ").every((word) => menuWords.has(word));
}

/** Tools alone: one tool ("Print version"), a bar of them, or a bar that lost its separators. */
export function isToolRun(text: string): boolean {
  return isToolPart(text) || isToolBar(text) || isGluedToolBar(text);
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

const readerStates = bars.readerStatePhrases.map(foldPlace);

/**
 * "Add star  Like  Share  Keep unread  Add tags": a feed reader's actions on the item shown, read as a tool bar that
 * names an item's read or starred state, which no news site's own bar does. After the story it closes the item:
 * what follows is the reader's next item in the list.
 */
export function isFeedItemBar(line: string): boolean {
  if (!isToolBar(line) && !isGluedToolBar(line)) return false;
  const folded = ` ${foldPlace(line.normalize("NFKC"))} `;
  return readerStates.some((phrase) => folded.includes(` ${phrase} `));
}

const DROPDOWN = /:?\s*[▼▾⌄]/gu;
const LABEL_COLON = /(?<=\p{L}):(?=\s+\p{L})/gu;
const longestTool = Math.max(...[...toolPhrases].map((phrase) => phrase.split(" ").length));
const MAX_GLUED_BAR = 120;
// "Share  Save  Print  Gift article  A A", "… Print  A- A+": a text-size control of two or three capital A's, with
// or without a sign, closing the bar. Capitals only and at least two, so no sentence's "a" is taken for one.
const TEXT_SIZE_CONTROL = /(?:\s+A[-+]?){2,3}$/u;

/**
 * "Print Send to friend Feedback": a bar whose separators the copy lost (its buttons' counters aside). Its words are cut into tool phrases and
 * menu words, the longest phrase first; one part must be a tool phrase of two or more words, as a line of menu words
 * alone is the menu readers' to judge.
 */
export function isGluedToolBar(line: string): boolean {
  // "34 unread  Mark all as read  List view": a button's counter is no word of the bar, nor a dropdown's arrow and
  // the colon before it ("Edit tags: ▼  Send to ▼").
  // "Font size: Small Medium Large": a control's label keeps its colon before the choices it offers.
  if (line.length > MAX_GLUED_BAR) return false;
  // "Text size: A A": the control alone on its line under its label is the bar's one tool, set apart from the others.
  const control = line.replace(TEXT_SIZE_CONTROL, "");
  if (control !== line && toolPhrases.has(foldPlace(control.replace(/\s*:\s*$/u, "").normalize("NFKC")))) return true;
  const uncounted = uncountedWords(
    line.replace(TEXT_SIZE_CONTROL, "").replace(DROPDOWN, " ").replace(LABEL_COLON, " "),
  ).join(" ");
  if (/[.!?,;:"\d]/u.test(uncounted)) return false;
  const words = foldPlace(uncounted.normalize("NFKC")).split(" ").filter(Boolean);
  let parts = 0;
  let phrases = 0;
  for (let at = 0; at < words.length; parts++) {
    let size = Math.min(longestTool, words.length - at);
    while (size > 1 && !toolPhrases.has(words.slice(at, at + size).join(" "))) size--;
    if (size > 1) phrases++;
    else if (!toolPhrases.has(words[at] ?? "") && !menuWords.has(words[at] ?? "")) return false;
    at += size;
  }
  return parts >= MIN_TOOLS && phrases > 0;
}

const menuOpeners = bars.menuOpeners.map(foldPlace);
const menuClosers = bars.menuClosers.map(foldPlace);

/**
 * "Home About Viet Nam Consular services News Contact": a site's menu copied as one line runs from its home link to
 * its contact link, both capitalised as links are; whatever its sections are called, most of its words are
 * capitalised, each section's first word at least ("Media releases", "Opinion pieces").
 */
export function isHomeToContactMenu(line: string): boolean {
  if (line.length > bars.maxLength || /[.!?,;:"\d]/u.test(line)) return false;
  const words = line.split(/\s+/u).filter(Boolean);
  const { min, max } = bars.menuWordsRange;
  if (words.length < min || words.length > max) return false;
  const folded = foldPlace(line);
  const opens = menuOpeners.some((opener) => folded.startsWith(`${opener} `));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  // "Contact us" closes on a lower-case word: the closer's own first word is the one capitalised.
  const closer = menuClosers.find((c) => folded.endsWith(` ${c}`));
  if (opens && closer === undefined) return isHomeLedSectionRow(words);
  if (!opens || closer === undefined) return false;
  const closerFirst = words.at(-closer.split(" ").length) ?? "";
  return /^\p{Lu}/u.test(words[0] ?? "") && /^\p{Lu}/u.test(closerFirst) && capitalised * 2 > words.length;
}

// "Home  Politics & Society  Investing  Banking  Trade  Digital Economy  <Sister Title>": a menu copied as one line
// from its home link with no contact link at its end. Every word is capitalised, as links are, and none is a
// function word, which any headline of this length holds ("to", "in", "of", "as"); a good share of its words are the
// menu words of sections, whatever the others (a sister publication's name) are.
const MIN_SECTION_ROW_WORDS = 8;
const functionWords = new Set(z.array(z.string()).parse(boilerplateJson.englishFunctionWords));
function isHomeLedSectionRow(words: readonly string[]): boolean {
  if (words.length < MIN_SECTION_ROW_WORDS) return false;
  let sections = 0;
  for (const word of words) {
    if (word === "&") continue;
    if (!/^\p{Lu}/u.test(word) || functionWords.has(word.toLowerCase())) return false;
    if (menuWords.has(foldPlace(word))) sections++;
  }
  return sections * 5 >= words.length * 2;
}

// "MINISTRY OF FOREIGN AFFAIRS OF VIET NAM": a site's name set in capitals throughout, no figure.
function isSiteName(part: string): boolean {
  const letters = part.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toUpperCase() && !/\d/u.test(part);
}
