import { z } from "zod";
import { knownOutlet } from "../metadata/outlets.js";
import modelJson from "./data/story-model.json" with { type: "json" };
import { anyPattern, escapeLiteral } from "./patterns.js";

// A positive model of a story paragraph: cleaning rounds 1 to 4 removed every leftover of the set they were shown,
// and the next set had new furniture. Instead of naming the furniture, this names the story (running prose with the
// function words of prose, about the events rather than the page), so the cleaner can drop what does not read as
// story where furniture stands. Words and thresholds are data (data/story-model.json).
const Model = z.object({
  minProseWords: z.number().int().positive(),
  minFunctionShare: z.number().min(0).max(1),
  maxMediaLabelWords: z.number().int().positive(),
  functionWords: z.array(z.string().min(1)).min(1),
  siteCues: z.object({
    address: z.array(z.string()),
    call: z.array(z.string()),
    platform: z.array(z.string()),
    comments: z.array(z.string()),
    publishing: z.array(z.string()),
    stamp: z.array(z.string()),
    // A publisher's postal address ("Zip Code 10699", "Tel: +84 …") beside a rights notice makes a footer.
    postal: z.array(z.string()),
    rights: z.array(z.string()),
  }),
  mediaWords: z.array(z.string().min(1)).min(1),
  maxPostLength: z.number().int().positive(),
  reportingVerbs: z.array(z.string().min(1)).min(1),
  postVoice: z.array(z.string().min(1)).min(1),
  mediaCalls: z.array(z.string().min(1)).min(1),
  captionLabelOpeners: z.array(z.string().min(1)).min(1),
  captionLabelWords: z.array(z.string().min(1)).min(1),
  maxSiteNoteLength: z.number().int().positive(),
  maxLabelledCreditWords: z.number().int().positive(),
  closingNoteNouns: z.array(z.string().min(1)).min(1),
  maxClosingNoteLength: z.number().int().positive(),
  foreignScriptShare: z.number().min(0).max(1),
  pageScriptShare: z.number().min(0).max(1),
  englishPageShare: z.number().min(0).max(1),
  otherLanguageShare: z.number().min(0).max(1),
  maxEnglishInOther: z.number().min(0).max(1),
  minScriptLetters: z.number().int().positive(),
  // A line with no Latin letter at all is another script's on fewer letters ("234篇原创内容", a feed's post count).
  minAllForeignLetters: z.number().int().positive(),
  echoShare: z.number().min(0).max(1),
  minEchoWords: z.number().int().positive(),
  commentRules: z.array(z.string().min(1)).min(1),
});
const model = Model.parse(modelJson);
const functionWords = new Set(model.functionWords);
const mediaWords = new Set(model.mediaWords);
const CAPTION_LABEL = new RegExp(
  `^(?:${model.captionLabelOpeners.join("|")})\\s+(?:${model.captionLabelWords.join("|")})(?:\\s*,)?\\s+\\S`,
  "iu",
);
const reportingVerbs = new Set(model.reportingVerbs);
const postVoice = new Set(model.postVoice);
const mediaCalls = new Set(model.mediaCalls);

type CueGroup = keyof typeof model.siteCues;
// Each group's cues joined in one pattern and tried once, case-insensitively but for the clock stamp, whose zone is
// in capitals; counting distinct matches tells how many of a group's cues a line holds. The cues are ASCII: without
// the unicode flag a case-insensitive pattern runs some ten times faster.
const cues = Object.fromEntries(
  Object.entries(model.siteCues).map(([group, sources]) => [
    group,
    anyPattern(sources, group === "stamp" ? "g" : "gi"),
  ]),
) as Record<CueGroup, RegExp>;
const CUE_GROUPS = Object.keys(cues) as CueGroup[];
const COMMENT_RULES = anyPattern(model.commentRules, "gi");
const MIN_COMMENT_RULES = 3;

/** Whether a line holds three distinct words of a comment box's rules. */
function isCommentRules(text: string): boolean {
  const seen = new Set<string>();
  for (const [match] of text.matchAll(COMMENT_RULES)) {
    seen.add(match.toLowerCase());
    if (seen.size >= MIN_COMMENT_RULES) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:[.,]\p{N}+)*/gu;
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}]/gu;
const QUOTATION = /["“”«»]/u;
const SENTENCE_END = /[.!?]["'’”)\]]?$/u;
const BRACKETED = /^\(.*\)$/su;
// A counter a gallery sets after its label: "(6 photos)", "(12)"; a year in brackets ("Mexico (2013)") is no counter.
const MEDIA_COUNTER = /\((?!(?:19|20)\d\d\))\s*\d+(?:\s+\p{L}+)?\s*\)/u;
// A handle, a link or a web address standing for the picture's owner: "Photo : @JPN_PMO", "Photo: example.gov.la".
const OWNER_MARK = /@\w|https?:\/\/|\b[\w-]+\.(?:com|net|org|gov|vn|la|kh|jp|in)\b/u;
// A picture's credit as a site or agency, a slash and the photographer: "Reuters/Jane Doe", "example.is/Anna Jonsdottir".
const PICTURE_CREDIT = /^([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)\/\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,2}$/u;
const INITIALS = /^\p{Lu}{2,6}$/u;
// A picture's credit under its label: "Photo credit: Ministry of Foreign Affairs", "Courtesy: …", "Image source: …".
const LABELLED_CREDIT = /^(?:(?:photo|image|picture|video|pic)s?(?:\s+(?:credit|courtesy|source)s?)?|courtesy)\s*:/iu;

// The same credit the other way round, as magazines set it under a picture, the slash spaced: "Jane Doe / Reuters".
// Unspaced, "Thanh Tâm/CVN" closing a story is its reporter's signoff.
const NAMED_PICTURE_CREDIT =
  /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,2}\s\/\s([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)$/u;

/**
 * "Reuters/Jane Doe", "Jane Doe / Reuters": beside the slash an agency, a web address or initials, never
 * "Vietnam/Laos Border Talks".
 */
export function isPictureCredit(text: string): boolean {
  const owner = PICTURE_CREDIT.exec(text)?.[1] ?? NAMED_PICTURE_CREDIT.exec(text)?.[1];
  return !!owner && (owner.includes(".") || INITIALS.test(owner) || knownOutlet(owner) !== null);
}

/** Two or more hashtags, whose tags may hold spaces ("#Do Hung Viet"): a tag row, never prose. */
export function isHashtagRow(text: string): boolean {
  if (!text.startsWith("#")) return false;
  HASHTAG.lastIndex = 0;
  let tags = 0;
  while (HASHTAG.exec(text)) if (++tags >= 2) return true;
  return false;
}

/**
 * Whether a line reads as running prose: at least a share of its words the function words prose is made of ("the",
 * "of", "and", "said"), and in a line of fewer than four words at least one. A list of names, a label, a tag row, a
 * credit ("— Kyodo News") is not prose; a short phrase is ("Minister of Commerce", "Talks to resume in June").
 */
export function readsAsProse(text: string): boolean {
  if (isHashtagRow(text) || MEDIA_COUNTER.test(text)) return false;
  const words = text.match(WORD) ?? [];
  let common = 0;
  for (const word of words) if (functionWords.has(word.toLowerCase())) common++;
  if (words.length < model.minProseWords) return common > 0;
  return common / words.length >= model.minFunctionShare;
}

/** How many distinct cues of a group a line holds (up to `enough`). */
function groupHits(group: CueGroup, text: string, enough: number): number {
  const cue = cues[group];
  cue.lastIndex = 0;
  const seen = new Set<string>();
  for (let match = cue.exec(text); match; match = cue.exec(text)) {
    seen.add(match[0].toLowerCase().trim());
    if (seen.size >= enough) break;
  }
  return seen.size;
}

/**
 * A note about the page, the site or its reader rather than the story: a call to follow a channel, a syndication or
 * certification notice, a comment widget, a publication stamp. Read by the kinds of words it uses, never by a
 * site's wording; a line with a quotation is a speaker's, never the site's, and a long paragraph is the story's.
 */
export function isSiteNote(text: string): boolean {
  if (text.length > model.maxSiteNoteLength || QUOTATION.test(text)) return false;
  let groups = 0;
  for (const group of CUE_GROUPS) if (groupHits(group, text, 1) > 0) groups++;
  if (groups === 0) return false;
  // Two marks of a site's rights ("© 2010 <Site>. All rights reserved.", "Licence No. … Copyright ©") make its
  // footer notice wherever the notice stands on the line, after the publisher's name and address as well.
  if (groups >= 2 || groupHits("publishing", text, 2) >= 2 || groupHits("rights", text, 2) >= 2) return true;
  if (!SENTENCE_END.test(text) && groupHits("comments", text, 2) >= 2) return true;
  // A comment box's rules run as sentences: three of its words ("comments", "moderated", "the user") make the note.
  if (isCommentRules(text)) return true;
  return BRACKETED.test(text);
}

/**
 * A picture's or a video's label: a credit ("AKP Photo", "Photo: VGP"), a gallery's heading or counter ("Photo
 * Gallery (6 photos)", "Video gallery"): a few words, no final stop, one of them a media word, and nothing of prose.
 */
export function isMediaLabel(text: string): boolean {
  // "Image caption The two presidents …", "Media caption … reports: "…"": the widget's own label opens the line.
  if (text.length <= model.maxSiteNoteLength && CAPTION_LABEL.test(text)) return true;
  if (SENTENCE_END.test(text) || QUOTATION.test(text)) return false;
  if (isPictureCredit(text)) return true;
  const words = text.match(WORD) ?? [];
  if (LABELLED_CREDIT.test(text)) return words.length <= model.maxLabelledCreditWords;
  if (words.length === 0 || words.length > model.maxMediaLabelWords) return false;
  if (!words.some((word) => mediaWords.has(word.toLowerCase()))) return false;
  const common = words.filter((word) => functionWords.has(word.toLowerCase())).length;
  const opener = (words[0] ?? "").toLowerCase();
  return common === 0 || MEDIA_COUNTER.test(text) || OWNER_MARK.test(text) || mediaCalls.has(opener);
}

/**
 * The text of an embedded post copied above its attribution, in English: in the poster's own voice (first person,
 * "today", a greeting's "Glad to …", "Productive talks …") and reporting nobody's words, as a story's line does.
 */
export function readsAsPost(text: string): boolean {
  if (text.length > model.maxPostLength || QUOTATION.test(text) || /[:：]$/u.test(text)) return false;
  const words = (text.match(WORD) ?? []).map((word) => word.toLowerCase());
  if (words.some((word) => reportingVerbs.has(word))) return false;
  return words.some((word) => postVoice.has(word));
}

/** A function word of running prose ("from", "with", "that"), which says nothing of what a line is about. */
export function isFunctionWord(word: string): boolean {
  return functionWords.has(word.toLowerCase());
}

// A letter of any script but the Latin; and what is not a letter. Counted in one native pass each.
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}]/gu;
const NOT_LETTERS = /\P{L}+/gu;
// Without u: a code unit past ASCII answers as a code point past it would (a surrogate is one), and V8 scans this ~5x
// faster than the property class under u.
const NON_ASCII = /[\x80-\uFFFF]/;

/** How many letters a text holds, and how many of them are Latin. */
function letterCounts(text: string): { letters: number; latin: number } {
  const letters = text.replace(NOT_LETTERS, "").length;
  // Plain ASCII holds Latin letters only: most lines of an English page are decided without a second pass.
  if (!NON_ASCII.test(text)) return { letters, latin: letters };
  return { letters, latin: letters - (text.match(NON_LATIN_LETTER) ?? []).length };
}

/** Whether a page's text is written in Latin letters: the script its story lines are weighed against. */
export function isLatinPage(lines: readonly string[]): boolean {
  let letters = 0;
  let latin = 0;
  for (const line of lines) {
    const counts = letterCounts(line);
    letters += counts.letters;
    latin += counts.latin;
  }
  return letters > 0 && latin / letters >= model.pageScriptShare;
}

/**
 * A line mostly in another script than a Latin page's (the original text in Mongolian under its translation, a
 * language menu): not the story the page tells in English. A name in its own script inside a sentence is a minority.
 */
export function isForeignScriptLine(line: string): boolean {
  if (!NON_ASCII.test(line)) return false;
  const { letters, latin } = letterCounts(line);
  if (latin === 0 && letters >= model.minAllForeignLetters) return true;
  return letters >= model.minScriptLetters && (letters - latin) / letters > model.foreignScriptShare;
}

/** The words a line is about: three letters or more, not the function words every line shares. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    if (lower.length >= 3 && !functionWords.has(lower)) words.add(lower);
  }
  return words;
}

/**
 * Whether most of a line's content words recur in another text: a caption over the lead that says the same, a
 * promotion set twice. Needs a few words, so that a short label is never an echo by chance. Either side may be given
 * as its content words already read.
 */
export function echoes(line: string | ReadonlySet<string>, other: string | ReadonlySet<string>): boolean {
  const words = typeof line === "string" ? contentWords(line) : line;
  if (words.size < model.minEchoWords) return false;
  const against = typeof other === "string" ? contentWords(other) : other;
  let shared = 0;
  for (const word of words) if (against.has(word)) shared++;
  return shared / words.size >= model.echoShare;
}

/**
 * Whether two lines, given as their content words, each echo the other (`echoes` both ways) with one count of the
 * words they share: a pair too unequal in size for either to hold echoShare of the other's words is never counted.
 */
export function echoEachOther(words: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  const a = words.size;
  const b = other.size;
  if (a < model.minEchoWords || b < model.minEchoWords) return false;
  // The words shared are at most the smaller set's: when even that many fall short of the larger set's share, no.
  if ((a < b ? a / b : b / a) < model.echoShare) return false;
  const [small, large] = a <= b ? [words, other] : [other, words];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / a >= model.echoShare && shared / b >= model.echoShare;
}

/** The fewest content words a line needs to echo another (`echoes`). */
export const MIN_ECHO_WORDS = model.minEchoWords;

const noteNouns = model.closingNoteNouns.map(escapeLiteral).join("|");
// "<Name> is a visiting fellow with …", "<Agency> is an international news agency headquartered in …"; a newsroom's
// note may drop the article when the role comes within three words ("<Name> is senior political correspondent at …").
const CLOSING_NOTE = new RegExp(
  `^(?<who>\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,5})\\s+(?:is|was|has been|serves as)\\s+(?:(?:an?|the)\\s+[^"“”]{0,120}?|(?:[\\p{L}-]+\\s+){0,3})\\b(?:${noteNouns})s?\\b`,
  "iu",
);
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/gu;

// An author's post under the byline names a role ("Senior Research Fellow, Asia-Pacific Programme"): one of the note's
// nouns as a whole word, any case.
const ROLE_NOUN = new RegExp(`\\b(?:${noteNouns})s?\\b`, "iu");
const MAX_ROLE_LINE_WORDS = 12;

/**
 * The line of an author's post a template sets just under the byline: a few capitalised words naming a role, with no
 * sentence's end or quotation ("Senior Research Fellow, Asia-Pacific Programme", "Research Officer, <Institute>").
 * @example isRoleLine("Senior Research Fellow, Asia-Pacific Programme") // => true
 */
export function isRoleLine(text: string): boolean {
  return (
    /^\p{Lu}/u.test(text) &&
    !/[.!?]$/u.test(text) &&
    !QUOTATION.test(text) &&
    text.split(" ").length <= MAX_ROLE_LINE_WORDS &&
    ROLE_NOUN.test(text)
  );
}

/**
 * A closing note on someone the story never names: the author's or the agency's description ("<Name> is a visiting
 * fellow at …"). A story's last paragraph about someone it quoted names them above; this one introduces a stranger.
 * `story` is the text above the note.
 */
export function isStrangerNote(text: string, story: string): boolean {
  const who = closingNoteName(text);
  return who !== null && !namesWord(story, who.split(/\s+/).at(-1) ?? "");
}

/**
 * The name a closing note opens on ("<Name> is a senior associate with …"), or null when the paragraph has not the
 * note's shape: at most two sentences and maxClosingNoteLength characters, no quotation, a name of two to six
 * capitalised words, then "is a/an/the" and one of closingNoteNouns.
 */
export function closingNoteName(text: string): string | null {
  if (text.length > model.maxClosingNoteLength || QUOTATION.test(text)) return null;
  if ((text.match(SENTENCE_BREAK) ?? []).length > 1) return null;
  const who = CLOSING_NOTE.exec(text)?.groups?.who;
  // The pattern reads case-insensitively for the role ("Visiting Fellow"); the name itself must be capitalised.
  if (!who || !/^\p{Lu}/u.test(who) || who.split(/\s+/).some((word) => !/^\p{Lu}/u.test(word))) return null;
  return who;
}

/** Whether a text uses a word as a whole word: a surname "Lin" is not named by "line" or "Berlin". */
function namesWord(text: string, word: string): boolean {
  const lower = text.toLowerCase();
  const wanted = word.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    const before = lower[at - 1] ?? " ";
    const after = lower[at + wanted.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

const LETTER_WORD = /\p{L}+/gu;
// A word in lower case with a letter outside ASCII: "tháng", "của", "não"; a name ("Nguyễn") is capitalised.
const MARKED_LOWER = /^\p{Ll}*\P{ASCII}\p{L}*$/u;
const LOWER_INITIAL = /^\p{Ll}/u;

function wordShares(line: string): { words: number; marked: number; english: number } {
  let words = 0;
  let marked = 0;
  let english = 0;
  for (const [word] of line.matchAll(LETTER_WORD)) {
    words++;
    if (LOWER_INITIAL.test(word) && MARKED_LOWER.test(word)) marked++;
    if (functionWords.has(word.toLowerCase())) english++;
  }
  return { words, marked, english };
}

/** Whether the page's text reads as English: its function words ("the", "of", "and") run through it. */
export function isEnglishPage(lines: readonly string[]): boolean {
  let words = 0;
  let english = 0;
  for (const line of lines) {
    const shares = wordShares(line);
    words += shares.words;
    english += shares.english;
  }
  return words > 0 && english / words >= model.englishPageShare;
}

/**
 * A line in Latin letters but in another language than an English page's ("Xem bản tiếng Việt đầy đủ ở trang 3."):
 * its lower-case words carry the language's accents and none of English's function words stand in it. A name with
 * its accents inside an English sentence is capitalised, and the sentence has its "the" and "of".
 */
export function isOtherLanguageLine(line: string): boolean {
  if (!NON_ASCII.test(line)) return false;
  const { words, marked, english } = wordShares(line);
  return marked > 0 && marked / words >= model.otherLanguageShare && english / words < model.maxEnglishInOther;
}
