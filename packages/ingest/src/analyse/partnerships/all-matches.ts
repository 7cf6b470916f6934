import { quickFor } from "../../clean/patterns.js";

// Every match of a global pattern, the way the partnership readers run their patterns over each sentence.

/**
 * `[...text.matchAll(re)]` for a global pattern, without the copy of the pattern `matchAll` makes on every call (about
 * half a microsecond each, over every sentence of every pass). The pattern's `lastIndex` is 0 again afterwards.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  // the same matches, found quicker without u where the text allows it (quickFor)
  const re = quickFor(pattern, text);
  pattern.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push(m);
    // as matchAll does, step past an empty match (a whole code point in a unicode pattern)
    if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return found;
}
