// A podcast's or video's chapter list copied into its show notes: "00:00 Intro", "02:15 The tariff deal", one a
// line and in order of time. Each chapter is a short title, not a sentence; a radio bulletin's timed segment heads
// stand apart, each over its own text, so only a run of three or more such lines in a row is read as a list.
const CHAPTER = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s+(\p{Lu}|\p{N}|["“'‘])[^\n]{0,90}$/u;
const MIN_CHAPTERS = 3;
const MAX_CHAPTER_WORDS = 14;

function chapterTime(line: string): number | null {
  const match = CHAPTER.exec(line);
  if (!match || /[.!?;:]$/u.test(line) || line.split(/\s+/u).length - 1 > MAX_CHAPTER_WORDS) return null;
  const [, hours = "0", minutes = "0", seconds = "0"] = match;
  // "12:41 AEDT" is a post's time and zone, not a chapter: the title must hold a lower-case letter.
  if (!/\p{Ll}/u.test(line)) return null;
  return Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** How many lines from `at` on (at least three) make a chapter list in time order; 0 when the line opens none. */
export function chapterListLines(lines: readonly string[], at: number): number {
  let end = at;
  let last = -1;
  while (end < lines.length) {
    const time = chapterTime((lines[end] ?? "").trim());
    if (time === null || time <= last) break;
    last = time;
    end++;
  }
  return end - at >= MIN_CHAPTERS ? end - at : 0;
}

// An encyclopaedia's or a report's list of its own sections under its heading ("Contents", "Table of contents",
// "On this page"): "1 Comprehensive partners", "2.1 Trade", one numbered entry a line. The sections themselves
// follow under their headings, so the list is the page's index, never the story.
const CONTENTS_HEADING =
  /^(?:(?:table\s+of\s+)?contents|on\s+this\s+page|in\s+this\s+(?:article|page|report))\s*[:：]?$/iu;
const CONTENTS_ENTRY = /^\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+[\p{Lu}\p{N}"“'‘][^.!?:;]{0,80}$/u;
const MIN_CONTENTS_ENTRIES = 2;
const MAX_CONTENTS_ENTRY_WORDS = 10;

/** The lines of a list of contents: its heading and the numbered entries under it, two or more. */
export function contentsListLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const [at, line] of lines.entries()) {
    if (!CONTENTS_HEADING.test(line.trim())) continue;
    let end = at + 1;
    while (end < lines.length && isContentsEntry((lines[end] ?? "").trim())) end++;
    if (end - at - 1 < MIN_CONTENTS_ENTRIES) continue;
    for (let i = at; i < end; i++) found.add(i);
  }
  return found;
}

function isContentsEntry(line: string): boolean {
  return CONTENTS_ENTRY.test(line) && line.split(/\s+/u).length - 1 <= MAX_CONTENTS_ENTRY_WORDS;
}
