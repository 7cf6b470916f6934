// A table's lettered notes under it, as a statistical fact sheet prints them on one line: "(a) Years ending in June.
// (b) Estimates. (c) Totals may not add up." Each note opens on its bracketed letter, in order, and closes on a stop;
// a sentence listing its points as "(a) … (b) …" opens on its own words, never on the letter.

const MAX_NOTES = 300;
const NOTE = /\(([a-z])\)\s+\p{Lu}[^()]*?\.(?=\s+\([a-z]\)\s|\s*$)/uy;

/** A line made of two or more lettered notes, "(a) …. (b) ….", in the alphabet's order. */
export function isLetteredNotes(line: string): boolean {
  if (line.length > MAX_NOTES || !line.startsWith("(a) ")) return false;
  let at = 0;
  let count = 0;
  while (at < line.length) {
    NOTE.lastIndex = at;
    const note = NOTE.exec(line);
    if (!note || note[1] !== String.fromCharCode(97 + count)) return false;
    count++;
    at = NOTE.lastIndex;
    while (line[at] === " ") at++;
  }
  return count >= 2;
}
