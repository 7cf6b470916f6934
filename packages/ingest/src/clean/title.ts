const MAX_TITLE = 200;
const MAX_TITLE_WORDS = 30;

const SENTENCE_END = /[.!?]["')\]]?$/;

/** Words in a normalised paragraph (single spaces), counted without allocating. */
function wordCount(text: string): number {
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return words;
}

/** A paragraph of the article proper: long enough and ending like a sentence. */
export function isSubstantial(paragraph: string): boolean {
  const words = wordCount(paragraph);
  return words >= 40 || (words >= 12 && SENTENCE_END.test(paragraph.slice(-2)));
}

/**
 * A headline: short, in sentence or title case, with no final full stop. The caller checks it is the
 * text's first line and that the body follows.
 */
export function isHeadline(line: string): boolean {
  const words = wordCount(line);
  return (
    line.length <= MAX_TITLE &&
    words >= 2 &&
    words <= MAX_TITLE_WORDS &&
    /^["'(]?[\p{Lu}\p{N}]/u.test(line) &&
    !/[.,;:]["')\]]?$/.test(line) &&
    !isSubstantial(line)
  );
}
