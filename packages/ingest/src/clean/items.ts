import { z } from "zod";
import { countryCode } from "../analyse/countries.js";
import { isBoilerplate, isShareBar } from "./boilerplate.js";
import itemsJson from "./data/items.json" with { type: "json" };
import { isPublicationDateLine, readDateline } from "./datelines.js";
import {
  digestSectionAbove,
  hasDigestCue,
  isDigestSectionLine,
  isEntryStamp,
  isTitleWord,
  titleSaysOneStory,
} from "./digests.js";
import { isFactBoxHeading } from "./fact-boxes.js";
import { memoByLine } from "./line-memo.js";
import { anyPattern, quickTest } from "./patterns.js";
import { placeHead } from "./place-heads.js";
import { isMediaLabel } from "./story-model.js";
import { isHeadline } from "./title.js";

// A model of the multi-item page (issue 11): a daily brief, a newsletter, a broadcast with several segments or a
// briefing sets one story about Vietnam's foreign relations among other items, and test/READING.md reads the others
// as noise. The page is split into items at the marks such pages use (headings, section words, labels in capitals,
// segment breaks, segues, sponsors' blocks, sign-offs); the story's item and its standfirst stay, and an item that
// never names the subject, or that a heading announces as other news, goes. Words and patterns are data
// (data/items.json); a page with none of the marks of a multi-item page is never split, so a single story keeps
// every crosshead and paragraph.
const Items = z.object({
  subjectPattern: z.string().min(1),
  ownBodiesPattern: z.string().min(1),
  breakMarkers: z.array(z.string().min(1)),
  segueOpeners: z.array(z.string().min(1)),
  returnOpeners: z.array(z.string().min(1)),
  otherItemsHeadings: z.array(z.string().min(1)),
  sponsorOpeners: z.array(z.string().min(1)),
  maxSponsorParagraphs: z.number().int().positive(),
  signoffPatterns: z.array(z.string().min(1)),
  greetingOpeners: z.array(z.string().min(1)),
  rundownPhrases: z.array(z.string().min(1)),
  maxGreetingSentences: z.number().int().positive(),
  sectionWords: z.array(z.string().min(1)),
  maxHeadingWords: z.number().int().positive(),
  maxLabelWords: z.number().int().positive(),
  maxLeadInWords: z.number().int().positive(),
  leadInSentenceWords: z.array(z.string().min(1)),
  figureRowHedges: z.array(z.string().min(1)),
  itemMarks: z.array(z.string().min(1)),
  segmentHeads: z.array(z.string().min(1)),
  clockStamps: z.array(z.string().min(1)),
  rowClockStamp: z.string().min(1),
  dividers: z.array(z.string().min(1)),
  segmentLabel: z.string().min(1),
  storyLabels: z.array(z.string().min(1)),
  foreignRelationsCues: z.array(z.string().min(1)),
  digestPhrases: z.array(z.string().min(1)),
});
const data = Items.parse(itemsJson);
const anyOf = (sources: readonly string[]) => anyPattern(sources, "iu");
const SUBJECT = new RegExp(data.subjectPattern, "iu");
const SUBJECT_EVERYWHERE = new RegExp(data.subjectPattern, "giu");
const OWN_BODIES = new RegExp(data.ownBodiesPattern, "iu");
const BREAK = anyOf(data.breakMarkers);
const SEGUE = anyOf(data.segueOpeners);
const RETURN = anyOf(data.returnOpeners);
const OTHER_HEADING = anyOf(data.otherItemsHeadings);
const SPONSOR = anyOf(data.sponsorOpeners);
// Read with its case: a name's capitals are what tell "Rahul Banerjee, TRT World, Hanoi." from a sentence's clauses.
const SIGNOFF = anyPattern(data.signoffPatterns, "u");
const GREETING = anyOf(data.greetingOpeners);
// A digest's own rundown opens its paragraph, after an outlet's tag at most: "(VOVWORLD) - Here is our …".
const DIGEST = new RegExp(`^(?:\\([^()]{1,30}\\)\\s*[-–—:]?\\s*)?(?:${anyOf(data.digestPhrases).source})`, "iu");
const RUNDOWN = anyOf(data.rundownPhrases);
const SECTION_WORDS = new Set(data.sectionWords);
const ITEM_MARK = anyOf([...data.itemMarks, ...data.segmentHeads]);
const SEGMENT_HEAD = anyOf(data.segmentHeads);
const SECTION_IN_CAPITALS = /^\p{Lu}[\p{Lu}\p{N}&'’ -]{1,30}$/u;
const CLOCK_STAMP = anyOf(data.clockStamps);
const ROW_CLOCK_STAMP = new RegExp(data.rowClockStamp, "u");
const DIVIDER = anyOf(data.dividers);
const SEGMENT_LABEL = new RegExp(data.segmentLabel, "u");
const STORY_LABEL = anyOf(data.storyLabels);
const LEAD_IN_SENTENCE_WORDS = new Set(data.leadInSentenceWords);
const FOREIGN_RELATIONS = data.foreignRelationsCues.map((source) => new RegExp(source, "giu"));

export interface ItemParagraph {
  text: string;
  /** The paragraph's line in the page's lines: the lines between two paragraphs are what the cleaner removed. */
  at: number;
  row?: boolean;
}

// A transcript's time code ("00:33 ", "[13:00:05] ") before a turn.
const TIME_CODE = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+/u;
// A label and its colon opening a paragraph: a speaker ("Nadia Ortega:", "DANA CORWIN, CNN ANCHOR:"), an item's label
// in capitals ("HILL WATCH:"), a box's ("By the numbers:").
const LABEL = /^([^:：.!?"“”]{2,90})[:：](?:\s+(.*))?$/su;
const SENTENCE_END = /[.!?…]["'’”)\]]?$/u;
const SENTENCE_BREAK = /[.!?]["'’”]?\s+(?=["“]?\p{Lu})/gu;
const QUOTATION = /["“”]/u;

// Read once per text: the item passes count the same paragraphs' words again and again. Callers only read the list.
const words = memoByLine((text: string): readonly string[] => text.split(/\s+/u).filter(Boolean));

/** A paragraph's label and what follows it, when it opens on a short label and its colon (read once per text). */
const labelOf = memoByLine(readLabel);

function readLabel(text: string): { label: string; rest: string } | null {
  const match = LABEL.exec(text.replace(TIME_CODE, ""));
  if (!match) return null;
  const label = (match[1] ?? "").trim();
  if (words(label).length > data.maxLabelWords || !/^\p{Lu}/u.test(label)) return null;
  return { label, rest: (match[2] ?? "").trim() };
}

/** A turn's text without its time code and speaker label: "Nadia Ortega: Meanwhile, …" → "Meanwhile, …". */
function spoken(text: string): string {
  const label = labelOf(text);
  return label ? label.rest : text.replace(TIME_CODE, "");
}

/** The last word of the name a speaker label gives: "DANA CORWIN, CNN ANCHOR" → "CORWIN". */
function speakerName(label: string): string {
  const name = label.split(/[,(]/u)[0]?.trim() ?? "";
  return words(name).at(-1) ?? "";
}

/** The name a speaker label gives, as its last word in capitals: "DANA CORWIN, CNN ANCHOR" → "CORWIN". */
function speakerKey(label: string): string {
  return speakerName(label).toUpperCase();
}

/** Letters all in capitals, two words or more: "MANILA VS. BEIJING, AGAIN", "HILL WATCH". */
function isCapitalsLabel(label: string): boolean {
  return words(label).length >= 2 && /\p{L}/u.test(label) && !/\p{Ll}/u.test(label);
}

function isSectionWord(line: string): boolean {
  const text = line.trim();
  return text !== "" && !/\p{Ll}/u.test(text) && SECTION_WORDS.has(text.toLowerCase());
}

/** A heading of the page's: a headline's shape, no sentence's end, a few words. */
function isHeadingLine(text: string): boolean {
  return (
    words(text).length <= data.maxHeadingWords &&
    !SENTENCE_END.test(text) &&
    !/[:：,;]$/u.test(text) &&
    isHeadline(text)
  );
}

function isOtherHeading(text: string): boolean {
  return OTHER_HEADING.test(text.trim().replace(/[:：]$/u, ""));
}

/** A newsletter's greeting, whatever it goes on to: "Good morning. <The day's stories, the story's among them>". */
function isNewsletterGreeting(text: string): boolean {
  return labelOf(text) === null && !QUOTATION.test(text) && quickTest(GREETING, text);
}

/** A greeting or the day's rundown opening a newsletter or a bulletin: "Hello, China Watchers! This week we look at …". */
export function isGreeting(text: string): boolean {
  const said = spoken(text);
  if (QUOTATION.test(said)) return false;
  if ((said.match(SENTENCE_BREAK) ?? []).length + 1 > data.maxGreetingSentences) return false;
  // A presenter's labelled turn is the transcript's, greeting and all: only its rundown of other items is not.
  if (labelOf(text)) return quickTest(RUNDOWN, said);
  // A greeting that goes on to the story ("Good afternoon. President Yoon will pay a state visit to Viet Nam …") opens
  // a briefing's statement: only a greeting with nothing of the subject, or with the day's rundown, is the page's.
  return quickTest(RUNDOWN, said) || (quickTest(GREETING, said) && !quickTest(SUBJECT, said));
}

/**
 * An anchor's opening turn without its rundown: "DANA CORWIN, CNN ANCHOR: Top of the hour, I'm Dana Corwin. Here's
 * what we're watching … <other segments>" keeps its label and the sentences before the rundown, which are the turn's
 * own. Null when the turn has no speaker label or nothing before the rundown: then it goes whole.
 */
export function withoutRundown(text: string): string | null {
  const label = labelOf(text);
  if (!label) return null;
  const rundown = RUNDOWN.exec(label.rest);
  if (!rundown) return null;
  const own = label.rest.slice(0, rundown.index).trim();
  if (!SENTENCE_END.test(own)) return null;
  return `${text.slice(0, text.length - label.rest.length).trim()} ${own}`;
}

/**
 * A turn without the sign-off its reporter closes it with: "… $14 billion last year. For Pacific Radio, I'm Tom Ashby
 * in Jakarta." keeps the sentences before it. Null when the turn has no such closing sentence.
 */
export function withoutClosingSignoff(text: string): string | null {
  const stops = [...text.matchAll(SENTENCE_BREAK)];
  const last = stops.at(-1);
  if (!last || last.index === undefined) return null;
  const closing = text.slice(last.index + 1).trim();
  return SIGNOFF.test(closing) ? text.slice(0, last.index + 1).trim() : null;
}

/** A reporter's or a host's sign-off alone in its turn: "For Marketplace, I'm Ben Halvorsen.". */
export function isSignoff(text: string): boolean {
  return SIGNOFF.test(spoken(text));
}

// A live blog's entry or an item's text under its heading: a paragraph of running prose, longer than a list's line or
// a transcript's greeting.
const MIN_ENTRY_WORDS = 15;
// At least MIN_ENTRY_WORDS words, asked without splitting the text: most paragraphs asked are long, and their words
// were split and kept for this count alone.
const ENTRY_WORDS = new RegExp(`^\\s*\\S+(?:\\s+\\S+){${MIN_ENTRY_WORDS - 1}}`, "u");

function isEntry(text: string): boolean {
  return SENTENCE_END.test(text) && labelOf(text) === null && ENTRY_WORDS.test(text);
}

/**
 * A digest's section line set straight over an item of prose on the subject ("Top stories" over "<Lead-in> | Vietnam
 * and … have raised …"): the newsletter's heading over its items, not a list of links closing the story.
 */
export function headsSubjectItem(line: string, next: string | undefined): boolean {
  return next !== undefined && isDigestSectionLine(line) && isEntry(next.trim()) && SUBJECT.test(next);
}

// "- Two-way trade: about US$3 billion in 2023", "- Students in Japan: some 40,000": a bulleted key figure, a label and
// its amount (a hedge, a currency, thousands or a scale mark it as an amount, not a headline's year or count).
const FIGURE_ROW = new RegExp(
  `^[^:：]{2,50}[:：]\\s*(?:(?:${data.figureRowHedges.join("|")})\\s+)*(?:\\p{Lu}{0,3}[$€£¥]\\s*\\d|\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d[\\d.]*\\s*(?:%|percent|per\\s+cent|billion|million|trillion|bn|mn)(?!\\p{L}))`,
  "iu",
);

/** A list's item heading without its number or bullet: "2. Viet Nam and …", "■ Frost hits …" → the heading. */
export function itemHeading(text: string): string | null {
  const mark = ITEM_MARK.exec(text);
  if (!mark) return null;
  const rest = text.slice(mark[0].length).trim();
  // A bulleted row of a key figure under a box's heading is the story's, never the next item's heading.
  if (!/^\d/u.test(mark[0]) && FIGURE_ROW.test(rest)) return null;
  // A bulletin's segment may be headed by its section alone: "[07:40] ECONOMY".
  return isHeadingLine(rest) || (SEGMENT_HEAD.test(text) && SECTION_IN_CAPITALS.test(rest)) ? rest : null;
}

/** How many words of a story about foreign relations a text carries ("partnership", "talks", "ambassador"). */
export function relationsCues(text: string): number {
  let count = 0;
  for (const cue of FOREIGN_RELATIONS) count += (text.match(cue) ?? []).length;
  return count;
}

const CAPITALS_LABEL = /(?:^|\s)\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,}){0,3}(?:\s*\([^()]{1,40}\))?:(?=\s)/gu;
// A name inside a sentence: a capitalised word after another word, not the sentence's first.
const INNER_NAME = /(?<=[\p{L}\p{N},;’'")]\s)\p{Lu}[\p{L}-]{2,}/gu;

/**
 * The names a text gives inside its sentences, without the subject's own ("Vietnam", "Hanoi") and without its
 * dateline's or its speaker label's: every brief of a wire's page opens on "<CITY>, Sept. 8 (UPI) --", and every
 * segment of a bulletin on its presenter's name, which make no story the items share.
 */
function namesIn(text: string): Set<string> {
  // A speaker's label ("MARK OWEN: …", also inside an item's joined turns) names the presenter every segment shares.
  const prose = (readDateline(text)?.rest ?? labelOf(text)?.rest ?? text).replace(CAPITALS_LABEL, " ");
  return new Set((prose.replace(SUBJECT_EVERYWHERE, "").match(INNER_NAME) ?? []).filter((name) => !isTitleWord(name)));
}

function sharedNames(text: string, names: ReadonlySet<string>): number {
  let shared = 0;
  for (const name of namesIn(text)) if (names.has(name)) shared++;
  return shared;
}

// A name of several words inside a sentence: "… met Prime Minister Boris Johnson" gives one run.
const INNER_NAME_RUN = /(?<=[\p{L}\p{N},;’'")]\s)\p{Lu}[\p{L}-]{2,}(?:\s\p{Lu}[\p{L}-]{2,})*/gu;

/**
 * How many of a text's names the story shares, a name of several words counted once: a person's given and family
 * names are one name, so an entry on another story that mentions one of the story's people shares one name, not two.
 */
function sharedNameRuns(text: string, names: ReadonlySet<string>, countriesCount = true): number {
  const prose = (readDateline(text)?.rest ?? labelOf(text)?.rest ?? text).replace(CAPITALS_LABEL, " ");
  const runs = new Set(prose.replace(SUBJECT_EVERYWHERE, "").match(INNER_NAME_RUN) ?? []);
  let shared = 0;
  for (const run of runs) {
    if (!countriesCount && countryCode(run) !== null) continue;
    if (run.split(" ").some((name) => !isTitleWord(name) && names.has(name))) shared++;
  }
  return shared;
}

const MIN_SHARED_NAMES = 2;
// An item on the story's own thread (a live page's next entry) shares three of its names; countries alone are shared
// by a digest's items on other stories.
const MIN_STAYING_SHARED_NAMES = 3;
const MIN_HEADED_OTHER_STORIES = 3;
const MIN_PLACE_HEADS = 3;

// "07:40 Luxon lifts Vietnam ties in Hanoi": a programme's running time before a segment's headline.
const TIMED_HEAD = /^\d{1,2}[:.]\d{2}\s+(?=\p{Lu})/u;

function isTimedLine(text: string | undefined): boolean {
  if (text === undefined || !TIMED_HEAD.test(text)) return false;
  const rest = text.replace(TIMED_HEAD, "");
  return words(rest).length <= data.maxHeadingWords && !SENTENCE_END.test(rest);
}

/**
 * A segment's timed headline over its turns; a run of them (an episode's chapter list) heads nothing, and neither
 * does a time-coded transcript's caption line ("00:31 CAPTION: …"), whose turns carry time codes too.
 */
function isTimedHead(texts: readonly string[], i: number): boolean {
  const next = texts[i + 1];
  return (
    isTimedLine(texts[i]) &&
    !isTimedLine(texts[i - 1]) &&
    next !== undefined &&
    !TIMED_HEAD.test(next) &&
    !TIME_CODE.test(next)
  );
}

// An item's text under its place: a sentence of a few words at least ("0930 - <Name> inaugurates a plant in <Place>.").
const MIN_ITEM_TEXT_WORDS = 8;

// "… in April. (The Phnom Penh Post)": a member paper's credit may close the item.
const ITEM_END = /[.!?…]["'’”)\]]?(?:\s*\([^()]{1,60}\))?$/u;

function isItemText(text: string | undefined): boolean {
  return text !== undefined && ITEM_END.test(text) && words(text).length >= MIN_ITEM_TEXT_WORDS;
}

// A newsletter's bold lead-in run into its item's prose: "<Lead-in> | <text>", "<Lead-in>. <text>".
const BAR_LEAD_IN = /^(["“'‘]?\p{Lu}[^|]{1,70}?)\s+\|\s+(?=\S)/u;
const STOP_LEAD_IN = /^(\p{Lu}[^.!?:;,"“”|]{2,60}?)\.\s+(?=["“]?\p{Lu})/u;

/**
 * An item's lead-in and its text: "Dunkley result | Labor's … count." → "Dunkley result". One set off by a stop is a
 * headline's few words with no pronoun, auxiliary or negation ("Erdogan's new man.", never "Not everyone was
 * cheering."), of two words at least (never an abbreviation, "Gen. Martin …"). Null for any other paragraph.
 */
export const leadIn = memoByLine((text: string): { lead: string; rest: string } | null => {
  // A row of fields ("Strategic partners, 7: Germany 2011 | Italy 2013 | …") is a table's, not an item's lead-in.
  const bar = text.split(" | ").length === 2 ? BAR_LEAD_IN.exec(text) : null;
  const match = bar ?? STOP_LEAD_IN.exec(text);
  if (!match) return null;
  const lead = (match[1] ?? "").trim();
  const rest = text.slice(match[0].length).trim();
  const leadWords = words(lead);
  if (leadWords.length > data.maxLeadInWords || !isItemText(rest)) return null;
  const sentence = leadWords.some((word) => LEAD_IN_SENTENCE_WORDS.has(word.toLowerCase()));
  if (!bar && (leadWords.length < 2 || sentence)) return null;
  return { lead, rest };
});

/** A line between a digest's items: a clock stamp, a divider, a segment label in brackets and capitals. */
function isItemBreak(line: string): boolean {
  const text = line.trim();
  return CLOCK_STAMP.test(text) || DIVIDER.test(text) || SEGMENT_LABEL.test(text);
}

/** A line over the story's item that is no headline: a break, a section word, "THE BIG STORY", "Here's what else …". */
function isItemFurniture(line: string): boolean {
  const text = line.trim();
  return (
    text === "" ||
    isItemBreak(text) ||
    isEntryStamp(text) ||
    // An item's own stamp and its player's button stand between its headline and its text: "July 24, 2012 08:47 AM",
    // "Watch video 1:48".
    isPublicationDateLine(text) ||
    isMediaLabel(text) ||
    // The page's share buttons under its headline ("Share f t in") head no item.
    isShareBar(text) ||
    isSectionWord(text) ||
    STORY_LABEL.test(text) ||
    isOtherHeading(text) ||
    placeHead(text) !== null
  );
}

/** An item's headline the cleaner took out between paragraphs, never its stamp or its player's button. */
function isGapHeadline(line: string): boolean {
  return (
    isHeadingLine(line) &&
    words(line).length >= MIN_GAP_HEADLINE_WORDS &&
    !isPublicationDateLine(line) &&
    !isMediaLabel(line)
  );
}

/**
 * The headline over a digest's story item: its first paragraph when that is a heading ("■ Viet Nam, New Zealand …"),
 * else the last heading among the lines the cleaner removed just above it, past the digest's furniture.
 */
function itemHeadline(
  body: readonly ItemParagraph[],
  lines: readonly string[],
  start: number,
  end: number,
  ledItems = false,
): { text: string; paragraph: boolean } | null {
  const first = body[start];
  if (!first) return null;
  // A newsletter whose items open on their lead-ins: the story's lead-in is its headline.
  const led = ledItems ? leadIn(first.text) : null;
  if (led) return { text: led.lead, paragraph: false };
  const marked = itemHeading(first.text);
  // A roundup's place heading ("MALAYSIA", "04/6/2023 – Rome") says where the item comes from, not what it tells.
  if (end - start > 1 && (marked !== null || isHeadingLine(first.text)) && placeHead(first.text) === null)
    return { text: marked ?? first.text.replace(TIMED_HEAD, ""), paragraph: true };
  const from = start > 0 ? (body[start - 1] as ItemParagraph).at + 1 : 0;
  for (let at = first.at - 1; at >= from; at--) {
    const line = (lines[at] ?? "").trim();
    if (isItemFurniture(line)) continue;
    // A widget's line with its figures that the page's furniture reader takes ("Listen to this article ▶ 00:00 /
    // 04:12", "Reading time: 5 mins") stands where the headline would: the lines above name none, and the page's own
    // title stays. A headline in capitals under its label ("<TOPIC>: <HEADLINE>") reads as a promotion's and has no
    // figure: it stays a headline.
    if (/\d/u.test(line) && isBoilerplate(line)) return null;
    const heading = itemHeading(line) ?? (isHeadingLine(line) ? line : null);
    return heading ? { text: heading, paragraph: false } : null;
  }
  // "<Headline>" kept as a paragraph of its own, then the item's dateline ("NAYPYITAW — Vietnam's …"), or a marked
  // heading alone between two dividers ("SEGMENT 2 (02:10) - Japan wins …").
  const above = start > 0 ? body[start - 1]?.text : undefined;
  const markedAbove = above === undefined ? null : itemHeading(above);
  if (markedAbove !== null) return { text: markedAbove, paragraph: false };
  if (above !== undefined && readDateline(first.text) !== null && isHeadingLine(above) && !isEntry(above))
    return { text: above, paragraph: false };
  return null;
}

// A list of contents opening a digest: three marked headings or more, one after another, and another mark of the
// digest below (a single story may open on a list, never on a list and a section word or a marked item).
const MIN_CONTENTS_HEADINGS = 3;
const MIN_DIGEST_MARKS = 2;

const MIN_GREETING_WORDS = 6;
// The lines a story prints between its headline and its text: a byline with the author's post, a date, a label.
const MAX_BYLINE_WORDS = 10;
const MIN_GAP_HEADLINE_WORDS = 3;
const GREETING_SEARCH = 3;

type Opening = "start" | "heading" | "other" | "sponsor" | "break" | "segue" | "return" | "label" | "signoff" | "item";

/**
 * The paragraphs of a multi-item page that are not its story: the items beside it (other news, a sponsor's block, a
 * second segment), the greeting or rundown over it and a segment's sign-off. Empty for a page that shows no mark of
 * several items, and for one where no item names the subject. `kept` holds what stays of an anchor's opening turn
 * once its rundown of the other segments is cut.
 */
export function otherItems(
  body: readonly ItemParagraph[],
  lines: readonly string[],
  page: { title?: string | null } = {},
): { dropped: Set<number>; kept: Map<number, string>; headline: string | null } {
  const dropped = new Set<number>();
  if (body.length < 3) return { dropped, kept: new Map(), headline: null };
  const texts = body.map((p) => p.text);
  // A video's transcript panel stamps its caption lines with the recording's running time from '0:00': a player's
  // clock, never a live page's entries.
  const recording = lines.some((line) => RUNNING_TIME_START.test(line.trim()));
  // A transcript's speakers come back ("CORWIN:" twice): its labels are turns, never an item's label.
  const speakers = new Map<string, number>();
  for (const text of texts) {
    const label = labelOf(text);
    // A list's stamp ("Write: 2025-08-11 15:20:48") under each item is no speaker's turn.
    // A section's label in lower case ("Ten years ago:", "Five years ago:") names no speaker.
    if (label && !isEntryStamp(text) && /^\p{Lu}/u.test(speakerName(label.label)))
      speakers.set(speakerKey(label.label), (speakers.get(speakerKey(label.label)) ?? 0) + 1);
  }
  const transcript = [...speakers.values()].some((count) => count >= 2);
  const isLoneLabel = (text: string) => {
    const label = labelOf(text);
    return label !== null && label.rest === "";
  };

  const openings = new Map<number, Opening>();
  const kept = new Map<number, string>();
  let signals = 0;
  let sections = 0;
  let labels = 0;
  // Under a heading that announces other items, the list's own lines ("<Title> (White House, 2023)") open nothing:
  // only a mark between paragraphs, a strong one, or a heading over a paragraph of prose (a live blog's next entry)
  // ends the list.
  let inOther = false;
  const open = (i: number, kind: Opening, betweenParagraphs = false) => {
    inOther = kind === "other" || (inOther && !betweenParagraphs);
    // A speaker's name alone above the turn belongs to the turn.
    const at = i > 0 && isLoneLabel(texts[i - 1] ?? "") ? i - 1 : i;
    // A digest's first item opens the text itself: it is no standfirst of the story.
    // A heading that announces other items ("ALSO IN THE NEWS" under a divider) says what the item under it is,
    // whatever other mark opened it first.
    if ((at > 0 || kind === "item") && (!openings.has(at) || kind === "other")) openings.set(at, kind);
  };
  // A digest's marks: marked item headings over prose, clock stamps, dividers and segment labels between items.
  let marks = 0;
  const isEntryAt = (i: number) => texts[i] !== undefined && isEntry(texts[i] as string);
  const above = body[0] ? lines.slice(0, body[0].at) : [];
  marks += above.filter((line) => isItemBreak(line) && !CLOCK_STAMP.test(line.trim())).length;
  const contents = texts.slice(0, MIN_CONTENTS_HEADINGS).map((text) => itemHeading(text) !== null);
  const digestAbove = above.some(isOtherHeading);
  const listedOnTop = contents.length === MIN_CONTENTS_HEADINGS && contents.every(Boolean);
  let digest = false;
  // A list's per-item stamps ("Write: 2025-08-11 15:20:48") and items opening on their own datelines: a single story
  // has one dateline and one stamp.
  let entryStamps = 0;
  // A broadcast's segment labels: its turns are a bulletin's items, whatever the speakers.
  let segments = 0;
  // A digest's rundown at the top ("Follow our rolling coverage of the day's news") says what the page is.
  let phrased = false;
  let datelines = 0;
  // Items opening on their own datelines under a divider: a wire's feed, whose next item is listed as plainly as a
  // digest's word over it announces its items.
  let datedItems = 0;
  // A live page's entries, each opened by its clock stamp ("16:05") between paragraphs.
  let stampedEntries = 0;
  // Numbered or bulleted headings set off by dividers: two of them make a transcript a bulletin of segments.
  let markedHeadings = 0;
  // Items headed by the place they come from ("MALAYSIA", "Tokyo: …", "Kochi, India — …"), by paragraph.
  const placeHeads = new Map<number, string>();
  for (const [i, paragraph] of body.entries()) {
    const text = paragraph.text;
    if (!paragraph.row) {
      // A place alone on its line heads the prose under it; a list of places, one a line, heads nothing.
      const gap = i > 0 ? lines.slice((body[i - 1] as ItemParagraph).at + 1, paragraph.at) : [];
      const head = placeHead(text) ?? (isItemText(text) ? gap.map((line) => placeHead(line)).findLast(Boolean) : null);
      const alone = head !== null && head !== undefined && head === text.trim();
      if (head && (!alone || isItemText(texts[i + 1]))) placeHeads.set(i, head.toLowerCase());
    }
    if (paragraph.row && ROW_CLOCK_STAMP.test(text)) {
      // "17:52 | LONDON, July 27 (Itar-Tass) - …": a wire's feed of timed items, the stamp the feed's.
      marks++;
      open(i, "item", true);
      kept.set(i, text.replace(ROW_CLOCK_STAMP, ""));
    }
    if (paragraph.row) continue;
    if (i > 0) {
      const gap = lines.slice((body[i - 1] as ItemParagraph).at + 1, paragraph.at);
      // A live blog's clock stamps open its entries; on their own they make no digest (a live page on one event).
      const breaks = gap.filter((line) => isItemBreak(line) && !CLOCK_STAMP.test(line.trim())).length;
      const clocked = !recording && gap.some((line) => CLOCK_STAMP.test(line.trim()));
      const entryStamped = gap.some(isEntryStamp);
      const stamped = clocked || entryStamped;
      if (entryStamped) entryStamps++;
      if (readDateline(text) !== null) datelines++;
      const heads = gap.filter((line) => itemHeading(line.trim()) !== null);
      const segmentHead = heads.some((line) => SEGMENT_HEAD.test(line.trim()));
      // A bulletin's segment head may stand over a speaker's turn ("[04:10] FRANCE AND …" over "MARK OWEN: …").
      const headed = heads.length > 0 && (isEntry(text) || (segmentHead && labelOf(text) !== null));
      if (breaks > 0 && heads.length > 0) markedHeadings++;
      if (segmentHead) segments++;
      if (clocked) stampedEntries++;
      // A wire's next item under a divider opens on its own dateline ("-----" then "<PLACE>, <day> <Agency> -- …"): the
      // rule and the second dated lead are two marks; a story's own rule between its sections opens no dateline.
      const datedUnderRule = breaks > 0 && readDateline(text) !== null;
      if (datedUnderRule) datedItems++;
      if (breaks > 0 || headed || stamped) {
        marks += breaks + (headed ? 1 : 0) + (datedUnderRule ? 1 : 0);
        open(i, "item", true);
      }
      if (gap.some((line) => BREAK.test(line.trim()))) {
        signals++;
        open(i, "break", true);
      }
      if (gap.some(isOtherHeading)) {
        signals++;
        open(i, "other");
      }
      if (gap.some(isSectionWord)) {
        sections++;
        open(i, "heading", true);
      }
      // An item's headline the cleaner took out ("Rice shipments rise"); a player's or a tab's two words
      // ("Download audio", "Transcript") are no item's.
      // An item's stamp or its player's button under the headline ("July 24, 2012 08:47 AM", "Watch video 1:48") is
      // none either.
      if (gap.some((line) => isGapHeadline(line.trim()))) open(i, "heading", true);
    }
    const said = spoken(text);
    const next = texts[i + 1];
    if (isEntryStamp(text)) {
      // "Write: 2025-08-11 15:20:48" under an item's headline: the list's stamp, the item opening at its headline.
      entryStamps++;
      dropped.add(i);
      open(i > 0 && isHeadingLine(texts[i - 1] ?? "") ? i - 1 : i, "item", true);
    } else if (isTimedHead(texts, i)) {
      // "07:12 Pacific leaders meet over …" over a programme's segment: the segment opens, its clock is the player's.
      marks++;
      segments++;
      kept.set(i, text.replace(TIMED_HEAD, ""));
      open(i, "item", true);
    } else if (SEGMENT_LABEL.test(text.trim())) {
      // "[SEGMENT 2 – DIPLOMACY]": a broadcast's segment opens; the label is the page's.
      marks++;
      segments++;
      dropped.add(i);
      open(i, "item", true);
    } else if (itemHeading(text) !== null) {
      // "SEGMENT 2 (02:10) - Japan wins …": a bulletin's segment, whatever its speakers, over a speaker's turn.
      const segment = SEGMENT_HEAD.test(text);
      if (isEntryAt(i + 1) || (segment && labelOf(texts[i + 1] ?? "") !== null)) marks++;
      if (segment) segments++;
      // Set off by a divider ("-----" then "1. Suga holds talks …"): a bulletin's segment, not a briefing's topic.
      const gapAbove = i > 0 ? lines.slice((body[i - 1] as ItemParagraph).at + 1, paragraph.at) : [];
      if (gapAbove.some(isItemBreak)) markedHeadings++;
      open(i, "item", true);
    } else if (BREAK.test(text.trim())) {
      // "(BREAK)" left on its own line between two segments: the mark itself is the page's.
      signals++;
      dropped.add(i);
      if (i + 1 < body.length) open(i + 1, "break");
    } else if (isOtherHeading(text)) {
      signals++;
      open(i, "other");
    } else if (SPONSOR.test(text)) {
      signals++;
      open(i, "sponsor");
      const end = Math.min(i + data.maxSponsorParagraphs, body.length);
      if (end < body.length) open(end, "heading");
    } else if (isSignoff(text)) {
      signals++;
      dropped.add(i);
      if (i + 1 < body.length) open(i + 1, "signoff");
    } else if ((transcript || labelOf(text) !== null) && withoutClosingSignoff(text) !== null) {
      // Only a transcript's turn closes on its reporter's sign-off; a story's last sentence may list names.
      signals++;
      kept.set(i, withoutClosingSignoff(text) as string);
      if (i + 1 < body.length) open(i + 1, "signoff");
    } else if (SEGUE.test(said)) {
      signals++;
      open(i, "segue");
    } else if (RETURN.test(said)) {
      open(i, "return");
    } else if (!transcript && labelOf(text) && isCapitalsLabel(labelOf(text)?.label ?? "") && !readDateline(text)) {
      labels++;
      open(i, "label");
    } else if (
      next !== undefined &&
      isHeadingLine(text) &&
      !isHeadingLine(next) &&
      (!inOther || isEntry(next)) &&
      // "By the numbers" over its rows: the story's own box of figures, not another item's headline
      !(isFactBoxHeading(text) && itemHeading(next) === null)
    ) {
      open(i, "heading");
    } else if (next !== undefined && isEntry(next) && isHeadingLine(labelOf(text)?.rest ?? "")) {
      // A press review's "<Paper>: <headline>" over the paper's item.
      open(i, "heading");
    }
  }
  // A newsletter's items opening on their lead-ins ("<Lead-in> | <text>"): two of them make a digest.
  // Only a page that greets its readers or calls itself a digest: a story's paragraphs may open on short sentences.
  const leadIns = body.flatMap((paragraph, i) => (!paragraph.row && leadIn(paragraph.text) ? [i] : []));
  const letterGreeting = texts.slice(0, GREETING_SEARCH).findIndex(isNewsletterGreeting);
  const calledDigest = (page.title != null && hasDigestCue(page.title)) || digestSectionAbove(above, lines);
  const ledItems = leadIns.length >= MIN_DIGEST_MARKS && (letterGreeting >= 0 || calledDigest);
  if (ledItems) {
    marks += leadIns.length;
    for (const i of leadIns) open(i, "item", true);
  }
  // The greeting opens the text: above it may stand only the page's record ("Aired July 25, 2013 - 13:00 ET"),
  // short lines the cleaner reads later. Over a newsletter's led items, a greeting that goes on to the day's stories
  // summarises them all, the story's among them.
  // A sponsor's line may stand over a newsletter's greeting.
  const first =
    ledItems && letterGreeting >= 0
      ? letterGreeting
      : texts.findIndex((text) => words(text).length >= MIN_GREETING_WORDS && SENTENCE_END.test(text));
  const greeted =
    first >= 0 && first < GREETING_SEARCH && ((ledItems && letterGreeting >= 0) || isGreeting(texts[first] ?? ""));
  if (greeted) {
    const anchor = withoutRundown(texts[first] ?? "");
    if (anchor === null) dropped.add(first);
    else kept.set(first, anchor);
  }
  // A digest's rundown or teaser at the top ("Here is our evening news bulletin …", "Plus: …"): the page's, and the
  // mark of a digest.
  for (const [i, text] of texts.slice(0, GREETING_SEARCH).entries()) {
    if (QUOTATION.test(text) || !(DIGEST.test(text) || DIGEST.test(spoken(text)))) continue;
    digest = true;
    segments++;
    phrased = true;
    if (!kept.has(i)) dropped.add(i);
  }
  // Three places or more heading items make a roundup by place; one dateline, or a live page's one place, does not.
  // Places listed under a heading that announces other items ("Here's what else is happening" over "Taiwan: …") are
  // that list's lines, already the page's.
  const otherFrom = Math.min(...[...openings].filter(([, kind]) => kind === "other").map(([i]) => i), body.length);
  const heads = [...placeHeads].filter(([i]) => i < otherFrom);
  if (new Set(heads.map(([, place]) => place)).size >= MIN_PLACE_HEADS) {
    marks += heads.length;
    for (const [i] of heads) open(i, "item", true);
  }
  marks += (entryStamps >= MIN_DIGEST_MARKS ? entryStamps : 0) + (datelines >= MIN_DIGEST_MARKS ? datelines : 0);
  digest ||= marks >= MIN_DIGEST_MARKS || (listedOnTop && marks + signals + sections > 0);
  const result = { dropped, kept, headline: null as string | null };
  // A transcript (speakers come back) is one reading, and so is a page whose title names the story and no digest.
  const title = page.title ?? null;
  const oneStory =
    (transcript && segments === 0 && markedHeadings < MIN_DIGEST_MARKS) ||
    // A newsletter that greets its readers over its led items is no one story, whatever its subject line names.
    (!phrased &&
      !(ledItems && greeted) &&
      titleSaysOneStory(title, above, (text) => SUBJECT.test(text), relationsCues));
  const cued = phrased || (title !== null && hasDigestCue(title)) || digestSectionAbove(above, lines);
  // A digest's sections under labels alone on their lines ("On this date:", "Ten years ago:"): each heads an item.
  if (cued && !transcript) for (const [i, text] of texts.entries()) if (i > 0 && isLoneLabel(text)) open(i, "heading");
  // Marked items make a digest when one other story goes (two without a digest's word over them); headings alone,
  // which a single story's crossheads also have, only when three other stories go or a digest's word stands over them.
  const headed = [...openings.values()].filter((kind) => kind === "heading" || kind === "item").length;
  const minForeign = digest ? (cued || datedItems > 0 ? 1 : 2) : cued ? 1 : MIN_HEADED_OTHER_STORIES;
  const read =
    !oneStory && (digest || (cued && headed >= MIN_DIGEST_MARKS))
      ? digestItems(
          body,
          lines,
          openings,
          { ...result, dropped: new Set(dropped) },
          { digestAbove: digestAbove || cued, minForeign, ledItems },
        )
      : null;
  if (read) return read;
  // A live page on several stories: its entries on other stories go, the story's own entries stay.
  // One whose title names the subject or a body it belongs to ("Asean Summit 2025 live: …") is the subject's event.
  const ownEvent = title !== null && (SUBJECT.test(title) || OWN_BODIES.test(title));
  if (!transcript && !oneStory && !ownEvent && stampedEntries >= MIN_LIVE_ENTRIES) {
    const live = liveEntries(body, lines, openings, { ...result, dropped: new Set(dropped) });
    if (live) return live;
  }
  // A news-in-brief column whose other briefs the cleaner took out: the headline just above the story is its title.
  const above0 = digestAbove ? itemHeadline(body, lines, 0, body.length) : null;
  // The digest's own title ("Member Bulletin No. 31") over the story is no story's headline.
  // A story printed under its own headline (the page's title, with only short lines such as a byline, a date or an
  // "In Brief" label between it and the body) keeps it: the label over its summary is no column of briefs. A brief
  // the cleaner took out above the story leaves its prose between.
  const titleAt =
    title === null || hasDigestCue(title) ? -1 : above.findLastIndex((line) => line.trim() === title.trim());
  const titleAbove = titleAt >= 0 && above.slice(titleAt + 1).every((line) => words(line).length <= MAX_BYLINE_WORDS);
  if (above0 && !above0.paragraph && !hasDigestCue(above0.text) && !titleAbove) result.headline = above0.text;
  // A digest's story set first under the digest's title, its headline a paragraph over its prose with only the
  // digest's tagline above ("A select list of stories to read …"): the headline is the story's, the tagline goes.
  // Only under a title that calls the page a digest: a section line over a single story ("Latest news") stands over
  // its caption.
  if (title !== null && hasDigestCue(title) && !oneStory && result.headline === null) {
    const at = texts
      .slice(0, GREETING_SEARCH)
      .findIndex((text, i) => isHeadingLine(text) && isEntry(texts[i + 1] ?? "") && SUBJECT.test(texts[i + 1] ?? ""));
    if (at >= 0) {
      result.headline = texts[at] ?? null;
      for (let i = 0; i <= at; i++) dropped.add(i);
    }
  }
  // On a list whose other items the cleaner took out, the next item's headline may close the story: it goes.
  const end = texts.length - 1;
  if (cued && !oneStory && end > 1 && isHeadingLine(texts[end] ?? "") && isEntry(texts[end - 1] ?? ""))
    dropped.add(end);
  if (signals === 0 && sections < 2 && labels < 2) return result;

  const starts = [0, ...[...openings.keys()].sort((a, b) => a - b)];
  const items = starts.map((start, k) => ({
    start,
    end: starts[k + 1] ?? body.length,
    kind: (openings.get(start) ?? "start") as Opening,
  }));
  const names = (item: { start: number; end: number }) =>
    texts.slice(item.start, item.end).some((text, k) => !dropped.has(item.start + k) && SUBJECT.test(text));
  const announced = (kind: Opening) => kind === "other" || kind === "sponsor";
  const main = items.findIndex((item) => !announced(item.kind) && names(item));
  if (main < 0) return result;
  for (const [k, item] of items.entries()) {
    // Before the story's item stands its standfirst or lead, never another item.
    if (k === main || (k < main && item.kind === "start")) continue;
    if (!announced(item.kind) && names(item)) continue;
    for (let i = item.start; i < item.end; i++) dropped.add(i);
  }
  for (const i of dropped) kept.delete(i);
  return result;
}

/** The body's items from their openings: each runs to the next opening; the first opens the text. */
function itemSpans(
  openings: ReadonlyMap<number, Opening>,
  count: number,
): Array<{ start: number; end: number; kind: Opening }> {
  const starts = [...new Set([0, ...openings.keys()])].sort((a, b) => a - b);
  return starts.map((start, k) => ({ start, end: starts[k + 1] ?? count, kind: openings.get(start) ?? "start" }));
}

// '0:00', '0:41': a recording's running time in its first minute, its hour written with one digit.
const RUNNING_TIME_START = /^0:[0-5]\d$/u;
// Three clock-stamped entries make a live page; a story may print one or two times inside its text.
const MIN_LIVE_ENTRIES = 3;

/**
 * A live page's entries read as its story: every entry that names the subject stays, and so does one that shares two
 * of their names, a name of several words counted once (the same thread told without naming the country: "Air Force
 * One touched down at Noi Bai"; round 47: an entry on another story naming one of the story's people stays out); an entry
 * on another story goes. The story's headline is the headline of its entry with most foreign-relations cues, when
 * another entry went. Null when no entry names the subject or none goes.
 */
function liveEntries(
  body: readonly ItemParagraph[],
  lines: readonly string[],
  openings: ReadonlyMap<number, Opening>,
  result: { dropped: Set<number>; kept: Map<number, string>; headline: string | null },
): { dropped: Set<number>; kept: Map<number, string>; headline: string | null } | null {
  const { dropped, kept } = result;
  const texts = body.map((p, i) => kept.get(i) ?? p.text);
  const entries = itemSpans(openings, body.length);
  const own = (entry: { start: number; end: number }) =>
    texts
      .slice(entry.start, entry.end)
      .filter((_, k) => !dropped.has(entry.start + k))
      .join(" ");
  const story = entries.filter((entry) => SUBJECT.test(own(entry)));
  if (story.length === 0) return null;
  const storyNames = namesIn(story.map(own).join(" "));
  const others = entries.filter(
    // A country is named by a live page's entries on other stories as much as by the story's own thread (round 56:
    // an entry on the war naming Russia and the Security Council beside an entry listing Russia among partners).
    (entry) => !story.includes(entry) && sharedNameRuns(own(entry), storyNames, false) < MIN_SHARED_NAMES,
  );
  if (others.length === 0) return null;
  for (const entry of others) for (let i = entry.start; i < entry.end; i++) dropped.add(i);
  for (const i of dropped) kept.delete(i);
  let main = story[0] as { start: number; end: number };
  for (const entry of story) if (relationsCues(own(entry)) > relationsCues(own(main))) main = entry;
  const headline = itemHeadline(body, lines, main.start, main.end);
  if (headline?.paragraph) dropped.add(main.start);
  result.headline = headline?.text ?? null;
  return result;
}

/**
 * A digest read as its one story: the item that names the subject with most foreign-relations cues stays (the first on
 * a tie). Another item stays only when it names the subject with a foreign-relations cue in a paragraph of prose (a
 * live page's entries on the same story); a list of contents, a greeting and the other stories go. The story's
 * headline is the page's title when another story went.
 */
function digestItems(
  body: readonly ItemParagraph[],
  lines: readonly string[],
  openings: ReadonlyMap<number, Opening>,
  result: { dropped: Set<number>; kept: Map<number, string>; headline: string | null },
  page: { digestAbove: boolean; minForeign: number; ledItems: boolean },
): { dropped: Set<number>; kept: Map<number, string>; headline: string | null } | null {
  const { digestAbove, minForeign, ledItems } = page;
  const { dropped, kept } = result;
  const texts = body.map((p) => kept.get(body.indexOf(p)) ?? p.text);
  const items = itemSpans(openings, body.length);
  const own = (item: { start: number; end: number }) =>
    texts.slice(item.start, item.end).filter((_, k) => !dropped.has(item.start + k));
  let main = -1;
  let best = -1;
  for (const [k, item] of items.entries()) {
    if (item.kind === "other" || item.kind === "sponsor") continue;
    const text = own(item).join(" ");
    if (!SUBJECT.test(text)) continue;
    const cues = relationsCues(text);
    if (cues > best) [main, best] = [k, cues];
  }
  const story = items[main];
  if (!story) return null;
  // Before the story stands its standfirst or a live page's key points, when they name the subject.
  const lead = items.filter((item, k) => k < main && item.kind === "start" && SUBJECT.test(own(item).join(" ")));
  const storyNames = namesIn([story, ...lead].map((item) => own(item).join(" ")).join(" "));
  // Another item stays when it names the subject in prose with a cue of foreign relations or two of the story's names.
  const others = items.filter((item, k) => k !== main && !lead.includes(item));
  const stays = others.filter((item) => {
    if (item.kind === "other" || item.kind === "sponsor") return false;
    const paragraphs = own(item);
    const text = paragraphs.join(" ");
    if (!SUBJECT.test(text) || !paragraphs.some(isEntry)) return false;
    // A newsletter's led item on the subject goes on with the story: a short opening sentence of its own read as a
    // lead-in ("Both sides looked pleased.") opens no other story.
    if (ledItems && items.indexOf(item) > main && leadIn(paragraphs[0] ?? "") !== null) return true;
    const shared = sharedNames(text, storyNames);
    return shared >= MIN_STAYING_SHARED_NAMES;
  });
  for (const item of stays) for (const name of namesIn(own(item).join(" "))) storyNames.add(name);
  // A live page or a listicle on one story shares its names from item to item: a digest sets other stories beside
  // it, items that share fewer than two of the story's names.
  const foreign = others.filter(
    (item) => !stays.includes(item) && sharedNames(own(item).join(" "), storyNames) < MIN_SHARED_NAMES,
  );
  if (foreign.length < minForeign) return null;
  // The story's headline is the page's title when an item on another story, naming none of its names, went.
  let otherStory = false;
  for (const item of others) {
    if (stays.includes(item)) continue;
    otherStory ||= sharedNames(own(item).join(" "), storyNames) === 0;
    for (let i = item.start; i < item.end; i++) dropped.add(i);
  }
  for (const item of items)
    if (item.kind === "other" || item.kind === "sponsor") for (let i = item.start; i < item.end; i++) dropped.add(i);
  for (const i of dropped) kept.delete(i);
  // The last item's headline whose text the page left out closes the story's item: "<Headline>" with no prose after it.
  const last = story.end - 1;
  if (last > story.start && isHeadingLine(texts[last] ?? "") && !isEntry(texts[last] ?? "")) dropped.add(last);
  // A numbered or bulleted heading over the story ("2. Vietnam uses ASEAN chair …") is its headline whatever names the
  // other items share with it.
  const led = ledItems ? leadIn(texts[story.start] ?? "") : null;
  const marked = itemHeading(texts[story.start] ?? "") !== null || led !== null;
  const headline =
    otherStory || digestAbove || marked ? itemHeadline(body, lines, story.start, story.end, ledItems) : null;
  if (headline?.paragraph) dropped.add(story.start);
  // The lead-in read as the headline leaves the item's prose.
  if (led && headline?.text === led.lead) kept.set(story.start, led.rest);
  result.headline = headline?.text ?? null;
  return result;
}
