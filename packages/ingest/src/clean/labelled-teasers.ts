import { z } from "zod";
import teasersJson from "./data/labelled-teasers.json" with { type: "json" };

const Teasers = z.object({ about: z.string(), labels: z.array(z.string().min(1)).min(1) });
const data = Teasers.parse(teasersJson);

// Case-sensitive: the label in capitals, a colon or bar, then another story's headline (no closing stop).
const TEASER = new RegExp(`^(?:${data.labels.join("|")})\\s*[:：|]\\s+\\p{Lu}[^\\n]{5,140}[^.!:;,\\s]$`, "u");
// A label's first letter: a cheap gate before the pattern.
const FIRST = new Set(data.labels.map((label) => label[0]));
// A paragraph of prose closes on a stop (a quote's closing mark may follow it).
const PROSE_END = /[.!?]["'”’)]?$/u;

function proseAt(lines: readonly string[], from: number, step: 1 | -1): boolean {
  for (let k = from; k >= 0 && k < lines.length; k += step) {
    const text = (lines[k] as string).trim();
    if (text !== "") return PROSE_END.test(text);
  }
  return false;
}

/**
 * "ANALYSIS: Why the capital wants closer ties" between two paragraphs: a link to another story of the site, not a
 * crosshead of this one (a crosshead carries no kind label). Over the story, with no paragraph above it, such a line
 * is the story's own headline and is left.
 */
export function isLabelledTeaser(lines: readonly string[], at: number): boolean {
  const line = (lines[at] as string).trim();
  if (!FIRST.has(line[0] ?? "") || !TEASER.test(line)) return false;
  return proseAt(lines, at - 1, -1) && proseAt(lines, at + 1, 1);
}
