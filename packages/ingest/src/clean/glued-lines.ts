import { z } from "zod";
import { isContributorNote, readByline } from "./bylines.js";
import gluedJson from "./data/glued-lines.json" with { type: "json" };
import { escapeLiteral } from "./patterns.js";
import { isHeadline, isInstitutionName, isSubstantial } from "./title.js";

// Lines a copy glues to the story or sets beside it, read by their shape (issue 11): a wire's contributor note run
// onto the story's last paragraph, an author box's line of offices under the byline, numbered endnotes citing
// their sources, a related headline asked as a question, and the issuer's name signing a release in capitals.
const Glued = z.object({
  officeWords: z.array(z.string().min(1)).min(1),
  contributorSeparators: z.array(z.string().min(1)).min(1),
});
const glued = Glued.parse(gluedJson);

// The story's last sentence, the wire's rule, then its note: "… on the standoff. ___ Associated Press writer …".
const CONTRIBUTOR_RULE = new RegExp(
  `^(.*?[.!?]["”’)]?)\\s*(?:${glued.contributorSeparators.map(escapeLiteral).join("|")})\\s*(\\p{Lu}.*)$`,
  "u",
);
// The same note run on after the story's last sentence with no rule: "… on Monday. Reuters contributed to this report."
const LAST_SENTENCE = /[.!?]["”’)]?\s+(?=\p{Lu})/gu;
const MAX_NOTE_WORDS = 25;

/**
 * A story paragraph with the wire's contributor note glued to its end, split into the paragraph and the note, so the
 * note goes as a credit and the paragraph stays the story's. Null when the line ends on no such note or nothing of
 * the story stands before it.
 * @example splitContributorNote("It ended. ___ AP writer Jo Roe in Hanoi contributed to this report.")
 * // => { story: "It ended.", note: "AP writer Jo Roe in Hanoi contributed to this report." }
 */
export function splitContributorNote(line: string): { story: string; note: string } | null {
  // The rule is a literal: a line without one is not searched for it (the search backtracks over the whole line).
  const ruled = glued.contributorSeparators.some((rule) => line.includes(rule)) ? CONTRIBUTOR_RULE.exec(line) : null;
  if (ruled && isContributorNote(ruled[2] as string) && /\p{L}{2}/u.test(ruled[1] as string))
    return { story: (ruled[1] as string).trim(), note: (ruled[2] as string).trim() };
  if (!/contributed/iu.test(line)) return null;
  // The note is the last sentence: a short one, after a story sentence of its own.
  const starts = [...line.matchAll(LAST_SENTENCE)].map((m) => m.index + m[0].length);
  const at = starts.at(-1);
  if (at === undefined) return null;
  const note = line.slice(at);
  if (note.split(/\s+/).length > MAX_NOTE_WORDS || !isContributorNote(note)) return null;
  // What stands before the note must be a story's paragraph, not another line of credits ("Miller reported from …").
  const story = line.slice(0, at).trim();
  return isSubstantial(story) ? { story, note } : null;
}

// A translator's or compiler's note in brackets closing the story's last paragraph, after its agency's sign-off:
// "… called on the State Counsellor. — MNA (Translated by <Name>)". The note goes; the sentence and sign-off stay.
const STAFF_NOTE_TAIL = /\s*\((?:Translated|Translation|Compiled|Edited|Proofread)\s+by\s+[^()]{2,60}\)$/iu;
const MIN_STORY_BEFORE_NOTE_WORDS = 10;

/** The story's sentence and its bracketed staff note, when a note closes a line of story; else null. */
export function splitStaffNote(line: string): { story: string; note: string } | null {
  // The note closes the line on its bracket: any other line is not searched.
  const tail = line.endsWith(")") ? STAFF_NOTE_TAIL.exec(line) : null;
  if (!tail) return null;
  const story = line.slice(0, tail.index).trim();
  if (story.split(/\s+/).length < MIN_STORY_BEFORE_NOTE_WORDS || !/[.!?]/u.test(story)) return null;
  return { story, note: tail[0].trim() };
}

// "… on Monday. [POOL PHOTO]By JANE ROE [jane.roe@example.com]": a photo's caption closed by its credit in square
// brackets, run into the byline set under it with no break. The caption and the byline part at the bracket.
const CREDIT_THEN_BYLINE = /^(.{20,400}?[.!?]["”’)]?\s*\[[^[\]\n]{2,60}\])\s*(By\s+\p{Lu}.{1,150})$/u;

// "… at the airport on Monday.By Jane Roe": a caption's last stop run into the byline set under it, the copy having
// lost the line break between them (no space after the stop, which a sentence of story always has).
const STOP_THEN_BYLINE = /^(.{20,400}?[.!?]["”’)]?)(By\s+\p{Lu}[^.!?]{1,80})$/u;

/** A bracket-credited caption and the byline glued after it, or null when the line holds no such pair. */
export function splitCaptionByline(line: string): { story: string; note: string } | null {
  const match = line.includes("]")
    ? CREDIT_THEN_BYLINE.exec(line)
    : line.includes("By ")
      ? STOP_THEN_BYLINE.exec(line)
      : null;
  if (!match || readByline(match[2] as string)?.author == null) return null;
  return { story: (match[1] as string).trim(), note: (match[2] as string).trim() };
}

/** Lines with a glued contributor or staff note, or a byline glued to a caption, split in two, each in its place. */
export function withContributorNotesApart(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const split =
      line.length > 60 ? (splitContributorNote(line) ?? splitStaffNote(line) ?? splitCaptionByline(line)) : null;
    return split ? [split.story, split.note] : [line];
  });
}

// An author box's offices: "Member of the Party Central Committee, Deputy Prime Minister, Minister of Foreign
// Affairs". Each office opens on an office's word; a sentence would have a verb and a stop.
const OFFICE_OPENING = new RegExp(`^(?:${glued.officeWords.map(escapeLiteral).join("|")})\\b`, "u");
const MIN_OFFICES = 2;
const MAX_OFFICES_WORDS = 30;

/** A line listing the author's offices, two or more, separated by commas or semicolons, with no stop. */
export function isOfficesLine(text: string): boolean {
  if (/[.!?:"“”]$/u.test(text) || /["“”]/u.test(text)) return false;
  if (text.split(/\s+/).length > MAX_OFFICES_WORDS) return false;
  const offices = text.split(/\s*[,;]\s*/u).filter(Boolean);
  return offices.length >= MIN_OFFICES && offices.every((office) => OFFICE_OPENING.test(office));
}

// "(1) Figures from the Ministry of …, Department of Policy Planning, 12/2013.": a numbered endnote citing a source,
// its parts set off by commas and closed by the year (or month and year) of the work it cites.
const BRACKET_CITATION = /^\(\d{1,2}\)\s*\p{Lu}[^\n]{4,300},\s*(?:\d{1,2}[/.-])?(?:19|20)\d{2}[.)]?$/u;
const MIN_CITATION_COMMAS = 2;

/** A numbered endnote in brackets citing a source: never the story's. */
export function isBracketCitation(text: string): boolean {
  return BRACKET_CITATION.test(text) && (text.match(/,/g)?.length ?? 0) >= MIN_CITATION_COMMAS;
}

const MIN_QUESTION_WORDS = 4;

/** "Can India and Vietnam build a defence industry together?": another story's headline, asked as a question. */
export function isQuestionHeadline(text: string): boolean {
  return (
    text.endsWith("?") &&
    isHeadline(text.slice(0, -1)) &&
    text.split(" ").length >= MIN_QUESTION_WORDS &&
    /\s\p{Ll}/u.test(text) &&
    !/["“”]/u.test(text)
  );
}

// "<Bureau>, <Office of …>, <Office of …>": an issuing office named down its chain of offices, parts set apart by commas.
const MIN_CHAIN_PARTS = 2;
const MAX_CHAIN_PARTS = 4;

/**
 * "EMBASSY OF VIET NAM IN CANADA" under a release: the issuer's name in capitals, signing it. In title case the issuer
 * signs with its chain of offices ("Bureau of Public Relations, Office of the Permanent Secretary, Office of the Prime
 * Minister"): two or more institutions' names set apart by commas, which no sentence of the story is made of.
 */
export function isIssuerSignature(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 4 && letters === letters.toUpperCase() && isInstitutionName(text)) return true;
  if (!text.includes(", ") || /[.!?:;"]$/u.test(text)) return false;
  const parts = text.split(", ");
  return (
    parts.length >= MIN_CHAIN_PARTS && parts.length <= MAX_CHAIN_PARTS && parts.every((part) => isInstitutionName(part))
  );
}
