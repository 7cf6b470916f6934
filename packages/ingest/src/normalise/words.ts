// Code units that are white space to /\s/ (1) or not (2), filled on first sight: the pattern itself decides, once
// per unit, so every reader counting words agrees with `split(/\s+/)` without running it.
const SPACE_UNITS = new Uint8Array(0x10000);
const SPACE = /\s/;

/** Whether a UTF-16 code unit is white space as /\s/ reads it. */
export function isSpaceUnit(code: number): boolean {
  let known = SPACE_UNITS[code] as number;
  if (known === 0) {
    known = SPACE.test(String.fromCharCode(code)) ? 1 : 2;
    SPACE_UNITS[code] = known;
  }
  return known === 1;
}

/** `text.split(/\s+/).filter(Boolean).length` without the pieces: the runs of characters other than white space. */
export function spaceSeparatedWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceUnit(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
