import { agencyNamed } from "../metadata/agencies.js";
import data from "./data/inline-marks.json" with { type: "json" };
import { alternation } from "./patterns.js";

// Marks a copy sets inside a story's own line: a printed page's link targets written out after the linked words
// ("Chancellor Angela Merkel (https://…/tag/angela-merkel) and …"), and an aggregator's bracket naming the agency it
// took the story from, set before the story's first words ("(MENAFN- Trend News Agency) BAKU, …"), and a wiki's edit
// link after each section's heading ("See also[edit]"), and a wire's topic slug after the last stop ("(China-US-Talks)").
// The story's words stay; the marks go.

// A link's target in brackets, with the sentence going on after it (words, or a comma or stop): a related link's
// line ends on its target and is left whole for the readers of related links.
const LINK_TARGET = /\s\((?:https?:\/\/|www\.)[^\s()]{1,400}\)(?=[,.;:!?]|\s+\S)/gu;
// "(MENAFN- Trend News Agency) ": the aggregator's short name in capitals, a dash or colon, the agency's name.
const AGGREGATOR_OPENING = /^\(\s*\p{Lu}[\p{Lu}.]{1,19}\s*[-–:]\s*([^()]{2,60}?)\s*\)\s+(?=\S)/u;

// A translator's note in brackets set after a quoted sentence ("… in the classroom." (translated), "… engineers". [Translated
// from Vietnamese – ed.] He added …): the note opens on a word of translating, may name the language or the translator,
// may close on an editor's mark, and stands after a sentence's end or a closing quote (before the stop it then keeps),
// closing the line or followed by the next sentence.
const NOTE_OPENING = alternation(data.translatorNoteOpenings);
const UPDATE_MARK = new RegExp(`^(?:${data.updateMarks.join("|")})\\s+(?=[\\p{Lu}"“])`, "iu");
const TRANSLATOR_NOTE = new RegExp(
  `(?<=[.!?"”’'])\\s*[([](?:${NOTE_OPENING})(?:\\s+(?:from|by|into)\\s+[^()[\\]]{1,60}?)?(?:\\s*[-–—]\\s*ed\\.?)?[)\\]](?=[.;]?$|[.;]?\\s+[\\p{Lu}"“])`,
  "giu",
);

// '"at a good pace" [literally: "with good speed" - translator].': a translator's gloss signed with a dash, set after
// the words it glosses; the story's words and stop stay.
const SIGNED_TRANSLATOR_NOTE =
  /\s*\[[^[\]\n]{1,200}?\s[-–—]\s*(?:translator|transl\.|trans\.|tr\.)(?:['’]s\s+note)?\s*\]/giu;

// "MINH: (via interpreter) Thank you …", "(Via interpreter) Today we …": a transcript's note opening a turn, after its
// label or at the start of the turn's next paragraph.
const INTERPRETER_NOTE = new RegExp(
  `(^|:\\s*)[([]\\s*(?:${alternation(data.interpreterNotes)})\\s*[)\\]]\\s*(?=\\S)`,
  "iu",
);
// "President of Vietnam X (retranslated): Mr President, …": the same note set between a turn's label and its colon.
const LABEL_NOTE = new RegExp(
  `^(\\p{Lu}[^:()[\\]]{1,100}?)\\s*[([]\\s*(?:${alternation(data.interpreterNotes)})\\s*[)\\]](?=\\s*:\\s)`,
  "iu",
);
// "[Interpreter's note: the remarks were rendered in summary.] We also …": the note opening a turn's paragraph.
const OPENING_INTERPRETER_NOTE = /^\[\s*(?:interpreter|translator)(?:['’]s)?(?:\s+note)?\s*:[^[\]]{1,300}\]\s+(?=\S)/iu;

// "History[edit]", "See also [edit source]": the link a wiki sets after a section's heading.
const EDIT_LINK = /\s?\[edit(?: source)?\]$/iu;
// "… last year. (Vietnam-Britain-Ties)": a wire's topic slug after the paragraph's last stop, three to five capitalised
// words joined by hyphens in brackets; it files the item, it is not the story's.
const TOPIC_SLUG = /(?<=[.!?"”])\s*\((?:\p{Lu}[\p{L}\p{N}]*-){2,4}\p{Lu}[\p{L}\p{N}]*\)$/u;

// "**"Vietnam chose a partner …,"** Medvedev told …": a blogger's or a reader view's bold marks in Markdown around the
// words they stress. The words are the story's; the asterisks are the copy's.
// "… ever since.[1] On land …", "… the rig[2][3] was …": a footnote's number in square brackets glued after a word or a
// sentence's end calls an endnote; it is the page's apparatus, not the story's words. A bracket opening a line
// ("[1] <Source>") is the note itself, read with the notes.
// "… relations with Vietnam. [61204]": a parliament's order paper closes a member's question with its reference number in
// square brackets; the number files the question, it is not the member's words.
const QUESTION_REFERENCE = /(?<=[.!?"”’])\s*\[\d{4,7}\]$/u;
const CITATION_MARK = /(?<=[\p{L}\p{N}.,;:!?"”’)])(?:\[\d{1,3}\])+(?=[\s,.;:]|$)/gu;
const MARKDOWN_BOLD = /\*\*(?=[^\s*])([^*\n]{1,600}?[^\s*])\*\*/gu;

/**
 * The line without the link targets a printed page writes out inside its sentences, and without an aggregator's
 * bracket naming a known agency before its first words (with the agency that bracket names), and without a wiki
 * heading's edit link, a wire's topic slug closing the paragraph, a parliamentary question's reference number, a translator's note after a quoted sentence, an
 * interpreter's note opening a transcript's turn or set before its label's colon, and the Markdown bold marks around stressed words.
 * Other lines are returned as they are.
 * @example readInlineMarks("Merkel (https://example.de/tag/merkel) met Dung.") // => { text: "Merkel met Dung.", agency: null }
 */
export function readInlineMarks(line: string): { text: string; agency: string | null } {
  let text = line.includes("(") && /\(\s*(?:https?:|www\.)/u.test(line) ? line.replace(LINK_TARGET, "") : line;
  if (text.includes("**")) text = text.replace(MARKDOWN_BOLD, "$1");
  if (text.endsWith("]")) text = text.replace(EDIT_LINK, "");
  if (text.includes("[")) text = text.replace(CITATION_MARK, "").replace(QUESTION_REFERENCE, "");
  if (text.endsWith(")")) text = text.replace(TOPIC_SLUG, "");
  if (/[([](?:transl|interpr|informal|unofficial|our|as\s)/iu.test(text)) text = text.replace(TRANSLATOR_NOTE, "");
  if (/\s(?:transl|trans\.|tr\.)/iu.test(text)) text = text.replace(SIGNED_TRANSLATOR_NOTE, "");
  if (/[([]\s*(?:via|through|interpr)/iu.test(text)) text = text.replace(INTERPRETER_NOTE, "$1");
  if (/[([]\s*(?:via|through|interpr|retransl)/iu.test(text)) text = text.replace(LABEL_NOTE, "$1");
  if (/^\[\s*(?:interpr|transl)/iu.test(text)) text = text.replace(OPENING_INTERPRETER_NOTE, "");
  if (/^\[?update/iu.test(text)) text = text.replace(UPDATE_MARK, "");
  const opening = text.startsWith("(") ? AGGREGATOR_OPENING.exec(text) : null;
  const agency = opening ? agencyNamed(opening[1] ?? "") : null;
  return opening && agency ? { text: text.slice(opening[0].length), agency } : { text, agency: null };
}

// "… for your time. [03:09:30] MERCER: We will have more …": a rush transcript may run the next turn on in the same
// line, its time code and its speaker's label in capitals after the last turn's stop.
const TIMED_TURN = /(?<=[.!?"”’])\s+(?=\[\d{1,2}:\d{2}(?::\d{2})?\]\s+\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[^:]{1,60})?:\s)/u;

/**
 * The line's turns, each on a line of its own: a turn a transcript's time code and speaker label open in the middle of
 * a line is split off, with its time code, from the turn before it.
 * @example timedTurnsApart("Thank you. [03:09:30] KIM: Welcome back.") // => ["Thank you.", "[03:09:30] KIM: Welcome back."]
 */
export function timedTurnsApart(line: string): string[] {
  // Every turn split off opens on its time code's bracket: a line without one is read whole, unscanned.
  if (!line.includes("[")) return [line];
  const out: string[] = [];
  let rest = line;
  for (let m = TIMED_TURN.exec(rest); m && out.length < 50; m = TIMED_TURN.exec(rest)) {
    out.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(rest);
  return out;
}
