import { z } from "zod";
import { isNotesHeading } from "./boilerplate.js";
import dataJson from "./data/media-and-event-pages.json" with { type: "json" };
import { alternation, anyPattern } from "./patterns.js";
import { foldedOpening, foldPlace, foldsLongerThan } from "./places.js";
import { CLOCK_ONLY, isDatedClock, NUMERIC_DATE } from "./stamps.js";

// Summit coverage outside an article's layout (issue 11, round 47): a video or podcast page, a think-tank's event page,
// a release with notes for the press, a live blog. Their furniture reads as short lines or as sentences about the page
// or the event (a player's bar, a resources row, speakers' bios, a live blog's welcome post); the readers here take it
// by its shape. Words are data (data/media-and-event-pages.json).
const Data = z.object({
  playerWords: z.array(z.string().min(1)).min(1),
  playerOnlyWords: z.array(z.string().min(1)).min(1),
  viewLabels: z.array(z.string().min(1)).min(1),
  resourceOpeners: z.array(z.string().min(1)).min(1),
  noteLabels: z.array(z.string().min(1)).min(1),
  bioHeadings: z.array(z.string().min(1)).min(1),
  maxBioLines: z.number().int().positive(),
  maxBioLine: z.number().int().positive(),
  listHeadings: z.array(z.string().min(1)).min(1),
  creditOpeners: z.array(z.string().min(1)).min(1),
  memberNotePatterns: z.array(z.string().min(1)).min(1),
  logisticsPatterns: z.array(z.string().min(1)).min(1),
  welcomePatterns: z.array(z.string().min(1)).min(1),
  livePagePatterns: z.array(z.string().min(1)).min(1),
  otherNewsLabels: z.array(z.string().min(1)).min(1),
  pointerPatterns: z.array(z.string().min(1)).min(1),
  maxLiveHeadWords: z.number().int().positive(),
  minLiveEntries: z.number().int().positive(),
  maxEntryLines: z.number().int().positive(),
  definitionVerbs: z.array(z.string().min(1)).min(1),
  maxNoteLines: z.number().int().positive(),
  issuerLabels: z.array(z.string().min(1)).min(1),
  mediaHeadings: z.array(z.string().min(1)).min(1),
});
const data = Data.parse(dataJson);
const folded = (phrases: readonly string[]) => phrases.map(foldPlace);
// Read word by word: a bar copied without its separators runs its controls' words together ("Add to playlist").
const playerWords = new Set(folded(data.playerWords).flatMap((phrase) => phrase.split(" ")));
const playerOnly = folded(data.playerOnlyWords);
const resourceOpeners = folded(data.resourceOpeners);
const noteLabels = new Set(folded(data.noteLabels));
const bioHeadings = new Set(folded(data.bioHeadings));
const listHeadings = new Set(folded(data.listHeadings));
const creditOpeners = folded(data.creditOpeners);
const otherNewsLabels = new Set(folded(data.otherNewsLabels));
const MEMBER_NOTE = anyPattern(data.memberNotePatterns, "iu");
const LOGISTICS = anyPattern(data.logisticsPatterns, "iu");
const WELCOME = anyPattern(data.welcomePatterns, "iu");
const LIVE_PAGE = anyPattern(data.livePagePatterns, "iu");
const POINTER = anyPattern(data.pointerPatterns, "iu");

/** Whether the folded words open on one of the folded phrases, whole words only. */
const opensOn = (words: string, phrases: readonly string[]) =>
  phrases.some((phrase) => words === phrase || words.startsWith(`${phrase} `));

// A player's clock: time played over the running time, "0:00 / 2:41", "00:00 / 41:07".
const PLAYER_CLOCK = /(?:^|\s)\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?(?=\s|$)/gu;
// The marks a player draws on its buttons: play, download, more.
const PLAY_MARK = /^[▶►▷⏵]/u;
const BUTTON_MARKS = /[▶►▷⏵⏸⏯⤓⬇⋯…|·•]/gu;
// A button's counter or a speed setting: "37", "1.2K", "1x", "1.5x".
const COUNTER_OR_SPEED = /^(?:\d{1,3}(?:[.,]\d{1,3})*[KkMm]?|\d(?:\.\d{1,2})?x)$/u;
const MAX_PLAYER_LINE = 120;

/**
 * "▶ 0:00 / 2:41  CC  HD  Fullscreen", "► Play episode  1x  ⤓ Download  ⋯ Share", "Like 37  Share  Embed  Add to
 * playlist": a media player's bar, every word of it a control once its clock, counters and speed marks are set aside.
 * Words a story shares ("Share", "Like") make no bar alone: the bar holds a player's clock, opens on a play mark or
 * names a control only a player has.
 */
export function isPlayerBar(line: string): boolean {
  const text = line.normalize("NFKC").trim();
  if (text.length > MAX_PLAYER_LINE || /[.!?,;"]$/u.test(text)) return false;
  const clocked = PLAYER_CLOCK.test(text);
  PLAYER_CLOCK.lastIndex = 0;
  const rest = text.replace(PLAYER_CLOCK, " ").replace(BUTTON_MARKS, " ");
  const words = rest.split(/\s+/u).filter((word) => word && !COUNTER_OR_SPEED.test(word));
  const controls = foldPlace(words.join(" "));
  if (controls === "") return clocked;
  if (!controls.split(" ").every((word) => playerWords.has(word))) return false;
  return clocked || PLAY_MARK.test(text) || playerOnly.some((word) => ` ${controls} `.includes(` ${word} `));
}

// "2020-11-12 19:03 KST  Views 1,284": a video page's date line closed by its view counter, the label before it.
const VIEWS = new RegExp(
  `^(.{6,40}?)\\s+(?:${data.viewLabels.join("|")})\\s*:?\\s*\\d{1,3}(?:[.,]\\d{3})*(?:[.,]\\d)?[KkMm]?$`,
  "iu",
);
// A date's stamp with a zone's initials after its clock ("2020-11-12 19:03 KST").
const ZONE = /\s+\p{Lu}{2,5}$/u;

/** A date line closed by a view counter whose label stands before its number. */
export function isViewedDateLine(line: string): boolean {
  const head = VIEWS.exec(line.trim())?.[1]?.trim();
  if (!head) return false;
  const stamp = head.replace(ZONE, "");
  return NUMERIC_DATE.test(stamp) || isDatedClock(stamp) || CLOCK_ONLY.test(head);
}

// A label opening a row or a note: "Event resources:", "Accessibility:".
const LABEL = /^([\p{L}][\p{L} '’&-]{1,40}?)\s*:\s+(?=\S)/u;
const BRACKETED = /\[\s*([^[\]]{2,60}?)\s*\]/gu;
const PART_NOTE = /\s*\([^()]{1,20}\)/gu;
const MAX_RESOURCE_WORDS = 6;

function isResourcePart(part: string): boolean {
  const text = part.replace(PART_NOTE, "").trim();
  const words = foldPlace(text);
  return words !== "" && words.split(" ").length <= MAX_RESOURCE_WORDS && opensOn(words, resourceOpeners);
}

/**
 * "Event resources: Watch the recording (1:14:52) | Download the transcript (PDF) | Listen on …", "[ Register to
 * attend in person ]  [ Add to calendar ]": an event's or an episode's links, each part opening on what it lets the
 * reader do or naming the medium it offers, between bars or in brackets; a label may stand before them.
 */
export function isResourceRow(line: string): boolean {
  const text = line.trim();
  // parts in brackets: a line without "[" has none, and is not spread into matches (most lines)
  const bracketed = text.includes("[") ? [...text.matchAll(BRACKETED)].map((match) => match[1] ?? "") : [];
  if (bracketed.length >= 2 && text.replace(BRACKETED, "").trim() === "") return bracketed.every(isResourcePart);
  const unlabelled = text.replace(LABEL, "");
  // parts set apart by bars: a line without one is not split (most lines)
  if (!unlabelled.includes("|")) return false;
  const parts = unlabelled.split(/\s+\|\s+/u);
  return parts.length >= 2 && parts.every(isResourcePart);
}

// "10:00 a.m. – 11:30 a.m. ET", "9:00 – 10:15 AM EST": an event's hours, a zone's initials after them.
const TIME_RANGE =
  /^\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[–—-]\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+\(?\p{Lu}{2,5}(?:[+-]\d{1,2})?\)?)?$/iu;

/** An event's hours alone on their line. */
export function isEventHours(line: string): boolean {
  return TIME_RANGE.test(line.trim());
}

/** "Accessibility: The venue is wheelchair accessible.", "Stay connected: Sign up …": an event page's labelled note. */
export function isEventNote(line: string): boolean {
  const label = LABEL.exec(line.trim())?.[1];
  return label !== undefined && noteLabels.has(foldPlace(label));
}

const SENTENCES = /(?<=[.!?])\s+(?=\p{Lu})/u;
const MIN_CREDIT_SENTENCES = 2;
const LONGEST_CREDIT_OPENER = Math.max(...creditOpeners.map((phrase) => phrase.length));

/** Whether a sentence opens on a show's credit word, folding no more of it than the longest opener needs. */
const opensOnCredit = (sentence: string) => opensOn(foldedOpening(sentence, LONGEST_CREDIT_OPENER), creditOpeners);

/**
 * "Produced by <Name>. Music by <Studio>. Transcript edited for length and clarity.": a show's credits, each sentence
 * opening on what someone did for it. One such sentence alone may open a story's own sentence; two make the credits.
 */
export function isProductionCredits(line: string): boolean {
  const text = line.trim();
  // The first sentence is read before the line is split: a story's sentence (most lines) fails on it.
  const firstBreak = SENTENCES.exec(text);
  if (!firstBreak || !opensOnCredit(text.slice(0, firstBreak.index))) return false;
  const sentences = text.split(SENTENCES);
  return sentences.length >= MIN_CREDIT_SENTENCES && sentences.every(opensOnCredit);
}

/**
 * A note to the page's readers or the press about the page or the event: a transcript "available to members", where
 * accredited media collect badges, where the sessions are streamed.
 */
export function isAudienceNote(line: string): boolean {
  const text = line.trim();
  return MEMBER_NOTE.test(text) || LOGISTICS.test(text);
}

const QUOTATION = /["“”]/u;
const ROW_OF_LINKS = /\s[|·•]\s/u;
// A speaker's name over the bio: a few capitalised words, a role in brackets after it ("<Name> (Moderator)") or a
// label before it ("Moderator: <Name>").
const NAME_LINE = /^(?:\p{L}+:\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}(?:\s+\([\p{L} ]{2,30}\))?$/u;
// "<Name> is director of …", "<Name> has served as …": a bio opening on its subject's name.
const BIO_OPENING = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}\s+(?:is|was|has|serves|leads|heads|directs)\s/u;

// A line that folds longer than every heading and label read here is none of them ("" is no key of theirs): a story's
// sentence is passed over without folding it. The headings' sets are made further down, so the longest is found lazily.
let longestHeading = 0;
const headingKey = (line: string) => {
  longestHeading ||= Math.max(
    ...[...bioHeadings, ...listHeadings, ...mediaHeadings, ...issuerLabels].map((key) => key.length),
  );
  return foldsLongerThan(line, longestHeading) ? "" : foldPlace(line.replace(/[:：]\s*$/u, ""));
};

/**
 * The speakers' or a guest's bios under their heading ("Speakers", "About our guest"): the names and the lines about
 * them, to a quotation, a labelled line or a row of links. The section opens on a name or on a bio naming its subject,
 * so a story's own heading over its prose is left alone.
 */
function bioSection(lines: readonly string[], at: number): number[] {
  const first = lines[at + 1]?.trim() ?? "";
  if (!NAME_LINE.test(first) && !BIO_OPENING.test(first)) return [];
  const section = [at];
  for (let k = at + 1; k < lines.length && section.length <= data.maxBioLines; k++) {
    const line = lines[k]?.trim() ?? "";
    if (line === "") continue;
    const labelled = LABEL.test(line) && !NAME_LINE.test(line);
    if (QUOTATION.test(line) || labelled || ROW_OF_LINKS.test(line) || line.length > data.maxBioLine) break;
    if (bioHeadings.has(headingKey(line)) || listHeadings.has(headingKey(line))) break;
    section.push(k);
  }
  return section;
}

// "Mar 19 | <title>", "19 March – <title>", "2026-03-19 · <title>": a dated row of a list of events.
const DATED_ROW =
  /^(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?|\d{4}-\d{2}-\d{2})(?:,?\s+\d{4})?\s*[|·•–—-]\s*\S/u;

/** A list heading ("Upcoming events") with the dated rows under it; none when no such row follows it. */
function datedList(lines: readonly string[], at: number): number[] {
  const rows: number[] = [];
  for (let k = at + 1; k < lines.length && DATED_ROW.test(lines[k]?.trim() ?? ""); k++) rows.push(k);
  return rows.length > 0 ? [at, ...rows] : [];
}

/** The lines of the page's bios and dated lists of events, with their headings. */
export function eventPageSections(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const [at, line] of lines.entries()) {
    if (found.has(at)) continue;
    const key = headingKey(line.trim());
    const section = bioHeadings.has(key) ? bioSection(lines, at) : listHeadings.has(key) ? datedList(lines, at) : [];
    for (const k of section) found.add(k);
  }
  return found;
}

// A live blog's entry head: its clock, "PINNED" before it, a short headline after a bar or a dash.
const ENTRY_HEAD = /^(?:pinned\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?(?:\s+[|–—-]\s+(.+))?$/iu;
const MIN_ENTRY_WORDS = 15;

function entryHead(line: string): { headline: string | null } | null {
  const match = ENTRY_HEAD.exec(line.trim());
  if (!match) return null;
  const headline = match[1]?.trim() ?? null;
  if (headline && headline.split(/\s+/u).length > data.maxLiveHeadWords) return null;
  return { headline };
}

const isProse = (line: string | undefined) => (line?.trim().split(/\s+/u).length ?? 0) >= MIN_ENTRY_WORDS;

/** "Elsewhere: <headline>": an entry the live blog heads as news beside the event it follows. */
function isOtherNewsHead(line: string | undefined): boolean {
  const label = LABEL.exec(line?.trim() ?? "")?.[1];
  return label !== undefined && otherNewsLabels.has(foldPlace(label));
}

/**
 * The entries of a live blog that are not its story: its welcome or greeting post ("Welcome to our live coverage …
 * This page refreshes automatically"), an entry headed as other news ("Elsewhere: …") and one that sends the reader to
 * the outlet's other coverage ("Follow our Politics Hub for the latest"), each with its clock head. A page is a live
 * blog when entry heads stand over prose three times or more; any other page keeps every line.
 */
export function liveBlogOtherEntries(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  const heads = lines.flatMap((line, at) => {
    const head = entryHead(line);
    if (!head) return [];
    // The headline under a bare clock, or after it on the line, then the entry's prose.
    const textAt = head.headline || isProse(lines[at + 1]) ? at + 1 : at + 2;
    return isProse(lines[textAt]) ? [at] : [];
  });
  if (heads.length < data.minLiveEntries) return found;
  for (const [k, start] of heads.entries()) {
    const end = Math.min(heads[k + 1] ?? lines.length, start + 1 + data.maxEntryLines);
    const entry = lines.slice(start + 1, end).map((line) => line.trim());
    const prose = entry.filter((line) => isProse(line));
    const headline = entryHead(lines[start] ?? "")?.headline;
    const welcome = prose.length > 0 && WELCOME.test(prose[0] ?? "") && LIVE_PAGE.test(prose.join(" "));
    const other = isOtherNewsHead(headline ?? entry[0]) || prose.some((line) => POINTER.test(line));
    if (!welcome && !other) continue;
    // The entry runs to its last paragraph of prose: what follows on a page's last entry is the page's own.
    const last = entry.findLastIndex((line) => isProse(line));
    for (let at = start; at <= start + 1 + last; at++) found.add(at);
  }
  return found;
}

// "[<Programme>] <Episode title> (24:10)": another programme's episode, its show's name in brackets before its title
// and its running time in brackets closing it, as a broadcaster's rails list them.
const PROGRAMME_ITEM = /^\[[^\]]{2,40}\]\s+\S.{2,150}\s\(\d{1,2}:\d{2}(?::\d{2})?\)$/u;

/** An episode of another programme listed with its show's name and its running time. */
export function isProgrammeItem(line: string): boolean {
  return PROGRAMME_ITEM.test(line.trim());
}

// "The <Group> comprises A, B, C and D.": a group defined by its members, three names or more.
const DEFINITION = new RegExp(
  `^(?:[-•·▪*]\\s*)?(?:The\\s+)?\\p{Lu}[\\p{L}'’ -]{2,60}\\s(?:${alternation(data.definitionVerbs)})\\s+(?:the\\s+)?(\\p{Lu}[^.]+)\\.$`,
  "u",
);
const MIN_DEFINED_MEMBERS = 3;

/** A note defining a group by its members: three names or more, between commas and a last "and". */
function isGroupDefinition(line: string): boolean {
  const members = DEFINITION.exec(line.trim())?.[1];
  return members !== undefined && members.split(/,\s+|\s+and\s+/u).length >= MIN_DEFINED_MEMBERS;
}

/**
 * Under a release's notes to editors, the notes that define a group by its members: background the release gives the
 * press ("The <Group> comprises …"), not the story; the notes' other facts stay the release's.
 */
function notesDefinitions(lines: readonly string[]): number[] {
  const found: number[] = [];
  for (const [at, line] of lines.entries()) {
    if (!isNotesHeading(line.trim())) continue;
    for (let k = at + 1; k <= at + data.maxNoteLines && k < lines.length; k++)
      if (isGroupDefinition(lines[k] ?? "")) found.push(k);
  }
  return found;
}

// "See more news releases in: Trade Show News, Economic News": a wire's pointer to its sections, a list after a colon.
const MORE_IN_SECTIONS =
  /^(?:see\s+)?more\s+(?:news\s+)?(?:releases|stories|news|articles|videos|episodes)\s+(?:in|on|about)\s*:\s+\p{Lu}[^.!?]*$/iu;

/** A wire's or a channel's pointer to more of its items in the sections it lists. */
export function isMoreInSections(line: string): boolean {
  return MORE_IN_SECTIONS.test(line.trim());
}

const mediaHeadings = new Set(folded(data.mediaHeadings));

/** "Show notes", "Chapters": a show page's section heading alone on its line. */
export function isMediaHeading(line: string): boolean {
  return mediaHeadings.has(headingKey(line.trim()));
}

const issuerLabels = new Set(folded(data.issuerLabels));
const MAX_ISSUER_WORDS = 12;

/**
 * "News provided by" alone on its line over "<Chamber> (<initials>)": a wire's label and the name of whoever issued
 * the release, set between the headline and the release; a name of a few words, no sentence.
 */
function issuerLines(lines: readonly string[]): number[] {
  const found: number[] = [];
  for (const [at, line] of lines.entries()) {
    if (!issuerLabels.has(headingKey(line.trim()))) continue;
    const name = lines[at + 1]?.trim() ?? "";
    if (name === "" || /[.!?]$/u.test(name) || name.split(/\s+/u).length > MAX_ISSUER_WORDS) continue;
    found.push(at, at + 1);
  }
  return found;
}

/** A line of a media or an event page's furniture, wherever it stands: any of the line readers above. */
export function isMediaOrEventFurniture(line: string): boolean {
  return (
    isPlayerBar(line) ||
    isViewedDateLine(line) ||
    isResourceRow(line) ||
    isEventHours(line) ||
    isEventNote(line) ||
    isProductionCredits(line) ||
    isAudienceNote(line) ||
    isProgrammeItem(line) ||
    isMoreInSections(line) ||
    isMediaHeading(line)
  );
}

/**
 * The lines of a media or an event page's sections, a live blog's entries that are not its story and a release's notes
 * defining a group, and a wire's label naming who issued the release.
 */
export function mediaAndEventSections(lines: readonly string[]): Set<number> {
  return new Set([
    ...eventPageSections(lines),
    ...liveBlogOtherEntries(lines),
    ...notesDefinitions(lines),
    ...issuerLines(lines),
  ]);
}
