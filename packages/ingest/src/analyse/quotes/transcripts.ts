import { escapeLiteral } from "../../clean/patterns.js";
import { countryCode } from "../countries.js";
import { fold } from "../fold.js";
import {
  isTitleWord,
  labelOffice,
  type Person,
  PROGRAMME_ROLES,
  peopleOfText,
  readCanonicalName,
  readTurnLabel,
  statesBeforeAsking,
  TURN_CLOCK,
  TURN_LABEL,
} from "../people/index.js";
import type { QuoteFinding } from "../types.js";
import type { Line } from "./context.js";
import {
  ANSWER_LABELS,
  COURTESY_TURN,
  HONORIFICS,
  MIN_WORDS,
  QUESTION_LABELS,
  quoteData,
  ROLE_REF,
  STYLES,
  trimQuote,
  VERB,
  wordCount,
} from "./rules.js";

// Quotations printed without marks: a transcript's or an interview's turns, a speech posted in full, a TV script's
// soundbites. Each is credited by its label, its heading or its cue, not by a verb of speech.

// '[Soundbite] Yoon Suk Yeol - President (Korean)', '[SOT] Name, Role': a TV script's cue naming who speaks next.
const SOUNDBITE = new RegExp(
  `^\\s*\\[\\s*(?:${quoteData.soundbiteLabels.map(escapeLiteral).join("|")})\\s*\\]\\s*\\S`,
  "iu",
);

/**
 * A TV news script prints each soundbite as a cue line naming the speaker ('[Soundbite] Name - Role (language)') and
 * the words in quotation marks on the next line, with no attribution: the words are the quote of the person the cue
 * names (the first person named on the cue line).
 */
export function soundbiteQuotes(lines: readonly Line[], people: readonly Person[], out: QuoteFinding[]): void {
  for (let li = 0; li + 1 < lines.length; li++) {
    const cue = lines[li] as Line;
    if (!SOUNDBITE.test(cue.text)) continue;
    const end = cue.start + cue.text.length;
    const named = people
      .flatMap((p) => p.mentions.filter((m) => m.start >= cue.start && m.end <= end).map((m) => ({ p, at: m.start })))
      .sort((a, b) => a.at - b.at)[0];
    if (!named) continue;
    const next = lines[li + 1] as Line;
    const text = trimQuote(next.text.trim().replace(/^[“"‘'«„]+|[”"’'»]+$/g, ""));
    if (!/^\s*[“"‘'«„]/.test(next.text) || wordCount(text) < MIN_WORDS) continue;
    const start = next.start + next.text.indexOf(text);
    insertQuote(out, { speaker: named.p.name, text, start, end: start + text.length });
  }
}

/** A page's heading, with the people it names (read as the body's people are) and whether it names a briefing. */
interface Heading {
  text: string;
  people: Person[];
  /** 'Spokesperson Hua Chunying's Regular Press Conference', 'Interview with Ambassador X': who answers is named. */
  answering: boolean;
  /**
   * The one person a line the cleaner set aside names as answering, when that line names a briefing or an interview
   * ('Remarks by MOFA Spokesperson X at the Regular Press Conference on …' kept out of the body as a caption): the
   * answerer when neither the page's title nor the introduction names one.
   */
  aside: Person | null;
}

// An aside longer than this is a paragraph, not a heading.
const MAX_ASIDE_WORDS = 30;

/**
 * A briefing's transcript names its speaker in full only in its heading ('Press Conference by Press Secretary
 * KOBAYASHI Maki', 'Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference'); its turns carry a
 * surname ('Press Secretary KOBAYASHI:') or a bare 'A:'. The heading's people are read as the body's are; one the body
 * names too is the body's person, so offsets stay the body's (a heading's own person has none).
 */
export function headingOf(
  title: string | null | undefined,
  people: readonly Person[],
  asides: readonly string[] = [],
): Heading | null {
  const text = title?.trim() ?? "";
  let aside: Person | null = null;
  for (const line of asides) {
    const a = line.trim();
    if (a.includes("\n") || wordCount(a) > MAX_ASIDE_WORDS || !hasAnsweringCue(a)) continue;
    const named = headingPeople(a, people);
    if (named.length !== 1) continue;
    aside = named[0] as Person;
    break;
  }
  if (!text) return aside ? { text: "", people: [], answering: false, aside } : null;
  return { text, people: headingPeople(text, people), answering: hasAnsweringCue(text), aside };
}

/** Whether a line names a briefing or an interview (its answering cue). */
function hasAnsweringCue(text: string): boolean {
  return (text.match(ANSWERING_CUE) ?? []).length > 0;
}

/** The people a heading names, read as the body's are; one the body names too is the body's person. */
function headingPeople(text: string, people: readonly Person[]): Person[] {
  return peopleOfText(text).map((h) => people.find((p) => p.key === h.key) ?? { ...h, mentions: [] });
}

/**
 * The person a turn label names in the page's heading: one the heading's people hold the label's name words, else the
 * run of capitalised words around the label's name word in the heading ('Press Secretary KOBAYASHI' and 'Press
 * Conference by Press Secretary KOBAYASHI Maki' → Maki Kobayashi), when the run is longer than the label's name.
 */
function headingSpeaker(label: string, heading: Heading | null): Person | null {
  if (!heading) return null;
  const listed = labelCandidates(label, heading.people);
  if (listed.length === 1) return listed[0] as Person;
  if (listed.length > 1) return null;
  const names = label
    .split(/\s+/)
    .map((w) => w.replace(/\.+$/, ""))
    .filter((w) => w && !HONORIFICS.has(fold(w)) && !STYLES.has(fold(w)) && !isTitleWord(fold(w)));
  if (names.length !== 1 || !/^\p{Lu}/u.test(names[0] as string)) return null;
  const words = heading.text.split(/\s+/).map((w) => w.replace(/['’]s$|[,:;.!?)(]+$|^[(]+/gu, ""));
  const at = words.findIndex((w) => fold(w) === fold(names[0] as string));
  if (at < 0) return null;
  const isName = (w: string | undefined) =>
    !!w && /^\p{Lu}[\p{L}'’-]*$/u.test(w) && !isTitleWord(fold(w)) && !HONORIFICS.has(fold(w)) && !STYLES.has(fold(w));
  let from = at;
  let to = at + 1;
  while (from > 0 && to - from < 4 && isName(words[from - 1])) from--;
  while (to < words.length && to - from < 4 && isName(words[to])) to++;
  if (to - from < 2) return null;
  const name = readCanonicalName(words.slice(from, to).join(" "));
  return { name, key: fold(name), roles: [], mentions: [] };
}

/** The one person a heading that names a briefing or an interview names: who answers its questions. */
function headingAnswerer(heading: Heading | null): Person | null {
  return heading?.answering && heading.people.length === 1 ? (heading.people[0] as Person) : null;
}

/**
 * The person a transcript's turn label names: its name words ('MINISTER THANH' → Thanh) must all be words of one
 * person the article names; a label of titles alone ('THE SPOKESPERSON') names the one person holding that office.
 * Anything else ('Q', 'QUESTION', 'MODERATOR', an outlet asking) is not a speaker the article quotes.
 */
function labelSpeaker(label: string, people: readonly Person[]): Person | null {
  const hits = labelCandidates(label, people);
  return hits.length === 1 ? (hits[0] as Person) : null;
}

/** The one person a label names by a word of their name ('Shri Vikas Swarup'); none for a label of offices alone. */
function namedSpeaker(label: string, people: readonly Person[]): Person | null {
  const speaker = labelSpeaker(label, people);
  if (!speaker) return null;
  const parts = speaker.key.split(" ").map((w) => w.replace(/\.+$/, ""));
  return label.split(/\s+/).some((w) => parts.includes(fold(w.replace(/\.+$/, "")))) ? speaker : null;
}

/** The people a label could name: those whose name holds its name words, or, for a label of titles alone, its office. */
function labelCandidates(label: string, people: readonly Person[]): Person[] {
  // 'MARCOS JR.': a label's word loses its full stop, so the name's words are read without theirs too.
  const parts = people.map((p) => p.key.split(" ").map((w) => w.replace(/\.+$/, "")));
  const words = label
    .split(/\s+/)
    .map((w) => fold(w.replace(/\.+$/, "")))
    .filter((w) => w && !HONORIFICS.has(w) && !(STYLES.has(w) && !parts.some((ps) => ps.includes(w))))
    // 'HOST MARGARET LIM': a programme's role before the name is no office the people hold.
    .filter((w) => !PROGRAMME_ROLES.has(w) || parts.some((ps) => ps.includes(w)));
  // A word of someone's name is a name even where it could be a title word too ("Son").
  const names = words.filter((w) => parts.some((ps) => ps.includes(w)));
  // 'President of Vietnam To Lam': the office's state and its joiners belong to the office; 'PCO SECRETARY JANE ROE':
  // so does the acronym of the office's body before it.
  const acronyms = new Set(
    (labelOffice(label) ?? "")
      .split(/\s+/)
      .filter((w) => w && !isTitleWord(fold(w)))
      .map((w) => fold(w)),
  );
  const offices = words.filter(
    (w) => !names.includes(w) && !acronyms.has(w) && !(w === "of" || w === "the" || countryCode(w)),
  );
  if (offices.some((w) => !isTitleWord(w))) return [];
  if (names.length > 0) return people.filter((_, i) => names.every((n) => (parts[i] as string[]).includes(n)));
  const asked = words.filter((w) => !names.includes(w) && w !== "the" && w !== "of");
  return asked.length
    ? people.filter((p) => p.roles.some((r) => asked.every((o) => fold(r.role).split(" ").includes(o))))
    : [];
}

/** The holders of the office a label of titles alone names ('PRIME MINISTER', 'THE PRESIDENT'); none for a name. */
function officeHolders(label: string, people: readonly Person[]): Person[] {
  const words = officeWords(label);
  if (!words || words.some((w) => people.some((p) => p.key.split(" ").includes(w)))) return [];
  return labelCandidates(label, people);
}

/**
 * Transcripts, briefings and Q&A interviews print a speaker's words with no quotation marks, each turn opened by a
 * label ('SECRETARY PANETTA:', 'Minister Son:', 'Q:'). A turn of a person the article names is that person's quote,
 * from the turn's first words; its later paragraphs run on until the next label. Only a page with two labelled turns
 * or more is read as a transcript, so a lone 'Name: …' line (a caption, a crosshead) is not.
 */
export function turnQuotes(
  lines: readonly Line[],
  people: readonly Person[],
  heading: Heading | null,
  out: QuoteFinding[],
): boolean {
  const turns: Array<{
    li: number;
    person: Person | null;
    rest: string;
    kind: "question" | "answer" | null;
    label: string;
    /** The label names its speaker after the office ('Official Spokesperson, Shri X:'). */
    named: boolean;
    /** The office the label gives after its speaker's name ('NAME, PRIME MINISTER:'). */
    office: string | null;
    /** The label gives its speaker an office or a seat ('Senator X:', 'X (Seat) (Party):'). */
    member: boolean;
  }> = [];
  for (let li = 0; li < lines.length; li++) {
    const m = readTurnLabel((lines[li] as Line).text);
    if (!m) continue;
    const rest = m.rest;
    // A turn's words are sentences; 'Le Van Tuan: a profile of …' and "Biden: 'Not about containing China'" are
    // headlines' shapes. A speech's salutation ends on a comma and runs on in the next paragraph ('Your Excellency
    // President Vladimir Putin, ladies and gentlemen,').
    if (rest && (!/^[\p{Lu}\d“"‘'«(]/u.test(rest) || !/(?:[.!?…][”"’'»)]*|,)$/.test(rest))) continue;
    const label = fold(m.head.replace(/\.+$/, ""));
    const kind = QUESTION_LABELS.has(label) ? "question" : ANSWER_LABELS.has(label) ? "answer" : null;
    // 'Official Spokesperson, Shri Vikas Swarup:': the office first, the name after the comma; a name there is the
    // speaker. A label the body's people do not name may name the heading's ('Press Secretary KOBAYASHI:').
    const tail = m.tail ? namedSpeaker(m.tail, people) : null;
    const person = kind
      ? null
      : (tail ??
        labelSpeaker(m.head, people) ??
        (labelCandidates(m.head, people).length === 0 ? headingSpeaker(m.head, heading) : null));
    // 'ANTHONY ALBANESE, PRIME MINISTER:' then 'PRIME MINISTER:': the office after the name stands for it later.
    const office = person && !tail && m.tail && officeWords(m.tail) ? m.tail : null;
    // 'Senator HALLORAN:', 'Jo Roe (Northtown) (Lab):': a member of the house asking holds an office or a seat there.
    const member = m.seat || (!!person && labelHoldsOffice(m.head, person));
    turns.push({ li, person, rest, kind, label: m.head, named: tail !== null && person === tail, office, member });
  }
  // A statement or a speech posted under one label standing on its own line ('PRIME MINISTER KISHIDA:') is one turn,
  // when the label names a person the page names; a lone 'Name: …' line with words after it stays a caption's shape.
  // So is a remarks page whose body opens on the speaker's label, the first words on its line, and runs on in the first
  // person ('PRESIDENT X: Thank you so much. …' then 'I bring the greetings of …').
  const lone = turns.length === 1 ? turns[0] : undefined;
  const speech =
    !!lone?.person &&
    lone.li + 1 < lines.length &&
    (!lone.rest || (lone.li <= SPEECH_LABEL_FROM && FIRST_PERSON.test((lines[lone.li + 1] as Line).text)));
  if (turns.length < 2 && !speech) return false;
  // A leader's own office labels its host by office alone ('PRIME MINISTER:') and the guest by office and name ('PRIME
  // MINISTER CHINH (VIA INTERPRETER):'): the bare office is the holder no other label of the transcript names.
  // 'Official Spokesperson, Shri X:' on the first turn, then 'Official Spokesperson:' alone: the office the label
  // gave with a name stands for that name on the later turns.
  const byOffice = new Map<string, Person | null>();
  for (const t of turns) {
    if (!t.person || !(t.named || t.office)) continue;
    const office = fold(t.office ?? t.label);
    byOffice.set(office, byOffice.has(office) && byOffice.get(office) !== t.person ? null : t.person);
  }
  for (const t of turns) if (!t.person && !t.kind) t.person = byOffice.get(fold(t.label)) ?? null;
  const labelled = new Set(turns.flatMap((t) => (t.person ? [t.person] : [])));
  for (const t of turns) {
    if (t.person || t.kind) continue;
    const host = officeHolders(t.label, people).filter((p) => !labelled.has(p));
    if (host.length === 1) t.person = host[0] as Person;
  }
  // An interview printed as 'Q:' questions and unlabelled or 'A:' answers: the answers are the interviewee's, the one
  // person its introduction (before the first question) names.
  let interviewee: Person | null = null;
  const firstQuestion = turns.find((t) => t.kind === "question");
  if (!turns.some((t) => t.person) && firstQuestion && turns.filter((t) => t.kind === "question").length >= 2) {
    const before = (lines[firstQuestion.li] as Line).start;
    const named = people.filter((p) => p.mentions.some((m) => m.start < before));
    // A heading naming the briefing's spokesperson says who answers, whoever its announcements name first.
    // A heading line set aside from the body comes last: the introduction is the page's own word on who answers.
    interviewee =
      headingAnswerer(heading) ?? (named.length === 1 ? (named[0] as Person) : null) ?? heading?.aside ?? null;
  } else if (firstQuestion && turns.some((t) => t.kind === "answer")) {
    // A briefing that labels its spokesperson's announcement by name ('Spokesperson Le Thi Thu Hang: At the
    // invitation of …') and every reply after it 'Answer:': with one named speaker on all its labels, the replies
    // are that speaker's. Two named speakers leave an 'Answer:' unassigned: either could be replying.
    const speakers = new Set(turns.flatMap((t) => (t.person ? [t.person] : [])));
    if (speakers.size === 1) interviewee = [...speakers][0] as Person;
  }
  // Answers are spoken in the first person: a briefing's summary under 'Reporter:' questions that names the speaker
  // again ('Spokesperson Pham Thu Hang said: …', 'The Spokesperson reaffirmed that …') reports them, and its quoted
  // words are read from their marks.
  if (interviewee && firstQuestion) {
    const who = interviewee;
    const labelled = new Set(turns.map((t) => t.li));
    for (let li = firstQuestion.li + 1; li < lines.length; li++) {
      if (labelled.has(li)) continue;
      const line = lines[li] as Line;
      const end = line.start + line.text.length;
      const role = ROLE_REF.exec(line.text);
      const roleSpeaks = role?.index === 0 && VERB.test(line.text.slice(role.index + role[0].length).slice(0, 40));
      if (
        THIRD_PERSON_SPEECH.test(line.text) ||
        roleSpeaks ||
        who.mentions.some((m) => m.start >= line.start && m.start < end)
      ) {
        interviewee = null;
        break;
      }
    }
  }
  if (!turns.some((t) => t.person) && !interviewee) return false;
  // 'Question (CNA): …?' then 'Minister: It has been …': a label that is an office alone, naming no one the page
  // quotes, answers for the one the interview's heading or introduction names.
  if (interviewee) for (const t of turns) if (!t.person && !t.kind && officeWords(t.label) !== null) t.kind = "answer";
  if (interviewee && firstQuestion) openingStatement(lines, firstQuestion.li, interviewee, out);
  // Speakers with a turn that does not end by asking.
  const states = new Set(
    turns.flatMap((t, k) => {
      if (!t.person) return [];
      const next = turns[k + 1]?.li ?? lines.length;
      const last = (t.rest && next === t.li + 1 ? t.rest : (lines[next - 1] as Line).text).trim();
      return wordCount(last) >= MIN_WORDS && !/\?["”’)]*$/.test(last) ? [t.person] : [];
    }),
  );
  // The one who opens a programme is its host ('CORIN DANN: The prime minister is in Hanoi … Mihi, what was signed?'):
  // the host's questions are the host's words as the narration is, though every turn of theirs ends by asking. A
  // briefing opens with its spokesperson, who states; a reporter asks only after someone has spoken.
  const opener = turns[0]?.person && !turns[0].kind ? turns[0].person : null;
  // So is one whose opening turn says something before it asks ('Everyone was watching. What did Hanoi get?').
  if (opener && (turns.filter((t) => t.person === opener).length >= 2 || statesBeforeAsking(turns[0]?.rest ?? "")))
    states.add(opener);
  // A parliament's members ask in their own right: a question put by one the label seats or titles is on the record as
  // theirs, as a reporter's question at a briefing is not.
  for (const t of turns) if (t.person && t.member) states.add(t.person);
  // An interviewer's turn: a question label, or a label naming nobody the page quotes ('Hanoi Times:') whose words ask.
  const interviewer = turns.some((t, k) => {
    if (t.kind === "question") return true;
    if (t.person || t.kind) return false;
    const next = turns[k + 1]?.li ?? lines.length;
    const last = (t.rest && next === t.li + 1 ? t.rest : (lines[next - 1] as Line).text).trim();
    return /\?["”’)]*$/.test(last);
  });
  let found = false;
  for (let k = 0; k < turns.length; k++) {
    const t = turns[k] as (typeof turns)[number];
    const speaker = t.person ?? (t.kind ? interviewee : null);
    if (!speaker) continue;
    // A question's answer starts after it: on the next paragraph, or the one after a label standing alone.
    const from = t.kind === "question" ? t.li + (t.rest ? 1 : 2) : t.rest ? t.li : t.li + 1;
    // The last turn's short reply on its label's line ('SULLIVAN: You're welcome.') closes the transcript when the
    // paragraphs after it do not speak in the first person: they are the page's (a disclaimer), not more of the reply
    // ('Thank you, President Boric.' then 'On behalf of the delegation, I thank …' runs on).
    const closing =
      !turns[k + 1] &&
      /[.!?…]$/.test(t.rest) &&
      (wordCount(t.rest) < MIN_WORDS || COURTESY_TURN.test(t.rest)) &&
      !lines.slice(t.li + 1, t.li + 4).some((l) => /\b(?:I|[Ww]e|[Oo]ur|[Mm]y|us)\b/.test(l.text));
    const next = turns[k + 1]?.li ?? lines.length;
    const stop = closing ? t.li + 1 : Math.min(next, t.li + (speech ? 400 : TURN_LINES));
    // An interview that labels its first exchange only ('Outlet: …?' then 'Name: …') prints its later questions as
    // short paragraphs that ask, unlabelled: each ends the answer before it, and the paragraphs after it are the same
    // speaker's next answer.
    const relabels = !!t.person && !t.kind && interviewer;
    const answers: Array<Array<{ text: string; start: number; end: number }>> = [[]];
    for (let j = from, opened = from; j < (relabels ? Math.min(next, opened + TURN_LINES) : stop); j++) {
      const line = lines[j] as Line;
      const text = trimQuote(
        (j === t.li ? t.rest : line.text.replace(TURN_CLOCK, "")).replace(/^[\s“"‘'«]+|[\s”"’'»]+$/g, ""),
      );
      // The turn ends at furniture after it ('END', a link list): a paragraph that does not end a sentence.
      if (j > from && !/[.!?…"”’)]$/.test(text)) break;
      // An unlabelled paragraph that asks is still the interviewer's.
      if (t.kind === "question" && /\?$/.test(text)) break;
      if (relabels && j > from && asksAlone(line.text)) {
        answers.push([]);
        opened = j + 1;
        continue;
      }
      const start = line.start + line.text.lastIndexOf(text);
      answers.at(-1)?.push({ text, start, end: start + text.length });
    }
    for (const parts of answers) if (addTurnQuote(parts, speaker, t.kind, states, out)) found = true;
  }
  return found;
}

/** Whether a label naming its speaker gives them an office beside the name ('Senator HALLORAN', 'Minister Son'). */
function labelHoldsOffice(label: string, person: Person): boolean {
  const parts = person.key.split(" ");
  return label
    .split(/\s+/)
    .map((w) => fold(w.replace(/\.+$/, "")))
    .some((w) => w && !parts.includes(w) && !HONORIFICS.has(w) && !PROGRAMME_ROLES.has(w) && isTitleWord(w));
}

/** A turn label's words, folded, when they are an office's alone ('Minister', 'PRIME MINISTER'); else null. */
function officeWords(label: string): string[] | null {
  const words = label
    .split(/\s+/)
    .map((w) => fold(w.replace(/\.+$/, "")))
    .filter((w) => w && !HONORIFICS.has(w) && w !== "the");
  return words.length > 0 && words.every((w) => isTitleWord(w)) ? words : null;
}

// A remarks page's label opens its body, after a line of introduction at most.
const SPEECH_LABEL_FROM = 1;
// A turn's answer runs at most this many paragraphs after its label (or after the unlabelled question before it).
const TURN_LINES = 12;

/** A paragraph that only asks: short, ending on a question mark, with no quotation marks. */
function asksAlone(text: string): boolean {
  const t = text.trim();
  // A word in scare quotes may sit inside ('What is the "brand" …?'); a paragraph opening on a mark is a quotation.
  return /\?[)\]]?$/.test(t) && !/^[“"‘'«„]/.test(t) && wordCount(t) <= MAX_QUESTION_WORDS && !TURN_LABEL.test(t);
}

/** One turn's answer, its paragraphs joined, added as its speaker's quote unless it is a courtesy or a question. */
function addTurnQuote(
  parts: ReadonlyArray<{ text: string; start: number; end: number }>,
  speaker: Person,
  kind: "question" | "answer" | null,
  states: ReadonlySet<Person>,
  out: QuoteFinding[],
): boolean {
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last) return false;
  const text = parts.map((p) => p.text).join(" ");
  if (wordCount(text) < MIN_WORDS || COURTESY_TURN.test(text)) return false;
  // 'Meera Iyer: Sir, Meera Iyer from … Will any agreements be signed?': a named reporter's turn that ends by asking
  // is a question, which a briefing's reading never counts.
  // A host's questions on a programme are the host's words: one who also speaks without asking (a welcome, the
  // narration between soundbites) is quoted whole, questions included.
  if (!kind && /\?["”’)]*$/.test(text) && !states.has(speaker)) return false;
  // A turn already read from its quotation marks is the same quote: the label names its speaker.
  const same = out.findIndex((q) => q.start >= first.start && q.start <= first.start + 2);
  if (same >= 0) out.splice(same, 1);
  const quote = { speaker: speaker.name, text, start: first.start, end: last.end };
  const at = out.findIndex((q) => q.start > quote.start);
  if (at < 0) out.push(quote);
  else out.splice(at, 0, quote);
  return true;
}

const SALUTATION = new RegExp(`\\b(?:${quoteData.salutations.map(escapeLiteral).join("|")})\\b`, "iu");
const BRIEFING_GREETING = new RegExp(`^(?:${quoteData.briefingGreetings.map(escapeLiteral).join("|")})\\b`, "iu");
const FIRST_PERSON = /\b(?:I|we|We|my|My|our|Our|me|us)\b/;
const SALUTATION_MAX_WORDS = 12;
// A speech's salutation stands at the top of the page, after at most a line of introduction and a speaker's line.
const SALUTATION_FROM = 4;
const MAX_SPEECH_LINES = 400;

/**
 * A speech posted in full ('Following is the text of the statement by Prime Minister X:', or the speaker's name and
 * office on a line of its own) opens with its salutation, short lines ending on a comma ('Your Excellency, Prime
 * Minister Nguyen Xuan Phuc,' 'Excellencies,' 'Ladies and gentlemen,'), then speaks in the first person. The whole
 * speech is one quote of the one person named above the salutation (else in the page's heading) and not greeted in it, from the salutation's first
 * words to the next labelled turn (a question session after it) or the page's end; a quotation inside it read from its
 * marks as the speaker's own is the same quote.
 */
export function speechQuote(
  lines: readonly Line[],
  people: readonly Person[],
  heading: Heading | null,
  out: QuoteFinding[],
): void {
  const isSalutation = (li: number) => {
    const text = (lines[li] as Line | undefined)?.text.trim() ?? "";
    // A turn's label before a greeting ('President of Chile Gabriel Boric: Mr President, …') is a transcript's turn.
    return /,$/.test(text) && wordCount(text) <= SALUTATION_MAX_WORDS && !/[.!?:]\s/.test(text);
  };
  let from = -1;
  for (let li = 0; li < Math.min(lines.length, SALUTATION_FROM + 1); li++) {
    if (isSalutation(li)) {
      from = li;
      break;
    }
  }
  if (from < 0) return;
  let to = from;
  while (to + 1 < lines.length && isSalutation(to + 1)) to++;
  const block = lines.slice(from, to + 1);
  if (!block.some((l) => SALUTATION.test(l.text))) return;
  // The first words after the salutation speak: in the first person, as a speech does, not a report.
  const opening = (lines[to + 1] as Line | undefined)?.text ?? "";
  if (
    !FIRST_PERSON.test(
      opening
        .split(/(?<=[.!?])\s+/)
        .slice(0, 2)
        .join(" "),
    )
  )
    return;
  const head = lines[from] as Line;
  const blockEnd = (lines[to] as Line).start + (lines[to] as Line).text.length;
  const greeted = new Set(people.filter((p) => p.mentions.some((m) => m.start >= head.start && m.start < blockEnd)));
  let named = people.filter((p) => !greeted.has(p) && p.mentions.some((m) => m.start < head.start));
  // 'Remarks by Prime Minister Erik Dahl at the …': a speech page may name its speaker only in its heading.
  if (named.length === 0) named = (heading?.people ?? []).filter((h) => ![...greeted].some((g) => g.key === h.key));
  if (named.length !== 1) return;
  const speaker = named[0] as Person;
  // The speech runs to a labelled turn after it ('John Chipman: Prime Minister, thank you …') or the page's end.
  let stop = Math.min(lines.length, to + 1 + MAX_SPEECH_LINES);
  for (let li = to + 1; li < stop; li++) {
    const text = (lines[li] as Line).text;
    const colon = text.indexOf(":");
    if (colon > 0 && colon < 60 && TURN_LABEL.test(text)) {
      stop = li;
      break;
    }
  }
  const last = lines[stop - 1] as Line;
  const start = head.start + head.text.indexOf(head.text.trim());
  const end = last.start + last.text.trimEnd().length;
  for (let k = out.length - 1; k >= 0; k--) {
    const q = out[k] as QuoteFinding;
    if (q.start >= start && q.start < end && q.speaker === speaker.name) out.splice(k, 1);
  }
  const text = lines
    .slice(from, stop)
    .map((l) => l.text.trim())
    .join(" ");
  insertQuote(out, { speaker: speaker.name, text, start, end });
}

/**
 * A briefing's spokesperson opens with a statement before the first question ('Good afternoon. President Yoon will pay
 * a state visit …'), unlabelled: from the greeting to the first question it is one quote of the one who answers.
 */
function openingStatement(lines: readonly Line[], firstQuestion: number, speaker: Person, out: QuoteFinding[]): void {
  let from = -1;
  for (let li = Math.max(0, firstQuestion - MAX_ANSWER_LINES); li < firstQuestion; li++) {
    if (BRIEFING_GREETING.test((lines[li] as Line).text.trim())) {
      from = li;
      break;
    }
  }
  if (from < 0) return;
  const parts = lines.slice(from, firstQuestion).filter((l) => /[.!…"”’)]$/.test(l.text.trim()));
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last) return;
  const text = parts.map((l) => l.text.trim()).join(" ");
  if (wordCount(text) < MIN_WORDS || COURTESY_TURN.test(text)) return;
  const start = first.start + first.text.indexOf(first.text.trim());
  insertQuote(out, { speaker: speaker.name, text, start, end: last.start + last.text.trimEnd().length });
}

/** Adds a quote read from a page's structure in text order, replacing one read from its marks at the same place. */
function insertQuote(out: QuoteFinding[], quote: QuoteFinding): void {
  const same = out.findIndex((q) => q.start >= quote.start && q.start <= quote.start + 2);
  if (same >= 0) out.splice(same, 1);
  const at = out.findIndex((q) => q.start > quote.start);
  if (at < 0) out.push(quote);
  else out.splice(at, 0, quote);
}

// 'Question:', 'Q.', '2. Question from Reuters:', 'Reporter Anna Berg (AFP):': a question's label, alone or with an
// outlet, a number or a name (never a sentence: 'Questions remain over …' is not a label); and '1. VnExpress:', a
// numbered paragraph opened by a short label, as ministries number the questions of their press conferences.
const LABEL_WORDS = quoteData.questionLabels.map(
  (w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${escapeLiteral(w.slice(1))}`,
);
// '- Q:', '- Answer:': a ministry's briefing may print each turn as a dashed item, the dash before the label.
const QUESTION_LEAD = new RegExp(
  `^(?:[-–•]\\s+)?(?:\\d{1,2}[.)]\\s*)?(?:${LABEL_WORDS.join("|")})(?:\\s*[:.]|(?:\\s+(?:from|of|by|to)\\s[^:?!]{1,60}|\\s+\\d{1,2}|(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,5})?\\s*(?:\\([^)]{1,40}\\))?\\s*:)\\s|^\\d{1,2}[.)]\\s*[^\\s:.?!][^:.?!]{0,50}:\\s`,
  "u",
);
// 'Answer:', 'A:': the label of an answer whose speaker only the introduction names.
const ANSWER_LEAD = new RegExp(
  `^(?:[-–•]\\s+)?(?:${quoteData.answerLabels.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${escapeLiteral(w.slice(1))}`).join("|")})\\s*:\\s*`,
  "u",
);
// A paragraph that asks: up to this many words, ending in a question mark, no quotation marks.
const MAX_QUESTION_WORDS = 60;
const QUOTE_MARK = /[“”"«»„]/;
const ANSWERING_CUE = new RegExp(
  `(?:^|[^\\p{L}&])(?:${quoteData.answeringCues.map(escapeLiteral).join("|")})(?![\\p{L}&])`,
  "giu",
);
// 'she said', 'he added': words credited to someone spoken of, which an interviewee's own answers never are.
const THIRD_PERSON_SPEECH = /\b(?:he|she|He|She)\s+(?:said|says|added|told|noted|stressed|stated)\b/;
// An interview's introduction sits right before its first question.
const MAX_INTRO_LINES = 4;
const LEAD_LINES = 3;
const MAX_ANSWER_LINES = 8;

/**
 * Interviews and ministry press conferences whose answers carry no label and no quotation marks: the questions are
 * marked ('Question:', '1. Question from …', a reporter's name and outlet, or a short paragraph that asks), and each
 * answer, one paragraph or several up to the next question, is the words of the person the introduction names as
 * answering ('X gave an interview', 'Spokesperson Y answered questions'). A page is read this way only when two
 * questions or more are each followed by an answer; an FAQ names nobody, a column's readers are named in their
 * questions, and an article's rhetorical question stands alone.
 */
export function answerQuotes(
  lines: readonly Line[],
  people: readonly Person[],
  heading: Heading | null,
  out: QuoteFinding[],
): void {
  const questions: number[] = [];
  for (let li = 0; li < lines.length; li++) {
    const text = (lines[li] as Line).text.trim();
    if (/^[“"‘'«„]/.test(text)) continue;
    const labelled = QUESTION_LEAD.test(text);
    if (labelled || (/\?[)\]]?$/.test(text) && !QUOTE_MARK.test(text) && wordCount(text) <= MAX_QUESTION_WORDS))
      questions.push(li);
  }
  const isAnswer = (li: number) => {
    const text = (lines[li] as Line | undefined)?.text.trim() ?? "";
    // '– Tea traders came first.': some outlets open each reply with a dash.
    return /^(?:[-–—•]\s*)?[\p{Lu}\d“"‘'«]/u.test(text) && /[.!…"”’)]$/.test(text);
  };
  const answered = questions.filter((q, k) => questions[k + 1] !== q + 1 && isAnswer(q + 1));
  if (answered.length < 2) return;

  const firstQuestion = questions[0] as number;
  const speaker = answeringPerson(lines, people, firstQuestion) ?? headingAnswerer(heading) ?? heading?.aside ?? null;
  if (!speaker) return;
  // Answers are spoken in the first person: a page whose 'answers' name the speaker again or credit words to 'he' or
  // 'she' is a report under question subheads (an explainer), not the interview. A question may name them ('Mr
  // Sethi, how …?').
  const asked = new Set(questions);
  for (let li = firstQuestion; li < lines.length; li++) {
    if (asked.has(li)) continue;
    const line = lines[li] as Line;
    const end = line.start + line.text.length;
    if (THIRD_PERSON_SPEECH.test(line.text) || speaker.mentions.some((m) => m.start >= line.start && m.start < end))
      return;
  }
  for (let k = 0; k < questions.length; k++) {
    const q = questions[k] as number;
    const from = q + 1;
    const stop = Math.min(questions[k + 1] ?? lines.length, from + MAX_ANSWER_LINES);
    const parts: Array<{ text: string; start: number; end: number }> = [];
    for (let j = from; j < stop; j++) {
      // The answer ends at furniture after it ('END', a link list): a paragraph that does not end a sentence.
      if (!isAnswer(j)) break;
      // 'Answer: …' after a reply: a reply whose question the page (or its cleaning) left out is one of its own, not
      // the reply before it run on.
      if (j > from && ANSWER_LEAD.test((lines[j] as Line).text.trim())) {
        questions.splice(k + 1, 0, j - 1);
        break;
      }
      const line = lines[j] as Line;
      const text = trimQuote(line.text.replace(ANSWER_LEAD, "").replace(/^[\s“"‘'«]+|[\s”"’'»]+$/g, ""));
      const start = line.start + line.text.lastIndexOf(text);
      parts.push({ text, start, end: start + text.length });
    }
    const first = parts[0];
    const last = parts.at(-1);
    if (!first || !last) continue;
    const text = parts.map((p) => p.text).join(" ");
    if (wordCount(text) < MIN_WORDS) continue;
    insertQuote(out, { speaker: speaker.name, text, start: first.start, end: last.end });
  }
}

/**
 * The person an interview's or a briefing's introduction names as answering: in the paragraphs right before the
 * first question (else in the page's lead), the person named nearest before a cue ('… gave an interview',
 * 'Spokesperson …'), else nearest after it.
 */
function answeringPerson(lines: readonly Line[], people: readonly Person[], firstQuestion: number): Person | null {
  // The paragraphs right before the first question, nearest first; then the page's lead, which names who chaired a
  // briefing whose announcements come before its questions.
  const near: number[] = [];
  for (let li = firstQuestion - 1; li >= Math.max(0, firstQuestion - MAX_INTRO_LINES); li--) near.push(li);
  for (let li = 0; li < Math.min(LEAD_LINES, firstQuestion); li++) if (!near.includes(li)) near.push(li);
  for (const li of near) {
    const line = lines[li] as Line;
    const end = line.start + line.text.length;
    const named = people.flatMap((p) =>
      p.mentions.filter((m) => m.start >= line.start && m.end <= end).map((m) => ({ person: p, m })),
    );
    if (named.length === 0) continue;
    let best: { person: Person; distance: number } | null = null;
    for (const cue of line.text.matchAll(ANSWERING_CUE)) {
      const at = line.start + (cue.index ?? 0);
      const cueEnd = at + cue[0].length;
      for (const { person, m } of named) {
        // A name before the cue is its subject; one after it ('an interview with Ambassador Z') counts as farther.
        const distance = m.end <= at ? at - m.end : m.start >= cueEnd ? 1000 + m.start - cueEnd : 0;
        if (!best || distance < best.distance) best = { person, distance };
      }
    }
    if (best) return best.person;
  }
  // No cue: an interview's lead may report its subject speaking ('Ambassador X says the partnership …'), the one
  // person the page's first paragraph names right before a verb of speech, in reported words (a statement quoted from
  // its marks was made elsewhere, not in this interview).
  const speaking = new Set<Person>();
  for (const li of near.filter((n) => n === 0 && !QUOTE_MARK.test((lines[n] as Line).text))) {
    const line = lines[li] as Line;
    const end = line.start + line.text.length;
    for (const p of people)
      for (const m of p.mentions)
        if (m.start >= line.start && m.end <= end && SPEAKS_NEXT.test(line.text.slice(m.end - line.start)))
          speaking.add(p);
  }
  return speaking.size === 1 ? ([...speaking][0] as Person) : null;
}

// The words right after a name that make it the speaker of its sentence ('X says', 'X, the ambassador, said').
const SPEAKS_NEXT = new RegExp(`^(?:\\s*,[^,.]{1,60},)?\\s+(?:${VERB.source})`, "iu");
