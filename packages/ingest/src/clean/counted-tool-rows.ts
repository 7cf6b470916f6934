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
  const words = line.trim().split(/\s+/u);
  const lowest = Math.max(1, words.length - MAX_TOOL_WORDS);
  // The shortest head left before the tools is longer than any stamp: a sentence, no cut need be joined.
  let shortestHead = lowest - 1;
  for (let k = 0; k < lowest; k++) shortestHead += (words[k] as string).length;
  if (shortestHead > MAX_STAMPED_LINE) return null;
  for (let cut = words.length - 1; cut >= lowest; cut--) {
    // The stamp is asked first: it rules out a sentence's head by its length alone, where the tool readers fold words.
    const stamp = withoutViewCounter(words.slice(0, cut).join(" "));
    if (!stamp) continue;
    const tools = words.slice(cut).join(" ");
    if (isToolRun(tools)) return { kept: stamp.kept, removed: `${stamp.removed} ${tools}` };
  }
  return null;
}
