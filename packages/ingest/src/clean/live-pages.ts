import { z } from "zod";
import { isBoilerplate, isMenuLine } from "./boilerplate.js";
import liveJson from "./data/live-pages.json" with { type: "json" };
import { isHeadline } from "./title.js";

const LivePages = z.object({
  keyEventHeadings: z.array(z.string()),
  loaderPattern: z.string(),
  maxPinned: z.number().int().positive(),
  maxPinnedAboveLoader: z.number().int().positive(),
});
const data = LivePages.parse(liveJson);
const HEADINGS = new Set(data.keyEventHeadings.map((heading) => heading.toLowerCase()));
const LOADER = new RegExp(data.loaderPattern, "iu");

// A heading longer than twice the longest listed cannot be one: lower case never halves a text's length.
const MAX_HEADING = 2 * Math.max(0, ...[...HEADINGS].map((heading) => heading.length));

function isKeyEventHeading(line: string): boolean {
  const text = line.trim();
  // Only a line closing on a colon has one to drop; a long line without one is no heading.
  const colon = text.endsWith(":") || text.endsWith("：");
  if (!colon && text.length > MAX_HEADING) return false;
  return HEADINGS.has((colon ? text.replace(/\s*[:：]$/u, "") : text).toLowerCase());
}

// "- Leaders meet on the sidelines": the box often sets its headlines as a bulleted list.
const BULLET = /^[-–•*▪●·]\s+/u;

/** An entry's headline pinned in the box: a headline's shape, no sentence. */
// "• 7:45am Leaders arrive": a bulleted line led by its clock time is the feed's own index of entries, left to the
// live-page reading (items.ts), which reads the entries by their stamps.
const CLOCK_LED = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s/iu;

function isPinnedHeadline(line: string): boolean {
  const bare = line.trim();
  const text = bare.replace(BULLET, "");
  if (text !== bare && CLOCK_LED.test(text)) return false;
  return text !== "" && isHeadline(text) && !/[.!?]["'”’)]?$/u.test(text);
}

/**
 * The lines of a live blog's key-events box: its heading ("Key events", "What you need to know") and the entry
 * headlines pinned under it, and the pinned headlines set just above the feed's loading placeholder ("Please allow a
 * moment for the live blog to load") under the page's furniture. The entries themselves follow in the feed, so the box
 * only repeats or trails them: it is the page's, not the story's.
 */
export function keyEventLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const [at, line] of lines.entries()) {
    if (isKeyEventHeading(line)) {
      const pinned: number[] = [];
      // A bulleted box ends with its bullets: the unbulleted line after it is the feed's first entry.
      let bulleted = false;
      for (let k = at + 1; k < lines.length && pinned.length < data.maxPinned; k++) {
        const next = lines[k] ?? "";
        if (next.trim() === "") continue;
        const bullet = BULLET.test(next.trim());
        if (pinned.length === 0) bulleted = bullet;
        else if (bulleted && !bullet) break;
        if (!isPinnedHeadline(next)) break;
        pinned.push(k);
      }
      // A heading with no entry under it is a crosshead of the story's own, left to the other rules.
      if (pinned.length === 0) continue;
      found.add(at);
      for (const k of pinned) found.add(k);
    } else if (LOADER.test(line.trim())) {
      const pinned: number[] = [];
      let k = at - 1;
      for (; k >= 0 && pinned.length <= data.maxPinnedAboveLoader; k--) {
        const above = lines[k] ?? "";
        if (above.trim() === "") continue;
        if (!isPinnedHeadline(above) || isBoilerplate(above.trim()) || isMenuLine(above.trim(), 1)) break;
        pinned.push(k);
      }
      // Only under the page's furniture ("Comments", a share bar): a headline or standfirst over it is the page's own.
      const under = lines[k]?.trim() ?? "";
      if (pinned.length > data.maxPinnedAboveLoader || !(isBoilerplate(under) || isMenuLine(under, 1))) continue;
      for (const p of pinned) found.add(p);
    }
  }
  return found;
}
