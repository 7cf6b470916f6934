// A newsletter's sign-up box set between a story's sections ("<Site> Brief" / "Weekly Newsletter" / "Get briefed on
// the story of the week …" / "Get the Newsletter"): the cleaner reads the box's label and button as furniture, and its
// own name and its one-line pitch, which carry no furniture words, are left standing between them. A line held between
// two removed lines, one of them the box's newsletter label, is the box's, however it reads (test/READING.md:
// newsletter boxes are noise).

/** A removed line that names a newsletter and is no more than a label or a button: "Weekly Newsletter". */
const NEWSLETTER_LABEL = /\bnewsletters?\b/iu;
const MAX_LABEL_LENGTH = 60;
// The box's name is a few words without a stop ("<Site> Brief"); its pitch is a line, never a paragraph of story.
const MAX_NAME_WORDS = 6;
const MAX_PITCH_WORDS = 20;
const SENTENCE_END = /[.!?…]["'’”)\]]?$/u;
const QUOTATION = /["“”]/u;

interface Line {
  readonly text: string;
  readonly at: number;
  readonly row?: boolean;
}
interface Removed {
  readonly kind: string;
  readonly text: string;
}

/** The next line with text from `at` in the direction `step`, over blank lines. */
function nextWritten(lines: readonly string[], at: number, step: 1 | -1): number {
  let k = at + step;
  while (k >= 0 && k < lines.length && (lines[k] ?? "").trim() === "") k += step;
  return k;
}

const isLabel = (removed: Removed | undefined) =>
  removed?.kind === "boilerplate" && removed.text.length <= MAX_LABEL_LENGTH && NEWSLETTER_LABEL.test(removed.text);

/**
 * The body's paragraphs (their indexes) that belong to a newsletter box: the box's name, without a stop, over its
 * label ("The <Site> Brief" over "Weekly Newsletter") with removed furniture above it, and its pitch under its label
 * with the box's removed button under it.
 */
export function newsletterBoxLines(
  body: readonly Line[],
  lines: readonly string[],
  removedAt: ReadonlyMap<number, Removed>,
): number[] {
  const found: number[] = [];
  for (const [k, paragraph] of body.entries()) {
    if (paragraph.row || QUOTATION.test(paragraph.text)) continue;
    const above = removedAt.get(nextWritten(lines, paragraph.at, -1));
    const below = removedAt.get(nextWritten(lines, paragraph.at, 1));
    if (!above || !below) continue;
    const words = paragraph.text.split(/\s+/u).length;
    const name = words <= MAX_NAME_WORDS && !SENTENCE_END.test(paragraph.text) && isLabel(below);
    const pitch = words <= MAX_PITCH_WORDS && isLabel(above) && below.kind === "boilerplate";
    if (name || pitch) found.push(k);
  }
  return found;
}
