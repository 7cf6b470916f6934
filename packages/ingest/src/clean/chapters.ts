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
