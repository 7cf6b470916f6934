import { z } from "zod";
import { countryCode } from "../analyse/countries.js";
import { isAgency, knownOutlet } from "../metadata/outlets.js";
import { isMasthead, isMenuLine } from "./boilerplate.js";
import institutionJson from "./data/institution-names.json" with { type: "json" };
import { escapeLiteral } from "./patterns.js";

const Institutions = z.object({
  heads: z.array(z.string()),
  joiners: z.array(z.string()),
  offices: z.array(z.string()),
});
const institutions = Institutions.parse(institutionJson);
// "Senate of the Philippines", "The President of the Republic of Korea": an office or a chamber and its country.
const OFFICE_OF = new RegExp(
  `^(?:the\\s+)?(?:${institutions.offices.map(escapeLiteral).join("|")})\\s+of\\s+(.{2,60})$`,
  "iu",
);
const INSTITUTION_HEADS = new Set(institutions.heads.map((w) => w.toLowerCase()));
const INSTITUTION_JOINERS = new Set(institutions.joiners);
// After the head, the words that carry the name on: "Chamber of Commerce", "Embassy in Egypt".
const HEAD_FOLLOWERS = new Set(["of", "for", "in", "on"]);
// "… IN VIETNAM – HANOI": a place after a dash closes a letterhead.
const PLACE_TAIL = /\s+[–—-]\s+\p{Lu}[\p{L}\p{M} ]{1,30}$/u;
// "Embassy of India, Hanoi": a mission names the city it sits in after a comma.
const SEAT_TAIL = /,\s+\p{Lu}[\p{L}\p{M} ]{1,30}$/u;

const MAX_TITLE = 200;
const MAX_TITLE_WORDS = 30;

const SENTENCE_END = /[.!?]["')\]]?$/;

/** Words in a normalised paragraph (single spaces), counted without allocating. */
function wordCount(text: string): number {
  let words = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) words++;
  return words;
}

/** Whether a normalised paragraph has `least` words or more, counted only as far as that many (wordCount's count). */
function hasWords(text: string, least: number): boolean {
  let words = 1;
  if (words >= least) return true;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32 && ++words >= least) return true;
  return false;
}

const SUBSTANTIAL_WORDS = 40;
const SUBSTANTIAL_SENTENCE_WORDS = 12;

/** A paragraph of the article proper: long enough and ending like a sentence. */
export function isSubstantial(paragraph: string): boolean {
  // Asked of every paragraph by many readers: the count stops at the words needed, not at the paragraph's end.
  const sentence = SENTENCE_END.test(paragraph.slice(-2));
  return hasWords(paragraph, sentence ? SUBSTANTIAL_SENTENCE_WORDS : SUBSTANTIAL_WORDS);
}

/**
 * A headline: short, in sentence or title case, with no final full stop. The caller checks it is the
 * text's first line and that the body follows.
 */
export function isHeadline(line: string): boolean {
  const words = wordCount(line);
  return (
    line.length <= MAX_TITLE &&
    words >= 2 &&
    words <= MAX_TITLE_WORDS &&
    // A section's tag in brackets may open it, in capitals ("[EXCLUSIVE] …") or as a column's name of two to four
    // words ("[Diplomatic circuit] …"); a forum's one-word flair ("[News] …") heads a repost, not the story.
    /^(?:["'(]|\[\p{Lu}[\p{Lu}\p{N} -]{1,20}\]\s|\[\p{Lu}\p{Ll}+(?: \p{L}+){1,3}\]\s)?[\p{Lu}\p{N}]/u.test(line) &&
    !/[.,;:]["')\]]?$/.test(line) &&
    !isSubstantial(line)
  );
}

// A part's number opening its heading: "1. Results of …", "2) Visa rules", "II. Q&A".
const NUMBERED_PART = /^(?:\d{1,2}|[IVX]{1,4})[.)]\s+[\p{Lu}\p{N}]/u;

/**
 * A heading that opens on its part's number: it heads a part of the document (an announcement, a question, a
 * section), never the page.
 * @example isNumberedPartHeading("1. Results of the visa pilot") // => true
 */
export function isNumberedPartHeading(line: string): boolean {
  return NUMBERED_PART.test(line);
}

// The last " | " or " - " part of a page title: "… | Politics", "… - VietnamPlus", "… | Vietnam+ (VietnamPlus)"; also
// after a colon set off by spaces, as some templates print it ("… : The Daily Example"), never a headline's own colon.
const SUFFIX = /\s+(?:[|\-–—]|:(?=\s))\s+([^|\-–—:]{1,60})$/u;
const MAX_SUFFIXES = 2;
// A site's name before the headline, set off by a guillemet or a chevron as breadcrumbs are.
const SITE_PREFIX = /^([^»›|]{1,60}?)\s+[»›]\s+/u;
const VIEW_SUFFIX = /\s+[»›|–—-]\s+(?:print(?:\s+(?:version|view|edition))?|printer[- ]friendly(?:\s+version)?)$/iu;
const CODE_PREFIX = /^(?:[\p{L}\p{N} .-]{0,30}#\s?\d+|\p{Lu}{1,4}\d{4,}|UPDATE\s+\d+)\s+[|–—-]\s+/u;
// A section's name: one or two capitalised words.
const SECTION = /^\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*)?$/u;

const MAX_LISTED_SECTIONS = 3;
// "… settlements in national currencies — diplomat", "… to grow — expert": a wire's headline closes on who said it,
// in lower-case words after an em dash. A tab title's hyphen may still set off a site's handle in lower case
// ("… - <sitename>"), so only the em dash, the wire's own mark, keeps the tag.
const SPEAKER_TAG = /^—\s+\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2}$/u;

/** A site's or a section's name: a known outlet (also in brackets), a masthead or a menu word ("Politics"). */
function isSiteName(part: string): boolean {
  const bare = part.replace(/\s*\([^()]*\)\s*$/, "").trim();
  const inner = /\(([^()]+)\)\s*$/.exec(part)?.[1] ?? "";
  // "Headlines, News, The Philippine Star": a template's sections listed with commas before the site's name.
  const listed = part.split(", ");
  if (
    listed.length > 1 &&
    listed.length <= MAX_LISTED_SECTIONS + 1 &&
    listed.slice(0, -1).every((name) => SECTION.test(name)) &&
    isSiteName(listed.at(-1) ?? "")
  )
    return true;
  return (
    knownOutlet(part) !== null ||
    (bare !== "" && knownOutlet(bare) !== null) ||
    (inner !== "" && knownOutlet(inner) !== null) ||
    isMasthead(part) ||
    isMenuLine(part, 1)
  );
}

/**
 * The news agency a page title's site suffix names: "CNA" in "Singapore, Vietnam lift ties - CNA"; null for any
 * other site ("… | The Straits Times"), which publishes the story rather than sources it.
 */
export function siteSuffixAgency(title: string): string | null {
  const part = (SUFFIX.exec(title.trim())?.[1] ?? "").trim();
  const outlet = part ? knownOutlet(part) : null;
  return outlet && isAgency(outlet) ? outlet : null;
}

/**
 * A page title without the site and section names a template appends after " | " or " - ".
 * @example withoutSiteSuffix("Vietnam, Germany pledge to deepen strategic partnership | Politics") // => "Vietnam, Germany pledge to deepen strategic partnership"
 */
export function withoutSiteSuffix(title: string): string {
  let kept = title.trim();
  // "<Site> » <headline> » Print": a print view's tab names the view after the headline and the site before it.
  kept = kept.replace(VIEW_SUFFIX, "");
  const prefix = SITE_PREFIX.exec(kept);
  if (prefix && isSiteName((prefix[1] as string).trim()) && kept.slice(prefix[0].length).split(" ").length >= 3)
    kept = kept.slice(prefix[0].length);
  // "CO14098 | <headline>", "<Series> #48 - <headline>", "UPDATE 2 - <headline>": a series' number or a document's
  // code before the headline is the archive's, not the headline's.
  const code = CODE_PREFIX.exec(kept);
  if (code && kept.slice(code[0].length).split(" ").length >= 3) kept = kept.slice(code[0].length);
  for (let n = 0; n <= MAX_SUFFIXES; n++) {
    const match = SUFFIX.exec(kept);
    const part = (match?.[1] ?? "").trim();
    // "Headline | Investing | <Site>": once the site's name is off, a word or two after a bar is its section, even
    // one no menu lists; a third part goes only so.
    const section = n > 0 && match?.[0].trimStart().startsWith("|") === true && SECTION.test(part);
    if (!match || (n === MAX_SUFFIXES && !section) || !(section || isSiteName(part))) break;
    if (SPEAKER_TAG.test(match[0].trim())) break;
    const rest = kept.slice(0, match.index).trim();
    if (rest.split(" ").length < 3) break;
    kept = rest;
  }
  return kept;
}

// How many capitalised words an institution's name sets up to and including its head.
const MAX_NAMED_TO_HEAD = 7;

/**
 * Whether a line is only an institution's name (a letterhead, a site's name): capitalised words and joiners with an
 * institutional head ("Nordic Chamber of Commerce in Vietnam", "Australian Strategic Policy Institute"), no verb's
 * lower-case word. A headline in title case may pass; the caller weighs the lines under it.
 * @example isInstitutionName("Prime Minister's Office of Japan") // => true
 */
export function isInstitutionName(line: string): boolean {
  const country = OFFICE_OF.exec(line.replace(PLACE_TAIL, ""))?.[1];
  if (country !== undefined && countryCode(country) !== null) return true;
  const words = line
    .replace(PLACE_TAIL, "")
    .replace(SEAT_TAIL, "")
    .replace(/['’]s\b/gu, "")
    .split(" ");
  const capitals = line === line.toUpperCase();
  let named = 0;
  let headed = false;
  for (const [k, word] of words.entries()) {
    const lower = word.toLowerCase();
    if (INSTITUTION_JOINERS.has(capitals ? lower : word)) continue;
    if (!/^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.&-]*$/u.test(word)) return false;
    named++;
    const next = words[k + 1]?.toLowerCase();
    // "Vice President Harris Announces New Vaccine Donations and CDC Office in Hanoi": a headline set in title case
    // may close on an office; an institution's name sets its head within its first few capitalised words.
    if (INSTITUTION_HEADS.has(lower) && (next === undefined || HEAD_FOLLOWERS.has(next)) && named <= MAX_NAMED_TO_HEAD)
      headed = true;
  }
  return headed && named >= 2;
}

// "Founded 1964 · Registered charity", "In this issue: A · B · C": items joined by a middle dot or a bullet.
const LIST_JOINER = /\s[·•]\s/u;
// "National Assembly of the Republic of Korea > News": a trail of sections, one step is enough.
const TRAIL_STEP = /\s(?:>|»|›)\s/u;

/**
 * A line of the page's frame that a headline's shape cannot have: items joined by "·" or "•" (a newsletter's
 * contents, a society's strapline) and a trail of sections ("Home > News").
 * @example isFrameLine("In this issue: Strategic partnership signed · Book reviews · Diary dates") // => true
 */
export function isFrameLine(line: string): boolean {
  return LIST_JOINER.test(line) || TRAIL_STEP.test(line);
}

/**
 * The headline candidates without the letterheads among them: an institution's name ("Japanese Communist Party",
 * "Official Organ of the Central Committee of …") set above the story is the publisher's, so it goes while a line
 * of another shape is left.
 */
export function withoutLetterheads<T>(candidates: readonly T[], text: (candidate: T) => string): T[] {
  const others = candidates.filter((c) => !isInstitutionName(text(c)));
  return others.length > 0 ? others : [...candidates];
}
