import { isMasthead } from "../clean/boilerplate.js";
import { isHeadline, isInstitutionName } from "../clean/title.js";
import { parsePublishedDate } from "./dates.js";
import { monthNamePattern } from "./months.js";
import { knownOutlet } from "./outlets.js";

// A print page's or an issue's number: "Page 5", "p. 12", "No. 11/2015", "Issue 48", "Vol. 3".
const ISSUE_MARK = /(?:^|[\s(])(?:page|p\.|no\.|issue|vol\.|volume|edition)\s*\d/iu;
// "November 2015", "11/2015": an issue's month, which no parser reads as a day.
const MONTH_YEAR = new RegExp(
  `\\b(?:(?:${monthNamePattern})\\.?,?\\s+(?:19|20)\\d{2}|\\d{1,2}/(?:19|20)\\d{2})\\b`,
  "iu",
);

/**
 * A print edition's or a bulletin's running line taken as the headline: a date or an issue's month with the page's
 * or the issue's number ("Sat, Jul 24, 2010 - Page 5 News List", "No. 11/2015 – November 2015 For internal
 * circulation"). A headline may hold a date, but never beside a page's or an issue's number.
 * @example isPrintPageLine("Sat, Jul 24, 2010 - Page 5 News List") // => true
 */
export function isPrintPageLine(title: string): boolean {
  return ISSUE_MARK.test(title) && (MONTH_YEAR.test(title) || parsePublishedDate(title) !== null);
}

const MAX_HEAD_LINE = 160;

/**
 * The headline under a print page's running line, when the cleaner took that line for the title and left the real
 * headline opening the body: the first line, or the first two when the first ends on a colon and the second carries
 * on ("ASEAN Economic Community to take effect on 31 December:" / "Viet Nam 'ready', experts say"). Returns the
 * headline and the body without it, or null when the title is no running line or the body opens on no headline.
 */
export function headlineUnderPrintLine(title: string | null, body: string): { title: string; body: string } | null {
  if (!title || !isPrintPageLine(title)) return null;
  const lines = body.split("\n");
  const at = lines.findIndex((line) => line.trim() !== "");
  const first = lines[at]?.trim() ?? "";
  if (at < 0 || first.length > MAX_HEAD_LINE) return null;
  const rest = (from: number) => lines.slice(from).join("\n").trim();
  if (isHeadline(first)) return rest(at + 1) ? { title: first, body: rest(at + 1) } : null;
  if (!first.endsWith(":")) return null;
  const nextAt = lines.findIndex((line, k) => k > at && line.trim() !== "");
  const second = lines[nextAt]?.trim() ?? "";
  const joined = `${first} ${second}`;
  if (nextAt < 0 || second.length > MAX_HEAD_LINE || !isHeadline(second) || !isHeadline(joined)) return null;
  return rest(nextAt + 1) ? { title: joined, body: rest(nextAt + 1) } : null;
}

const MIN_PRINTED_WORDS = 4;
const MIN_SHARED_WORDS = 2;
// Words that carry a headline's story: four letters or more.
const CONTENT_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]{3,}/gu;

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(CONTENT_WORD) ?? []).map((word) => word.replace(/['’]s$/u, "")));
}

/**
 * The page's <h1> over a title the metadata words otherwise: a live page updates its <h1> as the story runs while
 * its <title> and og:title keep the first version ("LIVE: 46th Summit in <City>" under "LIVE: <Leader> opens 46th
 * Summit, …"), and a share card rewrites the headline for social media. test/READING.md takes the headline as
 * printed on the page: the <h1>, when it reads as a headline of the same story (four words or more, a headline's
 * shape, two or more of its words in the title). A title that holds the <h1> whole, or the <h1> the title, is left
 * to the rules that trim a site's suffix or a label.
 * @example printedHeadline("Live: Biden in Hanoi as US and Vietnam upgrade relations", "Biden in Vietnam live news: US and Vietnam elevate ties") // => "Biden in Vietnam live news: US and Vietnam elevate ties"
 */
export function printedHeadline(title: string | null, heading: string | null): string | null {
  if (!title || !heading || title === heading) return title;
  if (heading.split(/\s+/).length < MIN_PRINTED_WORDS || !isHeadline(heading)) return title;
  // A site's or a ministry's name set as the <h1> ("MINISTRY OF FOREIGN AFFAIRS OF …") is its logo, no headline.
  if (isMasthead(heading) || knownOutlet(heading) !== null || isInstitutionName(heading)) return title;
  if (title.includes(heading) || heading.includes(title)) return title;
  const own = contentWords(title);
  const shared = [...contentWords(heading)].filter((word) => own.has(word)).length;
  return shared >= MIN_SHARED_WORDS ? heading : title;
}
