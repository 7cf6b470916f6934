// A caption names who stands where, in a sentence or two of twenty-odd words; a story's lead runs longer and sets its
// news in clauses. An agency's tag closing a paragraph this long above the story credits the story, not a photo.
const MIN_LEAD_WORDS = 35;
const MIN_LEAD_CLAUSES = 2;

/**
 * Whether a paragraph reads as a story's lead rather than a photo's caption: thirty-five words or more, in two
 * clauses or more (a comma or a dash between them).
 * @example isLeadLength("Short caption of two ministers shaking hands.") // => false
 */
export function isLeadLength(paragraph: string): boolean {
  const words = paragraph.trim().split(/\s+/u).length;
  return words >= MIN_LEAD_WORDS && paragraph.split(/,\s|\s[–—-]\s/u).length >= MIN_LEAD_CLAUSES;
}
