import { z } from "zod";
import { escapeLiteral } from "../../clean/patterns.js";
import { isSpaceUnit } from "../../normalise/words.js";
import { countryCode } from "../countries.js";
import countryData from "../data/countries.json" with { type: "json" };
import quoteJson from "../data/quotes.json" with { type: "json" };
import { fold } from "../fold.js";
import { SPEECH_VERBS, titles } from "../people/index.js";
import { WORDCHAR } from "./marks.js";

// The words, patterns and data (`data/quotes.json`) the quotation readers share: verbs of speech, role references,
// bodies that speak, what marks a document's wording or a characterisation, and the small text helpers.

export const MIN_WORDS = 5;
const QuoteData = z.object({
  judgingVerbs: z.array(z.string()),
  maxReportedWords: z.number().int().positive(),
  maxReportedWordsOneClause: z.number().int().positive(),
  verdictVerbs: z.array(z.string()),
  verdictAdverbs: z.array(z.string()),
  organisationHeads: z.array(z.string()),
  turnHonorifics: z.array(z.string()),
  abbreviations: z.array(z.string()),
  courtesyTurns: z.array(z.string()),
  courtesyReferences: z.record(z.string(), z.array(z.string())),
  questionLabels: z.array(z.string()),
  speechNouns: z.array(z.string()),
  imageVerbs: z.array(z.string()),
  chargeVerbs: z.array(z.string()),
  answerLabels: z.array(z.string()),
  answeringCues: z.array(z.string()),
  soundbiteLabels: z.array(z.string()),
  programmeRoles: z.array(z.string()),
  salutations: z.array(z.string()),
  briefingGreetings: z.array(z.string()),
  seatsOfGovernment: z.array(z.string()),
  recallingVerbs: z.array(z.string()),
  sayingNouns: z.array(z.string()),
  slogans: z.array(z.string()),
  phraseNouns: z.array(z.string()),
  usedPhraseNouns: z.array(z.string()),
  phraseUseVerbs: z.array(z.string()),
  postPlatforms: z.array(z.string()),
  stateNouns: z.array(z.string()),
  describedRelations: z.array(z.string()),
});
export const quoteData = QuoteData.parse(quoteJson);
// Words of reported speech between the verb (or "that") and a lower-case quotation still joined to its speaker.
export const MAX_REPORTED = quoteData.maxReportedWords;
export const MAX_REPORTED_ONE_CLAUSE = quoteData.maxReportedWordsOneClause;
// 'recalled the words of Fidel Castro, “…”': a saying the subject recalls, credited to the one it belongs to.
export const RECALLED_SAYING = new RegExp(
  `\\b(?:${quoteData.recallingVerbs.map(escapeLiteral).join("|")})\\s+(?:the|a|an)\\s+(?:\\p{Ll}+\\s+)?(?:${quoteData.sayingNouns.map(escapeLiteral).join("|")})\\s+(?:of|by)\\s+`,
  "iu",
);
// '"…", a slogan of the campaign', '"…", a phrase Beijing uses with few others': words in marks the page itself names a
// slogan, or a phrase or a formula someone uses.
export const NAMED_PHRASE = new RegExp(
  `^\\s*[”"’']?\\s*[,;–—]\\s*(?:a|an|the)\\s+(?:\\p{Ll}+\\s+)?(?:(?:${quoteData.phraseNouns.map(escapeLiteral).join("|")})|(?:${quoteData.usedPhraseNouns.map(escapeLiteral).join("|")})\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:${quoteData.phraseUseVerbs.map(escapeLiteral).join("|")}))\\b`,
  "u",
);
// "Human Rights Watch", "The U.S. Embassy in Hanoi", "the PCO": a body named as the subject right before the verb.
export const ORG_NAME = new RegExp(
  `(?:^|[\\s,;(])(?:the\\s+|The\\s+)?((?:[\\p{Lu}][\\p{L}.'’&-]*\\s+){0,5}(?:${quoteData.organisationHeads.map(escapeLiteral).join("|")})(?:\\s+(?:in|of|for)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3})?|[\\p{Lu}]{2,6})\\s*(?:,[^,]{0,60},\\s*)?(?:also\\s+|has\\s+|had\\s+)?$`,
  "u",
);
// "In a call with Ambassador X, New Zealand's Foreign Ministry thanked … and said": a body opening the clause after the
// last comma, before a verb joined by "and" to another, is that verb's subject.
export const ORG_CLAUSE_SUBJECT = new RegExp(
  `,\\s+(?:the\\s+|The\\s+)?(?:[\\p{Lu}][\\p{L}.'’&-]*\\s+){0,5}(?:${quoteData.organisationHeads.map(escapeLiteral).join("|")})\\b[^,;:“”"]*$`,
  "u",
);
// "talks that Number 10 said would …", "Downing Street said": a seat of government as the subject right before the verb.
export const SEAT_SPEAKER = new RegExp(
  `(?:^|[\\s,;(])(?:the\\s+|The\\s+)?(?:${quoteData.seatsOfGovernment.map(escapeLiteral).join("|")})\\s*(?:also\\s+|has\\s+|had\\s+)?$`,
  "u",
);
// "described the signing as a “…”", "hailed the visit as “…”": a judging verb's object, then "as", then the words.
// 'a move that Trade Minister X described as a “…”': the object is the relative "that" or "which" before the speaker,
// so the verb of judging stands straight before "as".
export const JUDGED_AS = new RegExp(
  `\\b(?:(?:${quoteData.judgingVerbs.map(escapeLiteral).join("|")})\\s+[^“”".,;!?]{1,60}?|(?:that|which)\\s+(?:[\\p{L}'’.-]+\\s+){1,8}?(?:${quoteData.judgingVerbs.map(escapeLiteral).join("|")}))\\s+as\\s+(?:(?:an?|the|its|their|his|her)\\s*)?[“"'‘]?\\s*$`,
  "iu",
);
export const JUDGING_VERB = new RegExp(`^(?:${quoteData.judgingVerbs.map(escapeLiteral).join("|")})$`, "i");
const VERBS = [
  ...new Set([...SPEECH_VERBS, ...titles.quoteVerbs, ...quoteData.imageVerbs, ...quoteData.chargeVerbs]),
].sort((a, b) => b.length - a.length);
// "the United States", "member states": after one of these words "states" is a noun, never a speaker's verb.
const NOT_STATES_VERB = `(?<!\\b(?:${quoteData.stateNouns.map(escapeLiteral).join("|")})\\s+)`;
const VERB_WORDS = VERBS.map((v) => (v === "states" ? `${NOT_STATES_VERB}states` : v)).join("|");
export const VERB_ALL = new RegExp(`\\b(?:${VERB_WORDS})\\b`, "gi");
export const VERB = new RegExp(`\\b(?:${VERB_WORDS})\\b`, "i");
// '"…," Yudhoyono said, adding, "it is …"': words between two quoted parts that end on a second verb of saying, as its
// participle ("adding,", "stressing:"), bring the words after them in as a quotation of its own, in lower case too.
const PARTICIPLE_LAST = /\b\p{L}+ing\s*[,:]\s*$/u;
export function endsOnSecondVerb(gap: string): boolean {
  if (!PARTICIPLE_LAST.test(gap)) return false;
  VERB_ALL.lastIndex = 0;
  let count = 0;
  let last: RegExpExecArray | null = null;
  for (let m = VERB_ALL.exec(gap); m !== null; m = VERB_ALL.exec(gap)) {
    count++;
    last = m;
  }
  return count > 1 && last !== null && /^\s*[,:]\s*$/.test(gap.slice(last.index + last[0].length));
}
export const REFERENCES = new Map(
  Object.entries({ ...quoteData.courtesyReferences, ...titles.roleReferences }).map(([k, v]) => [fold(k), v.map(fold)]),
);
const REF_NOUNS = [...new Set([...REFERENCES.keys(), ...titles.roleNouns.map(fold)])].sort(
  (a, b) => b.length - a.length,
);
// "the minister", "the Vietnamese leader", "the top diplomat", "the Japanese Prime Minister": up to three words between,
// an age among them ("the 62-year-old leader").
// "the Deputy Governor" is a governor, "the deputy prime minister" a prime minister: a noun another one follows is the
// last one's word, not the reference's own noun.
const REF_NOUN = `(?:${REF_NOUNS.map(escapeLiteral).join("|")})`;
export const ROLE_REF = new RegExp(
  `\\b(?:the|our|their|his|her|(?=\\p{Lu}\\p{Ll}+['’]s\\s))\\s*((?:[\\p{L}\\p{N}.'’-]+\\s+){0,3}?)(${REF_NOUN})\\b(?!\\s+${REF_NOUN}\\b)`,
  "iu",
);
export const ROLE_REF_ALL = new RegExp(ROLE_REF.source, "giu");
export const SECOND_ROLE = new RegExp(
  `^\\s+and\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,2}?(${REF_NOUNS.map(escapeLiteral).join("|")})\\b`,
  "iu",
);
// "the deputy minister" is the Deputy Foreign Minister: a reference's words may have a portfolio between them (never
// "prime": a deputy prime minister is not "the deputy minister").
const SPREAD = new Map<string, RegExp>();
export const roleHas = (role: string, pattern: string): boolean => {
  if (role.includes(pattern)) return true;
  if (!pattern.includes(" ")) return false;
  let re = SPREAD.get(pattern);
  if (!re) {
    re = new RegExp(
      `(?:^|\\s)${pattern.split(" ").map(escapeLiteral).join("(?:\\s+(?!prime\\s)[^\\s]+){0,2}\\s+")}(?:$|\\s)`,
    );
    SPREAD.set(pattern, re);
  }
  return re.test(role);
};
// A title its holder no longer has: "former President", "the late King", "then-Prime Minister", "by then Prime
// Minister" ("then" only after a preposition or comma, where it cannot be the adverb of "and then met …").
export const PAST_ROLE = /^(?:former|late|ex-)\b/;
export const PAST_TITLE =
  /(?:\b(?:former|late)\s+|\b(?:ex|then)-|(?:\b(?:by|of|with|to|from|under|between|for|after|before|as|like)|[,(])\s*then\s+)$/i;
export const ACCORDING_OPENING = /^\s*according to\s[^,“”"]{3,90},\s*/i;
// '…, in his words, “…”', '… were, in the words of X, “…”': a phrase straight before the quotation saying whose words
// they are (the owner in group 1, a possessive pronoun, or group 2, a name or a role).
export const WORDS_BEFORE = /\bin\s+(?:(his|her)\s+(?:own\s+)?words|the\s+words\s+of\s+([^,;:“”"]{2,80}?)),?\s*$/i;
export const DEPUTY = /\b(?:deputy|vice)\b/;
export const PRONOUN = /\b(he|she|He|She)\b/;
export const PRONOUN_SUBJECT = /^(?:He|She)\s/;
// "A German official …", "An analyst in Hanoi …": a subject written with an indefinite article names no one.
export const INDEFINITE_SUBJECT = /^\s*(?:A|An|Another|One)\s+\p{L}/u;
// "But he noted …", "However, she added …": a word linking a sentence to the one before, ahead of its subject.
export const LINKING_WORD = /^(?:But|And|Yet|So|However|Meanwhile|Later|Then|Also|Separately|Still),?$/;
// Where one clause of a sentence ends and another, with a subject of its own, begins ("…, but it was To Lam who …").
// An article or a possessive right before the opening mark: the quotation is the noun phrase's own words.
// 'reflected the “sincere, trustworthy and mutually beneficial” relations': the quoted words modify the noun straight
// after the closing mark, a speaker's description of the relations rather than the formula they go by.
export const DESCRIBED_RELATION_AFTER = new RegExp(
  `^\\s*[”"’']?\\s*(?:${quoteData.describedRelations.map(escapeLiteral).join("|")})\\b`,
  "u",
);
export const FORMULA_BEFORE = /\b(?:the|its|their|our)\s*[“"'‘]?\s*$/i;
export const CLAUSE_BREAK = /(?:,\s*(?:but|while|whereas|yet)\s|;\s)/i;
export const LABEL = new RegExp(
  `\\b(?:${titles.quoteLabels.map(escapeLiteral).join("|")})\\s*(?:of|as|is|was)?\\s*[:,]?\\s*$`,
  "i",
);
// A lower-case quotation inside reported speech is the speaker's only when it follows the verb closely and is not
// a document's wording ("the Party reaffirmed its commitment to “…”").
export const DOCUMENT_WORDS =
  /\b(?:documents?|resolutions?|statements?|declarations?|reports?|law|charter|commitments?|conclusions?|plans?|strateg(?:y|ies)|programmes?|programs?|polic(?:y|ies)|agreements?|treaty|communiqu[eé])\b/i;
// "said the agreements showed that …": a document the speaker judges, whose wording is not being quoted.
export const ASIDE = /,[^,“”"]{1,60},/g;
// "said the two countries, which upgraded their ties last December, should “…”": a relative clause closed by its
// comma before the reported clause's own verb is an aside too, however long; one left open before the quotation
// ("…, which will contribute to “…”") is not.
export const RELATIVE_ASIDE = /,\s*(?:which|who|whose)\s[^,;:“”"]{1,160},/g;
// "said the agreement, in force since 2020, had proved “…”": what a document proved to be is the speaker's verdict.
// 'said the accord was “…”': what a document is or was is the speaker's verdict too.
export const VERDICT_END = new RegExp(
  `\\b(?:${quoteData.verdictVerbs.map((v) => v.split(" ").map(escapeLiteral).join("\\s+")).join("|")})(?:\\s+(?:${quoteData.verdictAdverbs.map(escapeLiteral).join("|")}))?\\s*(?:to\\s+be\\s*)?$`,
  "i",
);
export const JUDGED_DOCUMENT =
  /\b\w+\s+(?:showed|shows|show|reflected|reflects|demonstrated|demonstrates|proved|proves|marked|marks|signalled|signaled|signals|meant|means)\s+(?:that\s|how\s)/gi;
export const DEMONYMS = new Map(Object.entries(countryData.demonymOrgans.demonyms).map(([k, v]) => [fold(k), v]));
export const SURNAMES = new Set(titles.vietnameseSurnames.map(fold));
export const FEMALE_HONORIFIC = new RegExp(
  `\\b(?:${titles.femaleCues.honorifics.map(escapeLiteral).join("|")})\\.?\\s*$`,
);
export const FEMALE_PARTS = new Set(titles.femaleCues.nameParts.map(fold));
// 'Tamara Kuznetsova', 'Valentina Matviyenko' aside: a Slavic family name in its feminine form names a woman.
export const FEMALE_SURNAME = new RegExp(
  `(?:${titles.femaleCues.surnameEndings.map((e) => escapeLiteral(fold(e))).join("|")})$`,
);
export const FEMALE_ROLE = new RegExp(`(?:${titles.femaleCues.roleWords.join("|")})`, "i");
// A name right after one of these is an object ("talks with Ishiba", "alongside his counterpart Quang"), not the
// subject a later "he" refers to.
export const OBJECT_BEFORE =
  /\b(?:with|by|to|of|for|from|on|at|and|alongside|beside|under|between|among|including|against|without|accompanied|accompanying|met|meet|meeting|received|receiving|welcoming|hosting|thanking|greeting|told|thanked|congratulated|invited|hosted|welcomed|visited|called|urged|asked|invite|host)\s+(?:(?:his|her|their|its|the)\s+)?$/i;
// Title words walked over when looking for what precedes a name ("met Party General Secretary To Lam").
export const TITLE_WORD =
  /^(?:(?:Mr|Ms|Mrs|Dr|Prof|Gen)\.|[\p{Lu}][\p{L}'’-]*|counterpart|leader|minister|president|premier|chief|secretary|ambassador|envoy|spokesperson|spokesman|spokeswoman|deputy|vice|foreign|prime|general|state|of|for|and)$/u;

// An institution as the subject of a speech verb: "the U.S. Embassy in Hanoi", "the ministry", "the Kremlin".
const ORG_NOUN =
  "(?:embassy|ministry|consulate|mission|government|kremlin|white\\s+house|state\\s+department|office|agency|department|secretariat|commission|committee|council|spokesperson['’]s\\s+office)";
export const ORG_SPEAKER = new RegExp(
  `\\b(?:the|a|an)\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}${ORG_NOUN}(?:\\s+(?:of|in|for)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s*){1,4})?\\s*(?:,[^,]{0,60},\\s*)?(?:also\\s+|has\\s+|had\\s+)?$`,
  "iu",
);
// "said the Vietnamese Government leader", "said the ministry spokesperson": a body's name before a role noun is the
// role's portfolio; the speaker is the person holding it.
export const ORG_AFTER = new RegExp(
  `^\\s+(?:the|a|an)\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}${ORG_NOUN}\\b(?!\\s+(?:${REF_NOUNS.map(escapeLiteral).join("|")})\\b)`,
  "iu",
);
// 'Thank you very much, everybody.', 'Thank you very much, Prime Minister.': a turn of one sentence that only thanks or
// greets, the courtesy and a few words of address. 'Thanks, Joanne, it's great to be here.' says more: a guest's turn.
export const COURTESY_TURN = new RegExp(
  `^(?:${quoteData.courtesyTurns.map(escapeLiteral).join("|")})\\b(?:[\\s,;:—–-]+[^\\s.!?]+){0,4}[\\s,]*[.!?]?$`,
  "iu",
);
export const HONORIFICS = new Set(quoteData.turnHonorifics.map((w) => fold(w)));
// 'Shri Randhir Jaiswal, Official Spokesperson:': a style of address written before a name (one word of the people
// data's honorifics) is no part of the label's name, unless someone's name holds the word ("Tun").
export const STYLES = new Set(titles.honorifics.filter((h) => !/\s/.test(h)).map((h) => fold(h.replace(/\.$/, ""))));
export const QUESTION_LABELS = new Set(quoteData.questionLabels.map((w) => fold(w)));
export const ANSWER_LABELS = new Set(quoteData.answerLabels.map((w) => fold(w)));
// "Mr. Phuc said,": a full stop after an abbreviation does not end the attribution's sentence.
const ABBREVIATION = new RegExp(`\\b(?:${quoteData.abbreviations.map(escapeLiteral).join("|")})\\.`, "g");
export const sentenceBreak = (s: string) => /[.!?]\s/.test(s.replace(ABBREVIATION, ""));
/** Where the first sentence of s ends (its stop), abbreviations' dots aside; -1 when it runs on. */
export const sentenceBreakAt = (s: string) => s.replace(ABBREVIATION, (m) => "x".repeat(m.length)).search(/[.!?]\s/);
// "said talks on a trade agreement could begin “…”": a document as the subject of a modal is the speaker's forecast.
export const MODAL_END = /\b(?:would|will|could|can|should|may|might|must)\s+(?:[\p{L}-]+\s+)?$/iu;
// "said the agreement would cover … and “…”", "said the legislature would consider the two agreements “…”": a modal
// anywhere in the reported clause makes it the speaker's forecast, whatever document it names.
export const MODAL_IN = /\b(?:would|will|could|can|should|may|might|must)\s+(?:not\s+)?(?:be\s+)?\p{Ll}/u;
// "added that he expected the Mekong programme to “…”": what the speaker expects a document to do is his forecast, as
// a modal is.
export const EXPECTED_TO = /\b(?:expects?|expected|wants?|wanted)\s+(?:[\p{L}'’-]+\s+){1,5}to\s+$/iu;
// A reported clause with an aside, a relative clause or a list may hold words that are not the speaker's own.
export const NOT_ONE_CLAUSE = /[,;:()—–]|\bwhich\b/;
// "followed a policy of “…”", "shared a commitment to “…”": a document word after "a" names no document to quote.
export const SOME_DOCUMENT = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?${DOCUMENT_WORDS.source}`, "giu");
// "urged the partners to turn commitments into projects with “…”": a document word in the plural with no determiner
// before it names no document either, so it holds no wording to quote.
export const BARE_DOCUMENTS =
  /(?<!\b(?:the|these|those|its|their|our|his|her|such|both|all|two|three|several)\s+|['’]s?\s+)\b(?:documents|resolutions|statements|declarations|reports|commitments|conclusions|plans|strategies|programmes|programs|policies|agreements)\b/giu;
// "said that respect for the Charter “is not an option …”", "said adherence to the law must …": a document after a
// preposition is the object of the reported clause's noun, not the subject whose wording the marks hold ("in the joint
// statement" and "of the declaration" may be, and are left alone).
export const OBJECT_DOCUMENT = new RegExp(
  `\\b(?:for|with|to|towards?)\\s+(?:the|this|that|its|their|our|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}${DOCUMENT_WORDS.source}`,
  "giu",
);
// A bare subject of one or two capitalised words, at the start of its clause.
export const SURNAME_SUBJECT = /(?:^|[,;:]\s+)((?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+)$/u;
// "what the two governments called a “…”": the words are credited to whoever the clause names, not the speaker.
// "beef, which he called “…”": a relative "which" names who called it so just as "what" does.
// "a gesture he called “…”": so does a noun with "he" or "she" straight after it, the relative left unwritten.
export const WHAT_CALLED = new RegExp(
  `\\b(?:what|which|(?:an?|the)\\s+\\p{Ll}[\\p{Ll}-]*(?=\\s+(?:he|she)\\s))\\s+((?:[\\p{L}.'’-]+\\s+){1,5}?)(?:${quoteData.judgingVerbs.map(escapeLiteral).join("|")})(?:\\s+as)?\\s+(?:(?:an?|the)\\s+)?[“"'‘]?\\s*$`,
  "iu",
);
// A credit right after a closing mark: ', he said', ', Nguyen said', ', the minister added'.
export const TAIL_CREDIT = new RegExp(
  `^\\s*,\\s*(?:he|she|(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{Lu}][\\p{L}'’-]+|the\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}?(?:${REF_NOUNS.map(escapeLiteral).join("|")}))\\s+(?:${[...SPEECH_VERBS].map(escapeLiteral).join("|")})\\b`,
  "u",
);
// '“…”, in the words of Dr X,': a credit after the quotation naming whose words they are, with no verb of speech.
export const WORDS_OF = /^\s*[”"’]?\s*,?\s*(?:in the words of|to quote|as put by)\s+/iu;
// "Moon's pledge of “…”": a possessive before a noun of speech, right before the opening mark.
export const POSSESSIVE_SPEECH = new RegExp(
  `['’]s\\s+(?:${quoteData.speechNouns.join("|")})\\s+(?:of|that|for|to)?\\s*[“"‘']?\\s*$`,
  "i",
);
// A capitalised adjective shaped like a nationality ("Ugandan", "Burundian", "Bhutanese") for a role reference.
export const UNKNOWN_DEMONYM = /^\p{Lu}\p{Ll}{2,}(?:an|ese|ish|i)$/u;
// A line that labels what follows as someone's words: "Remarks by …:", "Statement from …:", "Quotes attributable to …:",
// "Key quote from …:" (a word or two may qualify the noun).
const CREDIT_WORDS = `^(?:\\p{L}+\\s+){0,2}(?:${quoteData.speechNouns.join("|")})\\b[^:.!?]{0,30}?\\b(?:by|from|to|of)\\s[^.!?]*`;
export const CREDIT_LABEL = new RegExp(`${CREDIT_WORDS}:\\s*$`, "iu");
// The same label set as a heading of its own, with or without its colon ("Quotes attributable to Premier X"), as
// government media releases print it above the paragraphs of quotation it credits.
export const CREDIT_HEADING = new RegExp(`${CREDIT_WORDS}:?\\s*$`, "iu");
// A sentence that opens with a passive "asked" ("Asked by a reporter,", "When asked about Taiwan,") before a quotation.
export const ASKED_LEAD = /^\s*(?:when\s+|after\s+being\s+|on\s+being\s+)?asked\b[^“”"«»]{0,60}$/i;
export const COORDINATED = /(?:^|[\s,])(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/;
// After a subject, an aside opens with a lower-case word ("who", "on his first visit"), an article or a possessive.
// "Trong, 79, who received …": an age written between commas may come first.
export const APPOSITION = /^,\s*(?:\d{1,3},\s*)?(?:\p{Ll}+|An?|The|His|Her|\p{Lu}[\p{L}-]*['’]s)\s/u;
// "Speaking at a state banquet, ": an opening phrase that ends before the subject.
export const OPENING_PHRASE = /^[^,;]{3,80},\s*$/;
// After a subject, the finite verb of the clause it opens ("the vice president praised", "the minister had thanked").
export const CLAUSE_VERB = /^\s+(?:also\s+|then\s+|later\s+|had\s+|has\s+)?\p{Ll}{2,}ed\b/u;
export const LISTENER_VERBS = new Set(titles.listenerVerbs.map((w) => w.toLowerCase()));

export const INNER_ATTRIBUTION = /^(.*?[\p{L}\p{N}][,.!?…]?)\s+[–—]\s+([^–—“”"«»]{3,90}?)[.,:]?\s+[–—]\s+(.+)$/su;
// The pattern above backtracks over the whole quotation from its lazy head; it needs two dashes, which few quotations
// hold, so a quotation with fewer is passed over unread.
const DASH = /[–—]/;
export const twoDashes = (text: string) => {
  const first = text.search(DASH);
  return first >= 0 && DASH.test(text.slice(first + 1));
};
/**
 * The words of a text: its runs between white space that hold a letter or a digit, as
 * `s.split(/\s+/).filter((w) => WORDCHAR.test(w)).length` counts them, read in one pass with no copies (asked of every
 * quotation, head and gap the quote reader weighs).
 */
export const wordCount = (s: string): number => {
  let n = 0;
  // Whether the run being read is already counted.
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) counted = false;
      else if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        n++;
        counted = true;
      }
    } else if (isSpaceUnit(c)) counted = false;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      // A pair of surrogates is one code point, as WORDCHAR (a /u pattern) reads it.
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        if (!counted && WORDCHAR.test(s.slice(i, i + 2))) {
          n++;
          counted = true;
        }
        i++;
      }
    } else if (!counted && WORDCHAR.test(s.charAt(i))) {
      n++;
      counted = true;
    }
  }
  return n;
};
export const trimQuote = (s: string) => s.replace(/^[\s.…,;:—–-]+/, "").replace(/[\s,;:—–-]+$/, "");

const SMALL_WORDS = new Set([
  "with",
  "from",
  "into",
  "over",
  "under",
  "between",
  "towards",
  "toward",
  "through",
  "about",
  "against",
  "amid",
  "among",
  "beyond",
  "within",
  "without",
  "upon",
  "onto",
]);
// "the President of Russia", "the Prime Minister of Japan": the state written after a role reference's noun.
const OF_STATE = /^\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/u;
/** The state a reference names after its noun, as a country code (none when the words are a body, not a state). */
export function stateAfter(text: string): string[] {
  const words = OF_STATE.exec(text)?.[1]?.split(/\s+/) ?? [];
  // "of the Russian Federation", "of Viet Nam": the longest run of capitals that names a state.
  for (let n = words.length; n > 0; n--) {
    const code = countryCode(words.slice(0, n).join(" "));
    if (code) return [code];
  }
  return [];
}

/** Title Case words with no sentence punctuation: a name of a document, an event or a slogan. */
export function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => WORDCHAR.test(w));
  const lowerContent = words.filter((w) => /^[\p{Ll}]/u.test(w) && w.length > 3 && !SMALL_WORDS.has(w));
  return lowerContent.length === 0 && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length >= 2;
}

// "from politics and defence to energy": one span of a range, inside one item of a comma list.
const RANGE = /\bfrom\s[^,;]{1,40}?\sto\s/i;

const GOVERNED_LIST = /^(?:in|into|on|across|through)\s+(?!(?:the|a|an)\s+spirit\b)\p{Ll}/u;
const VERB_OPENED_LIST = /^\p{Ll}+ly\s+\p{Ll}+ed\s+\p{Ll}/u;

// 'to build "a regional community with a shared future"': a diplomatic formula's core (data/quotes.json, slogans) in a
// short quotation with no sentence punctuation inside is the formula named, not speech.
const KNOWN_SLOGAN = new RegExp(`\\b(?:${quoteData.slogans.map(escapeLiteral).join("|")})\\b`, "i");
const MAX_SLOGAN_WORDS = 12;

/** "good neighbourliness, traditional friendship, comprehensive cooperation and …": a motto listed, not speech. */
export function isSlogan(text: string, minItems = 4): boolean {
  if (KNOWN_SLOGAN.test(text) && !/[,;:.!?]./.test(text) && wordCount(text) <= MAX_SLOGAN_WORDS) return true;
  // "in every dimension, from politics and defence to energy, trade and culture": a range from one thing to another
  // is a sentence's phrase, however short its pieces; a motto lists its virtues side by side.
  if (RANGE.test(text)) return false;
  // "in infrastructure, energy, high technology and supporting industries": a list governed by a preposition of the
  // sentence ("invest more in …") is the speaker's phrase; a motto's items stand alone ("for …" opens the names of
  // frameworks, which stay formulas).
  if (GOVERNED_LIST.test(text)) return false;
  // "seriously threatened peace, stability, maritime security and safety": a list that is the object of a verb the
  // quotation opens with (after its adverb) is the speaker's clause; a motto names its virtues with no verb.
  if (VERB_OPENED_LIST.test(text)) return false;
  const items = text.replace(/[.!?…]+$/, "").split(/,\s*(?:and\s+)?|\s+and\s+/);
  return items.length >= minItems && items.every((item) => wordCount(item) >= 1 && wordCount(item) <= 3);
}
