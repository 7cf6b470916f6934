import { hash } from "node:crypto";
import { splitColumns } from "./columns.js";

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B]/g;
// NBSP, figure/thin/hair and other fixed-width spaces, ideographic space.
const WIDE_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
// Zero-width space/joiners, word joiner, BOM inside the text, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const LINE_SEPARATORS = /\r\n?|[\u2028\u2029\u0085]/g;

/**
 * One canonical form for every reader's output, so cleaning and hashing see the same text
 * whatever the source format. Idempotent: `normaliseText(normaliseText(x)) === normaliseText(x)`.
 * @example normaliseText("\uFEFF“Hello”\r\n\r\n\r\nworld\u00A0 ") // => '"Hello"\n\nworld'
 */
export function normaliseText(text: string): string {
  // A PDF's two columns copied side by side are taken apart while the gutter's spaces still show where they part.
  return splitColumns(
    text
      .replace(/^\uFEFF/, "")
      .replace(LINE_SEPARATORS, "\n")
      .normalize("NFC")
      .replace(DOUBLE_QUOTES, '"')
      .replace(SINGLE_QUOTES, "'")
      .replace(INVISIBLE, "")
      .replace(WIDE_SPACES, " "),
  )
    .replace(/ {2,}/g, " ")
    .replace(/^ +| +$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const SPACE_RUN = /\s{2,}|[^\S ]/g;

/** Hash for exact-duplicate detection: line breaks and spacing differences between formats do not count. */
export function contentHash(normalisedText: string): string {
  // Every run of white space as one space: a single space is left where it is, so only the line breaks and longer
  // runs are replaced (the same text as replacing each /\s+/ run, with a tenth of the matches).
  const canonical = normalisedText.replace(SPACE_RUN, " ").trim();
  // One-shot: the same digest as a Hash object's, without building one per article.
  return hash("sha256", canonical, "hex");
}
