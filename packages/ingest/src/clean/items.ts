import { z } from "zod";
import itemsJson from "./data/items.json" with { type: "json" };
import { readDateline } from "./datelines.js";
import { anyPattern } from "./patterns.js";
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
});
const data = Items.parse(itemsJson);
const anyOf = (sources: readonly string[]) => anyPattern(sources, "iu");
const SUBJECT = new RegExp(data.subjectPattern, "iu");
const BREAK = anyOf(data.breakMarkers);
const SEGUE = anyOf(data.segueOpeners);
const RETURN = anyOf(data.returnOpeners);
const OTHER_HEADING = anyOf(data.otherItemsHeadings);
const SPONSOR = anyOf(data.sponsorOpeners);
// Read with its case: a name's capitals are what tell "Rahul Banerjee, TRT World, Hanoi." from a sentence's clauses.
const SIGNOFF = anyPattern(data.signoffPatterns, "u");
const GREETING = anyOf(data.greetingOpeners);
const RUNDOWN = anyOf(data.rundownPhrases);
const SECTION_WORDS = new Set(data.sectionWords);

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

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** A paragraph's label and what follows it, when it opens on a short label and its colon. */
function labelOf(text: string): { label: string; rest: string } | null {
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

/** The name a speaker label gives, as its last word in capitals: "DANA CORWIN, CNN ANCHOR" → "CORWIN". */
function speakerKey(label: string): string {
  const name = label.split(/[,(]/u)[0]?.trim() ?? "";
  return (words(name).at(-1) ?? "").toUpperCase();
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

/** A greeting or the day's rundown opening a newsletter or a bulletin: "Hello, China Watchers! This week we look at …". */
export function isGreeting(text: string): boolean {
  const said = spoken(text);
  if (QUOTATION.test(said)) return false;
  if ((said.match(SENTENCE_BREAK) ?? []).length + 1 > data.maxGreetingSentences) return false;
  // A presenter's labelled turn is the transcript's, greeting and all: only its rundown of other items is not.
  if (labelOf(text)) return RUNDOWN.test(said);
  // A greeting that goes on to the story ("Good afternoon. President Yoon will pay a state visit to Viet Nam …") opens
  // a briefing's statement: only a greeting with nothing of the subject, or with the day's rundown, is the page's.
  return RUNDOWN.test(said) || (GREETING.test(said) && !SUBJECT.test(said));
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

function isEntry(text: string): boolean {
  return SENTENCE_END.test(text) && labelOf(text) === null && words(text).length >= MIN_ENTRY_WORDS;
}

const MIN_GREETING_WORDS = 6;
const MIN_GAP_HEADLINE_WORDS = 3;
const GREETING_SEARCH = 3;

type Opening = "start" | "heading" | "other" | "sponsor" | "break" | "segue" | "return" | "label" | "signoff";

/**
 * The paragraphs of a multi-item page that are not its story: the items beside it (other news, a sponsor's block, a
 * second segment), the greeting or rundown over it and a segment's sign-off. Empty for a page that shows no mark of
 * several items, and for one where no item names the subject. `kept` holds what stays of an anchor's opening turn
 * once its rundown of the other segments is cut.
 */
export function otherItems(
  body: readonly ItemParagraph[],
  lines: readonly string[],
): { dropped: Set<number>; kept: Map<number, string> } {
  const dropped = new Set<number>();
  if (body.length < 3) return { dropped, kept: new Map() };
  const texts = body.map((p) => p.text);
  // A transcript's speakers come back ("CORWIN:" twice): its labels are turns, never an item's label.
  const speakers = new Map<string, number>();
  for (const text of texts) {
    const label = labelOf(text);
    if (label) speakers.set(speakerKey(label.label), (speakers.get(speakerKey(label.label)) ?? 0) + 1);
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
    if (at > 0 && !openings.has(at)) openings.set(at, kind);
  };
  for (const [i, paragraph] of body.entries()) {
    if (paragraph.row) continue;
    const text = paragraph.text;
    if (i > 0) {
      const gap = lines.slice((body[i - 1] as ItemParagraph).at + 1, paragraph.at);
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
      if (gap.some((line) => isHeadingLine(line.trim()) && words(line).length >= MIN_GAP_HEADLINE_WORDS))
        open(i, "heading", true);
    }
    const said = spoken(text);
    const next = texts[i + 1];
    if (BREAK.test(text.trim())) {
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
    } else if (next !== undefined && isHeadingLine(text) && !isHeadingLine(next) && (!inOther || isEntry(next))) {
      open(i, "heading");
    }
  }
  // The greeting opens the text: above it may stand only the page's record ("Aired July 25, 2013 - 13:00 ET"),
  // short lines the cleaner reads later.
  const first = texts.findIndex((text) => words(text).length >= MIN_GREETING_WORDS && SENTENCE_END.test(text));
  if (first >= 0 && first < GREETING_SEARCH && isGreeting(texts[first] ?? "")) {
    const anchor = withoutRundown(texts[first] ?? "");
    if (anchor === null) dropped.add(first);
    else kept.set(first, anchor);
  }
  const result = { dropped, kept };
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
