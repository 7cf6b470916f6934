import { z } from "zod";
import { isMasthead } from "../clean/boilerplate.js";
import { escapeLiteral } from "../clean/patterns.js";
import { isHeadline, isInstitutionName, isNumberedPartHeading } from "../clean/title.js";
import titlesJson from "./data/titles.json" with { type: "json" };
import { parsePublishedDate } from "./dates.js";
import { monthNamePattern } from "./months.js";
import { knownOutlet } from "./outlets.js";

const TitleWords = z.object({ fieldLabels: z.array(z.string()) });

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
  // A numbered part's heading ("1. Results of the pilot") opens the document's first part, under its own headline.
  if (isNumberedPartHeading(first)) return null;
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
  if (isHeadingWithTrail(title, heading)) return heading;
  // A browser's translation rewrites the printed headline but not the head's metadata: a title in another script
  // than the <h1> (a Korean og:title over an English <h1>) is the original's, and the <h1> is what the page prints.
  if (isOtherScript(title) && !isOtherScript(heading)) return heading;
  if (title.includes(heading) || heading.includes(title)) return title;
  if (isIssueHeading(title)) return heading;
  const own = contentWords(title);
  const shared = [...contentWords(heading)].filter((word) => own.has(word)).length;
  return shared >= MIN_SHARED_WORDS ? heading : title;
}

const LATIN_LETTER = /\p{Script=Latin}/gu;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/gu;

/** A text written mostly in letters other than Latin ones: Hangul, kana, Chinese characters, Cyrillic. */
function isOtherScript(text: string): boolean {
  const other = text.match(NON_LATIN_LETTER)?.length ?? 0;
  return other > (text.match(LATIN_LETTER)?.length ?? 0);
}

// "<Series> – 14 March 2024": the day closing a title after a dash or a bar.
const DATE_TAIL = /\s[-–—|]\s([^-–—|]{6,30})$/u;
const MONTH_NAME = new RegExp(`\\b(?:${monthNamePattern})\\b\\.?`, "giu");

/**
 * A newsletter's or a bulletin's issue named as the page's title: the series and the day it went out ("Weekly Update
 * from the Executive Director – 14 March 2024"). It names the issue, not the item: the <h1> printed under it is the
 * item's headline (test/READING.md), however few words the two share.
 * @example isIssueHeading("Weekly Update from the Executive Director – 14 March 2024") // => true
 */
export function isIssueHeading(title: string): boolean {
  const tail = DATE_TAIL.exec(title);
  const day = tail?.[1]?.trim() ?? "";
  return (
    day !== "" &&
    day.replace(MONTH_NAME, "").replace(/[\d\s,./]/gu, "") === "" &&
    parsePublishedDate(day) !== null &&
    namesASeries(title.slice(0, tail?.index ?? 0))
  );
}

// The words a series' name carries ("Weekly Update", "Members' Bulletin"), from data/titles.json.
const ISSUE_WORDS = new Set(titlesJson.issueWords);

function namesASeries(series: string): boolean {
  return series
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => ISSUE_WORDS.has(word));
}

// A separator a tab title sets between its parts: " - ", " – ", " | ", " :: ".
const TAB_SEPARATOR = /\s(?:[-–—|]|::)\s/gu;
// Two or more parts after the headline: a section and the site ("<h1> - Economy - <Site> | <motto>").
const MIN_TRAIL_PARTS = 2;

/**
 * Whether the <title> is the printed <h1> followed by a trail of the site's own parts: its section, its name, its
 * motto, each after a separator ("<h1> - Economy - <Site> | Politics, Business - <Site>"). One part after the
 * headline is the site's name, which the suffix rules trim; two or more are a section's path the suffix rules would
 * stop short of, so the <h1> printed on the page is the headline (test/READING.md: not the browser tab's).
 */
function isHeadingWithTrail(title: string, heading: string): boolean {
  if (!title.startsWith(heading)) return false;
  const rest = title.slice(heading.length);
  if (rest.search(TAB_SEPARATOR) !== 0) return false;
  return (rest.match(TAB_SEPARATOR) ?? []).length >= MIN_TRAIL_PARTS;
}

// "【kết quả bóng đá hôm nay】<headline>": a scraper's keywords in lenticular brackets before or after the headline.
const LEADING_KEYWORDS = /^\s*【[^】]{1,80}】\s*/u;
const TRAILING_KEYWORDS = /\s*【[^】]{1,80}】\s*$/u;
const POST_DATE = `(?:(?:${monthNamePattern})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${monthNamePattern})\\.?,?\\s+(?:19|20)\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})`;
const POST_CLOCK = "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?";
// "<headline> In Uncategorized on October 26, 2011 at 5:40 pm", "<headline> Posted on 3 May 2019 by admin": a blog
// template's post line run onto its headline. Its "Posted" or its time of day marks it: a headline may end on a date
// ("… in Hanoi on March 3, 2012"), never on a post's clock.
const POST_LINE_TAIL = new RegExp(
  `\\s+(?:(?:posted\\s+)?(?:in\\s+[\\p{L}\\p{N}&'’ -]{1,40}?\\s+)?on\\s+${POST_DATE}\\s+(?:at|@)\\s+${POST_CLOCK}|posted\\s+(?:on\\s+)?${POST_DATE}(?:\\s+(?:at|@)\\s+${POST_CLOCK})?)(?:\\s+by\\s+[^\\s].{0,40})?$`,
  "iu",
);
// "<headline> date: 24.01.2024": a template's labelled date field run onto its headline.
const DATE_FIELD_TAIL = new RegExp(
  `\\s+(?:date|posted|published|updated|created)\\s*[:：]\\s*${POST_DATE}(?:,?\\s+${POST_CLOCK})?$`,
  "iu",
);
// "<program headlines>. Aired 1-2p ET", "… Aired 9:00-10:00 PM EST": a broadcast transcript's air-time line run onto
// its headline list. A headline never ends on a broadcast slot: "Aired" with a clock range or an hour and a time zone.
const AIR_CLOCK = "\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m?\\.?)?";
const AIR_TIME_TAIL = new RegExp(
  `[.;,]?\\s+aired\\s+(?:on\\s+)?(?:${POST_DATE}\\s*[-–,]?\\s*)?${AIR_CLOCK}(?:\\s*[-–]\\s*${AIR_CLOCK})?\\s*(?:ET|EST|EDT|CT|PT|GMT|UTC|BST)\\.?$`,
  "iu",
);
// "Title: <headline>": a board's or a CMS's field label printed before the headline, as on a record's row.
const FIELD_LABEL = new RegExp(
  `^(?:${TitleWords.parse(titlesJson).fieldLabels.map(escapeLiteral).join("|")})\\s*[:：]\\s+(?=[\\p{Lu}\\p{N}"'“‘(\\[])`,
  "iu",
);
const MIN_HEADLINE_WORDS = 3;

/**
 * A headline without what a republishing site runs onto it: a field's label ("Title: "), a scraper's keywords in 【】 brackets, a blog's post line
 * ("In Uncategorized on October 26, 2011 at 5:40 pm"), a template's labelled date ("date: 24.01.2024"), a
 * transcript's air time ("Aired 1-2p ET"). The headline
 * is left whole when fewer than three words would remain.
 * @example withoutRepublisherMarks("【keyword】Vietnam, Cambodia mark 55 years of ties") // => "Vietnam, Cambodia mark 55 years of ties"
 */
export function withoutRepublisherMarks(title: string): string {
  let kept = title;
  for (const pattern of [
    FIELD_LABEL,
    LEADING_KEYWORDS,
    TRAILING_KEYWORDS,
    POST_LINE_TAIL,
    DATE_FIELD_TAIL,
    AIR_TIME_TAIL,
  ]) {
    const next = kept.replace(pattern, "").trim();
    if (next.split(/\s+/).length >= MIN_HEADLINE_WORDS) kept = next;
  }
  return kept;
}

// The double quotation marks a page may print, which the text's normal form writes all as '"'.
const PRINTED_DOUBLE = '["\u201C\u201D\u201E\u201F\u00AB\u00BB]';
const PRINTED_DOUBLE_MARK = /["\u201C\u201D\u201E\u201F\u00AB\u00BB]/gu;
const PRINTED_SINGLE = "['\u2018\u2019\u201A\u201B]";
// A headline longer than this is no headline: it is not looked up in the printed text.
const MAX_QUOTED_TITLE = 300;

/**
 * The headline with the double quotation marks the page prints ("«comprehensive strategic partnership»", "“Special
 * Relationship”"), which the text's normal form wrote as '"': the title is the headline as printed (test/READING.md).
 * Looked up in the texts as the page gave them; a title found in none keeps its marks.
 */
export function withPrintedQuotes(title: string, printed: ReadonlyArray<string | null | undefined>): string {
  if (!title.includes('"') || title.length > MAX_QUOTED_TITLE) return title;
  const words = (part: string) =>
    part
      .split(/\s+/u)
      .filter(Boolean)
      .map((word) => escapeLiteral(word).replaceAll("'", PRINTED_SINGLE))
      .join("\\s+");
  const pattern = new RegExp(title.split('"').map(words).join(`\\s*${PRINTED_DOUBLE}\\s*`), "u");
  for (const text of printed) {
    const found = text ? pattern.exec(text) : null;
    if (!found) continue;
    const marks = found[0].match(PRINTED_DOUBLE_MARK) ?? [];
    let at = 0;
    return title.replace(/"/gu, (mark) => marks[at++] ?? mark);
  }
  return title;
}
