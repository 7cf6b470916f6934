// The only characters outside ASCII that a case-insensitive Unicode pattern folds onto an ASCII letter: the long s
// ("ſ" is "s") and the Kelvin sign ("K" is "k").
const FOLDS_TO_ASCII = /[\u017F\u212A]/u;
const ASCII = /^[\x20-\x7E]*$/;

/**
 * Whether `text` may hold `literal` as a case-insensitive Unicode (/iu) pattern reads it. False only when it surely
 * cannot: a cheap look before running a costly unanchored pattern built around the literal on every line. Decides only
 * for an ASCII literal; anything else (and text with a character folding onto ASCII) is left to the pattern.
 */
export function mayHoldIgnoringCase(text: string, literal: string): boolean {
  if (!ASCII.test(literal) || FOLDS_TO_ASCII.test(text)) return true;
  return text.toLowerCase().includes(literal.toLowerCase());
}
