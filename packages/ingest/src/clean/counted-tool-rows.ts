import { MAX_STAMPED_LINE, withoutViewCounter } from "./boilerplate.js";
import { isToolRun } from "./tool-bars.js";

// An old site's row under the headline sets its tools after the view counter: "27 Jul 2012 - 19:05  Views: 614  Print
// version". The counter no longer closes the line, so it is read with the tools that follow it.
const MAX_TOOL_WORDS = 8;

/** A date or credit line without the view counter that closes it, and the page's tools after it; null without one. */
export function withoutCountedTools(line: string): { kept: string; removed: string } | null {
  const counted = withoutViewCounter(line);
  if (counted) return counted;
  if (!/\d/u.test(line)) return null;
  // The shortest head left before the tools is longer than any stamp: a sentence, no cut need be joined. Most lines
  // with a figure are sentences, so this is asked before the line is split into words.
  if (shortestHead(line) > MAX_STAMPED_LINE) return null;
  const words = line.trim().split(/\s+/u);
  const lowest = Math.max(1, words.length - MAX_TOOL_WORDS);
  for (let cut = words.length - 1; cut >= lowest; cut--) {
    // The stamp is asked first: it rules out a sentence's head by its length alone, where the tool readers fold words.
    const stamp = withoutViewCounter(words.slice(0, cut).join(" "));
    if (!stamp) continue;
    const tools = words.slice(cut).join(" ");
    if (isToolRun(tools)) return { kept: stamp.kept, removed: `${stamp.removed} ${tools}` };
  }
  return null;
}

/** Whether a code unit is white space as `\s` and `trim()` read it (every such character is in the BMP). */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The length of the shortest head a cut can leave: the line's words (its runs of non-space) but the last
 * MAX_TOOL_WORDS, and at least the first, joined by single spaces. Read by two scans of the line, without its words.
 */
export function shortestHead(line: string): number {
  let words = 0;
  for (let p = 0, inWord = false; p < line.length; p++) {
    const space = isWhiteSpace(line.charCodeAt(p));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  const lowest = Math.max(1, words - MAX_TOOL_WORDS);
  let length = lowest - 1;
  let seen = 0;
  for (let p = 0, inWord = false; p < line.length; p++) {
    const space = isWhiteSpace(line.charCodeAt(p));
    if (!space && !inWord && ++seen > lowest) break;
    if (!space) length++;
    inWord = !space;
  }
  return length;
}
