// A photo gallery's furniture set on the story's own lines (issue 11, round 47): captions opening on the slide's
// counter ("3/10  <caption>"), and the first caption glued to the dateline that opens the introduction under it
// ("… on May 21. (Kyodo)HIROSHIMA --"). test/READING.md reads a gallery's captions as the page's, its introduction as
// the story.

// A gallery's slide counter, "1 / 12", "3/12": the slide's number and the gallery's size.
const COUNTER = String.raw`^(\d{1,3})\s*\/\s*(\d{1,3})`;
/** A slide's counter alone on its line. */
export const SLIDE_COUNTER = new RegExp(`${COUNTER}$`, "u");
// "3/10  Leaders pose for a family photo …": a slide's counter, then its caption on the same line.
const COUNTED_CAPTION = new RegExp(`${COUNTER}\\s+\\S`, "u");
// Two slides counted in order make a gallery; a story's "24/7" opens no run.
const MIN_COUNTED_SLIDES = 2;

/** The lines of a gallery whose captions open on their slide's counter: a run of them, counted up to one total. */
export function countedCaptionLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  let run: number[] = [];
  let total = "";
  let last = 0;
  const close = () => {
    if (run.length >= MIN_COUNTED_SLIDES) for (const at of run) found.add(at);
    run = [];
  };
  for (const [at, line] of lines.entries()) {
    const counter = COUNTED_CAPTION.exec(line.trim());
    const slide = counter ? Number(counter[1]) : 0;
    const of = counter?.[2] ?? "";
    const follows = counter !== null && run.length > 0 && of === total && slide === last + 1;
    if (!follows) close();
    if (!counter || slide < 1 || slide > Number(of)) continue;
    run.push(at);
    total = of;
    last = slide;
  }
  close();
  return found;
}

// A caption's sentence, its credit in brackets glued after it, then a dateline's place in capitals and its dash
// closing the line: "… before their talks on May 21. (Kyodo)HIROSHIMA --".
const CAPTION_OVER_DATELINE =
  /^(.{20,400}?[.!?]["'’”]?(?:\s*\([^()]{1,30}\))?)(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}\s[-–—―]{1,2})$/u;
const MIN_LEAD_WORDS = 12;

/**
 * A caption glued to the dateline that stands alone at its line's end, the story's lead on the next line: the
 * caption, and the dateline as the line's rest (read with the lead under it). Null for any other line.
 */
export function splitCaptionOverLoneDateline(
  line: string,
  next: string | undefined,
): { caption: string; rest: string } | null {
  const match = CAPTION_OVER_DATELINE.exec(line.trim());
  if (!match || (next?.trim().split(/\s+/u).length ?? 0) < MIN_LEAD_WORDS) return null;
  return { caption: (match[1] as string).trim(), rest: match[2] as string };
}
