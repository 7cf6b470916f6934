import { isPublicationDateLine } from "./datelines.js";

// A page's stamp written as a sentence or split from its value: "The answer was submitted on 16 Jul 2018 at 15:42."
// closing a parliament's written answer, "This statement was last updated on 3 May 2021.", and a field's label left
// alone on its line when its day stands on the next ("Answered on" / "16 July 2018"). Both are the page's furniture.

const MAX_SENTENCE = 110;
const MAX_LABEL = 24;
// "The answer was submitted on", "This page was last updated on": a subject of one to three words, a verb of issuing.
const STAMP_SENTENCE =
  /^(?:the|this)\s+(?:\p{L}+\s+){1,3}(?:was|were)\s+(?:first\s+|last\s+)?(?:published|submitted|posted|updated|issued|answered|tabled|released|modified)\s+(?:on\s+)?/iu;
// The label alone: a participle of issuing, then "on" or a colon, and nothing else.
const BARE_LABEL =
  /^(?:(?:first|last|date)\s+)?(?:published|submitted|posted|updated|issued|answered|tabled|released|modified)(?:\s+on)?\s*:?$/iu;

/** A stamp sentence whose rest is a date (with or without a clock time), alone on its line. */
export function isStampSentence(line: string): boolean {
  if (line.length > MAX_SENTENCE || !line.includes(" was ")) return false;
  const lead = STAMP_SENTENCE.exec(line);
  return lead !== null && isPublicationDateLine(line.slice(lead[0].length).replace(/\.$/u, ""));
}

/** A stamp's label alone on its line ("Answered on", "Published:"). */
export function isBareStampLabel(line: string): boolean {
  return line.length <= MAX_LABEL && BARE_LABEL.test(line);
}
