// A picture's caption set twice, the full sentence with its credit and under it a short form with no stop
// ("<Name> and <Name> review the guard, April 14"), as a page's alt text or a gallery's thumbnail label runs. The
// short form names no one the caption does not: every capitalised word of it is one of the caption's.

const MIN_WORDS = 3;
const MAX_WORDS = 14;
const MIN_NAMES = 3;
const CAPITALISED = /\p{Lu}[\p{L}'’.-]*/gu;
const CLOSED = /[.!?:;"”’)]$/u;

/** Whether a short line under a removed caption is that caption's short form. */
export function isCaptionShortForm(line: string, caption: string): boolean {
  const text = line.trim();
  if (text.length >= caption.length || CLOSED.test(text)) return false;
  const words = text.split(/\s+/u).length;
  if (words < MIN_WORDS || words > MAX_WORDS) return false;
  const names = text.match(CAPITALISED) ?? [];
  if (names.length < MIN_NAMES) return false;
  const captionWords = new Set(caption.match(CAPITALISED) ?? []);
  return names.every((name) => captionWords.has(name));
}
