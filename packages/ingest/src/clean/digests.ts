import { z } from "zod";
import { monthNamePattern } from "../metadata/months.js";
import digestsJson from "./data/digests.json" with { type: "json" };
import { anyPattern, quickFor } from "./patterns.js";

// What tells a page of several items from one story with sections (test/READING.md: a digest is read as its one story
// about Vietnam's foreign relations, the other items are noise). A digest says so in its title or in a section line
// over its items ('News in Brief', 'This Week', 'Top stories'); a page whose own title names the subject with a
// foreign-relations cue and no such word is one story, whose numbered or headed sections all stay. Words are data
// (data/digests.json).
const Digests = z.object({
  digestCues: z.array(z.string().min(1)),
  entryStamps: z.array(z.string().min(1)),
  occasionKinds: z.array(z.string().min(1)),
  titleWords: z.array(z.string().min(1)),
});
const data = Digests.parse(digestsJson);
const DIGEST_CUE = anyPattern(data.digestCues, "iu");
const ENTRY_STAMP = anyPattern(data.entryStamps, "iu");
const TITLE_WORDS = new Set(data.titleWords);
// "Regular Press Briefing by <Spokesperson> on <date>": the record of one spoken occasion, read whole (test/READING.md).
const OCCASION = anyPattern(data.occasionKinds, "iu");

/** A title or a section line of a digest: "ASEAN News in Brief, Nov 22", "Southeast Asia This Week", "LATEST NEWS". */
export function hasDigestCue(text: string): boolean {
  return quickFor(DIGEST_CUE, text).test(text);
}

// A section line over a list's items is a few words alone on its line ("LATEST NEWS", "Headlines"), its date aside
// ("Asia at a Glance: 27 February 2025"); a site's tagline ("Latest news, Vietnam news, Travel & Business"), a menu's
// row ("Home | Latest News | Newsletter") or a sign-up prompt is no section line.
const MAX_SECTION_LINE_WORDS = 6;
const MONTH = `(?:${monthNamePattern})\\.?`;
const TRAILING_DATE = new RegExp(
  `[\\s:,–—-]+(?:\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4})$`,
  "iu",
);

/** A digest's section line over its items: "TOP STORIES", "Headlines", "News in Brief". */
export function isDigestSectionLine(line: string): boolean {
  const text = line.trim();
  return (
    text !== "" &&
    // A menu's row or a breadcrumb trail: "Home | Latest News", "Home / News / Top Stories".
    !/[|•·>»]|\s\/\s/u.test(text) &&
    text.replace(TRAILING_DATE, "").split(/\s+/u).length <= MAX_SECTION_LINE_WORDS &&
    !/\b(?:subscribe|sign\s+up|newsletters?)\b/iu.test(text) &&
    hasDigestCue(text)
  );
}

// A menu lists its sections one a line ("Politics", "World", "Press Review"): a cue line inside a run of such short
// lines is the menu's, not a section line over the page's items.
const MENU_WORDS = 4;
const MENU_RUN = 3;

// "© 2019 <Site> Weekly Ltd", "Copyright <Site> Weekly": the page's rights line, which names the site that holds them.
const RIGHTS_MARK = /©|\bcopyright\b|\(c\)\s*\d{4}/iu;

/**
 * "<Site> Weekly" over the headline, the holder of the page's rights named again in its rights line: the site's name,
 * whose cue word ("Weekly", "Digest") says what the publication is, not that this page lists its items.
 */
function namesRightsHolder(line: string, page: readonly string[]): boolean {
  const name = line.trim();
  return page.some((other) => other.length > name.length && other.includes(name) && RIGHTS_MARK.test(other));
}

/**
 * Whether a line over the body, outside a menu's run of short lines, calls the page a digest. Given the page's lines,
 * the site's name its rights line repeats is no section line.
 */
export function digestSectionAbove(lines: readonly string[], page: readonly string[] = []): boolean {
  const short = lines.map((line) => {
    const text = line.trim();
    return text !== "" && text.split(/\s+/u).length <= MENU_WORDS;
  });
  return lines.some((line, i) => {
    if (!isDigestSectionLine(line) || namesRightsHolder(line, page)) return false;
    let from = i;
    let to = i;
    while (from > 0 && short[from - 1]) from--;
    while (to < lines.length - 1 && short[to + 1]) to++;
    return to - from + 1 < MENU_RUN;
  });
}

/** A stamp a list prints with each item: "Write: 2025-08-11 15:20:48", "08/01/2024 21:05 IST", "| 5 hours ago". */
export function isEntryStamp(line: string): boolean {
  const text = line.trim();
  return text.length <= 80 && ENTRY_STAMP.test(text);
}

/** A capitalised word of an office or a body ("Minister", "Foreign"): no name two items share as one story's. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word);
}

/**
 * A page read as one story whatever its sections look like: its title names the subject with a cue of foreign
 * relations ("Japan-Viet Nam Summit Meeting", "5 things to know about the Prime Minister's visit to Vietnam"), or names
 * the one spoken occasion it records ("Regular Press Briefing by <Spokesperson> on <date>", whose numbered parts are
 * the briefing's announcements and its answers), and neither the title nor a line over the body calls it a digest.
 */
export function titleSaysOneStory(
  title: string | null,
  linesAbove: readonly string[],
  namesSubject: (text: string) => boolean,
  cues: (text: string) => number,
): boolean {
  if (!title || hasDigestCue(title)) return false;
  if (digestSectionAbove(linesAbove)) return false;
  return (namesSubject(title) && cues(title) > 0) || OCCASION.test(title);
}
