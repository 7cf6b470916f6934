import { z } from "zod";
import relatedJson from "./data/related.json" with { type: "json" };
import { alternation } from "./patterns.js";

const Related = z.object({
  headings: z.array(z.string().min(1)).min(1),
  inlinePrefixes: z.array(z.string().min(1)).min(1),
  headingPatterns: z.array(z.string().min(1)),
});
const data = Related.parse(relatedJson);

const HEADING = new RegExp(`^(?:${alternation(data.headings)})\\s*[:：]?$`, "iu");
// Case-sensitive: a site's name before "recommends" is capitalised.
const HEADING_PATTERNS = data.headingPatterns.map((source) => new RegExp(source, "u"));
const INLINE = new RegExp(`^(?:${alternation(data.inlinePrefixes)})\\s*[:：>»]\\s*\\S`, "iu");

/** "RELATED NEWS", "Read more", "See also": the heading of a list of links; it and all after it are not the article. */
export function isRelatedHeading(line: string): boolean {
  return line.length <= 40 && (HEADING.test(line) || HEADING_PATTERNS.some((pattern) => pattern.test(line)));
}

/** "Read more: Vietnam, Laos sign ...": one link set inside the article. */
export function isRelatedLink(line: string): boolean {
  return line.length <= 250 && INLINE.test(line);
}
