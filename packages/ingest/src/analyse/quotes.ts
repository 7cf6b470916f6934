import { z } from "zod";
import { countryCode } from "./countries.js";
import countryData from "./data/countries.json" with { type: "json" };
import quoteJson from "./data/quotes.json" with { type: "json" };
import { fold } from "./fold.js";
import { findPlaces } from "./gazetteer.js";
import { findPeople, isTitleWord, type Person, readCanonicalName, SPEECH_VERBS, titles } from "./people.js";
import { quoteSpans, type Span, WORDCHAR } from "./quote-marks.js";
import { splitLine, splitSentences } from "./sentences.js";
import { PROGRAMME_ROLES, TURN_CLOCK, TURN_LABEL } from "./speaker-turns.js";
import type { QuoteFinding } from "./types.js";

const MIN_WORDS = 5;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const QuoteData = z.object({
  judgingVerbs: z.array(z.string()),
  maxReportedWords: z.number().int().positive(),
  maxReportedWordsOneClause: z.number().int().positive(),
  verdictVerbs: z.array(z.string()),
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
});
const quoteData = QuoteData.parse(quoteJson);
// Words of reported speech between the verb (or "that") and a lower-case quotation still joined to its speaker.
const MAX_REPORTED = quoteData.maxReportedWords;
const MAX_REPORTED_ONE_CLAUSE = quoteData.maxReportedWordsOneClause;
// "Human Rights Watch", "The U.S. Embassy in Hanoi", "the PCO": a body named as the subject right before the verb.
const ORG_NAME = new RegExp(
  `(?:^|[\\s,;(])(?:the\\s+|The\\s+)?((?:[\\p{Lu}][\\p{L}.'’&-]*\\s+){0,5}(?:${quoteData.organisationHeads.map(esc).join("|")})(?:\\s+(?:in|of|for)\\s+(?:the\\s+)?[\\p{Lu}][\\p{L}.'’-]*(?:\\s+[\\p{Lu}][\\p{L}.'’-]*){0,3})?|[\\p{Lu}]{2,6})\\s*(?:,[^,]{0,60},\\s*)?(?:also\\s+|has\\s+|had\\s+)?$`,
  "u",
);
// "talks that Number 10 said would …", "Downing Street said": a seat of government as the subject right before the verb.
const SEAT_SPEAKER = new RegExp(
  `(?:^|[\\s,;(])(?:the\\s+|The\\s+)?(?:${quoteData.seatsOfGovernment.map(esc).join("|")})\\s*(?:also\\s+|has\\s+|had\\s+)?$`,
  "u",
);
const JUDGING_VERB = new RegExp(`^(?:${quoteData.judgingVerbs.map(esc).join("|")})$`, "i");
const VERBS = [
  ...new Set([...SPEECH_VERBS, ...titles.quoteVerbs, ...quoteData.imageVerbs, ...quoteData.chargeVerbs]),
].sort((a, b) => b.length - a.length);
const VERB_ALL = new RegExp(`\\b(?:${VERBS.join("|")})\\b`, "gi");
const VERB = new RegExp(`\\b(?:${VERBS.join("|")})\\b`, "i");
const REFERENCES = new Map(
  Object.entries({ ...quoteData.courtesyReferences, ...titles.roleReferences }).map(([k, v]) => [fold(k), v.map(fold)]),
);
const REF_NOUNS = [...new Set([...REFERENCES.keys(), ...titles.roleNouns.map(fold)])].sort(
  (a, b) => b.length - a.length,
);
// "the minister", "the Vietnamese leader", "the top diplomat", "the Japanese Prime Minister": up to three words between,
// an age among them ("the 62-year-old leader").
const ROLE_REF = new RegExp(
  `\\b(?:the|our|their|his|her|(?=\\p{Lu}\\p{Ll}+['’]s\\s))\\s*((?:[\\p{L}\\p{N}.'’-]+\\s+){0,3}?)(${REF_NOUNS.map(esc).join("|")})\\b`,
  "iu",
);
const ROLE_REF_ALL = new RegExp(ROLE_REF.source, "giu");
const SECOND_ROLE = new RegExp(
  `^\\s+and\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,2}?(${REF_NOUNS.map(esc).join("|")})\\b`,
  "iu",
);
// "the deputy minister" is the Deputy Foreign Minister: a reference's words may have a portfolio between them (never
// "prime": a deputy prime minister is not "the deputy minister").
const SPREAD = new Map<string, RegExp>();
const roleHas = (role: string, pattern: string): boolean => {
  if (role.includes(pattern)) return true;
  if (!pattern.includes(" ")) return false;
  let re = SPREAD.get(pattern);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${pattern.split(" ").map(esc).join("(?:\\s+(?!prime\\s)[^\\s]+){0,2}\\s+")}(?:$|\\s)`);
    SPREAD.set(pattern, re);
  }
  return re.test(role);
};
const ACCORDING_OPENING = /^\s*according to\s[^,“”"]{3,90},\s*/i;
const DEPUTY = /\b(?:deputy|vice)\b/;
const PRONOUN = /\b(he|she|He|She)\b/;
const PRONOUN_SUBJECT = /^(?:He|She)\s/;
// "A German official …", "An analyst in Hanoi …": a subject written with an indefinite article names no one.
const INDEFINITE_SUBJECT = /^\s*(?:A|An|Another|One)\s+\p{L}/u;
// "But he noted …", "However, she added …": a word linking a sentence to the one before, ahead of its subject.
const LINKING_WORD = /^(?:But|And|Yet|So|However|Meanwhile|Later|Then|Also|Separately|Still),?$/;
// Where one clause of a sentence ends and another, with a subject of its own, begins ("…, but it was To Lam who …").
// An article or a possessive right before the opening mark: the quotation is the noun phrase's own words.
const FORMULA_BEFORE = /\b(?:the|its|their|our)\s*[“"'‘]?\s*$/i;
const CLAUSE_BREAK = /(?:,\s*(?:but|while|whereas|yet)\s|;\s)/i;
const LABEL = new RegExp(`\\b(?:${titles.quoteLabels.map(esc).join("|")})\\s*(?:of|as|is|was)?\\s*[:,]?\\s*$`, "i");
// A lower-case quotation inside reported speech is the speaker's only when it follows the verb closely and is not
// a document's wording ("the Party reaffirmed its commitment to “…”").
const DOCUMENT_WORDS =
  /\b(?:documents?|resolutions?|statements?|declarations?|reports?|law|charter|commitments?|conclusions?|plans?|strateg(?:y|ies)|programmes?|programs?|polic(?:y|ies)|agreements?|treaty|communiqu[eé])\b/i;
// "said the agreements showed that …": a document the speaker judges, whose wording is not being quoted.
const ASIDE = /,[^,“”"]{1,60},/g;
// "said the agreement, in force since 2020, had proved “…”": what a document proved to be is the speaker's verdict.
// 'said the accord was “…”': what a document is or was is the speaker's verdict too.
const VERDICT_END = new RegExp(
  `\\b(?:${quoteData.verdictVerbs.map((v) => v.split(" ").map(esc).join("\\s+")).join("|")})\\s*(?:to\\s+be\\s*)?$`,
  "i",
);
const JUDGED_DOCUMENT =
  /\b\w+\s+(?:showed|shows|show|reflected|reflects|demonstrated|demonstrates|proved|proves|marked|marks|signalled|signaled|signals|meant|means)\s+(?:that\s|how\s)/gi;
const DEMONYMS = new Map(Object.entries(countryData.demonymOrgans.demonyms).map(([k, v]) => [fold(k), v]));
const SURNAMES = new Set(titles.vietnameseSurnames.map(fold));
const FEMALE_HONORIFIC = new RegExp(`\\b(?:${titles.femaleCues.honorifics.map(esc).join("|")})\\.?\\s*$`);
const FEMALE_PARTS = new Set(titles.femaleCues.nameParts.map(fold));
const FEMALE_ROLE = new RegExp(`(?:${titles.femaleCues.roleWords.join("|")})`, "i");
// A name right after one of these is an object ("talks with Ishiba", "alongside his counterpart Quang"), not the
// subject a later "he" refers to.
const OBJECT_BEFORE =
  /\b(?:with|by|to|of|for|from|on|at|and|alongside|beside|under|between|among|including|against|without|accompanied|accompanying|met|meet|meeting|received|receiving|told|thanked|congratulated|invited|hosted|welcomed|visited|called|urged|asked|invite|host)\s+(?:(?:his|her|their|its|the)\s+)?$/i;
// Title words walked over when looking for what precedes a name ("met Party General Secretary To Lam").
const TITLE_WORD =
  /^(?:(?:Mr|Ms|Mrs|Dr|Prof|Gen)\.|[\p{Lu}][\p{L}'’-]*|counterpart|leader|minister|president|premier|chief|secretary|ambassador|envoy|spokesperson|spokesman|spokeswoman|deputy|vice|foreign|prime|general|state|of|for|and)$/u;

// An institution as the subject of a speech verb: "the U.S. Embassy in Hanoi", "the ministry", "the Kremlin".
const ORG_NOUN =
  "(?:embassy|ministry|consulate|mission|government|kremlin|white\\s+house|state\\s+department|office|agency|department|secretariat|commission|committee|council|spokesperson['’]s\\s+office)";
const ORG_SPEAKER = new RegExp(
  `\\b(?:the|a|an)\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}${ORG_NOUN}(?:\\s+(?:of|in|for)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.'’-]*\\s*){1,4})?\\s*(?:,[^,]{0,60},\\s*)?(?:also\\s+|has\\s+|had\\s+)?$`,
  "iu",
);
// "said the Vietnamese Government leader", "said the ministry spokesperson": a body's name before a role noun is the
// role's portfolio; the speaker is the person holding it.
const ORG_AFTER = new RegExp(
  `^\\s+(?:the|a|an)\\s+(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){0,4}${ORG_NOUN}\\b(?!\\s+(?:${REF_NOUNS.map(esc).join("|")})\\b)`,
  "iu",
);
// 'Thank you very much, everybody.', 'Thank you very much, Prime Minister.': a turn of one sentence that only thanks or
// greets, the courtesy and a few words of address. 'Thanks, Joanne, it's great to be here.' says more: a guest's turn.
const COURTESY_TURN = new RegExp(
  `^(?:${quoteData.courtesyTurns.map(esc).join("|")})\\b(?:[\\s,;:—–-]+[^\\s.!?]+){0,4}[\\s,]*[.!?]?$`,
  "iu",
);
const HONORIFICS = new Set(quoteData.turnHonorifics.map((w) => fold(w)));
// 'Shri Randhir Jaiswal, Official Spokesperson:': a style of address written before a name (one word of the people
// data's honorifics) is no part of the label's name, unless someone's name holds the word ("Tun").
const STYLES = new Set(titles.honorifics.filter((h) => !/\s/.test(h)).map((h) => fold(h.replace(/\.$/, ""))));
const QUESTION_LABELS = new Set(quoteData.questionLabels.map((w) => fold(w)));
const ANSWER_LABELS = new Set(quoteData.answerLabels.map((w) => fold(w)));
// "Mr. Phuc said,": a full stop after an abbreviation does not end the attribution's sentence.
const ABBREVIATION = new RegExp(`\\b(?:${quoteData.abbreviations.map(esc).join("|")})\\.`, "g");
const sentenceBreak = (s: string) => /[.!?]\s/.test(s.replace(ABBREVIATION, ""));
// "said talks on a trade agreement could begin “…”": a document as the subject of a modal is the speaker's forecast.
const MODAL_END = /\b(?:would|will|could|can|should|may|might|must)\s+(?:[\p{L}-]+\s+)?$/iu;
// "said the agreement would cover … and “…”", "said the legislature would consider the two agreements “…”": a modal
// anywhere in the reported clause makes it the speaker's forecast, whatever document it names.
const MODAL_IN = /\b(?:would|will|could|can|should|may|might|must)\s+(?:not\s+)?(?:be\s+)?\p{Ll}/u;
// "added that he expected the Mekong programme to “…”": what the speaker expects a document to do is his forecast, as
// a modal is.
const EXPECTED_TO = /\b(?:expects?|expected|wants?|wanted)\s+(?:[\p{L}'’-]+\s+){1,5}to\s+$/iu;
// A reported clause with an aside, a relative clause or a list may hold words that are not the speaker's own.
const NOT_ONE_CLAUSE = /[,;:()—–]|\bwhich\b/;
// "followed a policy of “…”", "shared a commitment to “…”": a document word after "a" names no document to quote.
const SOME_DOCUMENT = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?${DOCUMENT_WORDS.source}`, "giu");
// A bare subject of one or two capitalised words, at the start of its clause.
const SURNAME_SUBJECT = /(?:^|[,;:]\s+)((?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+)$/u;
// "what the two governments called a “…”": the words are credited to whoever the clause names, not the speaker.
// "beef, which he called “…”": a relative "which" names who called it so just as "what" does.
const WHAT_CALLED = new RegExp(
  `\\b(?:what|which)\\s+((?:[\\p{L}.'’-]+\\s+){1,5}?)(?:${quoteData.judgingVerbs.map(esc).join("|")})(?:\\s+as)?\\s+(?:(?:an?|the)\\s+)?[“"'‘]?\\s*$`,
  "iu",
);
// A credit right after a closing mark: ', he said', ', Nguyen said', ', the minister added'.
const TAIL_CREDIT = new RegExp(
  `^\\s*,\\s*(?:he|she|(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{Lu}][\\p{L}'’-]+|the\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}?(?:${REF_NOUNS.map(esc).join("|")}))\\s+(?:${[...SPEECH_VERBS].map(esc).join("|")})\\b`,
  "u",
);
// A line broken by a PDF's layout is a full line of print, at least this long.
const WRAPPED_MIN_CHARS = 40;
const WRAPPED_PAGE_MIN_CHARS = 20;
/**
 * '"Vietnam\'s journey from war' / 'to a manufacturing powerhouse …," Momen said': a line of any length that opens a
 * quotation with a mark and stops mid-sentence, no closing mark, is the first piece of a wrapped sentence.
 */
function opensUnclosed(text: string): boolean {
  const spans = quoteSpans(text);
  return spans.length === 1 && (spans[0] as Span).open >= 0 && (spans[0] as Span).close < 0;
}
const WRAPPED_LINE_MAX = 75;
/** Most lines of the page are of a column's width and stop mid-sentence: the text was broken at a fixed width. */
function isHardWrapped(lines: readonly Line[]): boolean {
  let open = 0;
  for (const l of lines) {
    const t = l.text.trim();
    if (t.length >= WRAPPED_PAGE_MIN_CHARS && t.length <= WRAPPED_LINE_MAX && /[\p{L}\p{N},-]$/u.test(t)) open++;
  }
  return open >= 8 && open >= lines.length * 0.4;
}
// A sentence that opens with a passive "asked" ("Asked by a reporter,", "When asked about Taiwan,") before a quotation.
// "Moon's pledge of “…”": a possessive before a noun of speech, right before the opening mark.
const POSSESSIVE_SPEECH = new RegExp(
  `['’]s\\s+(?:${quoteData.speechNouns.join("|")})\\s+(?:of|that|for|to)?\\s*[“"‘']?\\s*$`,
  "i",
);
// A capitalised adjective shaped like a nationality ("Ugandan", "Burundian", "Bhutanese") for a role reference.
const UNKNOWN_DEMONYM = /^\p{Lu}\p{Ll}{2,}(?:an|ese|ish|i)$/u;
// A line that labels what follows as someone's words: "Remarks by …:", "Statement from …:", "Quotes attributable to …:",
// "Key quote from …:" (a word or two may qualify the noun).
const CREDIT_LABEL = new RegExp(
  `^(?:\\p{L}+\\s+){0,2}(?:${quoteData.speechNouns.join("|")})\\b[^:.!?]{0,30}?\\b(?:by|from|to|of)\\s[^.!?]*:\\s*$`,
  "iu",
);
const ASKED_LEAD = /^\s*(?:when\s+|after\s+being\s+|on\s+being\s+)?asked\b[^“”"«»]{0,60}$/i;
const COORDINATED = /(?:^|[\s,])and\s+(?:also\s+|then\s+|later\s+)?$/;
// After a subject, an aside opens with a lower-case word ("who", "on his first visit"), an article or a possessive.
// "Trong, 79, who received …": an age written between commas may come first.
const APPOSITION = /^,\s*(?:\d{1,3},\s*)?(?:\p{Ll}+|An?|The|His|Her|\p{Lu}[\p{L}-]*['’]s)\s/u;
// "Speaking at a state banquet, ": an opening phrase that ends before the subject.
const OPENING_PHRASE = /^[^,;]{3,80},\s*$/;
// After a subject, the finite verb of the clause it opens ("the vice president praised", "the minister had thanked").
const CLAUSE_VERB = /^\s+(?:also\s+|then\s+|later\s+|had\s+|has\s+)?\p{Ll}{2,}ed\b/u;
const LISTENER_VERBS = new Set(titles.listenerVerbs.map((w) => w.toLowerCase()));

interface MentionRef {
  person: Person;
  sentenceIndex: number;
  start: number;
  end: number;
}

interface Line {
  text: string;
  start: number;
  sentences?: Array<[number, number]>;
}

interface Unit {
  first: number;
  last: number;
  open: number;
  close: number;
  text: string;
  start: number;
  end: number;
  /** One piece per paragraph of a quotation that runs on. */
  parts: Array<{ text: string; start: number; end: number }>;
  /** Split around its attribution: the text between close and end is the attribution, not the quote. */
  joined?: boolean;
  /** Speaker named between dashes inside the marks ('“…, – Lavrov said. – …”'), when there is one. */
  inner?: Person | null;
}

const INNER_ATTRIBUTION = /^(.*?[\p{L}\p{N}][,.!?…]?)\s+[–—]\s+([^–—“”"«»]{3,90}?)[.,:]?\s+[–—]\s+(.+)$/su;
// The pattern above backtracks over the whole quotation from its lazy head; it needs two dashes, which few quotations
// hold, so a quotation with fewer is passed over unread.
const DASH = /[–—]/;
const twoDashes = (text: string) => {
  const first = text.search(DASH);
  return first >= 0 && DASH.test(text.slice(first + 1));
};
const wordCount = (s: string) => s.split(/\s+/).filter((w) => WORDCHAR.test(w)).length;
const trimQuote = (s: string) => s.replace(/^[\s.…,;:—–-]+/, "").replace(/[\s,;:—–-]+$/, "");

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
function stateAfter(text: string): string[] {
  const words = OF_STATE.exec(text)?.[1]?.split(/\s+/) ?? [];
  // "of the Russian Federation", "of Viet Nam": the longest run of capitals that names a state.
  for (let n = words.length; n > 0; n--) {
    const code = countryCode(words.slice(0, n).join(" "));
    if (code) return [code];
  }
  return [];
}

/** Title Case words with no sentence punctuation: a name of a document, an event or a slogan. */
function looksLikeTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => WORDCHAR.test(w));
  const lowerContent = words.filter((w) => /^[\p{Ll}]/u.test(w) && w.length > 3 && !SMALL_WORDS.has(w));
  return lowerContent.length === 0 && words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length >= 2;
}

/** "good neighbourliness, traditional friendship, comprehensive cooperation and …": a motto listed, not speech. */
function isSlogan(text: string, minItems = 4): boolean {
  const items = text.replace(/[.!?…]+$/, "").split(/,\s*(?:and\s+)?|\s+and\s+/);
  return items.length >= minItems && items.every((item) => wordCount(item) >= 1 && wordCount(item) <= 3);
}

/** Direct quotations (five words or more) attributed to a person the article names before them. */
export function findQuotes(
  body: string,
  people: readonly Person[],
  title?: string | null,
  /**
   * Filled with the spans of the page's quotations printed without marks, merged, sorted and never overlapping: the
   * quotes read from a transcript's turns or an interview's answers, and any other quote with no marks in its span (a
   * press release's words set off after 'said:'). A figure inside one is the speaker's, as one inside marks is.
   */
  unmarked?: Array<{ start: number; end: number }>,
): QuoteFinding[] {
  const mentions: MentionRef[] = people
    .flatMap((person) =>
      person.mentions.map((m) => ({ person, sentenceIndex: m.sentenceIndex, start: m.start, end: m.end })),
    )
    .sort((a, b) => a.start - b.start);
  // Nationality and sex cues, read only for the people a role reference or a pronoun asks about.
  const cues = new Map<Person, { female: boolean; codes: Set<string> }>();
  const cueOf = (p: Person) => {
    const known = cues.get(p);
    if (known) return known;
    const parts = p.key.split(" ");
    const codes = new Set<string>();
    if (parts.length >= 2 && SURNAMES.has(parts[0] ?? "")) codes.add("VN");
    let female =
      (codes.has("VN") && parts.some((w) => FEMALE_PARTS.has(w))) || p.roles.some((r) => FEMALE_ROLE.test(r.role));
    for (const r of p.roles) {
      // "President of the Socialist Republic of Vietnam", "First Secretary of the Central Committee of the Communist
      // Party of Cuba": the state may follow any "of" of the office, the last one included.
      for (const m of r.role.matchAll(/\bof (?:the )?(?=\p{Lu})/gu)) {
        const code = countryCode(r.role.slice((m.index ?? 0) + m[0].length));
        if (code) {
          codes.add(code);
          break;
        }
      }
    }
    for (const m of p.mentions) {
      const before = body.slice(Math.max(0, m.start - 48), m.start);
      if (!female && FEMALE_HONORIFIC.test(before)) female = true;
      for (const w of before.split(/[^\p{L}]+/u).slice(-5)) {
        const code = DEMONYMS.get(fold(w));
        if (code) codes.add(code);
      }
    }
    const cue = { female, codes };
    cues.set(p, cue);
    return cue;
  };
  /** Index of the first mention starting at or after pos. */
  const firstFrom = (pos: number) => {
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid] as MentionRef).start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const inRange = (a: number, b: number) => {
    const out: MentionRef[] = [];
    for (let i = firstFrom(a); i < mentions.length && (mentions[i] as MentionRef).start < b; i++) {
      if ((mentions[i] as MentionRef).end <= b) out.push(mentions[i] as MentionRef);
    }
    return out;
  };
  const allBefore = (pos: number) => mentions.slice(0, firstFrom(pos)).filter((m) => m.end <= pos);
  /** A body speaking as the subject before the verb, named as written, or as defined for an acronym. */
  const bodyBefore = (text: string, at: number): Person | null => {
    const m = ORG_NAME.exec(text);
    const name = m?.[1]?.trim();
    // "a spokesperson for the U.S. Embassy said": someone the article does not name speaks for the body.
    if (!name || OBJECT_BEFORE.test(text.slice(0, (m?.index ?? 0) + 1))) return null;
    const acronym = /^[\p{Lu}]{2,6}$/u.test(name);
    if (!acronym && name.split(/\s+/).length < 2) return null;
    let full = name;
    if (acronym) {
      // "the Department of Foreign Affairs (DFA)": the words before the acronym whose capitals spell it.
      const definedAt = body.lastIndexOf(`(${name})`, at);
      if (definedAt < 0) return null;
      const words = body
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
  };
  /** The speaker of the last attributed quotation and where it ended. */
  let lastSpoken: { person: Person; end: number } | null = null;
  const objectCache = new Map<MentionRef, boolean>();
  const isObject = (m: MentionRef) => {
    const known = objectCache.get(m);
    if (known !== undefined) return known;
    let head = body.slice(Math.max(0, m.start - 80), m.start);
    head = head.slice(head.lastIndexOf("\n") + 1);
    // Walk back over the title before the name ("met Party General Secretary To Lam"), then look at the word before.
    const words = head.split(/\s+/);
    if (words.at(-1) === "") words.pop();
    let k = words.length;
    // "Chairman of the Hanoi People's Committee Nguyen Duc Chung": "the" after "of" and before a capital is the title's.
    const ofThe = (n: number) => words[n] === "the" && words[n - 1] === "of" && /^\p{Lu}/u.test(words[n + 1] ?? "");
    while (k > 0 && words.length - k < 8 && (TITLE_WORD.test(words[k - 1] as string) || ofThe(k - 1))) {
      // "of", "for" and "and" belong to a title only between two title words ("Minister of Foreign Affairs", "Minister
      // for Foreign Affairs").
      if (/^(?:of|for|and)$/.test(words[k - 1] as string) && !/^[\p{Lu}]/u.test(words[k - 2] ?? "")) break;
      k--;
      // "British Ambassador to Vietnam Helen Carter": "to" belongs to an envoy's title, not to a verb before it.
      if (words[k - 1] === "to" && /^(?:Ambassador|Envoy|Consul)/.test(words[k - 2] ?? "")) k--;
    }
    const rest = `${words.slice(0, k).join(" ")} `;
    const object = OBJECT_BEFORE.test(rest) && !/\baccording to\s+$/i.test(rest);
    objectCache.set(m, object);
    return object;
  };
  const fitsPronoun = (p: Person, pronoun: string) => (pronoun.toLowerCase() === "she") === cueOf(p).female;
  /** The subject of the last sentence before pos that named someone (optionally one "she" or "he" fits). */
  const subjectBefore = (pos: number, pronoun?: string): Person | null => {
    const before = allBefore(pos);
    const fits = (p: Person) => !pronoun || fitsPronoun(p, pronoun);
    // A sentence that names people only as objects ("under Prime Minister Hun Sen") has a subject named earlier.
    let subjectFallback: Person | null = null;
    let objectFallback: Person | null = null;
    let seen = 0;
    for (let i = before.length - 1; i >= 0 && seen < 6; ) {
      const s = (before[i] as MentionRef).sentenceIndex;
      const same: MentionRef[] = [];
      while (i >= 0 && (before[i] as MentionRef).sentenceIndex === s) same.unshift(before[i--] as MentionRef);
      seen++;
      const subjects = same.filter((m) => !isObject(m));
      const fit = subjects.find((m) => fits(m.person));
      if (fit) return fit.person;
      if (subjects[0]) subjectFallback ??= subjects[0].person;
      else objectFallback ??= same.at(-1)?.person ?? null;
    }
    const fallback = subjectFallback ?? objectFallback;
    if (!fallback || !pronoun) return fallback;
    return pronoun.toLowerCase() === "she" || !cueOf(fallback).female ? fallback : null;
  };
  const byRole = (
    adjectives: string,
    noun: string,
    pos: number,
    refAt = pos,
    depth = 0,
    stateCodes: readonly string[] = [],
    not?: Person,
  ): Person | null => {
    const key = fold(noun);
    const patterns = REFERENCES.get(key) ?? [key];
    // "Vietnam's head of state": a country's possessive names the nationality as a demonym does.
    const codesOf = (words: string) =>
      words
        .split(/\s+/)
        .map(
          (w) =>
            DEMONYMS.get(fold(w)) ??
            (/['’]s$/.test(w) ? countryCode(w.slice(0, -2)) : /^(?:\p{Lu}\.)+$/u.test(w) ? countryCode(w) : null) ??
            // "the Ugandan minister" with a nationality the gazetteer lacks: still one nobody known to be of another
            // country can be.
            (UNKNOWN_DEMONYM.test(w) ? `?${fold(w)}` : undefined),
        )
        .filter((c): c is string => c !== undefined);
    const codes = [...codesOf(adjectives), ...stateCodes];
    const before = allBefore(Math.min(pos, refAt))
      .filter((m) => m.person !== not)
      .reverse();
    const nationFits = (p: Person) => codes.length === 0 || codes.some((c) => cueOf(p).codes.has(c));
    const nationOpen = (p: Person) => nationFits(p) || cueOf(p).codes.size === 0;
    // "the minister" is not the prime minister when another minister is in the text.
    // "the Vietnamese leader" is not the deputy prime minister: a deputy's office matches only a reference to a deputy.
    const deputyRef = DEPUTY.test(key);
    const fits = (p: Person) =>
      p.roles.some((r) => {
        const role = fold(r.role);
        if (key === "minister" && /prime minister$/.test(role)) return false;
        return patterns.some((x) => roleHas(role, x) && (deputyRef || !DEPUTY.test(role) || DEPUTY.test(x)));
      });
    // "his German counterpart Guido Westerwelle" is "the German minister": nationality with no title of his own.
    const untitled = (p: Person) => p.roles.every((r) => /\bcounterpart$/i.test(r.role));
    /** The most recent sentence's match, its subject first ("President A and Vietnamese President B …"). */
    const pick = (ok: (p: Person) => boolean): MentionRef | undefined => {
      const hit = before.find((m) => ok(m.person));
      if (!hit) return undefined;
      const same = before.filter((m) => m.sentenceIndex === hit.sentenceIndex && ok(m.person)).reverse();
      // "Putin called on Trong, but it was To Lam … who struck a different note. Vietnam, the President said, …": a
      // clause after "but" (or a semicolon) has its own subject, and the reference is to the nearer clause's.
      const clause = same.filter((m) => !CLAUSE_BREAK.test(body.slice(m.end, hit.start)));
      const subject = clause.find((m) => !isObject(m)) ?? same.find((m) => !isObject(m));
      if (subject) return subject;
      // "was due to meet General Secretary To Lam and call on President Luong Cuong. The Vietnamese leader described …":
      // two who fit, both only objects of the latest sentence, leave the reference to the one the story had as its
      // subject before them (the host who held the talks).
      if (new Set(same.map((m) => m.person)).size > 1) return before.find((m) => ok(m.person) && !isObject(m)) ?? hit;
      return hit;
    };
    // "the Science and Innovation Minister": capitalised portfolio words before the noun pick the one whose office
    // holds them all, before anyone nearer with the bare noun.
    const portfolio = adjectives
      .split(/\s+/)
      .filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !DEMONYMS.has(fold(w)) && countryCode(w) === null)
      .map((w) => fold(w));
    const holds = (p: Person) => p.roles.some((r) => portfolio.every((w) => fold(r.role).split(/\s+/).includes(w)));
    const hit =
      (portfolio.length > 0 ? pick((p) => fits(p) && nationFits(p) && holds(p)) : undefined) ??
      pick((p) => fits(p) && nationFits(p)) ??
      (codes.length > 0 ? pick((p) => nationFits(p) && cueOf(p).codes.size > 0 && untitled(p)) : undefined) ??
      pick((p) => fits(p) && nationOpen(p)) ??
      // "The President of Russia pointed out …" on a page that gives the Russian no title: a state no one named fits is
      // the one person of no known state and no office.
      (stateCodes.length > 0 ? pick((p) => cueOf(p).codes.size === 0 && p.roles.length === 0) : undefined);
    // "The Vietnamese Prime Minister said …" then "…," the Prime Minister added: the later reference repeats the earlier.
    if (depth < 2) {
      const from = hit ? hit.end : 0;
      const limit = Math.min(pos, refAt);
      let last: RegExpExecArray | null = null;
      if (limit > from) {
        for (const m of body.slice(from, limit).matchAll(ROLE_REF_ALL)) {
          // "The Vietnamese minister said …" then "The Omani minister, for his part, said:": another nationality is
          // another person, not a restatement.
          const theirs = codesOf(m[1] ?? "");
          const clash = codes.length > 0 && theirs.length > 0 && !theirs.some((c) => codes.includes(c));
          if (fold(m[2] ?? "") === key && /\S/.test(m[1] ?? "") && !clash) last = m as RegExpExecArray;
        }
      }
      if (last) {
        const adj = `${last[1] ?? ""} ${adjectives}`;
        const chained = byRole(
          adj,
          last[2] ?? "",
          from + (last.index ?? 0),
          from + (last.index ?? 0),
          depth + 1,
          [],
          not,
        );
        if (chained) return chained;
      }
    }
    if (hit) return hit.person;
    // "Minister Mauro Vieira" then "the Foreign Minister": an office given bare may be any of its portfolios.
    const head = key.split(" ").at(-1) ?? key;
    if (head !== key && !DEPUTY.test(key)) {
      const bare = pick((p) => p.roles.some((r) => fold(r.role) === head) && nationFits(p));
      if (bare) return bare.person;
    }
    if (key === "minister") {
      const pm = before.find(
        (m) => m.person.roles.some((r) => /prime minister$/i.test(r.role)) && nationFits(m.person),
      );
      if (pm) return pm.person;
    }
    // A reference by nationality alone ("the Vietnamese leader") to someone given no matching title.
    if (codes.length > 0 && !before.some((m) => fits(m.person))) {
      return before.find((m) => nationFits(m.person) && cueOf(m.person).codes.size > 0)?.person ?? null;
    }
    // "the Prime Minister said" on a page that names him only as "Sir Keir Starmer": when no one named holds the
    // office written in capitals, the one person named before with no office at all is the one it points to.
    if (/^\p{Lu}/u.test(noun) && codes.length === 0 && !before.some((m) => fits(m.person))) {
      const untitledPeople = new Set(before.filter((m) => m.person.roles.length === 0).map((m) => m.person));
      if (untitledPeople.size === 1) return [...untitledPeople][0] as Person;
    }
    return null;
  };
  /**
   * "The Vietnamese leader, for his part, stressed …" then "…," he said: the role that opens the sentence before the
   * quotation is its subject, not a person it goes on to mention ("recalled that … Ho Chi Minh lived in Paris").
   */
  const leadRoleBefore = (pos: number, pronoun: string, pronounAt = false, hops = 0): Person | null => {
    const window = body.slice(Math.max(0, pos - 600), pos);
    const ends = [...window.matchAll(/[.!?]["”’]?\s+|\n+/g)];
    const last = ends.at(-1);
    if (!last) return null;
    // "The Vietnamese minister told her that … . But he noted that … “…”": a pronoun opening its own sentence (after a
    // linking word at most) looks back to the sentence before it, as a quotation right after that sentence does.
    const rest = window.slice((last.index ?? 0) + last[0].length).replace(/[\s"“‘'«]/g, "");
    if (rest && !(pronounAt && LINKING_WORD.test(rest))) return null;
    const prev = ends.at(-2);
    const from = prev ? (prev.index ?? 0) + prev[0].length : 0;
    const sentence = window.slice(from, last.index ?? 0);
    const role = ROLE_REF.exec(sentence);
    // "Speaking at a state banquet, the President said …": an opening phrase before the role names no one.
    const opening = role ? sentence.slice(0, role.index) : "";
    const at = pos - window.length + from;
    // "The Vietnamese deputy minister conveyed …. He said Vietnam valued …." then '"…," he said': a sentence that only
    // goes on about its pronoun's subject, naming no one, hands the pronoun on to the role that opened the one before.
    if (
      !role &&
      hops < 2 &&
      PRONOUN_SUBJECT.test(sentence.trimStart()) &&
      inRange(at, at + sentence.length).length === 0
    )
      return leadRoleBefore(at, pronoun, true, hops + 1);
    if (!role) return null;
    // "The Minister of Foreign Affairs, Antonio Tajani, … said …. He said …": a sentence that names its subject is
    // left to the named subject.
    if (pronounAt && inRange(at, at + sentence.length).some((m) => !isObject(m))) return null;
    if (role.index !== 0) {
      if (!OPENING_PHRASE.test(opening) || inRange(at, at + role.index).length > 0) return null;
      const clause = sentence.slice(role.index + role[0].length);
      // "On regional issues, the Deputy Prime Minister briefed the Thai side …. He stated that …": before a pronoun
      // opening the next sentence, any verb straight after the role makes the role that sentence's subject.
      if (!VERB.test(clause.split(/[,;]/)[0] ?? "") && !(pronounAt && CLAUSE_VERB.test(clause))) return null;
    }
    const after = sentence.slice(role.index + role[0].length);
    // "Vietnam's Ambassador to Qatar Nguyen Huy Hiep said …": the role is the title of the name after it, who is the
    // subject; the office is not a reference back to someone else holding it.
    const roleEnd = at + role.index + role[0].length;
    const verbAt = VERB.exec(after)?.index ?? -1;
    const titled = verbAt > 0 ? inRange(roleEnd, roleEnd + verbAt).find((m) => !isObject(m)) : undefined;
    if (titled) return fitsPronoun(titled.person, pronoun) ? titled.person : null;
    const person = byRole(role[1] ?? "", role[2] ?? "", at, at, 0, stateAfter(after));
    return person && fitsPronoun(person, pronoun) ? person : null;
  };
  /**
   * "the Prime Minister and Minister of Foreign Affairs said:": two offices joined name the one person who holds
   * both, not the latest holder of the first.
   */
  const bothRoles = (after: string, first: string, pos: number): Person | null => {
    const second = SECOND_ROLE.exec(after)?.[1];
    if (!second) return null;
    const holds = (p: Person, noun: string, not?: string) =>
      p.roles.some((r) => {
        const role = fold(r.role);
        if (role === not) return false;
        const key = fold(noun);
        if (key === "minister" && /prime minister$/.test(role)) return false;
        return (REFERENCES.get(key) ?? [key]).some((x) => roleHas(role, x));
      });
    for (const m of allBefore(pos).reverse()) {
      const firstRole = m.person.roles.find((r) => holds({ ...m.person, roles: [r] }, first));
      if (firstRole && holds(m.person, second, fold(firstRole.role))) return m.person;
    }
    return null;
  };
  /** A role reference or a pronoun in text (absolute offset a) resolved to someone named before pos. */
  const refer = (text: string, pos: number, at = pos, not?: Person): Person | null | undefined => {
    const role = ROLE_REF.exec(text);
    const pro = PRONOUN.exec(text);
    if (role && (!pro || role.index < pro.index))
      return (
        bothRoles(text.slice(role.index + role[0].length), role[2] ?? "", pos) ??
        byRole(
          role[1] ?? "",
          role[2] ?? "",
          pos,
          at + role.index,
          0,
          stateAfter(text.slice(role.index + role[0].length)),
          not,
        )
      );
    if (pro) {
      const proAt = at + pro.index;
      const lead =
        leadRoleBefore(pos, pro[1] ?? "he") ?? (proAt < pos ? leadRoleBefore(proAt, pro[1] ?? "he", true) : null);
      if (lead) return lead;
      if (unnamedSpeakerBefore(pos)) return null;
      // '"…," the ambassador replied.' then '"…," he said': the last speaker goes on when no one is named between.
      if (
        lastSpoken &&
        lastSpoken.end <= pos &&
        inRange(lastSpoken.end, pos).length === 0 &&
        fitsPronoun(lastSpoken.person, pro[1] ?? "he")
      )
        return lastSpoken.person;
      return subjectBefore(pos, pro[1]);
    }
    return undefined;
  };
  /**
   * 'A farmer who lost his harvest said … "…," he said.': the sentence just before the quotation, in its paragraph, has a
   * speaker the article does not name; "he" is that speaker, not someone named earlier.
   */
  const unnamedSpeakerBefore = (pos: number): boolean => {
    const lineStart = body.lastIndexOf("\n", pos - 1) + 1;
    const text = body.slice(lineStart, pos).replace(/[“"'‘«\s]+$/, "");
    const ends = [...text.matchAll(/[.!?]["”’]?(?=\s|$)/g)];
    const last = ends.at(-1);
    if (!last) return false;
    const prev = ends.at(-2);
    const from = prev ? (prev.index ?? 0) + prev[0].length : 0;
    const sentence = text.slice(from, last.index ?? 0);
    const verb = VERB.exec(sentence);
    if (!verb || /[“”"«»]/.test(sentence)) return false;
    const subject = sentence.slice(0, verb.index);
    const at = lineStart + from;
    return (
      wordCount(subject) >= 2 &&
      inRange(at, at + verb.index).length === 0 &&
      !ROLE_REF.test(subject) &&
      !PRONOUN.test(subject) &&
      !ORG_SPEAKER.test(subject)
    );
  };

  const lines: Line[] = [];
  let pos = 0;
  for (const text of body.split("\n")) {
    if (text.trim()) lines.push({ text, start: pos });
    pos += text.length + 1;
  }
  // A PDF copied as text breaks every line of a paragraph ('… it is a fitting way to' / 'begin our anniversary year,"
  // Prime Minister Luxon said'): a long line that stops mid-sentence before a lower-case word runs on. The break is
  // read as a space, so offsets stay those of the body. A line may open a quotation mid-sentence ('… likened it to
  // bamboo, with' / '"strong roots, a sturdy').
  // Read forwards, so a short piece of a wrapped sentence ('"strong roots, a sturdy') joins the long line before it
  // first and then runs on.
  // A page broken at a fixed width throughout (a PDF's columns: most lines short and stopping mid-sentence) runs on
  // before a capital too ('… told the' / 'Bulletin that …'), and after a quotation closed on a comma ('… cooperation,"'
  // / 'Mr. Modi said …').
  const hardWrapped = isHardWrapped(lines);
  for (let li = 0; li < lines.length - 1; ) {
    const line = lines[li] as Line;
    const next = lines[li + 1] as Line;
    const text = line.text.trimEnd();
    const runsOn = hardWrapped
      ? text.length >= WRAPPED_PAGE_MIN_CHARS &&
        (/[\p{L}\p{N},;-]$/u.test(text) || /,[”"’]$/u.test(text)) &&
        /^\s*[“"‘]?[\p{L}\p{N}]/u.test(next.text)
      : (text.length >= WRAPPED_MIN_CHARS || opensUnclosed(text)) &&
        /[\p{L}\p{N},-]$/u.test(text) &&
        /^\s*[“"‘]?\p{Ll}/u.test(next.text);
    if (!runsOn) {
      li++;
      continue;
    }
    lines.splice(li, 2, {
      text: body.slice(line.start, next.start + next.text.length).replace(/\n/g, " "),
      start: line.start,
    });
  }
  const sentencesOf = (line: Line) => {
    line.sentences ??= splitLine(line.text, 0);
    return line.sentences;
  };
  const sentenceStart = (line: Line, at: number) => {
    let s = 0;
    for (const [a] of sentencesOf(line)) if (a <= at) s = a;
    return s;
  };
  const sentenceEnd = (line: Line, at: number) => {
    for (const [, b] of sentencesOf(line)) if (b > at) return b;
    return line.text.length;
  };

  /** "X said:", "According to X,", "X stressed that": the subject of the last speech verb before the quotation. */
  /**
   * "…," Boluarte said: a subject written as one or two capitalised words that the people reader did not link is the
   * one person whose name holds them all.
   */
  const bySurname = (text: string): Person | null => {
    const m = SURNAME_SUBJECT.exec(text.trim());
    if (!m) return null;
    const words = (m[1] ?? "").split(/\s+/).map((w) => fold(w));
    const hits = people.filter((p) => words.every((w) => p.key.split(" ").includes(w)));
    return hits.length === 1 ? (hits[0] as Person) : null;
  };
  /**
   * "the press secretary said the vice president praised … and described the country as “…”": a role opening the
   * clause reported after a speech verb, as the subject of its own verb, is the one whose words the clause quotes.
   */
  const reportedSubject = (text: string, at: number): Person | null => {
    for (const m of text.matchAll(VERB_ALL)) {
      if (LISTENER_VERBS.has(m[0].toLowerCase())) continue;
      const clause = text.slice((m.index ?? 0) + m[0].length);
      const lead = /^\s+(?:that\s+)?/.exec(clause)?.[0] ?? "";
      const rest = clause.slice(lead.length);
      const role = ROLE_REF.exec(rest);
      if (role?.index !== 0 || /[.;:!?]/.test(rest)) continue;
      if (!CLAUSE_VERB.test(rest.slice(role[0].length))) continue;
      const roleAt = at + text.length - rest.length;
      const ref = refer(role[0], roleAt, roleAt);
      if (ref) return ref;
    }
    return null;
  };
  const fromHead = (line: Line, from: number, to: number): Person | null | undefined => {
    const head = line.text.slice(from, to);
    const a = line.start + from;
    // 'According to him, Moscow and Hanoi are moving to …: “…”': the source an opening phrase names (a person, a
    // pronoun, a role) is the one whose words the colon introduces, when no other verb of speech stands between.
    const according = ACCORDING_OPENING.exec(head);
    if (according && /:\s*$/.test(head) && !VERB.test(head.slice(according[0].length))) {
      const source = according[0].replace(/^\s*according to\s+/i, "").replace(/,\s*$/, "");
      const sourceAt = a + head.indexOf(source, according[0].length - source.length - 2);
      const named = inRange(sourceAt, sourceAt + source.length)[0];
      if (named) return named.person;
      const pronoun = /^(him|her)$/i.exec(source)?.[1];
      if (pronoun) return refer(pronoun.toLowerCase() === "her" ? "she" : "he", sourceAt, sourceAt) ?? null;
      if (ROLE_REF.exec(source)?.index === 0) return refer(source, sourceAt, sourceAt) ?? null;
    }
    let verb: RegExpExecArray | null = null;
    for (const m of head.matchAll(VERB_ALL)) verb = m as RegExpExecArray;
    if (!verb) {
      if (!/:\s*$/.test(head)) return undefined;
      // A bare colon introduces a title or a document as often as speech: it needs a named speaker, or a pronoun or a
      // role as the sentence's subject ("He put it simply: “…”").
      const mentioned = inRange(a, a + head.length);
      const named = mentioned.filter((m) => !isObject(m));
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
      return refer(lead, a + head.length, a + head.length - lead.length) ?? null;
    }
    const v = verb.index ?? 0;
    // "Starmer welcomed Cuong for talks that Downing Street said would …": the seat of government right before the verb
    // is its subject, whoever else the sentence names.
    if (SEAT_SPEAKER.test(head.slice(0, v))) return null;
    const pre = inRange(a, a + v);
    // "He handed Obama a letter that Ho Chi Minh wrote, and said it showed …": a verb joined by "and" has the
    // sentence's subject, not a name in the clause before it.
    if (COORDINATED.test(head.slice(0, v))) {
      const lead = head.trimStart();
      const leadAt = a + head.length - lead.length;
      if (PRONOUN_SUBJECT.test(lead) || ROLE_REF.exec(lead)?.index === 0) {
        const ref = refer(lead.slice(0, 40), leadAt, leadAt);
        if (ref) return ref;
      }
      const first = pre[0];
      if (
        first &&
        !isObject(first) &&
        body
          .slice(leadAt, first.start)
          .split(/\s+/)
          .filter(Boolean)
          .every((w) => isTitleWord(w))
      )
        return first.person;
    }
    // "According to spokesperson A, the Prime Minister told her guest that …": the source is named in the opening
    // phrase; the subject after it, a role or a pronoun, is the one whose words are reported.
    const source = ACCORDING_OPENING.exec(head.slice(0, v));
    if (source) {
      const clause = head.slice(source[0].length, v);
      const at = a + source[0].length;
      if (PRONOUN_SUBJECT.test(clause) || ROLE_REF.exec(clause)?.index === 0) {
        const ref = refer(clause, at, at);
        if (ref) return ref;
      }
    }
    // "To Lam, who was accompanied by … Bui Thanh Son, said", "Motegi, on his first visit since Prime Minister
    // Takaichi took office, told reporters": the subject before the aside, not the nearest name.
    const aside = /,\s*$/.test(head.slice(0, v))
      ? pre.find((m) => !isObject(m) && APPOSITION.test(body.slice(m.end, m.end + 24)))
      : undefined;
    // "received by President X, who called Vietnam “…”": the relative clause's speaker is the name it follows.
    const relative = /,\s*who\s+(?:also\s+|later\s+|has\s+|had\s+)?$/.exec(head.slice(0, v));
    const antecedent = relative ? pre.at(-1) : undefined;
    // "met To Lam, general secretary of the Communist Party, who praised …": the office read between the name and
    // "who" is the name's apposition, so the clause is still his.
    const whoAt = a + (relative?.index ?? 0);
    const between = antecedent ? body.slice(antecedent.end, whoAt) : "";
    const apposed =
      antecedent !== undefined &&
      /^\s*,/.test(between) &&
      antecedent.person.roles.some(
        (r) => r.start > antecedent.end && r.start - antecedent.end <= 3 && r.end >= whoAt - 1,
      );
    if (relative && antecedent && (between.trim() === "" || apposed)) return antecedent.person;
    const reporting = reportedSubject(head.slice(0, v), a);
    if (reporting) return reporting;
    const subject = aside ?? [...pre].reverse().find((m) => !isObject(m));
    if (subject) return subject.person;
    // "The U.S. Embassy in Hanoi said no country should give Putin …": an institution speaks, not a person after it.
    if (!PRONOUN.test(head.slice(0, v))) {
      const speaking = bodyBefore(head.slice(0, v), a);
      if (speaking) return speaking;
    }
    if (ORG_SPEAKER.test(head.slice(0, v)) && !PRONOUN.test(head.slice(0, v))) return null;
    // "A German official travelling with Merkel described them as “…”": a subject the article does not name, with
    // the named only as objects around it, is nobody the page lists.
    if (INDEFINITE_SUBJECT.test(head.slice(0, v)) && pre.every((m) => isObject(m))) return null;
    const post = inRange(a + v, a + head.length);
    if (post[0]) return post[0].person;
    const ref = refer(head.slice(0, v), a + v, a) ?? refer(head.slice(v), a + v, a + v);
    if (ref !== undefined) return ref;
    return pre.at(-1)?.person ?? bySurname(head.slice(0, v)) ?? null;
  };

  /** '“…,” X said', '“…,” said the minister', '“…” he added', '“…,” according to X'. */
  const fromTail = (line: Line, from: number, quoteStart: number, strict: boolean): Person | null | undefined => {
    const tail = line.text.slice(from, Math.min(sentenceEnd(line, from), from + 240));
    const a = line.start + from;
    const verb = VERB.exec(tail);
    if (!verb || verb.index > 140) return undefined;
    const pre = tail.slice(0, verb.index);
    if (/[“”"«»]/.test(pre)) return undefined;
    // "…," the agency quoted Choe as saying.
    if (/^(?:quoted|cited)$/.test(verb[0])) {
      const quoted = inRange(a + verb.index, a + tail.length)[0];
      if (quoted && /^\s+as\s+(?:saying|telling)/.test(body.slice(quoted.end, quoted.end + 16))) return quoted.person;
    }
    const named = inRange(a, a + verb.index);
    if (strict) {
      // After a full stop the words are a new sentence: only "Name said." still attributes.
      const m = named[0];
      if (!m || body.slice(m.end, a + verb.index).trim() !== "") return undefined;
    }
    if (named[0]) return named[0].person;
    const speaking = bodyBefore(pre, a);
    if (speaking) return speaking;
    const ref = refer(pre, quoteStart, a);
    if (ref !== undefined) return ref;
    if (pre.replace(/[\s,.;:!?—–-]/g, "") !== "") return bySurname(pre);
    const post = tail.slice(verb.index + verb[0].length);
    // '"…," said the foreign ministry, which hosted Putin': the institution is the speaker.
    if (ORG_AFTER.test(post)) return null;
    const after = inRange(a + verb.index, a + verb.index + verb[0].length + Math.min(post.length, 90))[0];
    // '"…," said the Chancellor at the press conference with Prime Minister X': the role right after the verb is the
    // subject; a name the rest of the clause governs by a preposition is someone else.
    const role = ROLE_REF.exec(post);
    const object = after && isObject(after) ? after.person : undefined;
    if (object && role && /^\s*$/.test(post.slice(0, role.index))) {
      const ref = refer(post.slice(0, role.index + role[0].length), quoteStart, quoteStart, object);
      if (ref) return ref;
    }
    if (after && after.start - (a + verb.index) <= 70) return after.person;
    return refer(post.slice(0, 40), quoteStart, quoteStart, object) ?? null;
  };

  /** Only a title and a name between start and end: a headline naming someone ("PM Chinh Meets Kishida") is not a credit. */
  const creditIn = (start: number, end: number): Person | undefined => {
    const credit = inRange(start, end).at(-1);
    if (!credit) return undefined;
    const before = body
      .slice(start, credit.start)
      .split(/[\s,]+/)
      .filter((w) => w && !/^[—–-]+$/.test(w));
    const after = body.slice(credit.end, end);
    return /^[\s.,)]*$/.test(after) && before.length <= 8 && before.every(isTitleWord) ? credit.person : undefined;
  };

  /** A line that is a name and its title ("Lee Jae-myung, President of Korea"), crediting the quotation below it. */
  const cardAbove = (prev: Line): Person | undefined => {
    const text = prev.text.trim();
    if (wordCount(text) > 14 || /[.!?:;“”"«»]$/.test(text) || VERB.test(text)) return undefined;
    const first = inRange(prev.start, prev.start + prev.text.length)[0];
    if (!first) return undefined;
    const before = body
      .slice(prev.start, first.start)
      .split(/\s+/)
      .filter((w) => w && !/^[—–•-]+$/.test(w));
    if (!before.every((w) => isTitleWord(w))) return undefined;
    // The name's title follows it: "President of …", "General Secretary, …", "the party's leader"; not "who spoke first".
    const rest = /^\s*[,(–—|]\s*(?:the\s+)?([\p{L}'’-]+)/u.exec(body.slice(first.end, prev.start + prev.text.length));
    const word = rest?.[1] ?? "";
    return rest && (/^\p{Lu}/u.test(word) || isTitleWord(word)) ? first.person : undefined;
  };

  const units: Unit[] = [];
  // 'Chinh said: We must turn …."': an opening mark left out after "X said:" opens where the colon is.
  const spansByLine = lines.map((l) =>
    quoteSpans(l.text).map((x) => {
      if (x.open >= 0) return x;
      const colon = l.text.lastIndexOf(": ", x.close);
      const lead = colon > 0 ? l.text.slice(0, colon) : "";
      return colon > 0 && VERB.test(lead) && !/[.!?]\s/.test(lead) ? { open: colon + 1, close: x.close } : x;
    }),
  );
  const consumed = new Set<number>();
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    const spans = spansByLine[li] as Span[];
    spans.forEach((s, k) => {
      if (k === 0 && consumed.has(li)) return;
      let last = li;
      let tail = s;
      const end = (l: Line, x: Span) => (x.close < 0 ? l.text.trimEnd().length : x.close);
      const piece = (l: Line, x: Span) => {
        const raw = l.text.slice(x.open + 1, end(l, x));
        const text = trimQuote(raw);
        const lead = Math.max(0, raw.indexOf(text.slice(0, 12)));
        return { text, start: l.start + x.open + 1 + lead, end: l.start + end(l, x) };
      };
      const parts = [piece(line, s)];
      // News style leaves a quotation that runs on into the next paragraph unclosed; the next one opens again.
      while (tail.close < 0 && last + 1 < lines.length) {
        const nl = lines[last + 1] as Line;
        const ns = (spansByLine[last + 1] as Span[])[0];
        if (!ns || ns.open < 0 || nl.text.slice(0, ns.open).trim() !== "") break;
        last++;
        consumed.add(last);
        tail = ns;
        parts.push(piece(nl, ns));
      }
      let close = tail.close;
      const endLine = lines[last] as Line;
      if (close < 0) {
        // A closing mark left out before the attribution: '"Vietnam's position is clear, she added.'
        const comma = endLine.text.lastIndexOf(", ");
        const after = comma > 0 ? endLine.text.slice(comma + 2) : "";
        if (comma > tail.open && VERB.test(after) && wordCount(after) <= 10 && !/[.!?]\s/.test(after.trimEnd())) {
          close = comma + 1;
          const p = parts[parts.length - 1] as Unit["parts"][number];
          p.text = trimQuote(endLine.text.slice(tail.open + 1, comma));
          p.end = endLine.start + comma;
        }
      }
      const first = parts[0] as Unit["parts"][number];
      units.push({
        first: li,
        last,
        open: s.open,
        close,
        text: first.text,
        start: first.start,
        end: (parts.at(-1) as Unit["parts"][number]).end,
        parts,
      });
    });
  }

  // '"Our countries," Lavrov said, "are linked by …"': one quotation split around its attribution.
  for (let k = units.length - 2; k >= 0; k--) {
    const u = units[k] as Unit;
    const v = units[k + 1] as Unit;
    if (u.last !== v.first || v.last !== v.first || u.close < 0 || v.open <= u.close) continue;
    const line = lines[u.last] as Line;
    const gap = line.text.slice(u.close + 1, v.open);
    if (/^[\p{Lu}\d]/u.test(v.text) || !/,\s*$/.test(gap) || sentenceBreak(gap) || wordCount(gap) > 16) continue;
    if (!VERB.test(gap) || !/[,—–-]\s*$/.test(line.text.slice(0, u.close).trimEnd())) continue;
    const lastPart = u.parts.at(-1) as Unit["parts"][number];
    lastPart.text = `${lastPart.text} ${v.text}`;
    lastPart.end = v.end;
    u.end = v.end;
    if (u.parts.length === 1) u.text = lastPart.text;
    u.joined = true;
    units.splice(k + 1, 1);
  }

  // '“Vietnam is an old friend, – Lavrov said. – We will …”': translated copy puts the attribution between dashes
  // inside the marks. The words between the dashes are the attribution, not the quotation.
  for (const u of units) {
    const p = u.parts[0] as Unit["parts"][number];
    const m = twoDashes(p.text) ? INNER_ATTRIBUTION.exec(p.text) : null;
    if (!m || !VERB.test(m[2] ?? "") || wordCount(m[2] ?? "") > 8) continue;
    const from = p.start + p.text.indexOf(m[2] ?? "", (m[1] ?? "").length);
    const named = inRange(from, from + (m[2] ?? "").length);
    u.inner = named[0]?.person ?? refer(m[2] ?? "", from) ?? null;
    const rest = m[3] ?? "";
    p.text = /^\p{Lu}/u.test(rest) ? `${(m[1] ?? "").replace(/,$/, ".")} ${rest}` : `${m[1] ?? ""} ${rest}`;
    if (u.parts.length === 1) u.text = p.text;
  }

  const out: QuoteFinding[] = [];
  // A quotation running over several paragraphs is one quote: its words joined, its span covering them all.
  const emit = (speaker: string, u: Unit) => {
    const text = u.parts
      .map((p) => p.text)
      .filter((t) => wordCount(t) > 0)
      .join(" ");
    if (text) out.push({ speaker, text, start: u.start, end: u.end });
  };
  let prevUnit: { unit: Unit; speaker: string } | null = null;
  // '"This is about trust," Luxon said. "It says that …"': an opening too short to count alone starts the quotation
  // the next sentence carries on, when only the attribution stands between them.
  let shortOpening: Unit | null = null;
  for (const u of units) {
    const line = lines[u.first] as Line;
    const endLine = lines[u.last] as Line;
    const text = u.text;
    const words = wordCount(u.parts.map((p) => p.text).join(" "));
    const sStart = u.open < 0 ? 0 : sentenceStart(line, u.open);
    const prevSpanEnd = Math.max(
      -1,
      ...(spansByLine[u.first] as Span[]).filter((s) => s.close >= 0 && s.close < u.open).map((s) => s.close),
    );
    let headFrom = Math.max(sStart, prevSpanEnd + 1);
    // 'said the visit was “a milestone” for ties that “have never …”': a short quotation earlier in the sentence does
    // not part a later one from the verb that introduces both.
    if (u.open >= 0 && headFrom > sStart && !VERB.test(line.text.slice(headFrom, u.open))) headFrom = sStart;
    const head = u.open < 0 ? "" : line.text.slice(headFrom, u.open);
    const tailFrom = u.close < 0 ? endLine.text.length : u.close + 1;
    const tail = endLine.text.slice(tailFrom, sentenceEnd(endLine, tailFrom));
    const lower = !/^[\p{Lu}\d]/u.test(text);
    // '"…," he said, "and …"': one quotation split around its attribution.
    const prior = out.at(-1);
    if (lower && prevUnit && prior && prevUnit.unit.last === u.first && u.open > 0 && prevUnit.unit.close >= 0) {
      const gap = line.text.slice(prevUnit.unit.close + 1, u.open);
      if (/,\s*$/.test(gap) && !sentenceBreak(gap) && wordCount(gap) <= 16) {
        prior.text = `${prior.text} ${text}`;
        prior.end = u.end;
        prevUnit = { unit: u, speaker: prevUnit.speaker };
        continue;
      }
    }
    // "regarded its ties with China as a “strategic choice and top priority”": a characterisation, not speech.
    const characterised = lower && /\bas (?:an?|the|its|their|his|her)\s*[“"'‘]?\s*$/i.test(head);
    // 'said the embargo decision was “the most important step …”': after a speech verb, what a thing "was" is the
    // speaker's verdict, not the thing's name.
    const isVerb = lower ? /\s(?:is|was)\s*[“"'‘]?\s*$/.exec(head) : null;
    const isAt = isVerb ? head.lastIndexOf(" ", isVerb.index - 1) + 1 : 0;
    const verdict = isAt > 0 && VERB.test(head.slice(0, isAt));
    const label =
      characterised || (!verdict && !/[.!?]$/.test(text) && LABEL.test(head.slice(-60).replace(/[“"'‘\s]+$/, "")));
    const rawEnd = u.close < 0 ? "." : endLine.text.slice(0, u.close).trimEnd().slice(-1);
    // 'would host the “ASEAN Future Forum 2025: Building …”': a capitalised quotation after an article is a name.
    const named = !lower && /\b(?:the|a|an)\s*$/i.test(head);
    const whatCalled = WHAT_CALLED.exec(head);
    const whatAt = line.start + headFrom + (whatCalled?.index ?? 0);
    // "…, which the Minister described as “…”": a role reference as the one who called it so is a person named before.
    const callerRole = ROLE_REF.exec((whatCalled?.[1] ?? "").trim());
    const calledByRole = callerRole?.index === 0 && callerRole[0].length === (whatCalled?.[1] ?? "").trim().length;
    const creditedElsewhere =
      whatCalled !== null &&
      !calledByRole &&
      !/^(?:he|she)\s/i.test(whatCalled[1] ?? "") &&
      inRange(whatAt, whatAt + whatCalled[0].length).length === 0;
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
      (lower && isSlogan(text)) ||
      // 'said the "great friendship, special solidarity and comprehensive cooperation" between the two countries was …':
      // a list of three short items after an article or a possessive is the formula the relationship goes by.
      (lower && FORMULA_BEFORE.test(head) && isSlogan(text, 3));
    let verbBefore: RegExpExecArray | null = null;
    for (const m of head.matchAll(VERB_ALL)) verbBefore = m as RegExpExecArray;
    if (!skip && lower) {
      const between = verbBefore ? head.slice((verbBefore.index ?? 0) + verbBefore[0].length) : "";
      // "Wong said after talks with Lam, the party chief, that the upgrade reflected “…”": the reported clause starts
      // at "that"; an aside between the verb and "that" does not part the words from their speaker.
      const that = /^.*\bthat\s/s.exec(between);
      // "that Vietnam wanted the U.S. “to continue …”": an abbreviation's stop ends no sentence.
      const reported = that && !sentenceBreak(between) ? between.slice(that[0].length) : between;
      // A document named in the reported clause may be the source of the words; one named before "that", or judged
      // by the speaker ("called the agreement “…”"), is not.
      const judged = JUDGING_VERB.test(verbBefore?.[0] ?? "") && wordCount(reported) <= 4;
      // 'said the two sides had agreed to deepen the partnership they set up in 2013 “…”': one clause may run longer.
      const limit = NOT_ONE_CLAUSE.test(reported) ? MAX_REPORTED : MAX_REPORTED_ONE_CLAUSE;
      // 'a new agreement would give them “clear rights …”, he said': reported words before the quotation, the credit
      // straight after it.
      // 'Vietnam was ready to work with Japan "so that …," he added.': the credit's comma may stand inside the marks.
      const credited = !verbBefore && (TAIL_CREDIT.test(tail) || (rawEnd === "," && TAIL_CREDIT.test(`,${tail}`)));
      skip =
        (!verbBefore && !credited) ||
        // "said the partnership, established in 2018, had brought “…”": an aside between commas adds no distance.
        wordCount(reported.replace(ASIDE, " ")) > limit ||
        (!judged &&
          !VERDICT_END.test(reported) &&
          !MODAL_END.test(reported) &&
          !MODAL_IN.test(reported) &&
          !EXPECTED_TO.test(reported) &&
          DOCUMENT_WORDS.test(reported.replace(JUDGED_DOCUMENT, "").replace(SOME_DOCUMENT, " ")));
    }
    if (!skip && u.open < 0 && !VERB.test(tail)) skip = true;
    // 'But can Moon's pledge of "a people-centred partnership …" survive?': the named possessor's words, with no verb.
    let possessor: Person | undefined;
    if (skip && lower && !verbBefore && words >= MIN_WORDS && !label && !named && !headline && !isSlogan(text)) {
      const m = POSSESSIVE_SPEECH.exec(head);
      const at = line.start + headFrom + (m?.index ?? 0);
      possessor = m ? inRange(at - 80, at).find((r) => r.end === at)?.person : undefined;
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
    if (skip) {
      const onlyShort =
        words >= 2 && words < MIN_WORDS && !lower && rawEnd === "," && headFrom === sStart && head.trim() === "";
      shortOpening = onlyShort && !putQuestion && !headline && !label && !named ? u : null;
      continue;
    }
    const opening = shortOpening;
    shortOpening = null;

    let speaker: Person | null | undefined;
    const headBlank = head.trim() === "" || /^[\s—–-]*$/.test(head);
    const endsStop =
      !u.joined &&
      /[.]["”’»]*$/.test(endLine.text.slice(Math.max(0, u.end - endLine.start - 2), u.end - endLine.start));
    const tailCap = /^\s*[\p{Lu}]/u.test(tail);
    speaker = u.inner !== undefined ? u.inner : fromHead(line, headFrom, Math.max(0, u.open));
    if (possessor) speaker = possessor;
    if (ownCall && speaker == null) speaker = refer(whatCalled?.[1] ?? "he", whatAt) ?? null;
    if (ownCall && calledByRole)
      speaker =
        refer(whatCalled?.[1] ?? "", whatAt, whatAt + (whatCalled?.[0].indexOf(whatCalled[1] ?? "") ?? 0)) ?? speaker;
    // 'said the accord was “a historic step”, adding: “…”', '… and said the framework would open “…”': a verb after an
    // earlier quotation in the sentence, with no subject of its own, has the sentence's subject.
    const coordinated = /^[\s,"”’']*(?:and\s+(?:also\s+|then\s+|later\s+)?)?(\p{Ll}+)\b/u.exec(head);
    // 'thanked Malaysia for its “strong support” for the bid and said both sides should settle it “…”': a verb joined
    // by "and" after a short quotation and more words of the same clause has the sentence's subject too, when that
    // stretch names no one of its own.
    const joinedVerb =
      verbBefore !== null &&
      COORDINATED.test(head.slice(0, verbBefore.index ?? 0)) &&
      inRange(line.start + headFrom, line.start + Math.max(0, u.open)).length === 0;
    if (speaker == null && headFrom > sStart && ((coordinated && VERB.test(coordinated[1] ?? "")) || joinedVerb))
      speaker = fromHead(line, sStart, Math.max(0, u.open)) ?? speaker;
    if (speaker == null) {
      const t = fromTail(endLine, tailFrom, u.start, endsStop && tailCap);
      if (t !== undefined && (t !== null || speaker === undefined)) speaker = t;
    }
    // '"…" — Prime Minister Pham Minh Chinh': a credit after a dash closes the paragraph.
    const dashCredit = u.close >= 0 && /^\s*[—–-]+\s*\S/.test(endLine.text.slice(tailFrom));
    if (speaker === undefined && dashCredit && line.text.slice(0, Math.max(0, u.open)).trim() === "") {
      speaker = creditIn(endLine.start + tailFrom, endLine.start + endLine.text.length);
    }
    const paragraphOnly =
      u.open >= 0 && line.text.slice(0, u.open).trim() === "" && tail.replace(/[\s.,;!?]/g, "") === "";
    const standalone = paragraphOnly && endLine.text.slice(tailFrom).replace(/[\s.,;!?]/g, "") === "";
    if (speaker === undefined && standalone) {
      // A quotation standing as its own paragraph, credited on the next line ("Foreign Minister X").
      const next = lines[u.last + 1];
      if (next) speaker = creditIn(next.start, next.start + next.text.length);
      // '"…," Mr Albanese told reporters.' / '"When I first went …"' / 'Anthony Albanese' (the head of his embedded
      // post): a name below a quotation that runs on from the speaker's own paragraph is no new credit; the quotation
      // goes on as one.
      if (speaker && prevUnit && prevUnit.unit.last === u.first - 1 && prevUnit.speaker === speaker.name)
        speaker = undefined;
      const prev = lines[u.first - 1];
      // A broadcast's soundbite card above the quotation: "Name, President of Korea", no verb, no full stop.
      if (speaker === undefined && prev) speaker = cardAbove(prev);
      if (speaker === undefined && prev && /:\s*$/.test(prev.text)) {
        speaker = fromHead(prev, sentenceStart(prev, prev.text.length - 1), prev.text.trimEnd().length) ?? null;
      }
      // After a quotation of the previous paragraph, the same speaker goes on.
      // Readers count it as one quotation that runs on, so its words join the quote before.
      if (speaker === undefined && prevUnit && prevUnit.unit.last === u.first - 1) {
        const prior = out.at(-1);
        if (prior && prior.end === prevUnit.unit.end && prior.speaker === prevUnit.speaker) {
          prior.text = `${prior.text} ${u.parts
            .map((p) => p.text)
            .filter((t) => wordCount(t) > 0)
            .join(" ")}`;
          prior.end = u.end;
        } else emit(prevUnit.speaker, u);
        prevUnit = { unit: u, speaker: prevUnit.speaker };
        continue;
      }
      // After reported speech in the previous paragraph ("Le Hai Binh said Vietnam …"), its speaker goes on.
      if (speaker === undefined && prev && u.first > 0) {
        if (VERB.test(prev.text) && inRange(prev.start, prev.start + prev.text.length).length > 0)
          speaker = subjectBefore(line.start);
        else {
          // 'He added that Vietnam wanted …' then a quotation alone: the pronoun's speaker goes on.
          const lead = prev.text.trimStart();
          const opening = /^(?:He|She)\s+(?:\p{Ll}+\s+){0,2}/u.exec(lead)?.[0] ?? "";
          if (opening && VERB.test(opening)) speaker = refer(lead.slice(0, 40), prev.start, prev.start) ?? undefined;
        }
      }
    }
    if (speaker === undefined && headBlank && !standalone) {
      // '"…," X said. "…"': a quotation that opens the next sentence with no attribution of its own goes on with
      // the one before it; readers count the two as one quotation.
      if (prevUnit && prevUnit.unit.last === u.first) {
        const gap = body.slice(prevUnit.unit.end + 1, u.start - 1);
        // The attribution may carry a long aside ("said X, who directs … in Washington.") but stays one sentence.
        const oneSentence = !/[.!?]["”’]?\s+\S/.test(gap.trim());
        if ((wordCount(gap) <= 14 || (wordCount(gap) <= 32 && oneSentence)) && VERB.test(gap)) {
          const text = u.parts
            .map((p) => p.text)
            .filter((t) => wordCount(t) > 0)
            .join(" ");
          if (prior && prior.end === prevUnit.unit.end && prior.speaker === prevUnit.speaker) {
            prior.text = `${prior.text} ${text}`;
            prior.end = u.end;
          } else emit(prevUnit.speaker, u);
          prevUnit = { unit: u, speaker: prevUnit.speaker };
          continue;
        }
      }
      const before = line.text.slice(0, Math.max(0, u.open));
      if (VERB.test(before) && inRange(line.start, line.start + before.length).length > 0)
        speaker = subjectBefore(line.start + before.length);
    }
    // '… recalled the words of Fidel Castro: “As Fidel told the world, ‘…’, and today …”': words that name the person
    // credited with them are another's, recalling that person's saying; the subject of the sentence speaks them.
    if (speaker && u.open >= 0 && namesItsSpeaker(text, speaker)) {
      const own = inRange(line.start + sStart, line.start + u.open).find(
        (m) => m.person !== speaker && !isObject(m),
      )?.person;
      // 'Díaz-Canel thanked …': a subject written by a part of the name, or a pronoun, opens the sentence.
      const lead = line.text.slice(sStart, u.open).trimStart();
      const leadAt = line.start + u.open - line.text.slice(sStart, u.open).trimStart().length;
      const first = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+\p{Ll}/u.exec(lead)?.[1];
      const subject =
        own ??
        (first ? bySurname(first) : null) ??
        (PRONOUN_SUBJECT.test(lead) ? refer(lead.slice(0, 40), leadAt, leadAt, speaker) : null);
      if (subject && subject !== speaker) speaker = subject;
    }
    if (speaker && opening && opening.last === u.first && u.first === u.last && headBlank) {
      const gap = body.slice(opening.end + 1, u.start - 1);
      if (wordCount(gap) <= 14 && VERB.test(gap) && !/[.!?]["”’]?\s+\S/.test(gap.trim())) {
        u.parts.unshift(...opening.parts);
        u.start = opening.start;
      }
    }
    // '"…," Merkel told a news conference. "…," she said.': a second quoted sentence of the same speaker in the same
    // paragraph, after only the first one's attribution, carries the quotation on even with an attribution of its own;
    // readers count the two as one quotation (a new paragraph with its own attribution is a new one).
    if (
      speaker &&
      headBlank &&
      !lower &&
      prevUnit &&
      prevUnit.unit.last === u.first &&
      prevUnit.speaker === speaker.name
    ) {
      const prior = out.at(-1);
      const gap = body.slice(prevUnit.unit.end + 1, u.start - 1);
      if (
        prior &&
        prior.end === prevUnit.unit.end &&
        wordCount(gap) <= 14 &&
        VERB.test(gap) &&
        !/[“”"«»]/.test(gap.replace(/^[\s,.]*["”’»]/, "").replace(/["“‘«]\s*$/, ""))
      ) {
        prior.text = `${prior.text} ${u.parts
          .map((p) => p.text)
          .filter((t) => wordCount(t) > 0)
          .join(" ")}`;
        prior.end = u.end;
        prevUnit = { unit: u, speaker: speaker.name };
        lastSpoken = { person: speaker, end: u.end };
        continue;
      }
    }
    if (speaker) {
      emit(speaker.name, u);
      prevUnit = { unit: u, speaker: speaker.name };
      lastSpoken = { person: speaker, end: u.end };
    }
  }
  // Press releases put the attribution on its own line ("Foreign Secretary David Lammy said:") and the words in the
  // next paragraph with no marks at all.
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li] as Line;
    const prev = lines[li - 1] as Line;
    if ((spansByLine[li] as Span[]).length > 0 || !/:\s*$/.test(prev.text)) continue;
    const text = line.text.trim();
    if (!/^\p{Lu}/u.test(text) || !/[.!?]$/.test(text) || wordCount(text) < MIN_WORDS) continue;
    // A live blog sets the words off as a block quote after a paragraph whose last sentence introduces them ('… The
    // prime minister says it is fitting that …:'): that sentence is the attribution.
    const end = prev.text.trimEnd().length;
    const from = sentencesOf(prev).length > 1 ? sentenceStart(prev, end - 1) : 0;
    const head = prev.text.slice(from, end);
    if (wordCount(head) > (from > 0 ? 25 : 14) || (spansByLine[li - 1] as Span[]).length > 0) continue;
    const verb = VERB.exec(head);
    if (!verb) continue;
    const speaker = fromHead(prev, from, end);
    if (!speaker) continue;
    const start = line.start + line.text.indexOf(text);
    out.push({ speaker: speaker.name, text, start, end: start + text.length });
  }
  const heading = headingOf(title, people);
  const marked = new Set(out);
  if (!turnQuotes(lines, people, heading, out)) answerQuotes(lines, people, heading, out);
  speechQuote(lines, people, heading, out);
  // A live blog repeats an entry's heading in its navigation ('Skip next section Vietnam's Chinh: 'We need …''): the
  // same words of the same speaker are one quotation, kept where they first stand.
  const seen = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const q = out[k] as QuoteFinding;
    const key = `${q.speaker}\u0000${fold(q.text)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()}`;
    if (!seen.has(key)) seen.add(key);
    else out.splice(k--, 1);
  }
  // Taken now: a soundbite cue read next may replace a turn, whose words were spoken all the same.
  const spoken = out.filter((q) => !marked.has(q)).map((q) => ({ start: q.start, end: q.end }));
  soundbiteQuotes(lines, people, out);
  if (unmarked) {
    // A turn's span may hold marks (a reporter quoting a document); a marked quotation elsewhere is read from its marks,
    // and its span may hold the attribution between two parts, so it is left out.
    const plain = out.filter((q) => !/["“”]/.test(body.slice(q.start, q.end)));
    unmarked.push(...mergeSpans([...plain, ...spoken]));
  }
  return out;
}

/** Spans sorted by start, overlapping or touching ones joined: a list where each offset falls in one span at most. */
export function mergeSpans(spans: readonly { start: number; end: number }[]): Array<{ start: number; end: number }> {
  const merged: Array<{ start: number; end: number }> = [];
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

// '[Soundbite] Yoon Suk Yeol - President (Korean)', '[SOT] Name, Role': a TV script's cue naming who speaks next.
const SOUNDBITE = new RegExp(`^\\s*\\[\\s*(?:${quoteData.soundbiteLabels.map(esc).join("|")})\\s*\\]\\s*\\S`, "iu");

/**
 * A TV news script prints each soundbite as a cue line naming the speaker ('[Soundbite] Name - Role (language)') and
 * the words in quotation marks on the next line, with no attribution: the words are the quote of the person the cue
 * names (the first person named on the cue line).
 */
function soundbiteQuotes(lines: readonly Line[], people: readonly Person[], out: QuoteFinding[]): void {
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

/** A page's heading, with the people it names (read as the body's people are) and whether it names a briefing. */
interface Heading {
  text: string;
  people: Person[];
  /** 'Spokesperson Hua Chunying's Regular Press Conference', 'Interview with Ambassador X': who answers is named. */
  answering: boolean;
}

/**
 * A briefing's transcript names its speaker in full only in its heading ('Press Conference by Press Secretary
 * KOBAYASHI Maki', 'Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference'); its turns carry a
 * surname ('Press Secretary KOBAYASHI:') or a bare 'A:'. The heading's people are read as the body's are; one the body
 * names too is the body's person, so offsets stay the body's (a heading's own person has none).
 */
function headingOf(title: string | null | undefined, people: readonly Person[]): Heading | null {
  const text = title?.trim();
  if (!text) return null;
  const sentences = splitSentences(text);
  const covered = new Map<number, Set<number>>();
  for (const p of findPlaces(sentences)) {
    const set = covered.get(p.sentenceIndex) ?? new Set<number>();
    covered.set(p.sentenceIndex, set);
    for (let k = p.from; k < p.to; k++) set.add(k);
  }
  const named = findPeople(sentences, (s, k) => covered.get(s)?.has(k) ?? false).map(
    (h) => people.find((p) => p.key === h.key) ?? { ...h, mentions: [] },
  );
  return { text, people: named, answering: (text.match(ANSWERING_CUE) ?? []).length > 0 };
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
  const parts = speaker.key.split(" ");
  return label.split(/\s+/).some((w) => parts.includes(fold(w.replace(/\.+$/, "")))) ? speaker : null;
}

/** The people a label could name: those whose name holds its name words, or, for a label of titles alone, its office. */
function labelCandidates(label: string, people: readonly Person[]): Person[] {
  const parts = people.map((p) => p.key.split(" "));
  const words = label
    .split(/\s+/)
    .map((w) => fold(w.replace(/\.+$/, "")))
    .filter((w) => w && !HONORIFICS.has(w) && !(STYLES.has(w) && !parts.some((ps) => ps.includes(w))))
    // 'HOST MARGARET LIM': a programme's role before the name is no office the people hold.
    .filter((w) => !PROGRAMME_ROLES.has(w) || parts.some((ps) => ps.includes(w)));
  // A word of someone's name is a name even where it could be a title word too ("Son").
  const names = words.filter((w) => parts.some((ps) => ps.includes(w)));
  // 'President of Vietnam To Lam': the office's state and its joiners belong to the office.
  const offices = words.filter((w) => !names.includes(w) && !(w === "of" || w === "the" || countryCode(w)));
  if (offices.some((w) => !isTitleWord(w))) return [];
  if (names.length > 0) return people.filter((_, i) => names.every((n) => (parts[i] as string[]).includes(n)));
  const asked = words.filter((w) => !names.includes(w) && w !== "the" && w !== "of");
  return asked.length
    ? people.filter((p) => p.roles.some((r) => asked.every((o) => fold(r.role).split(" ").includes(o))))
    : [];
}

/** The holders of the office a label of titles alone names ('PRIME MINISTER', 'THE PRESIDENT'); none for a name. */
function officeHolders(label: string, people: readonly Person[]): Person[] {
  const words = label
    .split(/\s+/)
    .map((w) => fold(w.replace(/\.+$/, "")))
    .filter((w) => w && !HONORIFICS.has(w) && w !== "the");
  if (words.length === 0 || words.some((w) => !isTitleWord(w) || people.some((p) => p.key.split(" ").includes(w))))
    return [];
  return labelCandidates(label, people);
}

/**
 * Transcripts, briefings and Q&A interviews print a speaker's words with no quotation marks, each turn opened by a
 * label ('SECRETARY PANETTA:', 'Minister Son:', 'Q:'). A turn of a person the article names is that person's quote,
 * from the turn's first words; its later paragraphs run on until the next label. Only a page with two labelled turns
 * or more is read as a transcript, so a lone 'Name: …' line (a caption, a crosshead) is not.
 */
function turnQuotes(
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
  }> = [];
  for (let li = 0; li < lines.length; li++) {
    const text = (lines[li] as Line).text.replace(TURN_CLOCK, "");
    if (text.indexOf(":") < 0 || text.indexOf(":") > 120) continue;
    const m = TURN_LABEL.exec(text);
    if (!m) continue;
    const rest = (m[3] ?? "").trim();
    // A turn's words are sentences; 'Le Van Tuan: a profile of …' and "Biden: 'Not about containing China'" are
    // headlines' shapes. A speech's salutation ends on a comma and runs on in the next paragraph ('Your Excellency
    // President Vladimir Putin, ladies and gentlemen,').
    if (rest && (!/^[\p{Lu}\d“"‘'«(]/u.test(rest) || !/(?:[.!?…][”"’'»)]*|,)$/.test(rest))) continue;
    const label = fold((m[1] ?? "").replace(/\.+$/, ""));
    const kind = QUESTION_LABELS.has(label) ? "question" : ANSWER_LABELS.has(label) ? "answer" : null;
    // 'Official Spokesperson, Shri Vikas Swarup:': the office first, the name after the comma; a name there is the
    // speaker. A label the body's people do not name may name the heading's ('Press Secretary KOBAYASHI:').
    const tail = m[2] ? namedSpeaker(m[2], people) : null;
    const person = kind
      ? null
      : (tail ??
        labelSpeaker(m[1] ?? "", people) ??
        (labelCandidates(m[1] ?? "", people).length === 0 ? headingSpeaker(m[1] ?? "", heading) : null));
    turns.push({ li, person, rest, kind, label: m[1] ?? "" });
  }
  // A statement or a speech posted under one label standing on its own line ('PRIME MINISTER KISHIDA:') is one turn,
  // when the label names a person the page names; a lone 'Name: …' line with words after it stays a caption's shape.
  const speech = turns.length === 1 && !turns[0]?.rest && !!turns[0]?.person && (turns[0]?.li ?? 0) + 1 < lines.length;
  if (turns.length < 2 && !speech) return false;
  // A leader's own office labels its host by office alone ('PRIME MINISTER:') and the guest by office and name ('PRIME
  // MINISTER CHINH (VIA INTERPRETER):'): the bare office is the holder no other label of the transcript names.
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
    interviewee = headingAnswerer(heading) ?? (named.length === 1 ? (named[0] as Person) : null);
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
    const stop = closing ? t.li + 1 : Math.min(turns[k + 1]?.li ?? lines.length, t.li + (speech ? 400 : 12));
    const parts: Array<{ text: string; start: number; end: number }> = [];
    for (let j = from; j < stop; j++) {
      const line = lines[j] as Line;
      const text = trimQuote(
        (j === t.li ? t.rest : line.text.replace(TURN_CLOCK, "")).replace(/^[\s“"‘'«]+|[\s”"’'»]+$/g, ""),
      );
      // The turn ends at furniture after it ('END', a link list): a paragraph that does not end a sentence.
      if (j > from && !/[.!?…"”’)]$/.test(text)) break;
      // An unlabelled paragraph that asks is still the interviewer's.
      if (t.kind === "question" && /\?$/.test(text)) break;
      const start = line.start + line.text.lastIndexOf(text);
      parts.push({ text, start, end: start + text.length });
    }
    const first = parts[0];
    const last = parts.at(-1);
    if (!first || !last) continue;
    const text = parts.map((p) => p.text).join(" ");
    if (wordCount(text) < MIN_WORDS || COURTESY_TURN.test(text)) continue;
    // 'Meera Iyer: Sir, Meera Iyer from … Will any agreements be signed?': a named reporter's turn that ends by asking
    // is a question, which a briefing's reading never counts.
    // A host's questions on a programme are the host's words: one who also speaks without asking (a welcome, the
    // narration between soundbites) is quoted whole, questions included.
    if (!t.kind && /\?["”’)]*$/.test(text) && !states.has(speaker)) continue;
    // A turn already read from its quotation marks is the same quote: the label names its speaker.
    const same = out.findIndex((q) => q.start >= first.start && q.start <= first.start + 2);
    if (same >= 0) out.splice(same, 1);
    const quote = { speaker: speaker.name, text, start: first.start, end: last.end };
    const at = out.findIndex((q) => q.start > quote.start);
    if (at < 0) out.push(quote);
    else out.splice(at, 0, quote);
    found = true;
  }
  return found;
}

const SALUTATION = new RegExp(`\\b(?:${quoteData.salutations.map(esc).join("|")})\\b`, "iu");
const BRIEFING_GREETING = new RegExp(`^(?:${quoteData.briefingGreetings.map(esc).join("|")})\\b`, "iu");
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
function speechQuote(
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
  (w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${esc(w.slice(1))}`,
);
const QUESTION_LEAD = new RegExp(
  `^(?:\\d{1,2}[.)]\\s*)?(?:${LABEL_WORDS.join("|")})(?:\\s*[:.]|(?:\\s+(?:from|of|by|to)\\s[^:?!]{1,60}|\\s+\\d{1,2}|(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,5})?\\s*(?:\\([^)]{1,40}\\))?\\s*:)\\s|^\\d{1,2}[.)]\\s*[^\\s:.?!][^:.?!]{0,50}:\\s`,
  "u",
);
// 'Answer:', 'A:': the label of an answer whose speaker only the introduction names.
const ANSWER_LEAD = new RegExp(
  `^(?:${quoteData.answerLabels.map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${esc(w.slice(1))}`).join("|")})\\s*:\\s*`,
  "u",
);
// A paragraph that asks: up to this many words, ending in a question mark, no quotation marks.
const MAX_QUESTION_WORDS = 60;
const QUOTE_MARK = /[“”"«»„]/;
const ANSWERING_CUE = new RegExp(
  `(?:^|[^\\p{L}&])(?:${quoteData.answeringCues.map(esc).join("|")})(?![\\p{L}&])`,
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
function answerQuotes(
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
  const speaker = answeringPerson(lines, people, firstQuestion) ?? headingAnswerer(heading);
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
  return null;
}
