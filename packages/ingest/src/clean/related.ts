import { z } from "zod";
import relatedJson from "./data/related.json" with { type: "json" };
import { alternation } from "./patterns.js";

const Related = z.object({
  headings: z.array(z.string().min(1)).min(1),
  inlinePrefixes: z.array(z.string().min(1)).min(1),
  headingPatterns: z.array(z.string().min(1)),
  sectionLabels: z.array(z.string().min(1)).min(1),
  widgetHeadings: z.array(z.string().min(1)).min(1),
});
const data = Related.parse(relatedJson);

const HEADING = new RegExp(`^(?:${alternation(data.headings)})\\s*[:：]?$`, "iu");
// Case-sensitive: a site's name before "recommends" is capitalised.
const HEADING_PATTERNS = data.headingPatterns.map((source) => new RegExp(source, "u"));
// "Also Read | <headline>": some sites set a bar, not a colon, between the label and the link.
const INLINE = new RegExp(`^(?:${alternation(data.inlinePrefixes)})\\s*[:：>»|]\\s*\\S`, "iu");

/** "RELATED NEWS", "Read more", "See also": the heading of a list of links; it and all after it are not the article. */
export function isRelatedHeading(line: string): boolean {
  // "<heading in Vietnamese> / Related": a bilingual page sets the heading in both its languages.
  const sides = line.length <= MAX_BILINGUAL_HEADING ? line.split(BILINGUAL_SLASH) : [];
  if (sides.length === 2) return sides.some(isOneRelatedHeading);
  return isOneRelatedHeading(line);
}

const BILINGUAL_SLASH = /\s+\/\s+/u;
const MAX_BILINGUAL_HEADING = 80;

function isOneRelatedHeading(line: string): boolean {
  // "▶ Related Articles", "» Read more": a marker before the heading's words.
  // "[Related Articles]", "(Read more)": a heading set in brackets.
  const unbracketed = line.replace(ENCLOSING_BRACKETS, "$1").replace(LEADING_MARKS, "");
  // The arrow is the last character: only then is the line searched for it (the search tries every space).
  const words = TRAILING_MARK_LAST.test(unbracketed) ? unbracketed.replace(TRAILING_MARKS, "") : unbracketed;
  return words.length <= 40 && (HEADING.test(words) || HEADING_PATTERNS.some((pattern) => pattern.test(words)));
}

const LEADING_MARKS = /^[^\p{L}\p{N}"“'‘(]+/u;
// "Other News »", "More news ›": a link's arrow after the heading's words; a chevron the text's normal form wrote as a
// straight quote stands alone after a space, where no quotation closes.
const TRAILING_MARKS = /\s+[»›"]$/u;
const TRAILING_MARK_LAST = /[»›"]$/u;
const ENCLOSING_BRACKETS = /^[[(](.{1,38})[\])]$/u;

const WIDGET = new RegExp(`^(?:${alternation(data.widgetHeadings)})\\s*[:：]?$`, "iu");

/** "Sponsored Content", "Trending now": the heading of an advertising or recommendation widget. */
export function isWidgetHeading(line: string): boolean {
  return line.length <= 40 && WIDGET.test(line);
}

/** "Read more: Vietnam, Laos sign ...", ">> Read also: …", "» See also: …": one link set inside the article. */
export function isRelatedLink(line: string): boolean {
  return line.length <= 250 && (INLINE.test(line.replace(LINK_MARKS, "")) || ARROWED_HEADLINE.test(line));
}

// ">> Minister opens trade fair in Lagos": a doubled (or tripled, ">>>") arrow before a headline with no sentence's end
// is a link to another story set between the paragraphs, with no label. A story's own list is bulleted with dots or
// dashes, never so.
const ARROWED_HEADLINE = /^>{2,3}\s*[\p{Lu}\p{N}"“'‘][^\n]{8,140}(?<![.!?:;,"”'’])$/u;

// Arrows and bullets a site sets before a link's label: ">>", "»", "▶", "•".
const LINK_MARKS = /^(?:[>»›▶►•*]+\s*)+/u;

// A section's name, then a headline that starts with no lower-case letter: "Politics Vietnam, Laos seek …", "Politics ☕ …".
const TEASER = new RegExp(`^(?:${alternation(data.sectionLabels)})\\s+(?=[^\\p{Ll}\\s])`, "u");
const MIN_TEASERS = 2;

// "- Xi, Tokayev attend signing of cooperation documents": a bulleted headline, no sentence's end.
const BULLETED_LINK = /^[-–•·»]\s+[\p{Lu}\p{N}"“'‘][^\n]{8,140}(?<![.!?:;,"”'’])$/u;

/**
 * How many of the closing paragraphs are a site's teasers for other stories (0 when fewer than two are): section
 * labels before headlines, or bulleted headlines after the story.
 */
export function closingTeasers(paragraphs: readonly string[]): number {
  const closing = (teaser: RegExp) => {
    let count = 0;
    while (count < paragraphs.length && teaser.test(paragraphs[paragraphs.length - 1 - count] as string)) count++;
    return count >= MIN_TEASERS ? count : 0;
  };
  return closing(TEASER) || closing(BULLETED_LINK);
}
