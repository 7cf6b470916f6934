import { z } from "zod";
import documentJson from "./data/document-headings.json" with { type: "json" };
import { alternation, isInCapitals } from "./patterns.js";

const DocumentWords = z.object({ kinds: z.array(z.string()), deliveredKinds: z.array(z.string()).min(1) });
const { kinds, deliveredKinds } = DocumentWords.parse(documentJson);

// Words a heading in title case leaves in lower case inside a kind's name: "Top News of the Day", "Visit of".
const SMALL_WORDS = new Set(["of", "the", "for", "on", "and"]);
const titleCased = (kind: string) =>
  kind
    .split(" ")
    .map((word) => (SMALL_WORDS.has(word) ? word : `${word[0]?.toUpperCase() ?? ""}${word.slice(1)}`))
    .join(" ");

// The kind as the heading's first words, after an article or an ordinal: "The 12th Regular Press Conference (…)".
const OPENING_KIND = new RegExp(
  `^(?:the\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?(?:regular\\s+)?(?:${alternation(kinds)})\\b`,
  "iu",
);
// The kind in title case inside the heading: "Foreign Ministry Spokesperson <Name>'s Regular Press Conference on …".
const TITLED_KIND = new RegExp(`\\b(?:${alternation(kinds.map(titleCased))})\\b`, "u");
// Set in capitals, the whole heading names its kind in capitals: "<AGENCY> DAYBOOK FOR THURSDAY, <date>".
const ANY_CASE_KIND = new RegExp(`\\b(?:${alternation(kinds)})\\b`, "iu");

/**
 * Whether a line is a document's heading that names the kind of document or occasion it records (a press briefing,
 * a press conference, a daybook, a bulletin, a joint statement, a visit): as its first words, or in title case or
 * capitals inside it. A dated photo caption tells what someone did and names an occasion, if at all, in a
 * sentence's lower case ("… at the regular press conference in Hanoi on <date>"), so a heading that ends on its
 * date is not read as one.
 * @example isDocumentHeading("Department Press Briefing – March 4, 2025") // => true
 * @example isDocumentHeading("The minister speaks at the regular press conference in Hanoi on March 4, 2025") // => false
 */
export function isDocumentHeading(line: string): boolean {
  if (/[.!?]$/u.test(line)) return false;
  if (OPENING_KIND.test(line) || TITLED_KIND.test(line)) return true;
  return isInCapitals(line) && ANY_CASE_KIND.test(line);
}

// "Statement by <Name>", "Keynote Address by H.E. <Name>": the kind opening the line, then who delivered it, in a
// heading's few words with no stop; a sentence goes on past the name ("Remarks by the minister drew applause.").
// The kind is matched as a heading prints it ("Keynote Address", "Keynote address"), the name in capitals as written.
const deliveredForms = deliveredKinds.flatMap((kind) => [
  titleCased(kind),
  `${kind[0]?.toUpperCase() ?? ""}${kind.slice(1)}`,
]);
const DELIVERED_BY = new RegExp(
  `^(?:${alternation(deliveredForms)})\\s+(?:by|of|from)\\s+(?:H\\.?\\s?E\\.?\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,5}$`,
  "u",
);
const MAX_DELIVERED_HEADING = 80;

/**
 * Whether a line heads a speech's or statement's text with who delivered it: the document's title, set over the
 * speaker's style and the occasion.
 * @example isDeliveredHeading("Statement by Ana Lima") // => true
 */
export function isDeliveredHeading(line: string): boolean {
  return line.length <= MAX_DELIVERED_HEADING && /^\p{Lu}/u.test(line) && DELIVERED_BY.test(line);
}
