import { allMatches } from "../partnerships/all-matches.js";
import type { Person } from "../people/index.js";
import type { QuoteContext, Setting, Unit } from "./context.js";
import {
  ASIDE,
  ASKED_LEAD,
  BARE_DOCUMENTS,
  DESCRIBED_RELATION_AFTER,
  DOCUMENT_WORDS,
  EXPECTED_TO,
  FORMULA_BEFORE,
  isSlogan,
  JUDGED_AS,
  JUDGED_DOCUMENT,
  JUDGING_VERB,
  LABEL,
  looksLikeTitle,
  MAX_REPORTED,
  MAX_REPORTED_ONE_CLAUSE,
  MIN_WORDS,
  MODAL_END,
  MODAL_IN,
  NAMED_PHRASE,
  NOT_ONE_CLAUSE,
  OBJECT_DOCUMENT,
  POSSESSIVE_SPEECH,
  RELATIVE_ASIDE,
  ROLE_REF,
  SOME_DOCUMENT,
  sentenceBreak,
  TAIL_CREDIT,
  VERB,
  VERB_ALL,
  VERDICT_END,
  WHAT_CALLED,
  WORDS_BEFORE,
  WORDS_OF,
  wordCount,
} from "./rules.js";

/** 'called the new project “…”': the verb of calling, then its object (an article or a possessive and a few words). */
const CALLED_OBJECT = /\bcalled\s+(?:the|this|that|its|their|his|her|our)\s+[^“”"'‘.,;:!?]{1,50}?\s*[“"'‘]?\s*$/i;

// A plain verb of saying with its named or pronoun subject, then the reported clause: '… Son, for his part, said Hanoi'.
const SAID_CLAUSE = /(?:^|[,.]\s|\b(?:he|she)\s)[^“”"]{0,60}\b(?:said|says|told\s+\p{L}+)\s+(?:that\s+)?\p{Lu}/u;

const DOCUMENT_TITLE = new RegExp(`^(?:joint\\s+|final\\s+)?${DOCUMENT_WORDS.source}\\s+(?:on|of|for)\\s`, "i");

/** Whether words in marks are someone's speech, and what the reading found that attribution goes on to use. */
export interface Judgement {
  /** Not a quotation of speech: a name, a title, a slogan, a scare quote, a fragment or a document's wording. */
  skip: boolean;
  /** Skipped only for being short: it may open the quotation the next sentence carries on. */
  opensNext: boolean;
  /** The last verb of speech in the head. */
  verbBefore: RegExpExecArray | null;
  /** 'Moon's pledge of "…"': the person whose words they are, named by a possessive before a noun of speech. */
  possessor: Person | undefined;
  /** '… what he called "…"': the subject's own words, wherever the sentence's verb of speech stands. */
  ownCall: boolean;
  /** The "what/which X called" clause before the opening mark, where it starts in the body, and whether X is a role. */
  whatCalled: RegExpExecArray | null;
  whatAt: number;
  calledByRole: boolean;
}

/** Reads whether a quotation of marks is speech to credit, or words of another kind that are skipped. */
export function judgeQuotation(ctx: QuoteContext, u: Unit, s: Setting): Judgement {
  const { line, endLine, text, words, lower, sStart, headFrom, head, tailFrom, tail } = s;
  // "regarded its ties with China as a “strategic choice and top priority”": a characterisation, not speech.
  // 'Son said Hanoi regarded Cairo as its “main gateway …”': inside what a person said, a long characterisation is the
  // speaker's phrase; a short one ('as a “strategic choice and top priority”') stays a formula.
  // 'Phuc described the signing as a “historic milestone …”': a verb of judging before "as" says the words are the
  // speaker's verdict, not a characterisation of the thing.
  const characterised =
    lower &&
    /\bas (?:an?|the|its|their|his|her)\s*[“"'‘]?\s*$/i.test(head) &&
    !(words >= 8 && SAID_CLAUSE.test(head)) &&
    !JUDGED_AS.test(head.slice(-120));
  // 'said the embargo decision was “the most important step …”': after a speech verb, what a thing "was" is the
  // speaker's verdict, not the thing's name.
  const isVerb = lower ? /\s(?:is|was)\s*[“"'‘]?\s*$/.exec(head) : null;
  const isAt = isVerb ? head.lastIndexOf(" ", isVerb.index - 1) + 1 : 0;
  const verdict = isAt > 0 && VERB.test(head.slice(0, isAt));
  // 'said the decision "was not based on …"': words opening with a finite verb are the label noun's predicate, what
  // the speaker said of it, not its name.
  const label =
    characterised ||
    (!verdict &&
      !/[.!?]$/.test(text) &&
      !(lower && PREDICATE_OPENING.test(text)) &&
      // 'described the past term as "…"': a label's noun that a verb of judging takes as its object is the thing
      // judged, and the words are the verdict (Round 49).
      !JUDGED_AS.test(head.slice(-120)) &&
      // 'called the new plant "a landmark of …"': "called" with its own object before the marks judges that object;
      // the lower-case words are the verdict, not the name of a project or plan the label noun would introduce.
      !(lower && CALLED_OBJECT.test(head.slice(-90))) &&
      LABEL.test(head.slice(-60).replace(/[“"'‘\s]+$/, "")));
  const rawEnd = u.close < 0 ? "." : endLine.text.slice(0, u.close).trimEnd().slice(-1);
  // 'would host the “ASEAN Future Forum 2025: Building …”': a capitalised quotation after an article is a name.
  // 'agreed on a “joint statement on a reciprocal … framework”': a document's title after an article, in lower case too.
  const named = (!lower || DOCUMENT_TITLE.test(text)) && /\b(?:the|a|an)\s*$/i.test(head);
  const whatCalled = WHAT_CALLED.exec(head);
  const whatAt = line.start + headFrom + (whatCalled?.index ?? 0);
  // "…, which the Minister described as “…”": a role reference as the one who called it so is a person named before.
  const callerRole = ROLE_REF.exec((whatCalled?.[1] ?? "").trim());
  const calledByRole = callerRole?.index === 0 && callerRole[0].length === (whatCalled?.[1] ?? "").trim().length;
  const creditedElsewhere =
    whatCalled !== null &&
    !calledByRole &&
    !/^(?:he|she)\s/i.test(whatCalled[1] ?? "") &&
    ctx.inRange(whatAt, whatAt + whatCalled[0].length).length === 0;
  // "Biden: 'Not about containing China'": a live blog's or a page's title line, a label and unfinished words.
  const headline =
    headFrom === 0 &&
    u.first === u.last &&
    !/[.!?…]$/.test(text) &&
    /^\s*(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*:\s*$/u.test(head) &&
    endLine.text.slice(tailFrom).trim() === "";
  // 'Asked by a reporter, "Is this about containing China?", Biden said: "No. …"': the question put to the speaker is
  // the asker's words, not his; his answer follows.
  const putQuestion = rawEnd === "?" && ASKED_LEAD.test(head);
  let skip =
    putQuestion ||
    headline ||
    creditedElsewhere ||
    words < MIN_WORDS ||
    (!/[,.!?…]/.test(rawEnd) && looksLikeTitle(text)) ||
    label ||
    named ||
    SAYING_BEFORE.test(head) ||
    (lower && isSlogan(text)) ||
    (lower && NAMED_PHRASE.test(tail)) ||
    // 'said the "great friendship, special solidarity and comprehensive cooperation" between the two countries was …':
    // a list of three short items after an article or a possessive is the formula the relationship goes by.
    (lower && FORMULA_BEFORE.test(head) && isSlogan(text, 3) && !DESCRIBED_RELATION_AFTER.test(tail)) ||
    // 'that Japan's "strategic partnership for peace and prosperity in Asia" remained …': a partnership's name after
    // its owner is what the framework is called, not what anyone said.
    (lower && OWNED_BEFORE.test(head) && FRAMEWORK_NAME.test(text));
  let verbBefore: RegExpExecArray | null = null;
  // allMatches, not matchAll, which copies the long alternation (about 4 µs) at every call
  for (const m of allMatches(VERB_ALL, head)) verbBefore = m;
  // 'said trust had reached “…,” and cooperation should become “…”': a second reported clause joined by "and" after a
  // quotation already credited in the same sentence is the same speaker's, however far the verb stands.
  const coordinatedAfter =
    lower && !skip && verbBefore !== null && coordinatedAfterCredited(ctx, u, s) && !DOCUMENT_WORDS.test(head);
  if (!skip && lower && !coordinatedAfter)
    skip = notReportedSpeech(
      head.replace(QUOTED_NAME, "X"),
      tail,
      rawEnd,
      verbBefore,
      PREDICATE_OPENING.test(text),
      FIRST_PERSON.test(text),
      afterQuotationInSentence(ctx, u, s),
    );
  // 'thanked him for "becoming a bridge …"': thanks carry the speaker's words only straight after "for"; 'thanked
  // Russia for their "great assistance"' names what was given.
  // 'thanked Russia for the help it gave "in the hardest years of our history"': words in the first person are the
  // thanker's own voice wherever they stand.
  if (
    !skip &&
    lower &&
    /^thank/i.test(verbBefore?.[0] ?? "") &&
    !/\bfor\s*[“"'‘]?\s*$/i.test(head) &&
    !FIRST_PERSON.test(text)
  )
    skip = true;
  if (!skip && u.open < 0 && !VERB.test(tail)) skip = true;
  // 'But can Moon's pledge of "a people-centred partnership …" survive?': the named possessor's words, with no verb.
  let possessor: Person | undefined;
  if (skip && lower && !verbBefore && words >= MIN_WORDS && !label && !named && !headline && !isSlogan(text)) {
    const m = POSSESSIVE_SPEECH.exec(head);
    const at = line.start + headFrom + (m?.index ?? 0);
    possessor = m ? ctx.inRange(at - 80, at).find((r) => r.end === at)?.person : undefined;
    if (possessor) skip = false;
  }
  // 'announced the lifting, removing what he called “a lingering vestige …”', 'thanked his hosts for what he called
  // “…”': the subject's own words, however far the sentence's speech verb stands, or with none.
  const ownCall =
    whatCalled !== null &&
    lower &&
    (calledByRole || /^(?:he|she)\s/i.test(whatCalled[1] ?? "")) &&
    words >= MIN_WORDS &&
    !isSlogan(text);
  if (ownCall) skip = false;
  // 'incidents that, in his words, “go against …”': the phrase before the marks says whose words they are, with no
  // verb of speech needed.
  if (skip && lower && words >= MIN_WORDS && WORDS_BEFORE.test(head) && !isSlogan(text)) skip = false;
  let opensNext = false;
  if (skip) {
    const onlyShort =
      words >= 2 && words < MIN_WORDS && !lower && rawEnd === "," && headFrom === sStart && head.trim() === "";
    opensNext = onlyShort && !putQuestion && !headline && !label && !named;
  }
  return { skip, opensNext, verbBefore, possessor, ownCall, whatCalled, whatAt, calledByRole };
}

const OWNED_BEFORE = /(?:\b(?:the|its|their|our)|\p{Lu}[\p{L}.-]*['’]s)\s*[“"'‘]?\s*$/u;
const FRAMEWORK_NAME = /^(?:[\p{Ll}-]+\s+){1,3}partnership(?:\s+(?:for|of|in|on)\s[^,;:.!?]*)?[.,]?$/u;
const PREDICATE_OPENING = /^(?:is|was|are|were|do|does|did|has|had|have|will|would|can|could|should|must|may|might)\s/;
const JUDGED_AS_TAIL = /\s+as\s+(?:an?|the)?\s*$/i;
const FIRST_PERSON = /\b(?:we|us|our|ours|I|me|my)\b/;
// 'recalled a Vietnamese saying that translates as "…"', 'an old proverb: "…"': a saying offered as one is the
// people's, not the speaker's words (test/READING.md, Round 49). "saying" alone after a comma is the participle.
const SAYING_BEFORE =
  /\b(?:proverb|adage|maxim|idiom|(?:old|popular|famous|common|well-known|ancient|folk|\p{Lu}\p{Ll}+(?:ese|ian|an|ish|ch))\s+saying|saying\s+(?:that\s+)?(?:goes|runs|translates))(?:\s+(?:that\s+)?(?:goes|says|runs|reads|translates(?:\s+(?:as|to|into))?))?[\s,:]*[“"'‘]?\s*$/u;
const DOCUMENT_SUBJECT = new RegExp(`${DOCUMENT_WORDS.source}\\s*$`, "i");
const ACCORDING_SOURCE = /^\s*to\s[^,“”"]{1,90},\s*/i;
const FILLED_RELATIVE = /,\s*(?:which|who)\s*$/;
// An earlier quotation inside the reported clause that is a name in capitals (a framework's) is one word of it.
const QUOTED_NAME = /[“"]\p{Lu}[^“”"]{1,200}[”"]/gu;
// 'said that since the two countries …, trust had …': an adverbial clause opening the reported clause adds no distance.
const OPENING_ADVERBIAL = /^(?:since|after|when|while|although|though|because|before|once|as)\s[^,“”"]{1,120},\s*/i;
// ', he said' set inside a sentence after its first words, and the rest of that credit up to its closing comma.
const PARENTHETICAL_CREDIT = /\S,\s*(?:he|she)\s+(?:also\s+)?(\p{Ll}+)\b[^,;“”"]{0,90},\s*/u;
const TRAILING_COMMA = /,\s*$/;
// The words between a credited quotation and the next in its sentence: a clause joined by "and", "but" or "while".
const COORDINATED_GAP = /^[\s,;”"’]*(?:and|but|while|whereas)\s/;

/** Whether the quotation before this one, in the same sentence, was credited and only a joined clause parts them. */
function coordinatedAfterCredited(ctx: QuoteContext, u: Unit, s: Setting): boolean {
  const prev = ctx.prevUnit?.unit;
  if (!prev || prev.last !== u.first || prev.close < s.sStart || u.open <= prev.close) return false;
  if (ctx.out.at(-1)?.end !== prev.end) return false;
  const gap = s.line.text.slice(prev.close + 1, u.open);
  return (
    COORDINATED_GAP.test(gap) &&
    wordCount(gap) <= 12 &&
    !sentenceBreak(gap) &&
    ctx.inRange(s.line.start + prev.close + 1, s.line.start + u.open).length === 0
  );
}

/** Whether another quotation of the same line closes earlier in this quotation's sentence. */
function afterQuotationInSentence(ctx: QuoteContext, u: Unit, s: Setting): boolean {
  const prev = ctx.prevUnit?.unit;
  return prev !== undefined && prev.last === u.first && prev.close >= s.sStart && u.open > prev.close;
}

/**
 * A lower-case quotation inside reported speech is the speaker's only when it follows the verb closely and is not a
 * document's wording ("the Party reaffirmed its commitment to “…”"); with no verb before it, a credit must follow it.
 */
function notReportedSpeech(
  head: string,
  tail: string,
  rawEnd: string,
  verbBefore: RegExpExecArray | null,
  opensWithVerb: boolean,
  firstPerson: boolean,
  splitRest: boolean,
): boolean {
  const after = verbBefore ? head.slice((verbBefore.index ?? 0) + verbBefore[0].length) : "";
  // "According to him, investment … ranks 11th, “…”": the reported clause starts after the source's comma, and the
  // opening gives the whole sentence to the source, so it may run as long as one clause.
  const according = /^according$/i.test(verbBefore?.[0] ?? "") && ACCORDING_SOURCE.test(after);
  // 'The issue, he said in a statement on the ministry's website, should be handled “…”': a credit set between commas
  // inside the reported clause; the clause goes on after its closing comma, and what the credit names (the statement
  // it was made in) is no wording of the clause.
  const setIn = verbBefore ? PARENTHETICAL_CREDIT.exec(head) : null;
  const setEnd = setIn ? setIn.index + setIn[0].length : -1;
  const inCredit = setIn !== null && VERB.test(setIn[1] ?? "") && (verbBefore?.index ?? 0) < setEnd;
  const between = according ? after.replace(ACCORDING_SOURCE, "") : inCredit ? head.slice(setEnd) : after;
  // "Wong said after talks with Lam, the party chief, that the upgrade reflected “…”": the reported clause starts
  // at "that"; an aside between the verb and "that" does not part the words from their speaker.
  const that = /^.*\bthat\s/s.exec(between);
  // "that Vietnam wanted the U.S. “to continue …”": an abbreviation's stop ends no sentence.
  const reported = (that && !sentenceBreak(between) ? between.slice(that[0].length) : between).replace(
    OPENING_ADVERBIAL,
    "",
  );
  // A document named in the reported clause may be the source of the words; one named before "that", or judged
  // by the speaker ("called the agreement “…”"), is not.
  // 'described the submarine programme as a "…"': the "as" of the judgement and its article are no words of the object.
  const judged = JUDGING_VERB.test(verbBefore?.[0] ?? "") && wordCount(reported.replace(JUDGED_AS_TAIL, "")) <= 4;
  // 'said the two sides had agreed to deepen the partnership they set up in 2013 “…”': one clause may run longer.
  // 'added that Washington had donated … to Vietnam, which “…”': a relative clause the quotation itself fills names
  // no other thing whose words it could be, so the clause before it is read as one.
  // 'said the year would bring 100 events in both countries, “from the capital to every village”': a comma just before
  // the marks parts no clause. Not after a quotation the credit closes ('“…,” she told reporters after the talks,
  // “…”'): there the words after the comma are the rest of a split quotation, never reported speech of their own.
  const clause = reported.replace(FILLED_RELATIVE, "");
  // 'said firms were watching the talks, launched in 2010, and would “move faster …”': a quotation completing the
  // clause's modal is its predicate, the speaker's forecast; an aside between commas before it parts no clause.
  const modalPredicate = MODAL_END.test(clause) ? clause.replace(ASIDE, " ") : clause;
  const limit =
    !according && NOT_ONE_CLAUSE.test(splitRest ? modalPredicate : modalPredicate.replace(TRAILING_COMMA, ""))
      ? MAX_REPORTED
      : MAX_REPORTED_ONE_CLAUSE;
  // 'a new agreement would give them “clear rights …”, he said': reported words before the quotation, the credit
  // straight after it.
  // 'Vietnam was ready to work with Japan "so that …," he added.': the credit's comma may stand inside the marks.
  const credited =
    !verbBefore && (TAIL_CREDIT.test(tail) || (rawEnd === "," && TAIL_CREDIT.test(`,${tail}`)) || WORDS_OF.test(tail));
  return (
    (!verbBefore && !credited) ||
    // "said the partnership, established in 2018, had brought “…”": an aside between commas adds no distance.
    wordCount(reported.replace(RELATIVE_ASIDE, " ").replace(ASIDE, " ")) > limit ||
    // 'said both leaders wanted the agreement finished "by the end of the year if we can"': words in the first person
    // are the speaker's own voice, not a document's wording.
    (!judged &&
      !firstPerson &&
      !VERDICT_END.test(reported) &&
      !MODAL_END.test(reported) &&
      !MODAL_IN.test(reported) &&
      !EXPECTED_TO.test(reported) &&
      // 'said the agreement "does not solve …"': the document is the subject of the words' own verb, so they say
      // what the speaker holds of it, as 'said the accord was "…"' does; a document's wording never opens so.
      !(opensWithVerb && DOCUMENT_SUBJECT.test(reported)) &&
      DOCUMENT_WORDS.test(
        reported
          .replace(JUDGED_DOCUMENT, "")
          .replace(SOME_DOCUMENT, " ")
          .replace(BARE_DOCUMENTS, " ")
          .replace(OBJECT_DOCUMENT, " "),
      ))
  );
}
