import { z } from "zod";
import { agencyNamed, joinedAgency } from "../metadata/agencies.js";
import { monthNamePatternAnyCase } from "../metadata/months.js";
import { isAgency, knownOutlet, outletNames } from "../metadata/outlets.js";
import { isShareBar } from "./boilerplate.js";
import bylinesJson from "./data/bylines.json" with { type: "json" };
import { isPersonName, personNames, trailingName } from "./names.js";
import { alternation } from "./patterns.js";
import { knownPlace } from "./places.js";
import { splitSentences } from "./sentences.js";

const Phrases = z.array(z.string().min(1)).min(1);
const Bylines = z.object({
  bylinePrefixes: Phrases,
  sourcePrefixes: Phrases,
  creditPrefixes: Phrases,
  authorCreditPrefixes: Phrases,
  signoffs: Phrases,
  introVerbs: Phrases,
  introOpeners: Phrases,
  articleNouns: Phrases,
  authorNoteNouns: Phrases,
  authorNoteCues: Phrases,
  staffCredits: Phrases,
  beatNouns: Phrases,
  outletStaffSuffixes: Phrases,
  nameTitles: Phrases,
  languageServices: Phrases,
});
const data = Bylines.parse(bylinesJson);

export interface Credit {
  author: string | null;
  outlet: string | null;
  /** A place the credit gives ("ByBernama, Kuala Lumpur"). */
  place?: string | null;
}

const MAX_BYLINE = 120;
const WEEKDAY =
  "[Mm]on|[Tt]ue|[Tt]ues|[Ww]ed|[Tt]hu|[Tt]hurs|[Ff]ri|[Ss]at|[Ss]un|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday";
// VnExpress sets the date on the byline line: "By Viet Anh   November 27, 2023 | 04:12 pm GMT+7".
// A template may glue the date to the name: "By Rhea Mae SantosJanuary 30, 2024, 7:45 pm".
const TRAILING_DATE = new RegExp(
  `(?:\\s+(?:[|,-]\\s*)?|(?<=\\p{Ll})(?=\\p{Lu}))(?:(?:${WEEKDAY})\\.?,?\\s+)?(?:(?:${monthNamePatternAnyCase})\\.?\\s+\\d{1,2}|\\d{1,2},\\s*\\d{4}|\\d{1,2}\\s+(?:${monthNamePatternAnyCase})\\b|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{4}-\\d{2}-\\d{2}).*$`,
  "u",
);
// "Reuters contributed to this report.", "AFP and Reuters contributed reporting.": a credit, never a sentence of news.
// "-- <Name> contributed reporting from Tokyo.": the place the contributor reported from may close it.
const CONTRIBUTED =
  /\bcontributed (?:(?:additional )?reporting(?: (?:to|for) (?:this|the) (?:report|story|article))?|(?:to )?(?:this|the) (?:report|story|article))(?: (?:from|in) \p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,3})?\.?$/iu;
// "ByBernama, Kuala Lumpur …": a page template may glue "By" to the name.
const BYLINE = new RegExp(`^(?:${alternation(data.bylinePrefixes)})(?:\\s*[:：]\\s*|\\s+)(.+)$`, "iu");
// The prefixes that end on "by" ("By", "Written by", "Interview conducted by"): a label ("Reporter", "Author") may
// as well open a transcript's turn ("REPORTER (LA TERCERA): …").
const BY_BYLINE = new RegExp(
  `^(?:${alternation(data.bylinePrefixes.filter((prefix) => /\bby$/iu.test(prefix)))})\\s+\\S`,
  "iu",
);

/** The line opens on any byline's prefix ("By", "Reporter", "Author"): a name to look for, not yet a byline. */
export function opensOnBylinePrefix(line: string): boolean {
  return BYLINE.test(line);
}

/** The line opens on a byline's "by" ("By …", "Written by …", "Interview conducted by …"), whatever follows. */
export function opensAsByline(line: string): boolean {
  return BY_BYLINE.test(line);
}
// "ByBernama, Kuala Lumpur …": a page template may glue "By" to the name.
const GLUED_BY = /^By(?=\p{Lu})(.+)$/u;
const DASHED_NAME = /^[-–—]\s*([^-–—]{3,60}?)\s*[-–—]$/u;
// A template may set the name against the colon: "Source:Global Times".
const SOURCE = new RegExp(`^(?:${alternation(data.sourcePrefixes)})(\\s*[:：]\\s*|\\s+)(.{2,60})$`, "iu");
// Capitalised words, commas and joining words closed by a stop: a credit of names, not a sentence.
const NAMES_ONLY_STOP =
  /^(?:\p{Lu}[\p{L}\p{N}'’&-]*|of|the|and|for|de|du|del)(?:,?\s+(?:\p{Lu}[\p{L}\p{N}'’&-]*|of|the|and|for|de|du|del)){0,8}\.$/u;
// Another labelled field after the name on the same line ends it: "Source:Global Times Published: Apr 14, 2025".
const NEXT_FIELD = /\s+\p{Lu}\p{Ll}+\s*[:：].*$/u;
// "*Writing by Selin Demir": some sites mark the credit with an asterisk.
const CREDITS = new RegExp(`^[(*]?\\s*(?:${alternation(data.creditPrefixes)})\\s+([^;)]+)`, "iu");
const AUTHOR_CREDIT = new RegExp(`(?:^|[(;]\\s*)(?:${alternation(data.authorCreditPrefixes)})\\s+([^;)]+)`, "iu");
const SIGNOFF_NAME = alternation(data.signoffs);
const MAX_SIGNOFF_TAIL = 80;
// "— VNS", "― Bernama", "VNA/VNS": the agency first, then the outlet that carried the story ("ND/VNA": a paper's
// initials before the agency that sent it); some papers close the tag with a full stop ("… to Laos. — Xinhua."); dpa
// closes it on its editors' initials in lower case ("dpa ml sr").
const SIGNOFF = new RegExp(
  `(?:^|\\s*[-–—―]+\\s*|\\s*/\\s*|\\s+)((?:\\p{Lu}{2,4}\\s*/\\s*)?(?:${SIGNOFF_NAME})(?:\\s*/\\s*(?:${SIGNOFF_NAME}))?)(?:\\s+\\p{Lu}{2,4}){0,4}(?:\\s+\\p{Ll}{2,3}){0,3}\\.?\\s*$`,
  "u",
);
const VNA_END = /(\.)\s*\/\.$/u;
const INTRO = new RegExp(
  `^(?:(${alternation(outletNames)})\\s+(?:${alternation(data.introVerbs)})|${alternation(data.introOpeners)})\\b`,
  "iu",
);
const ARTICLE_BY = new RegExp(`\\b(?:${alternation(data.articleNouns)})\\b.*\\bby\\s+(.+)$`, "iu");

const OUTLET_STAFF = new RegExp(`^(.{2,40}?)\\s+(?:${alternation(data.outletStaffSuffixes)})$`, "iu");
const FILED_FROM = /^(\S.{1,50}?)\s+in\s+(\p{Lu}[\p{L}.'’ -]{1,40})$/u;

/**
 * "Minh Nga, VnExpress", "Sebastian Strangio | The Diplomat", "AFP", "Clara Fontaine with AFP": names first, then an
 * outlet.
 */
export function readCredit(text: string): Credit | null {
  const parts = text
    .replace(/[()]/g, "|")
    .split(/\s*(?:\||\/|\s[-–—]\s|,(?!\s*(?:and\b|&))|\swith\s(?=\p{Lu}))\s*/u)
    .map((p) => p.trim().replace(/[.]$/, ""))
    .filter(Boolean);
  const authors: string[] = [];
  let outlet: string | null = null;
  let place: string | null = null;
  for (const [i, whole] of parts.entries()) {
    // "Agence France-Presse in Hanoi", "Kristin Huang in Beijing": who wrote it, then where, as some papers credit.
    const filed = FILED_FROM.exec(whole);
    const from = filed ? knownPlace(filed[2] ?? "") : null;
    if (from) place ??= from;
    // "Dr Hoang Lan", "Prof Jane Roe": a title before the author's name is the byline's, not the name's.
    // "Dr John Chipman," over "Excellencies,": a titled name closed by a comma opens a speech's salutation instead.
    const bare = from ? (filed?.[1] ?? whole) : whole;
    const part = /,\s*$/.test(text) ? bare : withoutNameTitle(bare);
    // "BLOOMBERG by Mark Brennan and Tran Thi Thu": a syndicated story's agency, then its writers.
    const agencyBy = /^(.{2,40}?)\s+by\s+(\p{Lu}.*)$/u.exec(part);
    const byOutlet = agencyBy ? knownOutlet(agencyBy[1] ?? "") : null;
    const byNames = byOutlet ? personNames(agencyBy?.[2] ?? "") : null;
    if (byOutlet && byNames) {
      outlet ??= byOutlet;
      authors.push(...byNames);
      continue;
    }
    // "Reuters Staff", "AFP Correspondent": an agency's own people, unnamed, credit the agency; a paper's staff
    // writer ("Nikkei staff writer") only names the reporter's employer.
    const staffOf = OUTLET_STAFF.exec(part)?.[1];
    const staffAgency = staffOf ? knownOutlet(staffOf) : null;
    const service = LANGUAGE_SERVICE.exec(part)?.[1];
    const asOutlet =
      knownOutlet(part) ??
      (staffAgency && isAgency(staffAgency) ? staffAgency : null) ??
      (service ? knownOutlet(service) : null);
    const asPlace = asOutlet || i === 0 ? null : knownPlace(part);
    const names = asOutlet || asPlace ? null : personNames(part);
    if (asOutlet) outlet ??= asOutlet;
    else if (asPlace) place ??= asPlace;
    else if (names) authors.push(...names);
    else {
      const joint = readJointCredit(part);
      if (joint) {
        outlet ??= joint.outlet;
        authors.push(...joint.authors);
      } else if (i === 0) return null;
    }
  }
  if (authors.length === 0 && !outlet) return null;
  return { author: authors.length ? authors.join(", ") : null, outlet, ...(place ? { place } : {}) };
}

// "RFA Vietnamese", "BBC Burmese Service": an outlet's service in one language, which credits the outlet.
const LANGUAGE_SERVICE = new RegExp(`^(.{2,40}?)\\s+(?:${alternation(data.languageServices)})(?:\\s+Service)?$`, "u");

/**
 * "RFA Vietnamese and Minh Khoa": an outlet's language service and a reporter joined by "and", which neither the
 * outlet list nor the name reader takes whole; each side is read alone, and every side must be an outlet or names.
 */
function readJointCredit(part: string): { outlet: string | null; authors: string[] } | null {
  if (!/\s(?:and|&)\s/u.test(part)) return null;
  let outlet: string | null = null;
  const authors: string[] = [];
  for (const side of part.split(/\s+(?:and|&)\s+/u)) {
    const service = LANGUAGE_SERVICE.exec(side)?.[1];
    const asOutlet = knownOutlet(side) ?? (service ? knownOutlet(service) : null);
    const names = asOutlet ? null : personNames(side);
    if (asOutlet) outlet ??= asOutlet;
    else if (names) authors.push(...names);
    else return null;
  }
  return outlet ? { outlet, authors } : null;
}

// The alternation tries the longest first, so "Associate Professor" goes whole before "Professor" could.
const NAME_TITLE = new RegExp(`^(?:${alternation(data.nameTitles)})\\s+(?=\\p{Lu})`, "u");

/** A credit's part without a title before the name: "Dr Eleanor Marsh" gives "Eleanor Marsh". */
function withoutNameTitle(part: string): string {
  const stripped = part.replace(NAME_TITLE, "");
  return stripped !== part && isPersonName(stripped) ? stripped : part;
}

// An address after the credit: "BY PARK EUN-JI, YONHAP [park.eunji@joongang.co.kr]".
const EMAIL_TAIL = /\s*[[(<]?\s*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s*[\])>]?$/u;

/**
 * "Bagus Kurniawan and Dina Sulastri, The Jakarta Post, Jakarta | Headlines | Fri, June 28 2013, 8:14 AM": a credit
 * with no "By", its fields set apart by bars and closed by the day it ran; never a sentence.
 */
export function readStampedCredit(line: string): Credit | null {
  if (line.length > MAX_STAMPED || !line.includes("|") || /[.!?"”]$/u.test(line)) return null;
  const date = TRAILING_DATE.exec(line);
  if (!date || date.index === 0) return null;
  const credit = readCredit(line.slice(0, date.index));
  return credit?.author ? credit : null;
}

const MAX_STAMPED = 200;

/** "By Nguyen Hang", "Author: Minh Nga | VnExpress", "By AFP", "BY PARK EUN-JI, YONHAP". */
export function readByline(line: string): Credit | null {
  if (line.length > MAX_BYLINE) return null;
  const match = BYLINE.exec(line) ?? GLUED_BY.exec(line);
  if (!match) return null;
  const named = (match[1] ?? "").replace(EMAIL_TAIL, "").replace(TRAILING_DATE, "");
  // "By Staff reporters": a byline all the same, naming no one.
  if (STAFF.test(named.trim())) return { author: null, outlet: null };
  return (
    readCredit(named) ?? readBeatCredit(named) ?? (isUnnamedStaff(named.trim()) ? { author: null, outlet: null } : null)
  );
}

// Matched as written (a name's capital is the cue), so the nouns are tried lower case and capitalised.
const beatNouns = data.beatNouns.flatMap((noun) => [noun, noun.charAt(0).toUpperCase() + noun.slice(1)]);
// "South-East Asia correspondent Jane Roe and political reporter John Doe": each name after a beat of up to four words
// closed by a reporter's noun; the names are the credit, the beats only say what each covers.
const BEAT = new RegExp(
  `(?:^|(?<=,\\s*|\\band\\s+))(?:[\\p{L}'’-]+\\s+){0,4}?(?:${alternation(beatNouns)})\\s+(?=\\p{Lu})`,
  "gu",
);

function readBeatCredit(named: string): Credit | null {
  const bare = named.replace(BEAT, "");
  if (bare === named) return null;
  const names = personNames(bare.trim());
  return names ? { author: names.join(", "), outlet: null } : null;
}

const STAFF = new RegExp(`^(?:${alternation(data.staffCredits)})$`, "iu");
const STAFF_TAIL = new RegExp(`(?:^|\\s)(?:${alternation(data.staffCredits)})$`, "iu");
// "… in Hanoi and Beijing", "… in Jakarta": the places an unnamed staff filed from.
const FILED_FROM_PLACES = /\s+in\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:,\s*|\s+and\s+|\s+)\p{Lu}[\p{L}\p{M}'’.-]*){0,4}$/u;
// The paper's name or its initials before its unnamed staff: "GT", "The Jakarta Post".
const STAFF_OWNER = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}$/u;

/**
 * "GT staff reporters in Hanoi and Beijing", "The Jakarta Post staff reporter in Jakarta": a paper the outlet list
 * does not know, its staff unnamed, filed from one or more places; a byline that names no one.
 */
function isUnnamedStaff(named: string): boolean {
  const head = named.replace(FILED_FROM_PLACES, "");
  const staff = STAFF_TAIL.exec(head);
  if (!staff) return false;
  const owner = head.slice(0, staff.index).trim();
  return owner === "" || STAFF_OWNER.test(owner);
}

/** "- Nguyen Minh Vu -", as Vietnamese outlets set an author apart. */
export function readDashedName(line: string): Credit | null {
  const name = DASHED_NAME.exec(line)?.[1]?.trim();
  return name && isPersonName(name) ? { author: name, outlet: null } : null;
}

// "Chen Yiwen in Beijing and Tran Ngoc Mai in Hanoi": each reporter with the place filed from, no "By".
const PLACED_NAME =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+in\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})$/u;
const MAX_PLACED_NAMES = 120;
// One "<Name> in <Place>" may be a headline's words; two reporters, each with a place, are a byline.
const MIN_PLACED_NAMES = 2;

/** A line of reporters, each with the place they filed from, joined by "and" or commas; every name a person's. */
export function readPlacedNames(line: string): Credit | null {
  if (line.length > MAX_PLACED_NAMES || !line.includes(" in ")) return null;
  const names: string[] = [];
  for (const part of line.split(/\s*,\s*(?:and\s+)?|\s+and\s+/u)) {
    const match = PLACED_NAME.exec(part);
    if (!match || !isPersonName(match[1] ?? "") || !knownPlace(match[2] ?? "")) return null;
    names.push(match[1] as string);
  }
  return names.length >= MIN_PLACED_NAMES ? { author: names.join(", "), outlet: null } : null;
}

// "Press Release No. HAN/PR/27/2011": a document's number, whose slashes split no credit.
const DOCUMENT_NUMBER = /\bNo\.\s*[\p{L}\p{N}/.-]*\d/u;
// "Sok Vanna / Khmer Times Share:": the share button a template sets after the credit, on its line.
const TRAILING_SHARE = /\s+share\s*:$/iu;
// "Sok Vanna / Khmer Times  Share: Facebook  Twitter": the same button with the networks it offers after it, as a page
// copied from the browser keeps them; only a run that makes a share bar by itself is taken off.
const SHARE_LABEL = /\s+share\s*:\s+/iu;

/** The credit's line without the share button and the networks after it; the line as it was when there are none. */
function withoutTrailingShare(text: string): string {
  const label = SHARE_LABEL.exec(text);
  if (!label) return text.replace(TRAILING_SHARE, "");
  return isShareBar(`Share ${text.slice(label.index + label[0].length)}`) ? text.slice(0, label.index) : text;
}

/** A bare credit line at the end of the text: "Tran Thuong", "Hoang Phong / VnExpress", "VNA". */
export function readBareCredit(text: string): Credit | null {
  const line = withoutTrailingShare(text);
  if (line.length > 60 || /[.!?:;"]$/.test(line) || DOCUMENT_NUMBER.test(line)) return null;
  // A sign-off after a dash, agency then reporter: "– ANN/Rokiah Mahmud"; or a reporter alone: "- Tan Mei Ling".
  const dashed = /^[-–—―]\s*(\S.*)$/u.exec(line)?.[1];
  if (dashed) {
    const credit = readCredit(dashed);
    return credit?.outlet || (credit?.author && isPersonName(dashed.trim())) ? credit : null;
  }
  // "Kim Ha-na khn@example.com": the reporter's name and mail under the story, as some papers close it.
  const mailed = EMAIL_TAIL.test(line) ? line.replace(EMAIL_TAIL, "").trim() : null;
  if (mailed) return isPersonName(mailed) ? readCredit(mailed) : null;
  return readCredit(line) ?? readFusedByline(line);
}

const FUSED_DATE = new RegExp(`(?<=\\p{Ll})(?=(?:${monthNamePatternAnyCase})\\.?\\s+\\d)`, "u");

/** "Sok VannakDecember 12, 2023": a template's name glued to its date, without a "By". */
function readFusedByline(line: string): Credit | null {
  const at = line.search(FUSED_DATE);
  const credit = at > 0 ? readCredit(line.slice(0, at)) : null;
  return credit?.author ? credit : null;
}

// A carrier no outlet entry lists, named as a credit prints a name: "F.A.Z.", "Harbour Daily".
const CARRIER_NAME = /^[\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*){0,3}$/u;

/**
 * "CNA/Reuters", "F.A.Z./dpa": an outlet's name, a slash, then the agency whose copy it carried: the agency, as a
 * sign-off "VOV/VNA" names it. Null unless the second name is a listed agency; "CNA/rl" names the outlet and its
 * editor's initials.
 */
function slashedAgency(named: string): string | null {
  const parts = named.split(/\s*\/\s*/u);
  if (parts.length !== 2) return null;
  const carrier = parts[0] ?? "";
  const copy = knownOutlet(parts[1] ?? "");
  const carrierName = knownOutlet(carrier) ?? (CARRIER_NAME.test(carrier) ? carrier : null);
  return carrierName && copy && carrierName !== copy && isAgency(copy) ? copy : null;
}

/** "Source: VNA": a source line; the outlet only when it is a known outlet. */
export function readSource(line: string): Credit | null {
  const match = SOURCE.exec(line);
  // A full stop may close a credit of names only ("Source: Mai Lan, Asia Media Group."), never a sentence.
  const given = match?.[2] ?? "";
  const stopped = NAMES_ONLY_STOP.test(given) ? given.slice(0, -1) : given;
  if (!match || /[.!?]$/.test(stopped)) return null;
  const named = stopped.replace(NEXT_FIELD, "");
  // "Source: Al Jazeera and news agencies": the named outlet comes first, the agencies it drew on after it.
  const outlet = slashedAgency(named) ?? knownOutlet(named.split(/\s*[/,;]\s*|\s+(?:and|&|with)\s+/)[0] ?? "");
  if (!/[:：]/.test(match[1] ?? "") && !outlet) return null;
  return { author: null, outlet };
}

// "Some information in this report was provided by The Associated Press and Reuters." names agencies the same way; a
// tail under the story may open on a dash and leave out the preposition ("— Additional reporting <Agency>"), or on the
// desk editor's lower-case initials and a dash ("xy -- with wire reports from <Agency>").
const INPUTS =
  /^\(?\s*(?:\p{Ll}{2,4}\s+)?(?:[-–—]{1,2}\s*)?(?:with (?:inputs?|reporting|additional reporting|contributions?|(?:a |additional |wire )?reports?) from|additional reporting(?: from| by)?|some (?:information|material|reporting) (?:in|for) this (?:report|story|article) (?:was|came) (?:provided by|from)) ([^()]{1,80}?)\)?\.?$/iu;

/**
 * "(With inputs from PTI)": the agency the note names. A note naming several ("Some information for this report came
 * from AP and Reuters") credits contributions to the outlet's own story, none of them its source.
 */
export function readInputsCredit(line: string): string | null {
  const named = INPUTS.exec(line)?.[1];
  if (!named) return null;
  const outlets = named.split(/\s*(?:,|\band\b|&|\/)\s*/u).map((name) => knownOutlet(name));
  const known = outlets.filter((outlet) => outlet !== null);
  return known.length === 1 ? (known[0] ?? null) : null;
}

// "<Paper> reporter <Name> contributed from Tokyo.": a paper's own reporter credited on a wire story with only the place
// the reporting came from. The staff word and a capitalised name before "contributed" make it a credit; a sentence of
// news that something "contributed from" a place names no reporter.
const STAFF_CONTRIBUTED =
  /^(?:\p{Lu}[\p{L}&'’.-]*\s+(?:(?:and|of|the)\s+)?){0,4}(?:staff\s+)?(?:reporter|writer|correspondent|photographer)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+contributed\s+(?:from|in)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\.?$/u;

/** "Associated Press writer Jane Doe in Bangkok contributed to this report.": a credit, not news. */
export function isContributorNote(line: string): boolean {
  if (line.length > 250 || !line.includes("contributed")) return false;
  return CONTRIBUTED.test(line) || STAFF_CONTRIBUTED.test(line);
}

/** The first known agency a contributor note names: "AFP" in "AFP and Reuters contributed reporting.". */
export function contributorAgency(line: string): string | null {
  const match = line.length <= 250 ? CONTRIBUTED.exec(line) : null;
  if (!match) return null;
  for (const name of line.slice(0, match.index).split(/\s*(?:,|\band\b|&|\/)\s*/u)) {
    const outlet = knownOutlet(name);
    if (outlet) return outlet;
  }
  return null;
}

/** "(Reporting by Khanh Vu in Hanoi; Editing by Martin Petty)": the wire credit line; its first reporter is the author. */
export function readCredits(line: string): Credit | null {
  const credited = line.length <= 300 ? CREDITS.exec(line)?.[1] : undefined;
  if (!credited) return null;
  const people = (text: string | undefined) => personNames(text?.replace(/\s+in\s+[\p{Lu}].*$/u, "").trim() ?? "");
  // "Written by a committee of experts, the report ..." is a sentence: credit lines are bracketed, listed or name people.
  if (!people(credited) && !line.startsWith("(") && !line.includes(";")) return null;
  const reporters = people(AUTHOR_CREDIT.exec(line)?.[1]);
  return { author: reporters ? reporters.join(", ") : null, outlet: null };
}

export interface Signoff {
  kept: string;
  removed: string;
  /** The outlet that carried the story: "VNS" in "VNA/VNS". */
  outlet: string | null;
  /** The agency it came from: "VNA" in "VNA/VNS". */
  source: string | null;
}

// "… between the two countries. (PNA)": any known outlet in brackets after the last sentence; an agency may close its
// tag with a stop of its own ("… next week. (ANSA).").
const BRACKETED_TAG = /(?:^|(?<=[.!?"'”’]))\s*\(([^()]{2,40})\)\.?$/u;
const SOURCE_LABEL = /^(?:sources?|fuente|fonte|quelle|nguồn|sumber)\s*:\s*/iu;
// "… in Hanoi in 2025. — ONA": a dash, then any known agency's name or initials closing the last sentence; the
// sign-off list above holds the tags that close a paragraph without a dash, this one reads every agency of the data.
const DASHED_AGENCY = /(?<=[.!?"'”’])\s+[-–—―]{1,2}\s*(\p{Lu}[\p{L}.&+]*(?:\s+\p{L}[\p{L}.&]*){0,4})\.?$/u;
// "… senior officers. — MNA/KTZH": the agency's sign-off with its desk's initials after a slash; the initials are no
// outlet ("VNA/VNS" names two and is read below), so the agency before them is the source.
const DASHED_AGENCY_INITIALS = /(?<=[.!?"'”’])\s+[-–—―]{1,2}\s*(\p{Lu}[\p{L}.&+]*)\s*\/\s*(\p{Lu}{2,6}|\p{Ll}{2,6})$/u;

/** The agency tag closing a story ("... ties. — VNS", "... ties./.", "... ties. (PNA)"), removed from the last paragraph. */
export function readSignoff(paragraph: string): Signoff | null {
  const vna = VNA_END.exec(paragraph);
  if (vna) return { kept: paragraph.slice(0, vna.index + 1), removed: "/.", outlet: null, source: null };
  const bracketed = paragraph.endsWith(")") || paragraph.endsWith(").") ? BRACKETED_TAG.exec(paragraph) : null;
  // "(Source: PL)", "(Fuente: EFE)": the tag may carry its label.
  const tagged = bracketed
    ? (knownOutlet((bracketed[1] ?? "").replace(SOURCE_LABEL, "")) ?? joinedAgency(bracketed[1] ?? ""))
    : null;
  if (bracketed && tagged) {
    const at = paragraph.length - bracketed[0].length;
    return { kept: paragraph.slice(0, at), removed: bracketed[0].trim(), outlet: tagged, source: tagged };
  }
  // Every tag ends in a letter ("VNS") or "+" ("Vietnam+"): most paragraphs end in a full stop and are done here.
  if (!/[\p{L}+]\.?$/u.test(paragraph)) return null;
  const dashed = /[-–—―]/u.test(paragraph.slice(-60)) ? DASHED_AGENCY.exec(paragraph.slice(-60)) : null;
  const agency = dashed ? agencyNamed(dashed[1] ?? "") : null;
  if (dashed && agency) {
    const at = paragraph.length - dashed[0].length;
    return { kept: paragraph.slice(0, at), removed: dashed[0].trim(), outlet: agency, source: agency };
  }
  const initialled = !dashed && paragraph.includes("/") ? DASHED_AGENCY_INITIALS.exec(paragraph.slice(-40)) : null;
  const desk = initialled && !knownOutlet(initialled[2] ?? "") ? agencyNamed(initialled[1] ?? "") : null;
  if (initialled && desk) {
    const at = paragraph.length - initialled[0].length;
    return { kept: paragraph.slice(0, at), removed: initialled[0].trim(), outlet: desk, source: desk };
  }
  // The tag closes the paragraph: only its tail is searched, from a space so that "^" means the whole line.
  const from = paragraph.length > MAX_SIGNOFF_TAIL ? paragraph.indexOf(" ", paragraph.length - MAX_SIGNOFF_TAIL) : 0;
  if (from < 0) return null;
  const tail = SIGNOFF.exec(paragraph.slice(from));
  const match = tail ? { index: from + tail.index, 0: tail[0], 1: tail[1] } : null;
  // The tag may stand on its own line ("VNA/VNS") or close the last sentence.
  if (!match || !/(?:^|[.!?"'])$/.test(paragraph.slice(0, match.index))) return null;
  const names = (match[1] ?? "").split("/").map((name) => knownOutlet(name.trim()));
  return {
    kept: paragraph.slice(0, match.index),
    removed: match[0].trim(),
    outlet: names.at(-1) ?? null,
    // "ND/VNA": a paper's initials no list knows before the agency; the agency is the source.
    source: names.find((name) => name !== null) ?? null,
  };
}

/**
 * An editor's introduction ("Lao Dong respectfully introduces an article ... by Deputy Minister Nguyen Minh Vu."):
 * it names the outlet and the author. The paragraph stays in the body, it carries roles.
 */
export function readIntroduction(paragraph: string): Credit | null {
  const intro = INTRO.exec(paragraph);
  if (!intro) return null;
  const outlet = intro[1] ? knownOutlet(intro[1]) : null;
  const first = splitSentences(paragraph)[0] ?? "";
  const byWhom = ARTICLE_BY.exec(first)?.[1];
  const author = byWhom ? trailingName(byWhom) : null;
  return outlet || author ? { author, outlet } : null;
}

// A note may print the title capitalised ("a Visiting Fellow", "a Senior Lecturer"): each noun is read with its first
// letter in either case.
const AUTHOR_NOTE_NOUNS = alternation(data.authorNoteNouns)
  .split("|")
  .map((noun) => `[${noun.charAt(0).toLowerCase()}${noun.charAt(0).toUpperCase()}]${noun.slice(1)}`)
  .join("|");
// "Linh Pham is a journalist based in Hanoi …", "The author is a senior fellow at …": who wrote the piece, once,
// with no quotation in it, at times under a footnote's star ("*Linh Pham is …"); a paragraph opening on "is a …" has
// lost its name to a line of its own.
const AUTHOR_NOTE = new RegExp(
  `^(?:\\*\\s*)?(?:(?<who>[Tt]he (?:author|writer)s?|[\\p{Lu}][\\p{L}'’.-]+(?:\\s+[\\p{Lu}][\\p{L}'’.-]+){1,3})\\s+)?(?:is|was|has been|serves as|are)\\s+(?:(?:an?|the)\\s+[^"“”]{0,160}?|(?:[\\p{L}-]+\\s+){0,3})\\b(?:${AUTHOR_NOTE_NOUNS})s?\\b[^"“”]{0,240}$`,
  "u",
);
const AUTHOR_NOTE_CUE = new RegExp(`\\b(?:${alternation(data.authorNoteCues)})\\b`, "iu");
const MAX_AUTHOR_NOTE = 400;

/**
 * A closing note on the piece's author: its subject is "the author" or the byline's name, or it reads as a note
 * ("based in …", "writes on …"); a story's last paragraph about someone it quoted is none of these.
 */
export function isAuthorNote(paragraph: string, author: string | null): boolean {
  if (paragraph.length > MAX_AUTHOR_NOTE || splitSentences(paragraph).length > 2) return false;
  const match = AUTHOR_NOTE.exec(paragraph);
  if (!match) return false;
  // "is a researcher … based in Hanoi.": the note's name was a link the copy set on a line of its own.
  const who = match.groups?.who;
  // "*<Name> is a Visiting Fellow at …": a footnote's star sets the note apart from the story, as "the author" does.
  if (!who || /^the /i.test(who) || paragraph.startsWith("*")) return true;
  const surname = who.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  return (author?.toLowerCase().includes(surname) ?? false) || AUTHOR_NOTE_CUE.test(paragraph);
}

// "—VBL, GMA Integrated News", "— JMA/KBK, Rappler": an editor's initials after a dash, then the outlet's own name;
// the staff credit some sites close every story with. It names no agency, so it credits no source.
// The initials may stand alone and in lower case: "—RSJ", "— VBL/KBK", "—jpv".
const STAFF_INITIALS_CREDIT =
  /^[-–—―]{1,2}\s*(?:\p{Lu}{2,5}|\p{Ll}{2,5})(?:\s*\/\s*(?:\p{Lu}{2,5}|\p{Ll}{2,5})){0,3}(?:\s*,\s*\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4})?$/u;

/** The staff credit of initials and the outlet's name closing a story. */
export function isStaffInitialsCredit(line: string): boolean {
  if (line.length > 80 || !STAFF_INITIALS_CREDIT.test(line)) return false;
  // "— AFP", "—VNA/VNS": an agency's sign-off, which names the source, is not an editor's initials.
  const initials = line.replace(/^[-–—―\s]+/u, "").split(",")[0] ?? "";
  return initials.split("/").every((part) => knownOutlet(part.trim()) === null);
}
