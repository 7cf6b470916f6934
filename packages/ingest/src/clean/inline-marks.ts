import { agencyNamed } from "../metadata/agencies.js";

// Marks a copy sets inside a story's own line: a printed page's link targets written out after the linked words
// ("Chancellor Angela Merkel (https://…/tag/angela-merkel) and …"), and an aggregator's bracket naming the agency it
// took the story from, set before the story's first words ("(MENAFN- Trend News Agency) BAKU, …"), and a wiki's edit
// link after each section's heading ("See also[edit]"). The story's words stay; the marks go.

// A link's target in brackets, with the sentence going on after it (words, or a comma or stop): a related link's
// line ends on its target and is left whole for the readers of related links.
const LINK_TARGET = /\s\((?:https?:\/\/|www\.)[^\s()]{1,400}\)(?=[,.;:!?]|\s+\S)/gu;
// "(MENAFN- Trend News Agency) ": the aggregator's short name in capitals, a dash or colon, the agency's name.
const AGGREGATOR_OPENING = /^\(\s*\p{Lu}[\p{Lu}.]{1,19}\s*[-–:]\s*([^()]{2,60}?)\s*\)\s+(?=\S)/u;

// "History[edit]", "See also [edit source]": the link a wiki sets after a section's heading.
const EDIT_LINK = /\s?\[edit(?: source)?\]$/iu;

/**
 * The line without the link targets a printed page writes out inside its sentences, and without an aggregator's
 * bracket naming a known agency before its first words (with the agency that bracket names), and without a wiki
 * heading's edit link. Other lines are returned as they are.
 * @example readInlineMarks("Merkel (https://example.de/tag/merkel) met Dung.") // => { text: "Merkel met Dung.", agency: null }
 */
export function readInlineMarks(line: string): { text: string; agency: string | null } {
  let text = line.includes("(") && /\(\s*(?:https?:|www\.)/u.test(line) ? line.replace(LINK_TARGET, "") : line;
  if (text.endsWith("]")) text = text.replace(EDIT_LINK, "");
  const opening = text.startsWith("(") ? AGGREGATOR_OPENING.exec(text) : null;
  const agency = opening ? agencyNamed(opening[1] ?? "") : null;
  return opening && agency ? { text: text.slice(opening[0].length), agency } : { text, agency: null };
}
