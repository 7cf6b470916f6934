import { knownOutlet } from "../metadata/outlets.js";
import { isMenuWord } from "./boilerplate.js";
import { isPublicationDateLine } from "./datelines.js";
import { isToolRun } from "./tool-bars.js";

// A page's stamp of when the story ran, read by its shape (issue 11): dates in figures, clock times of live posts and
// transcripts, chapter marks, and the stamp lines a template sets between bars, slashes, tools, bylines and credits.

// Where and when a document was issued: "Seoul, 12 June 2024", "Madrid, 10 de diciembre de 2009", "Hanoi, May 3, 2024".
export const PLACE_AND_DATE =
  /^\p{Lu}[\p{L}\p{M}.'’ -]{1,30},\s+(?:\d{1,2}(?:\s+de)?\s+\p{L}+\.?(?:\s+de)?|\p{L}+\.?\s+\d{1,2},?)\s+\d{4}$/u;

// A date in figures alone on its line, as many sites print it: "2018.09.11.", "11/09/2018", "2024-10-01 16:05:12".
export const NUMERIC_DATE =
  /^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{4})\.?(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
// "Issued on: 03/11/2025 - 08:15 Modified: 04/11/2025 - 09:40": two labelled dates in figures, first and last edit.
export const LABELLED_STAMPS =
  /^(?:\p{L}+\s){0,2}\p{L}+\s*:?\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:\s*[-–,]?\s*\d{1,2}[:h]\d{2})?\s+(?:\p{L}+\s){0,2}\p{L}+\s*:?\s*\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:\s*[-–,]?\s*\d{1,2}[:h]\d{2})?$/u;
// A clock time alone on its line, as a live blog stamps its posts and a transcript its turns: "18:40 (IST)",
// "[13:00:05]", "00:04:52", "2:15 p.m. ET".
export const CLOCK_ONLY = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?(?:\s*[ap]\.?m\.?)?(?:\s+[[(]?\p{Lu}{2,5}[\])]?)?$/iu;
// A date, then the clock time of a live post: "Sept. 10, 2023, 11:24 AM EDT"; the date part is read as a page's date.
const TRAILING_CLOCK = /,?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[[(]?\p{Lu}{2,5}[\])]?)?$/iu;
// A podcast's or a video's chapter: a time code in brackets, then a few words with no stop ("(01:45) The vote").
export const CHAPTER_MARK = /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s+\S.{0,78}[^.!?]$/u;
// A time code with its seconds or in brackets before a transcript's turn ("[13:00:05] ", "00:04:52 "), then a capital.
export const LEADING_TIME_CODE = /^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}:\d{2})\s+(?=\p{Lu})/u;

/** A date with a clock time after it, alone on its line. */
export function isDatedClock(line: string): boolean {
  const clock = line.length <= 60 ? TRAILING_CLOCK.exec(line) : null;
  return clock !== null && clock.index > 0 && isPublicationDateLine(line.slice(0, clock.index));
}
// "POLITICS   JUL. 05, 2015 - 06:12AM JST": the section's name in capitals, then the date and the clock of the stamp.
// The name is one a site's menu holds: a place ("HANOI") or a byline's name in capitals before a stamp is read
// elsewhere, as a dateline or a byline.
const MAX_SECTION_WORDS = 2;

/** A stamp of date and clock time after the section's name in capitals, alone on its line. */
export function isSectionedStamp(line: string): boolean {
  if (line.length > 80 || !/^\p{Lu}{3}/u.test(line)) return false;
  const words = line.split(/\s+/u);
  for (let n = 1; n <= MAX_SECTION_WORDS && n < words.length; n++) {
    const word = words[n - 1] ?? "";
    if (!/^\p{Lu}[\p{Lu}&'’-]+$/u.test(word) || !isMenuWord(word)) return false;
    if (isDatedClock(words.slice(n).join(" "))) return true;
  }
  return false;
}
// "- 07:20 GMT", "• 14:05", "09.45 BST": a live blog's entry stamp, a clock time alone on its line after a dash or bullet.
export const ENTRY_STAMP = /^[-–—•·]\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5}(?:[+-]\d{1,2})?)?$/iu;
// "Lima, Nov. 14.": a place and a day without its year, the second part of a stamp.
const PLACE_AND_DAY = /^\p{Lu}[\p{L}\p{M}.'’ -]{1,30},\s+(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)\.?$/u;

// A stamp's parts are set between bars, or between slashes with spaces round them (a date's own slashes have none).
const STAMP_PARTS = /\s*\|\s*|\s+\/\s+/u;
// "Hanoi" before "/ Wed, September 12, 2018 / 05:12 pm": the place the story was filed from, one to three words.
const BARE_PLACE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2}$/u;

/**
 * A stamp of parts between bars or spaced slashes, each a clock time, a date, or a place with or without its day:
 * "16:35 | Lima, Nov. 14.", "Hanoi / Wed, September 12, 2018 / 05:12 pm". A bare place counts only beside a full date.
 */
export function isStampLine(line: string): boolean {
  if (line.length > 80 || !(line.includes("|") || line.includes(" / "))) return false;
  const parts = line.split(STAMP_PARTS).map((part) => part.trim());
  const dated = parts.map((part) => NUMERIC_DATE.test(part) || isPublicationDateLine(part));
  return (
    parts.length > 1 &&
    parts.some((part, i) => CLOCK_ONLY.test(part) || (dated[i] && NUMERIC_DATE.test(part))) &&
    parts.every(
      (part, i) =>
        CLOCK_ONLY.test(part) ||
        dated[i] ||
        PLACE_AND_DAY.test(part) ||
        PLACE_AND_DATE.test(part) ||
        (BARE_PLACE.test(part) && dated.some(Boolean)),
    )
  );
}

// "24,517 views  Nov 27, 2023  #Japan #Vietnam": a video page's views, upload day and hashtags under the player.
const VIEWS_AND_DAY =
  /^\d[\d,.]*[KkMm]?\s+views\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})(?:\s+#[\p{L}\p{N}_]+)*$/u;

/** A video page's line of views and upload day, perhaps with the video's hashtags: the page's stamp. */
export function isViewsAndDayLine(line: string): boolean {
  return VIEWS_AND_DAY.test(line);
}

// "By Nguyen Vu Tung Published : Dec. 6, 2022 - 05:30": a labelled stamp set on the byline's line, after it.
const INNER_STAMP_LABEL =
  /\s(?=(?:publish(?:ed)?|updated|posted|last\s+updated)\s*:?\s*\d|(?:publish(?:ed)?|updated|posted)\s*:?\s*\p{L}{3,9}\.?\s+\d)/iu;
// "13/12/2024 09:15' Send Print": a stamp followed by the page's tools, and the minute mark some sites print.
// "27/07/2012 [Print] [Send to friend] [Back]": the tools may stand in brackets, with the way back to the list.
const STAMP_TOOLS =
  /(?:\s+\[?(?:send(?:\s+to\s+(?:a\s+)?friend)?|print|e-?mail(?:\s+to\s+(?:a\s+)?friend)?|share|save|back|top|comments?|font\s+size|text\s+size|A\+|A-)\]?)+$/iu;
const OUTLET_DATE = /^(.*?)(?<![\p{L}])(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}),\s+(.{6,40})$/u;
// What a toolbar holds before such a stamp: its buttons, bars between them, a count of comments.
const STAMP_TOOL_WORDS =
  /\d+\s+comments?\s*\(s\)|\d+\s+comment\(s\)|\b(?:print|send|e-?mail|share|save|comments?)\b|[|·•]/giu;
const MINUTE_MARK = /(?<=\d)['’]$/u;
// "Oct. 20, 2011, 3:41 p.m. | Ukraine — by Interfax-Ukraine": a stamp, a section, and the credit after a dash.
const STAMP_CREDIT = /\s+[—–|-]\s+(by\s+.{2,60})$/iu;
const MAX_STAMP_SECTION_WORDS = 3;
const MAX_STAMP_OUTLET_WORDS = 3;

// "Last update: 27/08/2015 21:14  Font size: A A A": any run of the page's tools the tool-bar reader knows (its
// labels, a text-size control, a share bar's buttons) may follow the stamp with no bar between them. The tools hold no
// figure and open on a capital, after the stamp's last figure; a few words at most.
const MAX_TRAILING_TOOL_WORDS = 8;
const LAST_FIGURE_WORD = /\S*\d\S*(?=\D*$)/u;

/** A stamp with the page's tools run after it on the line. */
function stampBeforeTools(line: string): boolean {
  const last = LAST_FIGURE_WORD.exec(line);
  if (!last) return false;
  const rest = line.slice(last.index + last[0].length).trim();
  if (!rest) return false;
  const words = rest.split(" ");
  if (words.length > MAX_TRAILING_TOOL_WORDS) return false;
  const stampEnd = line.length - rest.length;
  // The stamp may close on a word after its figure ("09:15 AM", "… 21:14 GMT+7"): each cut from the last figure on.
  for (let cut = 0, at = stampEnd; cut < words.length; at += (words[cut] as string).length + 1, cut++) {
    const tools = words.slice(cut).join(" ");
    if (!/^\p{Lu}/u.test(tools) || !isToolRun(tools)) continue;
    return isBareStamp(line.slice(0, at).trim());
  }
  return false;
}

function isBareStamp(text: string): boolean {
  const stamp = text.replace(STAMP_TOOLS, "").replace(MINUTE_MARK, "");
  return NUMERIC_DATE.test(stamp) || isPublicationDateLine(stamp);
}

/**
 * A line that holds the page's stamp of when it ran, with what the template sets beside it: the tools after it, the
 * outlet's name after it, a byline before it, a section and a credit after it. The stamp, the line's text before it,
 * and the outlet or the credit the line names; null when the line holds no stamp.
 */
export function splitStamp(
  line: string,
): { head: string; stamp: string; outlet: string | null; credit: string | null } | null {
  if (line.length > 120 || !/\d/.test(line)) return null;
  const credited = STAMP_CREDIT.exec(line);
  if (credited) {
    const parts = line
      .slice(0, credited.index)
      .split("|")
      .map((part) => part.trim());
    const [first, ...sections] = parts;
    if (first && isBareStamp(first) && sections.every((part) => part.split(" ").length <= MAX_STAMP_SECTION_WORDS))
      return { head: "", stamp: line, outlet: null, credit: credited[1] ?? null };
  }
  // "Print | E-mail | Xinhua, August 12, 2025": the page's tools, then the outlet the copy came from and its day.
  const dated = OUTLET_DATE.exec(line);
  if (dated && !(dated[1] ?? "").replace(STAMP_TOOL_WORDS, "").trim() && isBareStamp(dated[3] ?? "")) {
    const outlet = knownOutlet(dated[2] ?? "");
    if (outlet) return { head: "", stamp: line, outlet, credit: null };
  }
  const inner = INNER_STAMP_LABEL.exec(line);
  const head = inner ? line.slice(0, inner.index).trim() : "";
  const stamp = inner ? line.slice(inner.index).trim() : line;
  // A stamp alone on its line is read where the page's frame is read; here only one that shares its line.
  const tooled = stamp.replace(STAMP_TOOLS, "").replace(MINUTE_MARK, "") !== stamp;
  if (isBareStamp(stamp)) return head || tooled ? { head, stamp, outlet: null, credit: null } : null;
  if (stampBeforeTools(stamp)) return { head, stamp, outlet: null, credit: null };
  // "Updated 21:40, 13-Dec-2023 CGTN": the outlet's name closes the stamp.
  const words = stamp.split(" ");
  for (let n = 1; n <= MAX_STAMP_OUTLET_WORDS && n < words.length; n++) {
    // "March 4, 2025 (Mainichi Japan)" credits the story: the dated-credit reader takes the outlet in brackets.
    const name = words.slice(-n).join(" ");
    const outlet = /^\p{L}/u.test(name) ? knownOutlet(name) : null;
    if (outlet && isBareStamp(words.slice(0, -n).join(" ")))
      return { head, stamp: words.slice(0, -n).join(" "), outlet, credit: null };
  }
  return null;
}
