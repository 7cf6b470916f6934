import quoteJson from "../data/quotes.json" with { type: "json" };
import { fold } from "../fold.js";

// 'SECRETARY PANETTA: Thank you.', 'Minister Son: The rail link …', 'Ned Price (00:04):': a transcript's turn opens its
// paragraph with the speaker's label (capitalised words, perhaps a timestamp) and a colon, the words after it unmarked.
// Broadcast transcripts add the speaker's office after a comma and a note in brackets ('BARACK OBAMA, PRESIDENT OF THE
// UNITED STATES:', 'President Quang (through interpreter):', 'Gen. Sec. Trong (via interpreter):'): the name is the
// words before the comma; the office words are capitalised or joiners, never a clause. Some offices write the office
// first, with its state ('President of Russia Vladimir Putin:'), a party office with its whole body too ('General
// Secretary of the Central Committee of the Workers' Party Jo Roe:', up to eleven capitalised words before the colon),
// or its wing in brackets and the name after a comma ('Secretary (East), Smt. Preeti Saran:', 'Official Spokesperson,
// Shri Vikas Swarup:'): the words after the comma are kept (group 2) so a name there can be read too; a guest's post
// and its body may take a comma more ('JO ROE, SENIOR FELLOW, ASIA POLICY CENTRE:'). Group 3 is the turn's words on
// the label's line.
export const TURN_LABEL =
  /^\s*((?:[\p{Lu}][\p{L}.'’-]*\s+(?:(?:of|the)\s+){0,2}){0,10}[\p{Lu}][\p{L}.'’-]*)(?:\s*\([^()]{1,40}\))?(?:\s*,\s*((?:(?:[\p{Lu}\d][\p{L}.'’&-]*|of|the|for|and|on|to|in),?\s*){1,9}))?\s*(?:\(\s*[^()]{1,40}\)\s*)?:(?:\s+(.*))?$/su;
// '[13:01:12] ', '00:00:09 ', '00:33 ': a recording's clock before a paragraph, not part of its words.
export const TURN_CLOCK = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?=\S)/u;

// 'HOST MARGARET LIM:', 'AUDIE CORNISH, HOST:': a programme's role written in a label, never part of the name.
export const PROGRAMME_ROLES = new Set(quoteJson.programmeRoles.map((w) => fold(w)));

/** A turn label read off one paragraph: the words before the colon, the words after a comma in it, the turn's words. */
export interface TurnLabelMatch {
  head: string;
  tail: string | null;
  rest: string;
  /** Offset of the head in the paragraph's text (after any clock). */
  headAt: number;
  /** The programme role the label gives its speaker ('ANCHOR (Hoang Lan):', 'HOST JO LEE:', 'JO LEE, HOST:'). */
  role: ProgrammeRole | null;
  /** The label gives its speaker's seat and party in brackets, as a parliament's record does ('Jo Roe (Northtown) (Lab):'). */
  seat: boolean;
}

/** A programme role written in a speaker label, with its offset in the paragraph's text. */
export interface ProgrammeRole {
  text: string;
  at: number;
}

const isProgrammeRole = (w: string) => PROGRAMME_ROLES.has(fold(w));

// 'ANCHOR (Hoang Lan):', 'REPORTER (Minh Tuan):': a programme's role as the label, the person's name in brackets after
// it. Two to four capitalised words; a note ('(SOT)', '(via interpreter)') is one word or lower-case.
const BRACKETED_NAME = /^\s*\(\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})\s*\)/u;

// 'Official Spokesperson (Shri Syed Akbaruddin):', 'The Minister of State, Foreign Office (Mr Jane Doe):': an office's
// label naming its holder in the last brackets before the colon, two to four capitalised words after a courtesy word.
const BRACKETED_HOLDER =
  /\(\s*(?:(?:[\p{L}]{1,5}\.?\s+){0,2}?)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*\)\s*$/u;
// 'Jo Roe (Northtown) (Lab):', 'Mr ROE (Northtown—Minister for Trade) (14:05):': a member's seat, then the party or the
// time, in brackets after the name.
const SEAT = /\(\p{Lu}[^()]{0,60}\)\s*\([\p{Lu}\d][^()]{0,20}\)\s*$/u;
// '4. Mr Jo Bloggs (Northtown) (Con):': a parliament's order paper numbers the question its member asks; the number
// stands before a label with a seat in brackets, never before a question's outlet ('2. VnExpress:').
const ORDER_NUMBER = /^\d{1,3}\.\s+(?=[^:]{1,80}\([^()]{1,40}\)[^:]{0,60}:)/u;
// '[Anchor Jo Lee] For the first time …', '[Jo Roe, Minister of Trade] "We have …"': a video's transcript writes the
// label in square brackets before the turn's words instead of before a colon.
const BRACKETED_LABEL = /^(\s*)\[([^[\]:]{3,100})\](?=\s+\S)/u;

/** The speaker label opening a paragraph, when it has one (a clock or an order paper's number before it is skipped). */
export function readTurnLabel(paragraph: string): TurnLabelMatch | null {
  const clock = TURN_CLOCK.exec(paragraph) ?? ORDER_NUMBER.exec(paragraph);
  const text = asColonLabel(clock ? paragraph.slice(clock[0].length) : paragraph);
  const colon = text.indexOf(":");
  if (colon < 0 || colon > 120) return null;
  const m = TURN_LABEL.exec(text);
  if (!m) return null;
  let head = m[1] ?? "";
  let at = text.indexOf(head);
  const offset = clock?.[0].length ?? 0;
  // The holder an office's label names in brackets stands where a name after the office's comma would.
  const holder = BRACKETED_HOLDER.exec(text.slice(at + head.length, colon))?.[1];
  let tail = holder ?? (m[2]?.trim() || null);
  let role: ProgrammeRole | null = null;
  // A label of programme roles alone names its speaker in the brackets after it: the name is the label's head.
  const words = head.split(/\s+/);
  const roles = words.every(isProgrammeRole);
  const named = roles ? BRACKETED_NAME.exec(text.slice(at + head.length, colon)) : null;
  if (named?.[1]) {
    // The bracketed name is the speaker's own, no office's holder.
    tail = m[2]?.trim() || null;
    role = { text: head, at: offset + at };
    const from = at + head.length;
    head = named[1];
    at = from + text.slice(from).indexOf(head);
  } else if (!roles && isProgrammeRole(words[0] as string)) {
    // 'ANCHOR RICA SALVADOR:': the role before the name.
    role = { text: words[0] as string, at: offset + at };
  } else if (tail?.split(/\s+/).every(isProgrammeRole)) {
    // 'AUDIE CORNISH, HOST:': the role after the comma.
    role = { text: tail, at: offset + text.indexOf(tail, at + head.length) };
  }
  const seat = SEAT.test(text.slice(at + head.length, colon));
  return { head, tail, rest: (m[3] ?? "").trim(), headAt: offset + at, role, seat };
}

/**
 * A turn that says something before it asks ('Everyone was watching the walkout. What did Hanoi get out of it?'): the
 * opening turn of a programme, its host's, as a reporter's bare question at a briefing is not.
 */
export function statesBeforeAsking(rest: string): boolean {
  return /[.!…][”"’')]*\s+\S[\s\S]*\?["”’)]*$/u.test(rest.trim());
}

/** A bracketed label read as a colon's ('[Anchor Jo Lee] Words' → ' Anchor Jo Lee: Words'), every offset kept. */
function asColonLabel(text: string): string {
  const m = BRACKETED_LABEL.exec(text);
  if (!m) return text;
  const at = (m[1] as string).length;
  // '[Jo Roe, lecturer at the Academy]': a post written in lower case after the comma is no label's office; the name
  // before the comma is the label, the post blanked.
  let inner = m[2] as string;
  const comma = inner.indexOf(",");
  if (comma > 0 && !TURN_LABEL.test(`${inner}:`)) inner = inner.slice(0, comma).padEnd(inner.length);
  return `${text.slice(0, at)} ${inner}:${text.slice(m[0].length)}`;
}

/** A speaker label opening one of a page's paragraphs, with the body offset of its words before the colon. */
export interface SpeakerLabel {
  head: string;
  tail: string | null;
  rest: string;
  start: number;
  /** The programme role the label gives, with its body offset. */
  role: ProgrammeRole | null;
  /** The label gives a member's seat and party. */
  seat: boolean;
}

/**
 * The speaker labels of a body, one per paragraph that opens with one and whose words after the colon are speech. Read
 * here, judged by the people reader (findPeople), which alone decides whether a label names a person.
 */
export function speakerLabels(body: string): SpeakerLabel[] {
  const labels: SpeakerLabel[] = [];
  let pos = 0;
  for (const paragraph of body.split("\n")) {
    const label = paragraph.trim() ? readTurnLabel(paragraph) : null;
    // A turn's words are sentences: 'Join Date: Jan 2014', 'Posts: 1,204' are a forum's or a form's fields.
    const spoken = !label?.rest || (/^[\p{Lu}\d“"‘'«(]/u.test(label.rest) && /(?:[.!?…][”"’'»)]*|,)$/.test(label.rest));
    if (label && spoken)
      labels.push({
        head: label.head,
        tail: label.tail,
        rest: label.rest,
        start: pos + label.headAt,
        role: label.role ? { text: label.role.text, at: pos + label.role.at } : null,
        seat: label.seat,
      });
    pos += paragraph.length + 1;
  }
  return labels;
}
