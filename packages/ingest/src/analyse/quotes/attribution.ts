import { fold } from "../fold.js";
import { allMatches } from "../partnerships/all-matches.js";
import { isTitleWord, type Person } from "../people/index.js";
import {
  type Line,
  type MentionRef,
  type QuoteContext,
  type Setting,
  sentenceEnd,
  sentenceStart,
  sentencesOf,
  type Unit,
} from "./context.js";
import type { Judgement } from "./filters.js";
import { leadingClauseStart, refer, subjectBefore } from "./references.js";
import {
  ACCORDING_OPENING,
  APPOSITION,
  CLAUSE_VERB,
  COORDINATED,
  CREDIT_HEADING,
  CREDIT_LABEL,
  DOCUMENT_WORDS,
  INDEFINITE_SUBJECT,
  LISTENER_VERBS,
  OBJECT_BEFORE,
  ORG_AFTER,
  ORG_CLAUSE_SUBJECT,
  ORG_NAME,
  ORG_SPEAKER,
  PRONOUN,
  PRONOUN_SUBJECT,
  RECALLED_SAYING,
  ROLE_REF,
  SEAT_SPEAKER,
  SURNAME_SUBJECT,
  VERB,
  VERB_ALL,
  WORDS_BEFORE,
  WORDS_OF,
  wordCount,
} from "./rules.js";

// Who speaks a quotation: the attribution in its sentence ('X said', '"…," said the minister', 'according to X'), a
// credit or a card around it, or the speaker the paragraphs before it carry on.

const DOCUMENT_SUBJECT = new RegExp(`\\b(?:the|a|an|its|their)\\s+(?:joint\\s+)?${DOCUMENT_WORDS.source}\\s*$`, "iu");

// ', who thanked Vietnam for coming and ': a relative clause of one verb, its object, then a verb joined by "and".
const RELATIVE_JOINED = /,\s*who\s+(?:also\s+)?\p{Ll}+ed\s[^,;:“”"!?]{0,120}?\s(?:and|then)\s+(?:also\s+|later\s+)?$/u;

// ', speaking after Modi, ': one aside between commas and nothing else between a role and its verb; an aside opening
// on a capital is a name in apposition ('The Foreign Minister, Luis Mendes, said'), which is the subject itself.
const ROLE_THEN_ASIDE = /^\s*,\s*\p{Ll}[^,;:“”"]{0,60},\s*$/u;

/** A name's possessive ending ("Lam's", "Jonas'"): what follows is owned, not said, by the name. */
const POSSESSIVE_AFTER = /^['’](?:s\b|\s)/;
/** A quotation that goes on the one before, with no attribution of its own: its words join that quote. */
export const RUNS_ON = Symbol("runs on");

/**
 * Who speaks a quotation of marks: its own sentence's attribution (before or after the marks, or a credit after a
 * dash), else what stands around a quotation that is a paragraph of its own, else the sentence or the quotation
 * before it in its paragraph. RUNS_ON when it carries on the quotation before it; null or undefined when no one.
 */
export function speakerOf(
  ctx: QuoteContext,
  u: Unit,
  s: Setting,
  j: Judgement,
): Person | null | undefined | typeof RUNS_ON {
  const { line, endLine, tail, tailFrom } = s;
  let speaker = fromOwnSentence(ctx, u, s, j);
  const paragraphOnly =
    u.open >= 0 && line.text.slice(0, u.open).trim() === "" && tail.replace(/[\s.,;!?]/g, "") === "";
  const standalone = paragraphOnly && endLine.text.slice(tailFrom).replace(/[\s.,;!?]/g, "") === "";
  if (speaker === undefined && standalone) {
    const around = fromParagraphsAround(ctx, u, s);
    if (around === RUNS_ON) return RUNS_ON;
    speaker = around;
  }
  if (speaker === undefined && s.headBlank && !standalone) {
    const before = fromSentenceBefore(ctx, u, s);
    if (before === RUNS_ON) return RUNS_ON;
    speaker = before;
  }
  // '… recalled the words of Fidel Castro: “As Fidel told the world, ‘…’, and today …”': words that name the person
  // credited with them are another's, recalling that person's saying; the subject of the sentence speaks them.
  if (speaker && u.open >= 0 && namesItsSpeaker(s.text, speaker)) speaker = reciter(ctx, u, s, speaker);
  return speaker;
}

/** The attribution in the quotation's own sentence: before the marks, after them, or a credit after a dash. */
function fromOwnSentence(ctx: QuoteContext, u: Unit, s: Setting, j: Judgement): Person | null | undefined {
  const { line, endLine, sStart, headFrom, head, tail, tailFrom } = s;
  const { possessor, ownCall, whatCalled, whatAt, calledByRole, verbBefore } = j;
  let speaker: Person | null | undefined;
  const endsStop =
    !u.joined && /[.]["”’»]*$/.test(endLine.text.slice(Math.max(0, u.end - endLine.start - 2), u.end - endLine.start));
  // '"…." (He asked not to be named …)': a bracket opening a new sentence after the stop is a new sentence too.
  const tailCap = /^\s*\(?[\p{Lu}]/u.test(tail);
  speaker = u.inner !== undefined ? u.inner : fromHead(ctx, line, headFrom, Math.max(0, u.open));
  if (possessor) speaker = possessor;
  if (ownCall && speaker == null) speaker = refer(ctx, whatCalled?.[1] ?? "he", whatAt) ?? null;
  if (ownCall && calledByRole)
    speaker =
      refer(ctx, whatCalled?.[1] ?? "", whatAt, whatAt + (whatCalled?.[0].indexOf(whatCalled[1] ?? "") ?? 0)) ??
      speaker;
  // 'said the accord was “a historic step”, adding: “…”', '… and said the framework would open “…”': a verb after an
  // earlier quotation in the sentence, with no subject of its own, has the sentence's subject.
  // '… was “not aimed at any country,” but added that …': "but" joins the verb to the subject as "and" does.
  const coordinated = /^[\s,"”’']*(?:(?:and|but)\s+(?:also\s+|then\s+|later\s+)?)?(\p{Ll}+)\b/u.exec(head);
  // 'thanked Malaysia for its “strong support” for the bid and said both sides should settle it “…”': a verb joined
  // by "and" after a short quotation and more words of the same clause has the sentence's subject too, when that
  // stretch names no one of its own.
  const joinedVerb =
    verbBefore !== null &&
    COORDINATED.test(head.slice(0, verbBefore.index ?? 0)) &&
    ctx.inRange(line.start + headFrom, line.start + Math.max(0, u.open)).length === 0;
  // 'called Vietnam “an example” of what normalisation can bring, saying its economy had grown “…”': a participle of
  // saying after a comma has the sentence's subject too, when the stretch since the earlier quotation names no one.
  const participle =
    verbBefore !== null &&
    /ing$/.test(verbBefore[0]) &&
    /,\s*$/.test(head.slice(0, verbBefore.index ?? 0)) &&
    ctx.inRange(line.start + headFrom, line.start + Math.max(0, u.open)).length === 0;
  if (
    speaker == null &&
    headFrom > sStart &&
    ((coordinated && VERB.test(coordinated[1] ?? "")) || joinedVerb || participle)
  )
    speaker = fromHead(ctx, line, sStart, Math.max(0, u.open)) ?? speaker;
  // 'A diplomat told the author that Hanoi "…." Son said …': words a verb of speech before them gives to someone
  // unnamed are not taken by the credit of the sentence after them.
  const unnamedSpeaker = speaker === null && verbBefore !== null && endsStop && tailCap;
  if (speaker == null && !unnamedSpeaker) {
    const t = fromTail(ctx, endLine, tailFrom, u.start, endsStop && tailCap);
    if (t !== undefined && (t !== null || speaker === undefined)) speaker = t;
  }
  // '"…" — Prime Minister Pham Minh Chinh': a credit after a dash closes the paragraph.
  const dashCredit = u.close >= 0 && /^\s*[—–-]+\s*\S/.test(endLine.text.slice(tailFrom));
  if (speaker === undefined && dashCredit && line.text.slice(0, Math.max(0, u.open)).trim() === "") {
    speaker = creditIn(ctx, endLine.start + tailFrom, endLine.start + endLine.text.length);
  }
  return speaker;
}

/**
 * A quotation standing as a paragraph of its own: credited on the line below, by a card or a colon above, carried on
 * from the quotation of the paragraph before, or spoken by whoever the paragraph before reports.
 */
function fromParagraphsAround(ctx: QuoteContext, u: Unit, s: Setting): Person | null | undefined | typeof RUNS_ON {
  const { line } = s;
  const prevUnit = ctx.prevUnit;
  let speaker: Person | null | undefined;
  // A quotation standing as its own paragraph, credited on the next line ("Foreign Minister X").
  const next = ctx.lines[u.last + 1];
  if (next) speaker = creditIn(ctx, next.start, next.start + next.text.length);
  // '"…," Mr Albanese told reporters.' / '"When I first went …"' / 'Anthony Albanese' (the head of his embedded
  // post): a name below a quotation that runs on from the speaker's own paragraph is no new credit; the quotation
  // goes on as one.
  if (speaker && prevUnit && prevUnit.unit.last === u.first - 1 && prevUnit.speaker === speaker.name)
    speaker = undefined;
  const prev = ctx.lines[u.first - 1];
  // "Quotes attributable to Premier X" over paragraphs each a whole quotation: every one of them is X's, and each is
  // a quotation of its own (one left open at its paragraph's end runs on, as anywhere).
  if (speaker === undefined && prev) speaker = labelAbove(ctx, u.first);
  // A broadcast's soundbite card above the quotation: "Name, President of Korea", no verb, no full stop.
  if (speaker === undefined && prev) speaker = cardAbove(ctx, prev);
  if (speaker === undefined && prev && /:\s*$/.test(prev.text)) {
    const from = sentenceStart(prev, prev.text.length - 1);
    speaker = fromHead(ctx, prev, from, prev.text.trimEnd().length) ?? speakerBeforeColonNote(ctx, prev, from) ?? null;
  }
  // After a quotation of the previous paragraph, the same speaker goes on.
  // Readers count it as one quotation that runs on, so its words join the quote before.
  if (speaker === undefined && prevUnit && prevUnit.unit.last === u.first - 1) return RUNS_ON;
  // After reported speech in the previous paragraph ("Le Hai Binh said Vietnam …"), its speaker goes on.
  if (speaker === undefined && prev && u.first > 0) {
    if (VERB.test(prev.text) && ctx.inRange(prev.start, prev.start + prev.text.length).length > 0)
      speaker = subjectBefore(ctx, line.start);
    else {
      // 'He added that Vietnam wanted …' then a quotation alone: the pronoun's speaker goes on.
      const lead = prev.text.trimStart();
      const opening = /^(?:He|She)\s+(?:\p{Ll}+\s+){0,2}/u.exec(lead)?.[0] ?? "";
      if (opening && VERB.test(opening)) speaker = refer(ctx, lead.slice(0, 40), prev.start, prev.start) ?? undefined;
      else speaker = roleAfterParticiple(ctx, prev, lead);
    }
  }
  return speaker;
}

// "Speaking in Hindi, with a translation into Vietnamese, the President recalled …": a participle's phrase, however
// many commas it holds, before the sentence's subject.
const PARTICIPLE_OPENING = /^\p{Lu}\p{Ll}+ing\b[^“”".;:]{0,160}?,\s+(?=(?:he|she|the)\s)/u;

/**
 * 'Addressing parliament, the President recalled …' then a paragraph of quotation alone: the role (or pronoun) the
 * paragraph before opens its one sentence of speech with, after a participle's phrase, is who goes on speaking.
 */
function roleAfterParticiple(ctx: QuoteContext, prev: Line, lead: string): Person | undefined {
  const opening = PARTICIPLE_OPENING.exec(lead);
  if (!opening || sentencesOf(prev).length > 1) return undefined;
  const rest = lead.slice(opening[0].length);
  const subject = `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
  if (!VERB.test(rest) || (!PRONOUN_SUBJECT.test(subject) && ROLE_REF.exec(subject)?.index !== 0)) return undefined;
  const at = prev.start + prev.text.indexOf(rest);
  return refer(ctx, subject.slice(0, 60), at, at) ?? undefined;
}

/**
 * 'The general secretary spoke first, through an interpreter. The pool's transcription follows:': a colon sentence
 * that names no one and has no verb of speech only sets off the words; the sentence of speech just before it, in the
 * same paragraph, names who speaks them (its subject).
 */
function speakerBeforeColonNote(ctx: QuoteContext, prev: Line, from: number): Person | undefined {
  if (from <= 0) return undefined;
  const note = prev.text.slice(from);
  if (VERB.test(note) || PRONOUN.test(note) || ctx.inRange(prev.start + from, prev.start + prev.text.length).length > 0)
    return undefined;
  const sFrom = sentenceStart(prev, from - 1);
  const sentence = prev.text.slice(sFrom, from);
  if (!VERB.test(sentence)) return undefined;
  const subject = ctx.inRange(prev.start + sFrom, prev.start + from).find((m) => !ctx.isObject(m));
  return subject?.person;
}

/**
 * A quotation with nothing before it in its sentence, inside a paragraph: the one before it in the paragraph goes on,
 * or the subject of the sentence of speech before it speaks.
 */
function fromSentenceBefore(ctx: QuoteContext, u: Unit, s: Setting): Person | null | undefined | typeof RUNS_ON {
  const { line } = s;
  const prevUnit = ctx.prevUnit;
  // '"…," X said. "…"': a quotation that opens the next sentence with no attribution of its own goes on with
  // the one before it; readers count the two as one quotation.
  if (prevUnit && prevUnit.unit.last === u.first) {
    const gap = ctx.body.slice(prevUnit.unit.end + 1, u.start - 1);
    // The attribution may carry a long aside ("said X, who directs … in Washington.") but stays one sentence.
    const oneSentence = !/[.!?]["”’]?\s+\S/.test(gap.trim());
    if ((wordCount(gap) <= 14 || (wordCount(gap) <= 32 && oneSentence)) && VERB.test(gap)) return RUNS_ON;
  }
  const before = line.text.slice(0, Math.max(0, u.open));
  if (VERB.test(before) && ctx.inRange(line.start, line.start + before.length).length > 0)
    return subjectBefore(ctx, line.start + before.length);
  return undefined;
}

/** The subject of the sentence that recalls a saying of `speaker` (the person its words name), when there is one. */
function reciter(ctx: QuoteContext, u: Unit, s: Setting, speaker: Person): Person {
  const { line, sStart } = s;
  const own = ctx
    .inRange(line.start + sStart, line.start + u.open)
    .find((m) => m.person !== speaker && !ctx.isObject(m))?.person;
  // 'Díaz-Canel thanked …': a subject written by a part of the name, or a pronoun, opens the sentence.
  const lead = line.text.slice(sStart, u.open).trimStart();
  const leadAt = line.start + u.open - line.text.slice(sStart, u.open).trimStart().length;
  const first = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+\p{Ll}/u.exec(lead)?.[1];
  const subject =
    own ??
    (first ? bySurname(ctx, first) : null) ??
    (PRONOUN_SUBJECT.test(lead) ? refer(ctx, lead.slice(0, 40), leadAt, leadAt, speaker) : null);
  return subject && subject !== speaker ? subject : speaker;
}

/**
 * Whether a quotation names the person it is credited to by a word of their name inside a sentence ('As Fidel told the
 * world, …'): a saying recalled by someone else. A word that opens a sentence ('To achieve this …'), a short word or one
 * another person's name shares is not taken for the name.
 */
function namesItsSpeaker(text: string, speaker: Person): boolean {
  const parts = new Set(speaker.key.split(" ").filter((w) => w.length >= 3));
  for (const m of text.matchAll(/(^|[.!?…]["”’']?\s+|\s)(\p{Lu}[\p{L}'’-]+)/gu)) {
    if (m[1] !== " " && m[1] !== "\n" && !/^\s$/.test(m[1] ?? "")) continue;
    if (parts.has(fold(m[2] ?? ""))) return true;
  }
  return false;
}

/** A body speaking as the subject before the verb, named as written, or as defined for an acronym. */
function bodyBefore(ctx: QuoteContext, text: string, at: number): Person | null {
  const m = ORG_NAME.exec(text);
  const name = m?.[1]?.trim();
  // "a spokesperson for the U.S. Embassy said": someone the article does not name speaks for the body.
  if (!name || OBJECT_BEFORE.test(text.slice(0, (m?.index ?? 0) + 1))) return null;
  const acronym = /^[\p{Lu}]{2,6}$/u.test(name);
  if (!acronym && name.split(/\s+/).length < 2) return null;
  let full = name;
  if (acronym) {
    // "the Department of Foreign Affairs (DFA)": the words before the acronym whose capitals spell it.
    const definedAt = ctx.body.lastIndexOf(`(${name})`, at);
    if (definedAt < 0) return null;
    const words = ctx.body
      .slice(Math.max(0, definedAt - 120), definedAt)
      .trim()
      .split(/\s+/);
    let initials = "";
    let k = words.length;
    while (k > 0 && initials.length < name.length) {
      const w = words[k - 1] as string;
      if (/^[\p{Lu}]/u.test(w)) initials = w.charAt(0) + initials;
      else if (!/^(?:of|for|and|on|the|in)$/.test(w)) break;
      k--;
    }
    if (initials !== name) return null;
    full = words.slice(k).join(" ");
  }
  return { name: full, key: fold(full), roles: [], mentions: [] };
}

/**
 * "…," Boluarte said: a subject written as one or two capitalised words that the people reader did not link is the
 * one person whose name holds them all.
 */
function bySurname(ctx: QuoteContext, text: string): Person | null {
  const m = SURNAME_SUBJECT.exec(text.trim());
  if (!m) return null;
  const words = (m[1] ?? "").split(/\s+/).map((w) => fold(w));
  const hits = ctx.people.filter((p) => words.every((w) => p.key.split(" ").includes(w)));
  return hits.length === 1 ? (hits[0] as Person) : null;
}

/**
 * "the press secretary said the vice president praised … and described the country as “…”": a role opening the
 * clause reported after a speech verb, as the subject of its own verb, is the one whose words the clause quotes.
 */
function reportedSubject(ctx: QuoteContext, text: string, at: number): Person | null {
  // allMatches, not matchAll, which copies the long alternation (about 4 µs) at every call
  for (const m of allMatches(VERB_ALL, text)) {
    if (LISTENER_VERBS.has(m[0].toLowerCase())) continue;
    const clause = text.slice((m.index ?? 0) + m[0].length);
    const lead = /^\s+(?:that\s+)?/.exec(clause)?.[0] ?? "";
    const rest = clause.slice(lead.length);
    const role = ROLE_REF.exec(rest);
    if (role?.index !== 0 || /[.;:!?]/.test(rest)) continue;
    if (!CLAUSE_VERB.test(rest.slice(role[0].length))) continue;
    const roleAt = at + text.length - rest.length;
    const ref = refer(ctx, role[0], roleAt, roleAt);
    if (ref) return ref;
  }
  return null;
}

/**
 * 'Morrison and Phuc spoke of raising ties "when the time is right"': two people joined by "and" right before the verb
 * (an apposition of the second between commas aside) say the words together, and neither alone is their speaker.
 */
function jointSubject(ctx: QuoteContext, pre: readonly MentionRef[], verbAt: number): boolean {
  const second = pre.at(-1);
  const first = pre.at(-2);
  if (!first || !second || first.person === second.person) return false;
  return (
    /^\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.test(ctx.body.slice(first.end, second.start)) &&
    /^\s*(?:,[^,;.“”"]{1,90},\s*)?(?:(?:also|both|jointly|together)\s+)?$/u.test(ctx.body.slice(second.end, verbAt)) &&
    !ctx.isObject(first)
  );
}

/** "X said:", "According to X,", "X stressed that": the subject of the last speech verb before the quotation. */
export function fromHead(ctx: QuoteContext, line: Line, from: number, to: number): Person | null | undefined {
  const head = line.text.slice(from, to);
  const a = line.start + from;
  // 'incidents that, in his words, “…”': the words belong to the one the phrase names, whatever verb stands before.
  const owned = head.length > 12 && WORDS_BEFORE.exec(head);
  if (owned) {
    const at = a + owned.index;
    if (owned[1]) {
      const ref = refer(ctx, owned[1].toLowerCase() === "her" ? "she" : "he", at, at);
      if (ref) return ref;
    } else {
      const named = ctx.inRange(at, a + head.length)[0];
      if (named) return named.person;
    }
  }
  // 'According to him, Moscow and Hanoi are moving to …: “…”': the source an opening phrase names (a person, a
  // pronoun, a role) is the one whose words the colon introduces, when no other verb of speech stands between.
  const according = ACCORDING_OPENING.exec(head);
  // 'According to Minister X, investors hold 10 projects, “a modest figure …”' too: no verb of speech after it.
  if (according && !VERB.test(head.slice(according[0].length))) {
    const source = according[0].replace(/^\s*according to\s+/i, "").replace(/,\s*$/, "");
    const sourceAt = a + head.indexOf(source, according[0].length - source.length - 2);
    const named = ctx.inRange(sourceAt, sourceAt + source.length)[0];
    if (named) return named.person;
    const pronoun = /^(him|her)$/i.exec(source)?.[1];
    if (pronoun) return refer(ctx, pronoun.toLowerCase() === "her" ? "she" : "he", sourceAt, sourceAt) ?? null;
    if (ROLE_REF.exec(source)?.index === 0) return refer(ctx, source, sourceAt, sourceAt) ?? null;
  }
  let verb: RegExpExecArray | null = null;
  // 'Wi, Lee's adviser, told reporters the two sides shared the view that “…”': a verb of speech inside what an earlier
  // one reports, with no one named between them, is no new speaker's; the chain's first verb is where an aside ends.
  let chainAt = -1;
  // allMatches, not matchAll, which copies the long alternation (about 4 µs) at every call
  for (const m of allMatches(VERB_ALL, head)) {
    const at = m.index ?? 0;
    chainAt = verb && ctx.inRange(a + (verb.index ?? 0) + verb[0].length, a + at).length === 0 ? chainAt : at;
    verb = m;
  }
  if (!verb) return fromColon(ctx, head, a);
  const v = verb.index ?? 0;
  // "Starmer welcomed Cuong for talks that Downing Street said would …": the seat of government right before the verb
  // is its subject, whoever else the sentence names.
  if (SEAT_SPEAKER.test(head.slice(0, v))) return null;
  // "…, a step the statement said would be “…”": a document as the verb's own subject speaks for no one named.
  // 'he said in a statement posted on …': a document that a verb of speech before it names, after a preposition, is
  // where he said it, and the later verb its participle, no verb of the document's own.
  const document = DOCUMENT_SUBJECT.exec(head.slice(0, v));
  if (document && !(chainAt !== v && /\b(?:in|on|via|through)\s*$/.test(head.slice(0, document.index)))) return null;
  const pre = ctx.inRange(a, a + v);
  if (jointSubject(ctx, pre, a + v)) return null;
  // 'recalled the phrase of Commander in Chief Fidel Castro, “…”': the recalled saying is its owner's words, when no
  // verb of speech follows the owner's name ('… of Fidel Castro and said that “…”' is the subject's).
  const recalled = RECALLED_SAYING.exec(head);
  if (recalled) {
    const at = a + recalled.index + recalled[0].length;
    const owner = ctx.inRange(at, a + head.length)[0];
    const rest = owner ? ctx.body.slice(owner.end, a + head.length) : "";
    if (owner && owner.start - at <= 60 && !VERB.test(rest) && !/[.!?]\s/.test(rest)) return owner.person;
  }
  // 'held talks with Putin, who thanked Vietnam for coming and described the two countries as “…”': a verb joined by
  // "and" inside a relative clause has the clause's subject, the name "who" follows, not the sentence's.
  const joinedRelative = RELATIVE_JOINED.exec(head.slice(0, v));
  if (joinedRelative) {
    const whoAt = a + joinedRelative.index;
    const antecedent = [...pre].reverse().find((m) => m.end <= whoAt);
    if (antecedent && ctx.body.slice(antecedent.end, whoAt).trim() === "") return antecedent.person;
  }
  // "He handed Obama a letter that Ho Chi Minh wrote, and said it showed …": a verb joined by "and" has the
  // sentence's subject, not a name in the clause before it.
  if (COORDINATED.test(head.slice(0, v))) {
    const lead = head.trimStart();
    const leadAt = a + head.length - lead.length;
    const first = pre[0];
    // "The Minister of Science, Chu Ngoc Anh, welcomed … and said": the name set after the opening office by a comma
    // is who holds it, so the office is no reference back to someone named earlier.
    if (
      first &&
      !ctx.isObject(first) &&
      /^[^,;:“”"]{0,80},\s*$/.test(ctx.body.slice(leadAt, first.start)) &&
      first.person.roles.some((r) => r.start >= leadAt && /^\s*,\s*$/.test(ctx.body.slice(r.end, first.start)))
    )
      return first.person;
    if (PRONOUN_SUBJECT.test(lead) || ROLE_REF.exec(lead)?.index === 0) {
      const ref = refer(ctx, lead.slice(0, 40), leadAt, leadAt);
      if (ref) return ref;
    }
    // "On the sidelines, Moon met coach X's team … and praised the coach as “…”": a phrase opening the sentence, set
    // off by its comma and naming no one, stands before the subject, unless the subject's own verb reports someone
    // else's words ("…, spokesperson X said the minister thanked … and described …": the joined verb is the minister's).
    const opened = /^[^,;:“”"\n]{2,60},\s+/;
    if (
      first &&
      !ctx.isObject(first) &&
      (!opened.test(ctx.body.slice(leadAt, first.start)) || !VERB.test(ctx.body.slice(first.end, a + v))) &&
      ctx.body
        .slice(leadAt, first.start)
        .replace(opened, "")
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => isTitleWord(w))
    )
      return first.person;
    // "In a phone call with Ambassador X, the Foreign Ministry thanked … and said …": with every name before the verb
    // governed by a preposition or verb, a body opening the clause is the subject; it is no person the page lists.
    if (pre.every((m) => ctx.isObject(m)) && ORG_CLAUSE_SUBJECT.test(head.slice(0, v))) return null;
  }
  // "According to spokesperson A, the Prime Minister told her guest that …": the source is named in the opening
  // phrase; the subject after it, a role or a pronoun, is the one whose words are reported.
  const source = ACCORDING_OPENING.exec(head.slice(0, v));
  if (source) {
    const clause = head.slice(source[0].length, v);
    const at = a + source[0].length;
    // 'According to an official, he also told Kishida that …': after the comma the pronoun is written lower-case.
    if (/^(?:he|she)\s/i.test(clause) || ROLE_REF.exec(clause)?.index === 0) {
      const ref = refer(ctx, clause, at, at);
      if (ref) return ref;
    }
  }
  // "The Vietnamese Prime Minister, speaking after Modi, said …": a role opening the sentence and set off from its
  // verb by one aside between commas is the verb's subject; a name inside the aside is not.
  const lead = head.trimStart();
  const leadAt = a + head.length - lead.length;
  const roleLead = ROLE_REF.exec(lead);
  if (
    roleLead?.index === 0 &&
    ROLE_THEN_ASIDE.test(lead.slice(roleLead[0].length, v - (head.length - lead.length))) &&
    pre.some((m) => m.start > leadAt + roleLead[0].length)
  ) {
    const ref = refer(ctx, roleLead[0], leadAt, leadAt);
    if (ref) return ref;
  }
  // "To Lam, who was accompanied by … Bui Thanh Son, said", "Motegi, on his first visit since Prime Minister
  // Takaichi took office, told reporters": the subject before the aside, not the nearest name.
  const asideEnd = /,\s*$/.test(head.slice(0, v)) ? v : /,\s*$/.test(head.slice(0, chainAt)) ? chainAt : -1;
  const aside =
    asideEnd >= 0
      ? pre.find((m) => m.end <= a + asideEnd && !ctx.isObject(m) && APPOSITION.test(ctx.body.slice(m.end, m.end + 24)))
      : undefined;
  // "received by President X, who called Vietnam “…”": the relative clause's speaker is the name it follows.
  // "met To Lam, who, according to the press, described …": an aside between commas after "who" keeps the clause his.
  const relative = /,\s*who(?:,\s*[^,;:“”"]{1,60},)?\s+(?:also\s+|later\s+|has\s+|had\s+)?$/.exec(head.slice(0, v));
  const antecedent = relative ? pre.at(-1) : undefined;
  // "met To Lam, general secretary of the Communist Party, who praised …": the office read between the name and
  // "who" is the name's apposition, so the clause is still his.
  const whoAt = a + (relative?.index ?? 0);
  const between = antecedent ? ctx.body.slice(antecedent.end, whoAt) : "";
  // "Thongloun Sisoulith, General Secretary of … Central Committee and President of the Lao PDR, who said …": two
  // offices joined by "and" are one apposition, the first opening it and the last closing it before "who".
  const apposed =
    antecedent !== undefined &&
    /^\s*,/.test(between) &&
    antecedent.person.roles.some((r) => r.start > antecedent.end && r.start - antecedent.end <= 3) &&
    antecedent.person.roles.some((r) => r.start > antecedent.end && r.start < whoAt && r.end >= whoAt - 1);
  if (relative && antecedent && (between.trim() === "" || apposed)) return antecedent.person;
  const reporting = reportedSubject(ctx, head.slice(0, v), a);
  if (reporting) return reporting;
  // 'Noting that the people remembered the late leader X, he said': the pronoun before the verb is its subject, and
  // the clause opening the sentence shares it; the name inside that clause is not it.
  const pronounSubject = /,\s*(he|she)\s+(?:also\s+)?$/i.exec(head.slice(0, v));
  const pronounAt = pronounSubject
    ? a + pronounSubject.index + pronounSubject[0].lastIndexOf(pronounSubject[1] ?? "")
    : 0;
  if (pronounSubject && pre.length > 0 && leadingClauseStart(ctx, pronounAt) !== null) {
    const ref = refer(ctx, pronounSubject[1] ?? "he", a + v, pronounAt);
    if (ref) return ref;
  }
  // "Wong, for his part, said the partnership, agreed during General Secretary To Lam's visit, had added …": a name
  // in the possessive owns a noun and is no verb's subject; an earlier name that is not an object speaks.
  const nearest = [...pre].reverse();
  const subject =
    aside ??
    nearest.find((m) => !ctx.isObject(m) && !POSSESSIVE_AFTER.test(ctx.body.slice(m.end, m.end + 3))) ??
    nearest.find((m) => !ctx.isObject(m));
  if (subject) return subject.person;
  // "The U.S. Embassy in Hanoi said no country should give Putin …": an institution speaks, not a person after it.
  if (!PRONOUN.test(head.slice(0, v))) {
    const speaking = bodyBefore(ctx, head.slice(0, v), a);
    if (speaking) return speaking;
  }
  if (ORG_SPEAKER.test(head.slice(0, v)) && !PRONOUN.test(head.slice(0, v))) return null;
  // "A German official travelling with Merkel described them as “…”": a subject the article does not name, with
  // the named only as objects around it, is nobody the page lists.
  if (INDEFINITE_SUBJECT.test(head.slice(0, v)) && pre.every((m) => ctx.isObject(m))) return null;
  // "She also invited Dr Mahiga to Hanoi, saying the ties built by Nyerere and Ho Chi Minh deserved “…”": a
  // participle after a comma has the sentence's subject, a pronoun here; the names after it are in what was said.
  if (PRONOUN_SUBJECT.test(lead) && /,\s*$/.test(head.slice(0, v)) && /ing$/i.test(verb[0])) {
    const ref = refer(ctx, lead.slice(0, 40), leadAt, leadAt);
    if (ref) return ref;
  }
  const post = ctx.inRange(a + v, a + head.length);
  // 'He thanked Obama for "…"', 'She told Kishida that "…"': with a pronoun opening the clause, a name governed by the
  // verb is who was spoken to; the pronoun's person speaks.
  if (post[0] && pre.length === 0 && PRONOUN_SUBJECT.test(lead) && ctx.isObject(post[0])) {
    const ref = refer(ctx, lead.slice(0, 40), leadAt, leadAt);
    if (ref) return ref;
  }
  if (post[0]) return post[0].person;
  const ref = refer(ctx, head.slice(0, v), a + v, a) ?? refer(ctx, head.slice(v), a + v, a + v);
  if (ref !== undefined) return ref;
  return pre.at(-1)?.person ?? bySurname(ctx, head.slice(0, v)) ?? null;
}

/** 'He put it simply: "…"': a head with no verb of speech that ends on a colon, and who it names as speaking. */
function fromColon(ctx: QuoteContext, head: string, a: number): Person | null | undefined {
  if (!/:\s*$/.test(head)) return undefined;
  // A bare colon introduces a title or a document as often as speech: it needs a named speaker, or a pronoun or a
  // role as the sentence's subject ("He put it simply: “…”").
  return subjectOfHead(ctx, head, a);
}

/** The one a sentence (absolute offset a) is about: a person it names not as an object, or its pronoun or role. */
export function subjectOfHead(ctx: QuoteContext, head: string, a: number): Person | null {
  const mentioned = ctx.inRange(a, a + head.length);
  const named = mentioned.filter((m) => !ctx.isObject(m));
  if (named.length > 0) return (named.at(-1) as MentionRef).person;
  // "Remarks by Minister X:", "Quotes attributable to Ambassador Y:": a label of speech naming one person credits
  // the words that follow it to that person, though the name stands after a preposition.
  if (mentioned.length === 1 && CREDIT_LABEL.test(head.trimStart())) return (mentioned[0] as MentionRef).person;
  let lead = head.trimStart();
  // "After citing a poet, he turned to the future: “…”": an opening phrase that names no one stands before the
  // subject; the pronoun or role after its comma is still the one speaking.
  const opening = /^[^,;:“”"]{3,80},\s+(?=(?:he|she|the)\s)/.exec(lead);
  if (opening) {
    const rest = lead.slice(opening[0].length);
    const subject = `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
    if (PRONOUN_SUBJECT.test(subject) || ROLE_REF.exec(subject)?.index === 0) lead = subject;
  }
  if (!PRONOUN_SUBJECT.test(lead) && ROLE_REF.exec(lead)?.index !== 0) return null;
  return refer(ctx, lead, a + head.length, a + head.length - lead.length) ?? null;
}

// '"…," the statement said': a credit to the statement a sentence before told someone had put out.
const THE_STATEMENT = /^[\s,]*the\s+(?:joint\s+)?statement\s*$/i;
// 'X said in a statement that …', 'X issued a written statement': the sentence that says who put the statement out.
const IN_A_STATEMENT =
  /\b(?:in|issued|released|put\s+out)\s+(?:a|an|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}?statement\b/giu;

/**
 * '… Secretary X said in a statement that …' then '"…," the statement said': the statement speaks for whoever the
 * latest sentence telling of it names as its subject, within the two paragraphs before; null when that sentence has no
 * one named before its verb (a ministry's statement).
 */
function statementIssuer(ctx: QuoteContext, quoteStart: number): Person | null {
  const from = Math.max(0, quoteStart - 800);
  const text = ctx.body.slice(from, quoteStart);
  let told: RegExpExecArray | null = null;
  IN_A_STATEMENT.lastIndex = 0;
  for (let m = IN_A_STATEMENT.exec(text); m !== null; m = IN_A_STATEMENT.exec(text)) told = m;
  if (!told) return null;
  const at = from + told.index;
  const subject = ctx
    .inRange(from, at)
    .filter((m) => !/[.!?]["”’]?\s+\S|\n/.test(ctx.body.slice(m.end, at)))
    .find((m) => !ctx.isObject(m));
  return subject?.person ?? null;
}

/** '“…,” X said', '“…,” said the minister', '“…” he added', '“…,” according to X'. */
function fromTail(
  ctx: QuoteContext,
  line: Line,
  from: number,
  quoteStart: number,
  strict: boolean,
): Person | null | undefined {
  const tail = line.text.slice(from, Math.min(sentenceEnd(line, from), from + 240));
  const a = line.start + from;
  const wordsOf = WORDS_OF.exec(tail);
  if (wordsOf) {
    const owner = ctx.inRange(a + wordsOf[0].length, a + wordsOf[0].length + 60)[0];
    const between = ctx.body.slice(a + wordsOf[0].length, owner?.start ?? 0).trim();
    if (owner && (between === "" || officeOnly(between))) return owner.person;
  }
  const verb = VERB.exec(tail);
  if (!verb || verb.index > 140) return undefined;
  const pre = tail.slice(0, verb.index);
  if (/[“”"«»]/.test(pre)) return undefined;
  // "…," the agency quoted Choe as saying.
  if (/^(?:quoted|cited)$/.test(verb[0])) {
    const quoted = ctx.inRange(a + verb.index, a + tail.length)[0];
    if (quoted && /^\s+as\s+(?:saying|telling)/.test(ctx.body.slice(quoted.end, quoted.end + 16))) return quoted.person;
  }
  const named = ctx.inRange(a, a + verb.index);
  if (strict) {
    // After a full stop the words are a new sentence: only "Name said." still attributes.
    const m = named[0];
    if (!m || ctx.body.slice(m.end, a + verb.index).trim() !== "") return undefined;
    // '"…." Khiem replied that the deal would "…".': a new sentence bringing in a quotation of its own credits that one.
    if (/[“"«]/.test(tail.slice(verb.index))) return undefined;
  }
  if (named[0]) return named[0].person;
  const speaking = bodyBefore(ctx, pre, a);
  if (speaking) return speaking;
  const ref = refer(ctx, pre, quoteStart, a);
  if (ref !== undefined) return ref;
  if (THE_STATEMENT.test(pre)) return statementIssuer(ctx, quoteStart) ?? bySurname(ctx, pre);
  if (pre.replace(/[\s,.;:!?—–-]/g, "") !== "") return bySurname(ctx, pre);
  const post = tail.slice(verb.index + verb[0].length);
  // '"…," said the foreign ministry, which hosted Putin': the institution is the speaker.
  if (ORG_AFTER.test(post)) return null;
  const after = ctx.inRange(a + verb.index, a + verb.index + verb[0].length + Math.min(post.length, 90))[0];
  // '"…," said the Chancellor at the press conference with Prime Minister X': the role right after the verb is the
  // subject; a name the rest of the clause governs by a preposition is someone else.
  const role = ROLE_REF.exec(post);
  const object = after && ctx.isObject(after) ? after.person : undefined;
  if (object && role && /^\s*$/.test(post.slice(0, role.index))) {
    const ref = refer(ctx, post.slice(0, role.index + role[0].length), quoteStart, quoteStart, object);
    if (ref) return ref;
  }
  if (after && after.start - (a + verb.index) <= 70) return after.person;
  // '"…," said South African Minister of International Relations and Cooperation Ronald Lamola': a long office of
  // capitalised words between the verb and the name is the name's title.
  const titled = ctx.inRange(a + verb.index, a + verb.index + verb[0].length + Math.min(post.length, 160))[0];
  if (titled && officeOnly(ctx.body.slice(a + verb.index + verb[0].length, titled.start))) return titled.person;
  return refer(ctx, post.slice(0, 40), quoteStart, quoteStart, object) ?? null;
}

/** Only a title and a name between start and end: a headline naming someone ("PM Chinh Meets Kishida") is not a credit. */
function creditIn(ctx: QuoteContext, start: number, end: number): Person | undefined {
  const credit = ctx.inRange(start, end).at(-1);
  if (!credit) return undefined;
  const before = ctx.body
    .slice(start, credit.start)
    .split(/[\s,]+/)
    .filter((w) => w && !/^[—–-]+$/.test(w));
  const after = ctx.body.slice(credit.end, end);
  return /^[\s.,)]*$/.test(after) && before.length <= 8 && before.every(isTitleWord) ? credit.person : undefined;
}

/**
 * The one person a heading that labels quotations names ("Quotes attributable to Minister X", its colon optional),
 * standing straight above the line `first`, or above a run of lines each a whole quotation (opened and closed in its
 * own paragraph) that ends there.
 */
function labelAbove(ctx: QuoteContext, first: number): Person | undefined {
  for (let li = first - 1, seen = 0; li >= 0 && seen <= 6; li--, seen++) {
    const line = ctx.lines[li] as Line;
    const text = line.text.trim();
    if (/^[“"][^“”"]*[.!?,]?[”"]$/u.test(text)) continue;
    if (text.length > 160 || !CREDIT_HEADING.test(text)) return undefined;
    const named = new Set(ctx.inRange(line.start, line.start + line.text.length).map((m) => m.person));
    return named.size === 1 ? [...named][0] : undefined;
  }
  return undefined;
}

/** A line that is a name and its title ("Lee Jae-myung, President of Korea"), crediting the quotation below it. */
function cardAbove(ctx: QuoteContext, prev: Line): Person | undefined {
  const text = prev.text.trim();
  if (wordCount(text) > 14 || /[.!?:;“”"«»]$/.test(text) || VERB.test(text)) return undefined;
  const first = ctx.inRange(prev.start, prev.start + prev.text.length)[0];
  if (!first) return undefined;
  const before = ctx.body
    .slice(prev.start, first.start)
    .split(/\s+/)
    .filter((w) => w && !/^[—–•-]+$/.test(w));
  if (!before.every((w) => isTitleWord(w))) return undefined;
  // The name's title follows it: "President of …", "General Secretary, …", "the party's leader"; not "who spoke first".
  const rest = /^\s*[,(–—|]\s*(?:the\s+)?([\p{L}'’-]+)/u.exec(ctx.body.slice(first.end, prev.start + prev.text.length));
  const word = rest?.[1] ?? "";
  return rest && (/^\p{Lu}/u.test(word) || isTitleWord(word)) ? first.person : undefined;
}

/** Words of an office only: capitalised words and the small words between them ("Minister of … and Cooperation"). */
function officeOnly(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return (
    words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|and|for|the|on)$/.test(w) || isTitleWord(w))
  );
}
