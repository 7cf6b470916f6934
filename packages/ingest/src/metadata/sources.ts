import { memoByLine } from "../clean/line-memo.js";
import { escapeLiteral, quickTest } from "../clean/patterns.js";
import { knownPlace } from "../clean/places.js";
import { agencyNamed, distinctAgency, joinedAgency } from "./agencies.js";
import { appBarName } from "./app-bars.js";
import { parsePublishedDate } from "./dates.js";
import { isAgency, isPortal, knownOutlet, outletFromUrl } from "./outlets.js";

export { agencyNamed } from "./agencies.js";

/**
 * Who wrote the story, weighed over every place a page names it. The readings' convention: the agency that wrote
 * the copy, not the outlet that carried it; the outlet itself when it is an agency writing its own story; nobody when
 * only a newspaper's staff write. The cleaner reads datelines, credits and sign-offs; this reads what it leaves:
 * a carried-with credit line, the author slot in the markup, a wire tail of initials, the page's own name.
 */
export interface SourceEvidence {
  /** What the cleaner read from the dateline, credits and sign-off. */
  cleaned: string | null;
  /** The lines the cleaner set aside, in page order. */
  noise: ReadonlyArray<{ kind: string; text: string }>;
  /** The cleaned story. */
  body: string;
  /** The author the page's metadata gives ("PTI Last Updated: …", "The Canadian Press"). */
  author: string | null;
  /** The publisher the page's metadata or address names (og:site_name, the URL's domain). */
  outlet: string | null;
  /** The page as decoded: its markup slots (meta tags, byline spans, <title>) when it is HTML. */
  raw: string | null;
  /** Whether the story is one item of a page of several (a roundup, a digest), whose author slot is the page's. */
  item?: boolean;
}

export type SourceKind = "cleaned" | "carried" | "slot" | "tail" | "own";

export interface ResolvedSource {
  source: string;
  kind: SourceKind;
}

// A picture's credit, which never names the story's source: "Photo: Name/MTI", "Credit: AFP", "© Name, AFP".
const PHOTO_WORD = /\b(?:photos?|photograph|image|picture|foto|credit|courtesy|file|illustration|video)\b|©/iu;
const MAX_CREDIT_LINE = 90;
const DIGIT = /\d/;
// The parts of a credit line: bars, commas, semicolons, dashes between spaces and the joining words.
const CREDIT_PARTS = /\s*(?:\||,|;|\s[-–—]\s|\s+(?:with|via|and)\s+)\s*/iu;
// "Written by: PTI", "Reported by Reuters": a byline's label before the name; a digest's item may set its credit
// after a dash ("- With Reuters").
const LEADING_JOIN = /^(?:[-–—]\s*)?(?:(?:(?:written|reported|posted)\s+)?by\s*:?\s*|via\s+|with\s+)/iu;
const WHOLE_BRACKET = /^\(\s*((?:with|via)\s[^()]+?)\s*\)$/iu;
// A name as a credit prints it: capitalised words or initials, no sentence.
const NAME_PART = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’+-]*(?:\s+[\p{L}\p{N}.&'’+-]+){0,4}$/u;

/**
 * "Harbour Gazette with BTA | 16 October 2025", "The Valley Post with Belga", "Cairo Evening , MENA , Tuesday 6 May
 * 2025", "via MTI", "By: RIVER 24 with AFP": a short line of names, one of them a single agency, that says who
 * carried the story; a picture's credit or a sentence is none.
 * @param dated a caption's line counts only with a day: a dated line of names is a byline, an undated one a picture's.
 */
export function carriedAgency(line: string, dated = false): string | null {
  // "(with AFP)", "(With Reuters)": a credit set in brackets reads as the same line without them.
  const text = line.trim().replace(WHOLE_BRACKET, "$1");
  if (text.length > MAX_CREDIT_LINE || PHOTO_WORD.test(text) || text.includes("/")) return null;
  const joined = LEADING_JOIN.test(text);
  const parts = text.replace(LEADING_JOIN, "").split(CREDIT_PARTS).filter(Boolean);
  let names = 0;
  let days = 0;
  const agencies: Array<string | null> = [];
  for (const part of parts) {
    if (DIGIT.test(part) && parsePublishedDate(part)) {
      days++;
      continue;
    }
    if (!NAME_PART.test(part) || part.length > 40) return null;
    names++;
    agencies.push(agencyNamed(part));
  }
  if (dated && days === 0) return null;
  // One name alone is a closing tag the cleaner weighs; a credit line joins it to another or opens on "via".
  if (names === 0 || (parts.length < 2 && !joined)) return null;
  return distinctAgency(agencies);
}

// "With files from The Canadian Press", "BY JANE DOE with a report from AFP", "With information from EFE and the
// presidency's press office", "Anh Mai (According to VNA)": a note closing a byline or a story that names the copy
// it drew on. "According to" counts only in brackets: in a sentence it attributes a fact, not the story. "Based on
// materials from Interfax." counts only as a line of its own: in a sentence it says where a fact came from.
const DREW_ON =
  /(?:^|\s|\()(?:with\s+(?:(?:additional|more)\s+)?(?:files?|information|inputs?|reporting|(?:a\s+)?reports?|material|details|contributions?)\s+(?:from|by)|(?<=^|\s|\()additional\s+reporting(?:\s+(?:from|by))?|(?<=\()according\s+to|(?<=^)based\s+on\s+(?:materials?|reports?|information)\s+(?:from|by|of))\s+([^()]{2,80}?)\s*\)?\s*\.?$/iu;
const MAX_DREW_ON_LINE = 160;

/**
 * The one agency a drew-on note names: EFE in "With information from EFE and Prensa Presidencia". A note naming two
 * agencies ("with reports from AFP and Reuters") credits contributions to the outlet's own story, none its source.
 */
export function drewOnAgency(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_DREW_ON_LINE || PHOTO_WORD.test(text)) return null;
  const named = DREW_ON.exec(text)?.[1];
  if (!named) return null;
  return distinctAgency(named.split(/\s*(?:,|;|\/|&|\band\b)\s*/iu).map((name) => agencyNamed(name)));
}

// "A version of this article first appeared in <Outlet>.", "This commentary originally appeared in <Outlet> on …",
// "This article was first published in <Outlet>", "This commentary first appeared as RSIS Commentary CO18045": an
// opinion or analysis site's note naming the outlet that published the piece first, which is the piece's source.
const REPUBLISHED_NOTE =
  /^(?:an?\s+(?:\p{L}+\s+)?version\s+of\s+)?this\s+(?:article|commentary|piece|op-?ed|column|essay|analysis|story|interview|post)\s+(?:was\s+)?(?:first|originally)\s+(?:appeared|published|ran|carried)\s+(in|on|by|as)\s+(.{2,80}?)\s*\.?$/iu;
// What follows the name: its date ("on December 2, 2024 …"), a comma's aside, a bracket.
const AFTER_REPUBLISHER =
  /\s+(?:on|in)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\b).*$|\s*[,;(].*$/iu;
// A series after the publisher's name in an "as" note: "RSIS Commentary CO18045", "ISEAS Perspective 2024/12".
const SERIES_AFTER_NAME =
  /\s+(?:commentary|commentaries|perspective|insight|analysis|paper|brief|briefing|report|explainer|column)\b.*$/iu;
// The outlet's own name: capitalised words, no pronoun ("our weekly briefing", "the author's blog" name nobody).
const REPUBLISHER_NAME =
  /^(?:The\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:of|and|&|[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*)){0,5}$/u;
const MAX_REPUBLISHED_NOTE = 200;

/**
 * The outlet a republished piece's note names as its first publisher; null when the note names none, names the
 * publisher of this very page (a weekly's note on the same paper's site), or is not such a note.
 */
export function republishedFrom(line: string, publishers: readonly string[]): string | null {
  // The note is a sentence of its own, often inside an author's box: "… University, Singapore. This commentary first
  // appeared as …", "… first published in The Jakarta Post. ANN is a group of 20 newspapers …".
  const note = line
    .trim()
    .split(/(?<=[^\s.]{3}\.)\s+(?=\p{Lu})/u)
    .map((sentence) => (sentence.length > MAX_REPUBLISHED_NOTE ? null : REPUBLISHED_NOTE.exec(sentence)))
    .find((match) => match?.[2]);
  if (!note?.[2]) return null;
  let name = note[2].replace(AFTER_REPUBLISHER, "").replace(/\.$/u, "").trim();
  if (note[1]?.toLowerCase() === "as") name = name.replace(SERIES_AFTER_NAME, "").trim();
  if (!REPUBLISHER_NAME.test(name)) return null;
  const key = sameNameKey(name.replace(/^the\s+/iu, ""));
  const ownPage = publishers.some((publisher) => {
    const own = sameNameKey(publisher.replace(/^the\s+/iu, ""));
    return own.length > 2 && (key.startsWith(own) || own.startsWith(key));
  });
  return ownPage ? null : (knownOutlet(name) ?? name);
}

// "Published in <Paper>, November 8th, 2015": a paper's note under a story its print edition carried, naming the
// paper as a credit does, with the edition's day after a comma.
const PRINT_EDITION_NOTE = /^published\s+in\s+(.{2,60}?),\s+(.{6,30}?)\.?$/iu;

/**
 * The paper a print edition's note names ("Published in <Paper>, <date>"): a credit naming the outlet, which
 * test/READING.md records (issue 11's "agency or outlet named by a dateline or credit"). Null for a place ("Published
 * in Hanoi, …") or a note whose tail is no day.
 * @example printEditionOutlet("Published in The Example Times, March 3rd, 2015") // => "The Example Times"
 */
export function printEditionOutlet(line: string): string | null {
  const note = PRINT_EDITION_NOTE.exec(line.trim());
  const name = note?.[1]?.trim() ?? "";
  if (!note || !REPUBLISHER_NAME.test(name) || knownPlace(name) !== null) return null;
  if (parsePublishedDate((note[2] ?? "").replace(/(?<=\d)(?:st|nd|rd|th)\b/giu, "")) === null) return null;
  return knownOutlet(name) ?? name;
}

// Every note shape says the piece appeared first elsewhere: most pages have no such line, and are ruled out by it.
const FIRST_ELSEWHERE = /\b(?:first|originally)\s+(?:appeared|published|ran|carried)\b/iu;

/** The outlet a republished piece's note names, read only when a line says so; the page's own names are read then. */
function republishedSource(evidence: SourceEvidence): string | null {
  const notes = [
    ...evidence.noise.filter((item) => item.kind !== "caption").map((item) => item.text),
    ...edgeParagraphs(evidence.body),
  ].filter((line) => quickTest(FIRST_ELSEWHERE, line));
  if (notes.length === 0) return null;
  // The page's own names, its masthead byline too: a weekly's note on the same paper's site names no other source.
  const publishers = [
    ...publisherNames(evidence),
    evidence.author ?? "",
    ...evidence.noise.filter((item) => item.kind === "byline").map((item) => item.text),
  ];
  return distinctAgency(notes.map((line) => republishedFrom(line, publishers)));
}

// An agency's own people in a byline slot: "AFP correspondent", "PA Political Correspondent", "Agência Brasil reporter".
const STAFF_ROLE = /\s+(?:correspondent|reporter|staff|writer|editor|bureau)s?\b/iu;
const MAX_STAFF_HEAD = 6;

/** The agency before a staff title: "PA" in "Tom Hale PA Political Correspondent", with or without one adjective. */
function staffAgency(part: string): string | null {
  const role = STAFF_ROLE.exec(part);
  if (!role || role.index === 0) return null;
  const words = part.slice(0, role.index).split(/\s+/).slice(-MAX_STAFF_HEAD);
  // Longest name first, ending at the title or one word (the beat: "Political") before it.
  for (const end of [words.length, words.length - 1])
    for (let start = 0; start < end; start++) {
      const agency = agencyNamed(words.slice(start, end).join(" "));
      if (agency) return agency;
    }
  return null;
}

// "Sources: Reuters, AFP, US State Department" under a timeline or an explainer: the plural label lists what a
// compiled piece drew on, several names after it; it credits none of them with the story.
const COMPILATION_NOTE =
  /^(?:sources|compiled\s+from|based\s+on\s+reports\s+(?:from|by))\s*[:：]?\s*[^,;&]{2,60}(?:[,;&]|\s+and\s+)\s*\S/iu;

/** Whether a line lists the several sources a compiled piece drew on ("Sources: Reuters, AFP, …"). */
export function isCompilationNote(line: string): boolean {
  return COMPILATION_NOTE.test(line.trim());
}

// A byline slot's date and label after the credit: "PTI Last Updated: May 03, 2025", "Reuters | Updated: …".
const SLOT_TAIL = /\s+(?:(?:last\s+)?(?:updated|published|posted|modified)\b|\d{1,2}[:./-]\d).*$/iu;

/**
 * The agency an author slot names: "PTI", "| Anadolu Agency", "Jane Morrow, The Canadian Press", "Agência
 * Brasil", "Tom Hale PA Political Correspondent"; null when it names a person or a newspaper only.
 */
export function slotAgency(slot: string): string | null {
  const tail = wireTailAgency(slot);
  if (tail) return tail;
  const text = slot.replace(SLOT_TAIL, "").trim();
  if (!text || text.length > 120 || PHOTO_WORD.test(text) || isCompilationNote(text)) return null;
  // "PTI · Hanoi, September 03, 2016": a middle dot or a bullet sets the slot's fields apart as a bar does.
  const parts = text.replace(LEADING_JOIN, "").split(/\s*(?:\||,|;|\/|\s[·•]\s|\s[-–—]\s|\s+with\s+)\s*/iu);
  const agencies: Array<string | null> = [];
  for (const part of parts) {
    if (!part) continue;
    // "Al Arabiya English, with WAM": the joining word may open a part after the comma.
    const name = part.replace(LEADING_JOIN, "");
    // "Tom Hale PA Political Correspondent": a name, then the agency's staff title in the same span.
    agencies.push(agencyNamed(name) ?? staffAgency(name) ?? agencyBeforePlace(name) ?? firstOfAgencies(name));
  }
  return distinctAgency(agencies);
}

// "By <Name> with AFP & Reuters": the agencies a reporter wrote with, the main one first, as a wire tail lists them.
const AGENCY_JOIN = /\s*(?:&|\band\b)\s*/u;

/** The first of two or more agencies joined by "&" or "and", every one of them an agency; null otherwise. */
function firstOfAgencies(part: string): string | null {
  const names = part.split(AGENCY_JOIN).map((name) => agencyNamed(name));
  return names.length > 1 && names.every(Boolean) ? (names[0] ?? null) : null;
}

// A dateline's place printed in capitals after the agency in a byline slot: "SPA RIYADH", "AFP NEW DELHI".
const CAPITAL_PLACE_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;

/** The agency opening a slot whose other words are a place in capitals: "SPA" in "SPA RIYADH"; null otherwise. */
function agencyBeforePlace(part: string): string | null {
  const words = part.trim().split(/\s+/u);
  for (let end = words.length - 1; end >= 1; end--) {
    if (!words.slice(end).every((word) => CAPITAL_PLACE_WORD.test(word))) break;
    const agency = agencyNamed(words.slice(0, end).join(" "));
    if (agency) return agency;
  }
  return null;
}

// Markup slots that name who wrote a story: the author meta tags and the spans a template sets for byline and source.
const META_AUTHOR =
  /<meta\s[^>]*?(?:name|property)\s*=\s*["'](?:author|article:author|dc\.creator|dc\.publisher|sailthru\.author|parsely-author|cXenseParse:author)["'][^>]*>/giu;
const META_CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/iu;
// The opening tag of an element with a class; its text runs to the tag's first closing, so that a byline's inner
// spans ("author", "source") are read one by one as well as together.
const CLASSED_TAG = /<(span|div|p|a|li|strong|em|small|address|b|i)\b[^>]*?\bclass\s*=\s*["']([^"']*)["'][^>]*>/giu;
const MAX_SLOT_MARKUP = 400;
// "editor" as a template names the box of its story's writer ("Written by: PTI"); an editor's picks are a list.
const SLOT_CLASS = /(?:^|[\s_-])(?:by|byline|author|agency|source|signature|editor)(?:$|[\s_-])/iu;
const NOT_SLOT_CLASS = /caption|credit|photo|image|figure|img|related|share|social|pick|choice/iu;
// The unclassed spans inside a slot, each a field of its own: "<span>Written by: PTI</span> <span>New Delhi | …</span>"
// (a classed span is a slot of its own already).
const SLOT_CHILD = /<(span|a|strong|b|em|p)\b(?![^>]*\bclass\s*=)[^>]*>([^<]{2,120})<\/\1>/giu;
const JSON_LD_NAME = /"(?:author|sourceOrganization|creator)"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"([^"]{1,80})"/gu;
const TAG = /<[^>]*>/g;
const ENTITY: Record<string, string> = { "&amp;": "&", "&nbsp;": " ", "&#39;": "'", "&quot;": '"' };

function textOf(html: string): string {
  return html
    .replace(TAG, " ")
    .replace(/&(?:amp|nbsp|#39|quot);/g, (e) => ENTITY[e] ?? " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** What an HTML page's markup sets aside for its byline or source, in page order; nothing for plain text. */
export function markupSlots(raw: string | null): string[] {
  if (!raw || !/<(?:html|head|body|meta|div|p)\b/i.test(raw)) return [];
  const slots: string[] = [];
  for (const meta of raw.matchAll(META_AUTHOR)) {
    const content = META_CONTENT.exec(meta[0]);
    const value = content?.[1] ?? content?.[2] ?? "";
    if (value && !/^https?:/i.test(value)) slots.push(value);
  }
  for (const name of raw.matchAll(JSON_LD_NAME)) slots.push(name[1] ?? "");
  for (const tag of raw.matchAll(CLASSED_TAG)) {
    const cls = tag[2] ?? "";
    if (!SLOT_CLASS.test(cls) || NOT_SLOT_CLASS.test(cls)) continue;
    const from = tag.index + tag[0].length;
    const close = raw.indexOf(`</${tag[1]}`, from);
    if (close < 0 || close - from > MAX_SLOT_MARKUP) continue;
    const inner = raw.slice(from, close);
    slots.push(textOf(inner));
    // A slot of several fields reads whole and field by field: the writer's field alone names the agency, which the
    // place and the time in the next field would otherwise hide.
    const children = [...inner.matchAll(SLOT_CHILD)];
    if (children.length > 1) for (const child of children) slots.push(textOf(child[2] ?? ""));
  }
  return slots.filter(Boolean);
}

// "0 Comment(s) Print E-mail Xinhua, March 11, 2025", "Print | E-mail | Xinhua, August 12, 2025": a page's toolbar row
// closing on the agency and the day, as a portal prints the wire's credit beside its print and mail buttons.
const DATED_TAIL =
  /(?:^|[\s|])((?:[\p{L}\p{N}.&'’-]+\s+){0,3}[\p{L}\p{N}.&'’-]+),\s+([^,|]{3,20},?\s+(?:19|20)\d{2})$/u;
const MAX_TOOLBAR_ROW = 160;

/**
 * The agency a short row of the markup names just before its closing day: "Xinhua" in "Print | E-mail | Xinhua,
 * August 12, 2025". The longest run of the name's last words that is a known agency; null for a row of another shape.
 */
export function toolbarAgency(row: string): string | null {
  const text = row.trim();
  const match = text.length <= MAX_TOOLBAR_ROW ? DATED_TAIL.exec(text) : null;
  if (!match || parsePublishedDate(match[2] ?? "") === null) return null;
  const words = (match[1] ?? "").split(/\s+/u);
  for (let start = 0; start < words.length; start++) {
    const agency = agencyNamed(words.slice(start).join(" "));
    if (agency) return agency;
  }
  return null;
}

/** The text of every short classed element of an HTML page: its toolbar's and its info box's rows among them. */
function classedRows(raw: string | null): string[] {
  if (!raw || !/<(?:html|head|body|meta|div|p)\b/i.test(raw)) return [];
  const rows: string[] = [];
  for (const tag of raw.matchAll(CLASSED_TAG)) {
    if (NOT_SLOT_CLASS.test(tag[2] ?? "")) continue;
    const from = tag.index + tag[0].length;
    const close = raw.indexOf(`</${tag[1]}`, from);
    if (close < 0 || close - from > MAX_SLOT_MARKUP) continue;
    // A line break inside the row ends its first line: "… Xinhua, March 11, 2025<br/>Adjust font size: …".
    rows.push(textOf(raw.slice(from, close).split(/<br\s*\/?>/iu)[0] ?? ""));
  }
  return rows;
}

// The bullets between an info row's fields: "<day> • 4 min read • Source: <Outlet>".
const BULLETED_FIELDS = /\s+(?:[•·]|&bull;|&middot;|&#8226;)\s+/u;

/** An info row's fields when bullets set them apart; none for a row of one field. */
export function rowFields(row: string): string[] {
  const fields = row.split(BULLETED_FIELDS);
  return fields.length > 1 ? fields : [];
}

const SOURCE_SLOT = /^(?:sources?|nguồn|fuente|fonte|sumber)\s*:\s*([^:|]{2,40}?)\.?$/iu;
const BRACKETED_SLOT = /^\(\s*([^()]{2,60}?)\s*\)$/u;

/**
 * The known outlet a labelled source slot names ("Source: VGP"), any outlet, not only an agency: the label says
 * whose copy it is. The publisher's own name there ("Source: VTV" on VTV's site) credits its own staff: none.
 */
export function labelledOutlet(slot: string, publisher: string | null): string | null {
  // "(Source: VNA)": a portal's box may set the label in brackets.
  const named = SOURCE_SLOT.exec(slot.trim().replace(BRACKETED_SLOT, "$1"))?.[1];
  const outlet = named ? knownOutlet(named) : null;
  return outlet && outlet !== (publisher ? (knownOutlet(publisher) ?? publisher) : null) ? outlet : null;
}

// "abc/xy (Reuters)", "(END) ab/cd (KUNA)": an editor's initials and the wire's name closing its copy.
const WIRE_TAIL = /^(?:\(END\)\s*)?\p{L}{2,5}(?:\s*\/\s*\p{L}{2,5}){0,4}\s*\(([^()]{2,40})\)$/u;

/**
 * The agency named in a wire's closing line of initials: "abc/xy (Reuters)". A broadcaster's tail naming several
 * ("ab/cd (dpa, AFP)") lists the agency its copy mostly came from first.
 */
export function wireTailAgency(line: string): string | null {
  const match = line.length <= 60 ? WIRE_TAIL.exec(line.trim()) : null;
  if (!match) return null;
  const named = match[1] ?? "";
  return agencyNamed(named) ?? agencyNamed(named.split(/\s*[,;/]\s*/u)[0] ?? "");
}

// "… returning home on Monday. (SGT-VNA)": the carrier's initials joined to the agency's in the closing bracket.
const JOINED_TAIL = /\(([^()]{3,40})\)\s*$/u;
// "(FIN) Source: Andina", "(END) Fuente: EFE": the wire's end mark, then the source named on the same line.
const END_MARKED_SOURCE =
  /^\(\s*(?:end|ends|fin|fim|ende)\s*\)\s*(?:sources?|fuente|fonte|quelle)\s*:\s*([^()]{2,40}?)\.?$/iu;
// "(MENAFN- Trend News Agency) BAKU, …": an aggregator's bracket opening the story names the agency it took it from.
const AGGREGATOR_OPENING = /^\(\s*[\p{L}.]{2,20}\s*[-–:]\s*([^()]{2,60}?)\s*\)/u;

/** The agency a closing tag or an aggregator's opening bracket names, when one of its parts is a known agency. */
export function taggedAgency(line: string): string | null {
  const text = line.trim();
  const joined = JOINED_TAIL.exec(text)?.[1];
  const joinedTag = joined ? joinedAgency(joined) : null;
  if (joinedTag) return joinedTag;
  const ended = END_MARKED_SOURCE.exec(text)?.[1];
  if (ended) return agencyNamed(ended);
  const opened = AGGREGATOR_OPENING.exec(text)?.[1];
  return opened ? agencyNamed(opened) : null;
}

const TITLE = /<title[^>]*>([\s\S]{1,400}?)<\/title>/iu;
const SITE_NAME = /<meta\s[^>]*?property\s*=\s*["']og:site_name["'][^>]*>/iu;
const TITLE_PARTS = /\s+(?:[|:–—-]|::)\s+/u;
const COPYRIGHT = /©|\bcopyright\b|\ball rights reserved\b/iu;
const COPYRIGHT_PARTS = /\s*(?:©|\(c\)|\bcopyright\b|\ball rights reserved\b\.?|\b(?:19|20)\d{2}\b|[-–—,.|]\s)\s*/iu;
const MASTHEAD_SEARCH = 3;
const SENDER_ADDRESS = /<[^\s<>@]{1,64}@([^\s<>@]{3,100})>/u;
const LONE_ADDRESS = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/\S*$/u;
const JSON_LD_PUBLISHER = /"publisher"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"([^"]{1,80})"/gu;
// '<a class="logo" href="/">Vietnam Example Review</a>': the site's logo, a link home that names the publisher.
const LOGO_LINK = /<a\s[^>]*?\bclass\s*=\s*["'][^"']*\blogo\b[^"']*["'][^>]*>([^<]{2,80})<\/a>/giu;
const CACHE_NOTE = /\b(?:cache|cached|snapshot|archived?|wayback|saved from|original(?:ly)? (?:at|from|published))\b/iu;
const URL = /\bhttps?:\/\/[^\s"'<>)]+/giu;
const EMBEDDED_ADDRESS = /(?=https?:\/\/)/u;
// "Photos © AFP": the pictures' rights, not the page's.
const MAX_NOTICE = 120;
// "… on June 20. © Reuters": a sentence before the notice makes the line a caption's, whatever the cleaner called it.
const SENTENCE_IN_NOTICE = /^(?:\S+\s+){4,}\S*[.!?]\s+(?:©|\(c\)|copyright)/iu;
const PICTURE_RIGHTS = /\b(?:photos?|images?|pictures?)\b/iu;

/**
 * The agency that publishes the page itself, from its site name (og:site_name, the <title> after the headline, the
 * first line of the page, the resolved outlet) or its copyright line: Andina's, Anadolu's or MONTSAME's own site.
 */
export function ownAgency(evidence: SourceEvidence): string | null {
  for (const name of publisherNames(evidence)) {
    const agency = agencyNamed(name) ?? (/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(name) ? agencyOfDomain(name) : null);
    if (agency) return agency;
  }
  const holders: Array<string | null> = [];
  for (const item of evidence.noise) {
    // A caption's "© Reuters" is its picture's; a footer's notice is a short line of its own.
    if (item.kind === "caption" || !COPYRIGHT.test(item.text)) continue;
    const notice = noticeSentence(item.text);
    if (notice.length > MAX_NOTICE || PICTURE_RIGHTS.test(notice) || SENTENCE_IN_NOTICE.test(notice)) continue;
    for (const part of notice.split(COPYRIGHT_PARTS)) if (part.trim()) holders.push(agencyNamed(part));
  }
  return distinctAgency(holders);
}

// "© Copyright 2007 PTI. All rights reserved. Republication … of PTI content … is prohibited": the holder is named
// in the notice's own sentence; the legal terms after it name it again, in prose.
const NOTICE_END = /(?<=[^\s.]{2,}[.!?])\s+(?=\p{Lu})/u;

/** The sentence of a footer line that holds its copyright notice. */
function noticeSentence(line: string): string {
  return line.split(NOTICE_END).find((sentence) => COPYRIGHT.test(sentence)) ?? line;
}

/** The names the page gives its publisher: the metadata's outlet, og:site_name, the <title> after the headline, the masthead. */
function publisherNames(evidence: SourceEvidence): string[] {
  const names: string[] = [];
  if (evidence.outlet) names.push(evidence.outlet);
  const raw = evidence.raw ?? "";
  const site = SITE_NAME.exec(raw);
  const siteName = site ? META_CONTENT.exec(site[0]) : null;
  if (siteName) names.push(siteName[1] ?? siteName[2] ?? "");
  const title = TITLE.exec(raw)?.[1];
  // The headline comes first; the site's name after it, whole or split by its own dash ("Andina - Peru News Agency").
  if (title) {
    const parts = textOf(title).split(/\s+[|]\s+/u);
    for (const part of parts.slice(1)) names.push(part, ...part.split(TITLE_PARTS));
    if (parts.length === 1) names.push(...textOf(title).split(TITLE_PARTS).slice(1));
  }
  for (const item of evidence.noise.slice(0, MASTHEAD_SEARCH)) {
    if (item.kind !== "boilerplate") continue;
    names.push(item.text);
    // "‹ Back  <Site Name>  Aa  ⤴": a news app's bar sets the name between its back button and its controls.
    const appName = appBarName(item.text);
    if (appName) names.push(appName);
    // A reader view or a copy opens on the page's address alone ("<site>/en/<slug>.html"): its host is the publisher.
    if (LONE_ADDRESS.test(item.text)) names.push(outletFromUrl(item.text) ?? "");
  }
  // A mailed newsletter's sender ("<Paper> <newsletters@paper.example>") over the issue: the address's domain is the
  // publisher's, whose own name in the issue credits its staff.
  for (const item of evidence.noise.slice(0, MASTHEAD_SEARCH)) {
    const domain = SENDER_ADDRESS.exec(item.text)?.[1];
    if (domain) names.push(outletFromUrl(domain) ?? "");
  }
  for (const publisher of raw.matchAll(JSON_LD_PUBLISHER)) names.push(publisher[1] ?? "");
  for (const logo of raw.matchAll(LOGO_LINK)) names.push(textOf(logo[1] ?? ""));
  // A cache or archive copy names the page it saved: its address gives the publisher.
  for (const item of evidence.noise) {
    if (!CACHE_NOTE.test(item.text)) continue;
    // An archive's own address embeds the saved page's ("https://<archive>/web/<stamp>/https://<site>/…").
    for (const url of item.text.matchAll(URL))
      for (const address of url[0].split(EMBEDDED_ADDRESS)) names.push(outletFromUrl(address) ?? "");
  }
  return names.filter(Boolean);
}

// Compiled once per name (memoByLine keeps them, bounded): the resolver asks of the same few agencies on every page,
// and the patterns are not global, so a kept one carries no state between tests.
const namePattern = memoByLine(
  (name) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeLiteral(name)}(?![\\p{L}\\p{N}])`, "iu"),
  512,
);

function agencyOfDomain(domain: string): string | null {
  const outlet = outletFromUrl(domain);
  return outlet && isAgency(outlet) ? outlet : null;
}

const JOINED_CREDIT = /\s(?:with|via)\s/iu;

/** The agencies the lines of a block of several credit as carried-with lines; a single line is read whole already. */
function joinedCreditLines(text: string): Array<string | null> {
  if (!text.includes("\n")) return [];
  return text
    .split("\n")
    .filter((line) => line.length <= MAX_CREDIT_LINE && JOINED_CREDIT.test(line))
    .map((line) => carriedAgency(line));
}

const BRACKETED_ALONE = /^\s*[([][^()[\]]*[)\]]\s*$/u;

// Where a credit line may stand in the story the cleaner kept: its first and last paragraphs.
const EDGE_PARAGRAPHS = 2;

/** The lines the story opens and closes on, where a carried-with credit or a wire's tail may have stayed. */
function edgeParagraphs(body: string): string[] {
  const paragraphs = body.split(/\n+/).filter((p) => p.trim());
  if (paragraphs.length <= EDGE_PARAGRAPHS * 2) return paragraphs;
  return [...paragraphs.slice(0, EDGE_PARAGRAPHS), ...paragraphs.slice(-EDGE_PARAGRAPHS)];
}

// "… PHOTO: BT FILE (Reuters) - Singapore remained …", "BT FILE (Reuters) -": the agency in brackets before a dash
// opens the story as a dateline's tag does, though a picture's caption is glued before it on the same line.
const TAG_BEFORE_DASH = memoByLine(
  (agency) => new RegExp(`\\(\\s*${escapeLiteral(agency)}\\s*\\)\\s*(?:--?|[–—―])(?:\\s+\\p{L}|\\s*$)`, "iu"),
  512,
);

const CAPTION_WORDS = 6;
const SIGNED_TAIL = /\s[-–—]\s*[\p{Lu}.]{2,}(?:\s*\/\s*\p{L}{1,4})?\s*$/u;

/** Whether a caption line is a picture's sentence: six words or more, not closed by a wire's dash and tag. */
function captionSentence(text: string): boolean {
  return text.trim().split(/\s+/u).length >= CAPTION_WORDS && !SIGNED_TAIL.test(text);
}

/** Whether every line that names the agency is a picture's credit: "Credit: AFP" under a photo says nothing of the story. */
function namedOnlyInPictures(agency: string, evidence: SourceEvidence): boolean {
  const named = namePattern(agency);
  const tag = TAG_BEFORE_DASH(agency);
  // A caption's sentence the cleaner set aside is a picture's, though its credit has no photo word ("… in Hanoi, May
  // 26, 2025. PAUL BERTIN / AFP"): the photographer's name and the agency close it. A short line of names ("Xinhua
  // |") is a credit bar, and a sentence signed "- AFP/ir" a wire's tail, whatever the cleaner called them.
  // "(Reuters)" alone, read as a byline, straight after a caption sentence the page prints twice (once bare, once
  // with its credit) is that caption's credit the cleaner split off. A caption printed once may be the story's last
  // paragraph taken for one, and its bracketed tag the wire's closing tag; a tag read as a dateline opens the story.
  const printedTwice = (caption: string) =>
    evidence.body.split(/\n+/u).some((paragraph) => paragraph.trim() === caption.trim());
  const lines = [
    ...evidence.noise.map((item, index) => {
      const before = evidence.noise[index - 1];
      return {
        text: item.text,
        caption:
          (item.kind === "caption" && captionSentence(item.text)) ||
          (item.kind === "byline" &&
            BRACKETED_ALONE.test(item.text) &&
            before?.kind === "caption" &&
            captionSentence(before.text) &&
            printedTwice(before.text)),
      };
    }),
    ...[...edgeParagraphs(evidence.body), evidence.author ?? ""].map((text) => ({ text, caption: false })),
  ];
  // The agency under another of its names set as a wire sets it ("— VNS" closing a Viet Nam News story) names it for
  // the story: the canonical name alone would find only the footer's "Vietnam News Agency" next to its ©.
  const known = knownOutlet(agency);
  const asWire = (line: string, caption: boolean) =>
    known !== null && !caption && line.length <= 60 && namedAsWire(known, [line]);
  let seen = false;
  for (const { text: line, caption } of lines) {
    if (line.length > 300 || !(named.test(line) || asWire(line, caption)) || isCompilationNote(line)) continue;
    if (!(caption || PHOTO_WORD.test(line)) || tag.test(line)) return false;
    seen = true;
  }
  return seen;
}

// "(CER) - ", "(Chinhphu.vn) - ", "VGP - ": a name alone before the dash, with no place and no day, as a portal opens
// each of its own stories.
const OWN_TAG = /^\(?\s*([^()]{2,40}?)\s*\)?\s*(?:--?|[–—―])$/u;
// "Photo: Viet Dung(HCMC Portal) -", "… tiếp Đại sứ Singapore.(Hanoi Portal) –": a photo's caption or credit glued with
// no space to the bracketed tag that opens the story (the caption and the lead were one block on the page). The
// bracket glued to the word before it is the tag alone; a dateline's place and day stand apart from it with a space.
const GLUED_OWN_TAG = /[\p{L}.]\(\s*([^()]{2,40}?)\s*\)\s*(?:--?|[–—―])$/u;

/**
 * Whether the cleaner's source is only an unlisted site's own tag opening the story: a portal no list knows names
 * itself so ("(CER) - "), and its own staff wrote the story (test/READING.md: the source is null on own-staff pages).
 * A listed outlet's tag names it, on its own site too: "NDO –", "PANO -", "VOV.VN -" and "VGP –" are datelines in the
 * agency manner, and test/READING.md records the outlet a dateline names (settled in round 41).
 */
export function isOwnTag(source: string, noise: SourceEvidence["noise"]): boolean {
  if (knownOutlet(source) !== null) return false;
  return noise.some((item) => {
    if (item.kind !== "dateline") return false;
    const text = item.text.trim();
    const name = OWN_TAG.exec(text)?.[1] ?? GLUED_OWN_TAG.exec(text)?.[1];
    return name !== undefined && (knownOutlet(name) ?? name) === source;
  });
}

/**
 * Whether the cleaner's source is the publisher itself, a newspaper's or a broadcaster's name in its own byline or
 * credit ("By Jane Doe (The Example Star)" on the Star's site): its own staff wrote the story, which names no source
 * (test/READING.md). An agency publishing its own story is still its source.
 */
export function isPublisherItself(
  source: string,
  publisher: string | null,
  names: readonly string[] = [],
  lines: readonly string[] = [],
  datelines: readonly string[] = [],
): boolean {
  const known = knownOutlet(source);
  // A listed government portal names itself as an agency does ("VGP –"): the source on its own site too.
  if (known !== null && (isAgency(known) || isPortal(known))) return false;
  // So does any listed outlet whose tag opens the story as a dateline ("NDO –", "VOV.VN -"): test/READING.md records
  // the outlet a dateline names, on its own site too (round 41).
  if (known !== null && namedAsWire(known, datelines)) return false;
  // A paper credited, not in a dateline, on the site of its own edition ("<Paper> News" or "<Paper> World" carrying
  // "<Paper>" in a credit or a copyright line): the edition's own staff's.
  if (known !== null && names.some((name) => isEditionOf(name, known))) return true;
  const site = publisher ? knownOutlet(publisher) : null;
  // The site's own tag closing the story as a wire signs it ("— VNS" under a Viet Nam News story) is the source on its
  // own site as well (test/READING.md); a plain credit, byline or bracket of the site's own is its staff's.
  if (known !== null && known === site) return !closesOnOwnTag(known, lines);
  // A listed newspaper or broadcaster whose name the page's masthead also prints ("TUOI TRE NEWS" over the menu)
  // and that names itself only in a byline ("Thi Ha / Tuoi Tre News"): an own-staff page with only a byline, which
  // test/READING.md gives no source. Named as a wire names itself ("HANOI (VnExpress) –", "VOV.VN -", "— VNS"), it
  // is the source on its own site too; a site carrying another outlet's copy names itself in the masthead, not it.
  if (known !== null && names.some((name) => knownOutlet(name) === known) && !namedAsWire(known, lines)) return true;
  // An outlet no list knows, named as the page names its own publisher (its masthead line, og:site_name, the
  // <title>'s site part): a live page's "Metro Manila (<Outlet>, November 13) —" under its own <Outlet> is its own
  // staff's. A listed outlet is weighed by the rules above: older readings credit a paper's own name on its page.
  const own = sameNameKey(source);
  return known === null && names.some((name) => sameNameKey(name) === own);
}

/** Whether a line of its own closes the story on the outlet's tag after a dash ("— VNS"), as a wire signs its copy. */
function closesOnOwnTag(outlet: string, lines: readonly string[]): boolean {
  return lines.some((line) => {
    const name = line.length <= 60 ? WIRE_CLOSER.exec(line)?.[1] : undefined;
    return name !== undefined && knownOutlet(name) === outlet;
  });
}

/** Whether a publisher's name is a listed edition of the paper, its name opening on the paper's ("<Paper> News"). */
function isEditionOf(name: string, paper: string): boolean {
  const edition = knownOutlet(name);
  return edition !== null && edition !== paper && sameNameKey(edition).startsWith(`${sameNameKey(paper)} `);
}

// How a wire names itself in a line of its own: "VOV.VN -", "TEMPO.CO, Jakarta -" opening the story, "(Mainichi
// Japan)" or "(VNA)" in a dateline, "— VNS" closing it, "Source: VGP".
const WIRE_OPENER = /^\s*([^()\-–—,:]{2,40}?)\s*(?:,\s*[^()\-–—]{2,40}?)?\s*(?:--?|[–—―])\s*$/u;
const WIRE_BRACKET = /\(\s*([^()]{2,40}?)\s*\)/gu;
// "WVRN." opening the lead: a paper's own initials closed by a full stop, as its dateline.
const WIRE_STOPPED = /^\s*(\p{Lu}{2,6})\.\s*$/u;
const WIRE_CLOSER = /^\s*(?:--?|[–—―])\s*([^()]{2,40}?)\s*$/u;
// "Reported by RFA's Vietnamese Service.": a broadcaster's language service credited with the reporting, as a wire's
// desk is; its staff credit names the outlet as the source on its own site.
const REPORTING_DESK =
  /^reported\s+by\s+(?:the\s+)?([^'’.,;]{2,40})['’]s\s+(?:\p{L}+\s+){0,2}(?:service|desk|bureau)\b/iu;

// "Yvette Tanamal (The Jakarta Post)": a byline, a person's name with the paper in brackets and nothing after it;
// a dateline's place before the bracket ("Da Nang (VNA)") is a place, not a name.
const BYLINE_BRACKET = /^\s*(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,3})\s*\([^()]{2,40}\)\s*$/u;
const isBylineBracket = (line: string) => {
  const name = BYLINE_BRACKET.exec(line)?.[1];
  return name !== undefined && knownPlace(name) === null;
};

/** Whether a line of the page names the outlet as a wire names itself: an opener, a bracket, a closing tag, a label. */
function namedAsWire(outlet: string, lines: readonly string[]): boolean {
  const names = (line: string) => [
    WIRE_OPENER.exec(line)?.[1],
    WIRE_CLOSER.exec(line)?.[1],
    WIRE_STOPPED.exec(line)?.[1],
    SOURCE_SLOT.exec(line.trim())?.[1],
    // a byline's bracket credits the reporter's own paper: its staff's, not a wire naming itself
    ...(isBylineBracket(line) ? [] : [...line.matchAll(WIRE_BRACKET)].map((match) => match[1])),
    REPORTING_DESK.exec(line)?.[1],
  ];
  return lines.some(
    (line) => line.length <= 300 && names(line).some((name) => name !== undefined && knownOutlet(name) === outlet),
  );
}

// Case and spacing only: outlet names are compared as printed, not folded of diacritics as analyse/fold.ts does.
function sameNameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * The agency a slashed sign-off the cleaner set aside names after the outlet: "VNA" in "<Reporter> (VOV)/VNA" or
 * "VOV/VNA" (test/READING.md: the agency a sign-off names after the outlet is the source), when the author slot
 * kept only the reporter's name.
 */
function slashedSignOffAgency(noise: SourceEvidence["noise"]): string | null {
  return distinctAgency(
    noise
      .filter((item) => item.kind === "byline" && item.text.includes("/") && !BRACKETED_ALONE.test(item.text))
      .map((item) => slotAgency(item.text)),
  );
}

/**
 * The agency the template's source box names ("(Source: VNA)" under a portal's story that its own tag opens): the copy
 * the portal carried. Only an agency: a paper named there is weighed with the other slots.
 */
function labelledAgency(evidence: SourceEvidence): string | null {
  const labelled = distinctAgency(markupSlots(evidence.raw).map((slot) => labelledOutlet(slot, evidence.outlet)));
  return labelled && isAgency(labelled) ? labelled : null;
}

/**
 * The story's source, from the evidence kinds in the order an analyst weighs them: the dateline, credit or sign-off
 * the cleaner read; a credit line saying who carried the story; the author slot; a wire tail of initials; the
 * publisher itself when it is an agency; last, a picture's credit the cleaner took.
 */
export function resolveSource(evidence: SourceEvidence): ResolvedSource | null {
  // A republished piece's note naming where it first appeared outweighs the republisher's own tags and credits.
  const republished = republishedSource(evidence);
  if (republished) return { source: republished, kind: "carried" };
  const cleaned =
    evidence.cleaned &&
    !isOwnTag(evidence.cleaned, evidence.noise) &&
    !isPublisherItself(
      evidence.cleaned,
      evidence.outlet,
      publisherNames(evidence),
      [
        // A link list's "<headline> (<Paper>)" credits the linked story, not this one: pictures and links say nothing
        // of how the story names its wire.
        ...evidence.noise.filter((item) => item.kind !== "caption" && item.kind !== "related").map((item) => item.text),
        ...edgeParagraphs(evidence.body),
      ],
      evidence.noise.filter((item) => item.kind === "dateline").map((item) => item.text),
    )
      ? evidence.cleaned
      : null;
  const pictureOnly = cleaned ? namedOnlyInPictures(cleaned, evidence) : false;
  // "VOV.VN - …" over a story signed "VOV/VNA": a paper's or broadcaster's own tag names the site, and the agency its
  // author slot credits after it is where the copy came from.
  // A roundup's author slot ("By <Network> Desk") names who compiled the page, not who carried its item.
  const ownTagOverAgency =
    cleaned && !pictureOnly && !evidence.item && !isAgency(knownOutlet(cleaned) ?? cleaned)
      ? (slotAgency(evidence.author ?? "") ?? slashedSignOffAgency(evidence.noise) ?? labelledAgency(evidence))
      : null;
  if (ownTagOverAgency && ownTagOverAgency !== cleaned) return { source: ownTagOverAgency, kind: "slot" };
  if (cleaned && !pictureOnly) return { source: cleaned, kind: "cleaned" };
  const edges = edgeParagraphs(evidence.body);
  const carried = distinctAgency([
    ...evidence.noise.map((item) => carriedAgency(item.text, item.kind === "caption")),
    // "Read more / <headlines> / Le Monde with AFP / …": a closing block the cleaner set aside whole from its heading
    // to the page's end may hold the carried-with credit, a line of its own joined by "with" or "via".
    ...evidence.noise.filter((item) => item.kind === "related").flatMap((item) => joinedCreditLines(item.text)),
    ...edges.map((line) => carriedAgency(line)),
  ]);
  if (carried) return { source: carried, kind: "carried" };
  // A note of the copy the story drew on, in the credits the cleaner set aside, the story's edges or the author slot.
  const drewOn = distinctAgency(
    [
      ...evidence.noise.filter((item) => item.kind !== "caption").map((item) => item.text),
      ...edges,
      evidence.author ?? "",
    ].map((line) => drewOnAgency(line)),
  );
  if (drewOn) return { source: drewOn, kind: "carried" };
  // A bracketed name alone ("(Yonhap)") is the tail of a picture's caption the cleaner split off, not a byline.
  const bylines = evidence.noise.filter((i) => i.kind === "byline" && !BRACKETED_ALONE.test(i.text));
  const slots = [evidence.author ?? "", ...bylines.map((i) => i.text)];
  for (const slot of slots) {
    const agency = slot ? slotAgency(slot) : null;
    if (agency) return { source: agency, kind: "slot" };
  }
  // The markup's slots count only when they agree: a list of stories, each with its "source" span, names several.
  const marked = distinctAgency(markupSlots(evidence.raw).map((slot) => slotAgency(slot)));
  if (marked) return { source: marked, kind: "slot" };
  // "Source: VGP" in the template's source box under a broadcaster's story: the outlet it was taken from.
  const labelled = distinctAgency(markupSlots(evidence.raw).map((slot) => labelledOutlet(slot, evidence.outlet)));
  if (labelled) return { source: labelled, kind: "slot" };
  // "Auto-posted <day> • 4 min read • Source: <Outlet>": a re-poster's info row, its fields set apart by bullets.
  const infoRow = distinctAgency(
    classedRows(evidence.raw).flatMap((row) => rowFields(row).map((field) => labelledOutlet(field, evidence.outlet))),
  );
  if (infoRow) return { source: infoRow, kind: "slot" };
  // "Reporter: Jane Doe | Source: AP" over a newsletter's item: a row of labelled fields, one of them the source.
  const fielded = distinctAgency(
    evidence.noise
      .filter((item) => item.kind !== "caption")
      .flatMap((item) => {
        const fields = item.text.split(/\s+\|\s+/u);
        return fields.length > 1 ? fields.map((field) => labelledOutlet(field, evidence.outlet)) : [];
      }),
  );
  if (fielded) return { source: fielded, kind: "slot" };
  const toolbar = distinctAgency(classedRows(evidence.raw).map((row) => toolbarAgency(row)));
  if (toolbar) return { source: toolbar, kind: "slot" };
  for (const line of [...evidence.noise.map((item) => item.text), ...edges]) {
    const agency = wireTailAgency(line) ?? taggedAgency(line);
    if (agency) return { source: agency, kind: "tail" };
  }
  // A print edition's note under the story ("Published in <Paper>, <date>") credits the paper, once nothing above
  // names an agency.
  const printed = distinctAgency([...evidence.noise.map((item) => item.text), ...edges].map(printEditionOutlet));
  if (printed) return { source: printed, kind: "carried" };
  const own = ownAgency(evidence);
  if (own) return { source: own, kind: "own" };
  // A picture's credit ("Photo: AFP", "Photograph: …/Reuters") says who took the picture, never who wrote the story
  // (test/READING.md: photo credits are not the source), even when nothing else names one.
  return null;
}
