// The partnership vocabulary (data/partnerships.json) as patterns, and the small readings every shape's reader shares.
import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import { escapeLiteral } from "../../clean/patterns.js";
import { monthNamePattern } from "../../metadata/months.js";
import { capitals, countryName } from "../countries.js";
import data from "../data/partnerships.json" with { type: "json" };
import { MONTH_NAMES } from "../dates.js";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE, HOME_NAME } from "../home-country.js";
import { SentenceMemo } from "../sentence-memo.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import { clauseSplitter } from "./clauses.js";
import { foundInSentence } from "./finding.js";
import { firstCharDispatch } from "./first-chars.js";

const Partnerships = z.object({
  levels: z.array(
    z.object({
      level: z.enum(["Comprehensive Strategic Partnership", "Strategic Partnership", "Comprehensive Partnership"]),
      patterns: z.array(z.string()),
    }),
  ),
  hedges: z.array(z.string()),
  nameWords: z.array(z.string()),
  connectors: z.array(z.string()),
  listOpeners: z.array(z.string()),
  joinVerbs: z.array(z.string()),
  announceVerbs: z.array(z.string()),
  jointDocuments: z.array(z.string().min(1)),
  relationVerbs: z.array(z.string()),
  pairWords: z.array(z.string()),
  ellipsis: z.array(z.string()),
  relationNouns: z.array(z.string()),
  skipWords: z.array(z.string()),
  looseModifiers: z.array(z.string()),
  viewVerbs: z.array(z.string().min(1)),
  references: z.array(z.string()),
  farListOpeners: z.array(z.string()),
  descriptions: z.array(z.string()),
  unions: z.array(z.object({ acronym: z.string(), code: z.string(), name: z.string() })),
  unionMemberNouns: z.array(z.string()),
  clauseHedges: z.array(z.string()),
  heldAfterHedge: z.array(z.string()),
  clauseBreaks: z.array(z.string()),
  anniversary: z.string(),
  anniversaryWords: z.record(z.string(), z.number()),
  anniversarySpan: z.string(),
  changeSpan: z.string(),
  spanWords: z.record(z.string(), z.number()),
  attributiveNouns: z.array(z.string()),
  hostOpeners: z.array(z.string()),
  backReferences: z.array(z.string()),
  verbHeads: z.array(z.string()),
  otherFrameworks: z.array(z.string()),
  capitalNamedThings: z.array(z.string()),
  futureMarkers: z.array(z.string()),
  countVerbs: z.array(z.string()),
  otherEventYears: z.array(z.string()),
  stepVerbs: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  upgradeVerbs: z.array(z.string()),
  upgradeTargets: z.array(z.string()),
  reviewWords: z.array(z.string()),
  shortReviews: z.array(z.string()),
  contextBefore: z.array(z.string()),
  contextAfter: z.array(z.string()),
  upgradedObjectVerbs: z.array(z.string()),
  descriptionCues: z.array(z.string()),
  levelCues: z.array(z.string()),
  listDescriptors: z.array(z.string()),
  listDescriptorNouns: z.array(z.string()),
  groupPutVerbs: z.array(z.string()),
  groupOpeners: z.array(z.string()),
  datedListOthers: z.array(z.string()),
  tableInitials: z.record(
    z.string(),
    z.enum(["Comprehensive Strategic Partnership", "Strategic Partnership", "Comprehensive Partnership"]),
  ),
  anaphoricLevels: z.object({
    topCues: z.array(z.string()),
    top: z.array(z.string()),
    last: z.array(z.string()),
    held: z.array(z.string()),
    asVerbs: z.array(z.string()),
  }),
  roles: z.object({
    arriveVerbs: z.array(z.string()),
    arriveObjects: z.array(z.string()),
    liftVerbs: z.array(z.string()),
    bareArrivals: z.array(z.string()),
    timeStarts: z.array(z.string()),
    repeats: z.array(z.string()),
    hedges: z.array(z.string()),
    topWords: z.array(z.string()),
    rungWords: z.array(z.string()),
    segmentSteps: z.array(z.string()),
    segmentParticiples: z.array(z.string()),
    similarRefs: z.array(z.string()),
    tiesNouns: z.array(z.string()),
    memberCues: z.array(z.string()),
  }),
});
export const config = Partnerships.parse(data);
// Longest level first so "Comprehensive Strategic Partnership" is never read as "Strategic Partnership".
export const LEVEL_RE = new RegExp(
  `\\b(?:${config.levels.map((l) => l.patterns.map((p) => `(${p})`).join("|")).join("|")})\\b`,
  "gi",
);
export const GROUP_LEVEL: PartnershipLevel[] = config.levels.flatMap((l) => l.patterns.map(() => l.level));
/** The level a LEVEL_RE match names: the one of its first matched group. */
export const levelOf = (m: RegExpMatchArray): PartnershipLevel | undefined =>
  GROUP_LEVEL[m.slice(1).findIndex((g) => g !== undefined)];
export const NAME_AFTER = new RegExp(`^\\s+(?:${config.nameWords.join("|")})\\b`, "i");
/** Levels named in `text`, leaving out a level that is part of a name ("Strategic Partnership Dialogue"). */
export const namedLevels = (text: string) => outsideNames(text, allMatches(LEVEL_RE, text));
const outsideNames = (text: string, found: readonly RegExpExecArray[]) =>
  found.filter((m) => !NAME_AFTER.test(text.slice((m.index ?? 0) + m[0].length)));
// Every level pattern holds one of these words (read.shapes.test.ts checks it): a sentence without them names
// no level, and most sentences are such.
const LEVEL_WORDS = new RegExp(config.levelCues.join("|"), "i");
/** A sentence's level matches, read once: the main pass and five later ones ask for them. */
const levelsRead = new SentenceMemo<RegExpExecArray[]>();
export function levelsIn(s: Sentence): RegExpExecArray[] {
  let found = levelsRead.get(s);
  if (!found) {
    found = LEVEL_WORDS.test(s.text) ? allMatches(LEVEL_RE, s.text) : [];
    levelsRead.set(s, found);
  }
  return found;
}
/** `namedLevels` of a sentence, from its matches read once. */
export const namedLevelsIn = (s: Sentence) => outsideNames(s.text, levelsIn(s));
export const words = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");
export const RELATION_VERB = words(config.relationVerbs);
// The verbs of a step up in the ties ("upgrade", "raise"), one list for the patterns that need a form of them: the
// base and "-ing" forms after a hedge ("work towards lifting the …"), the past after "whose country" ("has raised its
// ties"), any form where a run of pairs shares the step.
const inflect = (verb: string) => {
  const stem = verb.endsWith("e") ? verb.slice(0, -1) : verb;
  return { base: verb, third: `${verb}s`, past: `${stem}ed`, progressive: `${stem}ing` };
};
const STEP_FORMS = config.stepVerbs.map(inflect);
/** "upgrade|upgrading|raise|raising|…": a step verb as a hedge's object or an infinitive writes it. */
export const STEP_BASE_FORMS = STEP_FORMS.flatMap((f) => [f.base, f.progressive]).join("|");
/** "upgraded|raised|…": a step verb in the past. */
export const STEP_PAST_FORMS = STEP_FORMS.map((f) => f.past).join("|");
/** Any form of a step verb, as a word. */
export const STEP_VERB = words(STEP_FORMS.flatMap((f) => [f.base, f.third, f.past, f.progressive]));
// searched by first characters (first-chars.ts): ELLIPSIS, CLAUSE_HEDGE and HEDGE_ANY are long alternations asked of
// nearly every sentence and clause
export const ELLIPSIS = firstCharDispatch(words(config.ellipsis));
export const CLAUSES = clauseSplitter(config.clauseBreaks);
// "agreed to elevate ties to a comprehensive strategic partnership next year": a level still to come.
export const FUTURE_AFTER = firstCharDispatch(new RegExp(`\\b(?:${config.futureMarkers.join("|")})\\b`, "i"));
// Case-sensitive: "may" the modal, never "May" the month; any other hedge may open the sentence with a capital
// ("Talks on a comprehensive partnership …").
export const CLAUSE_HEDGE = firstCharDispatch(
  new RegExp(
    `\\b(?:${config.clauseHedges
      .map((h) => (/^may\b/.test(h) ? h : h.replace(/^([a-z])/, (c) => `[${c}${c.toUpperCase()}]`)))
      .join("|")})\\b`,
  ),
);
// "…, and officials in Suva say Fiji …": a verb of saying between a level and a country after it; the country opens
// what another party reports, and holds nothing the clause before gave.
export const REPORTED_AFTER =
  /[,;]\s*(?:and|but|while|as)?\b[^,;]{0,60}?\b(?:say|says|said|note|notes|noted|told)\s+(?:that\s+)?(?:the\s+)?$/i;
// Any hedge at all, as written in the data (matched on lower-case text): most sentences have none.
export const HEDGE_ANY = firstCharDispatch(new RegExp(config.hedges.map(escapeLiteral).join("|")));
/** Whether a sentence holds a hedge anywhere, read once: four passes ask. */
const hedgesRead = new SentenceMemo<boolean>();
export function hedgeAnywhere(s: Sentence): boolean {
  let found = hedgesRead.get(s);
  if (found === undefined) {
    found = HEDGE_ANY.test(s.text.toLowerCase());
    hedgesRead.set(s, found);
  }
  return found;
}
// "… partnership with Japan", "… strategic partner of Australia": the other party is named right after the level.
export const OTHER_PARTY = /^\s*["”’']?\s*(?:with|of|between)\s+(?:the\s+)?$/i;
// "Receiving New Zealand Ambassador Caroline Harvey, the President said …": the envoy a Vietnamese host receives speaks
// for the partner the host talks about, so the country is no mere modifier of a speaker.
export const GUEST_BEFORE = new RegExp(
  `^\\W*(?:(?:while|when|in)\\s+)?(?:${config.hostOpeners.join("|")})\\s+(?:the\\s+)?(?:(?:new|newly\\s+appointed|visiting|outgoing|incoming)\\s+)?$`,
  "i",
);
// "… with Vietnam" opening what follows a level: the level is the home country's own.
export const WITH_HOME_OPENING = new RegExp(String.raw`^\s*with\s+${HOME_NAME}\b`, "i");
/** Sentences at the top of a story that report its news; an upgrade there without a year is of the story's year. */
export const LEAD = 3;
export const CHANGE_VERB =
  /\b(?:(?:upgrad|elevat|rais|lift|announc|establish|forg|agree|launch|conclud|declar|proclaim)(?:e|ed|es|ing|s|d)?|set(?:s|ting)? up|bec[oa]mes?|sign(?:s|ed|ing)?|ink(?:s|ed)?|settled\s+for|made|makes|making|formed|forming|form(?=\s+(?:a|an|the|their)\s))\b/i;
// Items of one enumeration: "China, Russia, India and South Korea", "China (2008), Russia (2012)".
// "Canada, established in 2017, and Brazil": a dated participle aside does not end the list; nor does "and most
// recently"; nor a dated relative aside ("China, which received it in 2008, Russia in 2012", "South Africa, which was
// given the same status in 2004, and Chile").
// "New Zealand, which upgraded last month, and Indonesia": an aside dated by a time word (no year) does not either;
// nor one dated by a month alone ("Malaysia, which took the step last November, and …", "…, which did so in March").
// "China 2008 | Russia 2012 | India 2016": a table flattened to text splits its cells by pipes, read as commas.
// "with China, since 2008, with Russia, since 2012, and with India": after a member's year, each member may repeat
// the "with" that opened the list.
export const LIST_GAP =
  /^\s*(?:\([^()]{0,30}\)\s*|(?:19|20)\d\d(?=\s*(?:,|and\b|&|\||\([^()]{0,60}\)\s*,))\s*(?:\([^()]{0,60}\)\s*)?)?(?:,\s*(?:which|who)\s+[^,;.()]{1,40}?\b(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|(?:in|last)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?!\s*,?\s*\d))\s*)?(?:,\s*(?:(?:which|who)\s+(?:received|gained|got|won|reached|took|signed|joined|secured|attained)(?:\s+(?:it|that|this|the\s+\w+))?|(?:which|who)\s+[^,;.()]{1,40}?|established|upgraded|elevated|signed|set up|forged|added)\s+(?:in|since)\s+(?:19|20)\d\d\s*)?(?:,\s*(?:since|dating\s+(?:from|back\s+to))\s+(?:19|20)\d\d\s*(?=,))?(?:(?<=(?:19|20)\d\d\s*\)?\s*),\s*(?:and\s+)?with|,\s*(?:and|or|as well as)?|[–—-]?\s*and\s+(?:also\s+)?with|and|or|as well as|&|\||-|–|\/)?\s*(?:(?:(?:most|more)\s+recently|lately|finally|then|later)\s*,?\s*)?(?:the\s+)?$/i;
// "Russia followed in 2012 and India in 2016", "South Korea in 2022": a year closing one group of a timeline.
// "the United States and Japan joined the club in 2023, and Australia this March": a group may close with the year
// the article speaks from.
export const DATED_AFTER =
  /^\s*(?:,\s*(?:which|who)\s+(?:received|gained|got|won|reached|took|signed|joined|secured|attained)(?:\s+(?:it|that|this|the\s+\w+))?\s+(?=(?:in|since)\s)|,\s*(?:added|admitted|upgraded|elevated|raised|promoted)\s+(?=(?:in|last|this|earlier\s+this)\s)|(?:(?:was|were)\s+)?(?:followed|joined|admitted|added|did so|did the same|came next|came|signed up|got there|led the way|was|(?:became|was)\s+the\s+(?:latest|newest|last|first|\w+th)(?:\s+(?:to\s+join|one))?)(?:\s+(?:the|that|this)\s+(?:club|group|list|ranks|tier))?(?:\s+first)?\s*,?\s+)?(?:(?:in\s+|since\s+|,\s*(?:both|all|each)\s+(?:in|since)\s+|\(\s*(?:(?:both|all|each)\s+)?(?:in\s+)?|[,:–—-]\s*(?=(?:19|20)\d\d\s*(?:[;.]|$)))(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b|(\(\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:of\s+)?this\s+year(?=\s*\))|this\s+(?:year|month|week|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)|earlier\s+this\s+(?:year|month|week)|last\s+(?:month|week|january|february|march|april|may|june|july|august|september|october|november|december)|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!\.?\s*,?\s*\d))\b)/i;
// "member of the European Union", "amid China's growing assertiveness": named, but not as a holder of the level.
// "the first to do so after leaving the European Union": a body its member left (or stands outside) is where the
// holder was, never a holder itself.
const LEFT_BODY = "leaving|left|quitting|exiting|outside";
export const NOT_HOLDER_BEFORE = new RegExp(`\\b(?:of|amid|against|from|in|${LEFT_BODY})\\s+(?:the\\s+)?$`, "i");
export const LEFT_BODY_BEFORE = new RegExp(`\\b(?:${LEFT_BODY})\\s+(?:the\\s+)?$`, "i");
export const NOT_HOLDER_AFTER = /^['’]s?\b/;
export const RANK: Record<PartnershipLevel, number> = {
  "Comprehensive Strategic Partnership": 3,
  "Strategic Partnership": 2,
  "Comprehensive Partnership": 1,
};
/** How many sentences back a reference ("such a framework") may look for its level. */
export const REFERENCE_REACH = 6;
export const TOP_LEVEL = (Object.keys(RANK) as PartnershipLevel[]).reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
export const MONTH = `(?:${monthNamePattern})\\.?`;
const CAPITALS = capitals();
// searched by first characters (first-chars.ts): some two hundred names asked of every sentence
const CAPITAL_RE = firstCharDispatch(new RegExp(`\\b(?:${[...CAPITALS.keys()].join("|")})\\b`, "g"));
const CAPITAL_THING_AFTER = new RegExp(`^\\s+(?:${config.capitalNamedThings.join("|")})\\b`);
const NAME_PARTICLE_BEFORE = /\p{Lu}\p{Ll}+\s+(?:de|da|do|dos|das|del|della|di|van|von|bin)\s+$/u;
/** Each capital a sentence names, read as a mention of its country ("Tokyo" stands for Japan), in text order. */
export function capitalMentions(s: Sentence): PlaceMention[] {
  // new mentions on every call, as before the matches were kept: a caller may tell mentions apart by identity
  return capitalMatches(s).map((m) => {
    const code = CAPITALS.get(m[0]) ?? "";
    const start = s.start + (m.index ?? 0);
    return {
      place: { kind: "country", code, name: countryName(code) },
      sentenceIndex: s.index,
      from: -1,
      to: -1,
      start,
      end: start + m[0].length,
      surface: m[0],
    };
  });
}
/** The capitals a sentence names outside a person's name, read once: the main pass, foreignOf and the sides ask. */
const capitalsRead = new SentenceMemo<RegExpExecArray[]>();
function capitalMatches(s: Sentence): RegExpExecArray[] {
  let found = capitalsRead.get(s);
  if (found) return found;
  // "Ambassador Rodrigo de Lima Baena": a capital after a given name and its particle is part of a person's name.
  const inName = (m: RegExpMatchArray) =>
    NAME_PARTICLE_BEFORE.test(s.text.slice(0, m.index ?? 0)) &&
    /^\s+\p{Lu}\p{Ll}/u.test(s.text.slice((m.index ?? 0) + m[0].length));
  // "the New Colombo Plan", "the Paris Agreement": a capital opening the name of a plan or a pact names the thing.
  const inThing = (m: RegExpMatchArray) => CAPITAL_THING_AFTER.test(s.text.slice((m.index ?? 0) + m[0].length));
  found = allMatches(CAPITAL_RE, s.text).filter((m) => !inName(m) && !inThing(m));
  capitalsRead.set(s, found);
  return found;
}
// "… the United Kingdom and Germany, in 2007, 2009 and 2011 respectively": a comma may stand before the series.
// "… Chile and Brazil in November and March respectively": months bound by "respectively" are a series too.
/** A month's full name, as a series bound by "respectively" writes it. */
export const SERIES_MONTH = `(?:${MONTH_NAMES.join("|")})`;
// A month with its year or without.
export const MONTH_ITEM = `${SERIES_MONTH}(?:\\s+(?:19|20)\\d\\d)?`;
export const YEAR_SERIES_AFTER = new RegExp(
  String.raw`^\s*,?\s*(?:in|since)\s+(?:(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*,?\s*and\s+(?:19|20)\d\d\b|${MONTH_ITEM}(?:\s*,\s*${MONTH_ITEM})*\s*,?\s*and\s+${MONTH_ITEM}\s*,?\s*respectively\b)`,
  "i",
);
export const HOME_WORDS = new RegExp(String.raw`\b(?:${HOME_NAME}|Vietnamese)\b`);
export const PREVIOUS_LEVEL = /\bfrom\s+(?:a|an|the|its|their)?\s*["“‘']?\s*$/i;
// "… replaces the strategic partnership", "superseding their …": the words that name the level an upgrade leaves.
const REPLACING = "replac(?:es|ed|ing)|supersed(?:es|ed|ing)";
/** Right before a level: the level an upgrade replaces ("replaces their"), not the one it reaches. */
export const REPLACED_LEVEL = new RegExp(String.raw`\b(?:${REPLACING})\s+(?:a|an|the|its|their)\s+["“‘']?$`, "i");
/** Right before a level, a few words allowed: a level left behind, replaced, skipped or moved from. */
export const LEFT_LEVEL = new RegExp(
  String.raw`\b(?:${REPLACING}|skipp(?:ing|ed)|from)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2}$`,
  "i",
);
/** A step the sentence reports (raised, lifted, established, set up), not a level it recalls. */
export const REPORTED_STEP = /\b(?:upgrad|elevat|rais|lift|establish)(?:e|ed|es|ing|s)?\b|\bset(?:s|ting)?\s+up\b/i;
// "the five countries that already held the top status": a reference to the highest level, whatever was named last.
export const TOP_REFERENCE = /\b(?:top|highest)\b/i;
// "… agreed a strategic partnership and now joins the few with which Vietnam has its highest level of relations": a
// described top level after "and now", past every level the sentence names, is where the ties stand now.
const DESCRIPTION = new RegExp(`\\b(?:${config.descriptions.join("|")})\\b`, "gi");
const NOW_AFTER = /\band\s+(?:is\s+|has\s+)?now\b/i;
/** The first description of the top level in `text` after `from` with "and now" between, as [start, end], or null. */
export function describedNow(text: string, from: number): [number, number] | null {
  if (!TOP_REFERENCE.test(text.slice(from))) return null;
  DESCRIPTION.lastIndex = from;
  for (let m = DESCRIPTION.exec(text); m; m = DESCRIPTION.exec(text)) {
    const at = m.index;
    if (NOW_AFTER.test(text.slice(from, at))) return [at, at + m[0].length];
  }
  return null;
}
/** Whether a sentence names "top" or "highest", read once: the main pass and the roles pass ask. */
const topsRead = new SentenceMemo<boolean>();
export function topNamedIn(s: Sentence): boolean {
  let found = topsRead.get(s);
  if (found === undefined) {
    found = TOP_REFERENCE.test(s.text);
    topsRead.set(s, found);
  }
  return found;
}
// "made India a comprehensive strategic partner", "making Malaysia its eighth comprehensive strategic partner".
export const MADE_BEFORE = /\b(?:made|makes|making|make)\s+(?:the\s+)?$/i;
export const DASH_ASIDE = /\s[–—-]\s[^–—\n]{1,80}?\s[–—-]\s/g;

// A year that is a deadline ("a target … by 2025") or the date of diplomatic relations ("normalised ties in 1995")
// is never the year of a partnership.
const TARGET_YEAR = /\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$/i;
export const RELATIONS_WORDS = /\b(?:diplomatic|normali[sz]\w*|embass\w*)\b/i;
const OTHER_EVENT = new RegExp(`\\b(?:${config.otherEventYears.join("|")})[^,;.]{0,25}$`, "i");
const RELATIONS_YEAR = /\b(?:diplomatic\s+(?:relations|ties)|normali[sz](?:ed|ation))\b([^,;()]{0,30})$/i;

/** Years written in the sentence, nearest to the level phrase first ("ties set in 1973 were upgraded … in 2024"). */
const YEAR_WORD = /(?<![-–\d])\b(19[4-9]\d|20\d\d)\b(?![-–]\d)/g;
// "the first bilateral visit by an Indian head of government since ": a first counted from a year; a partner's
// first ("the first strategic partner since …") is left to the other readers.
const FIRST_SINCE = /\b(?:the|its|his|her|their|[a-z]+['’]s)\s+first\b(?![^.;,]*\bpartner)[^.;,]{0,90}\bsince\s+$/i;
const MAX_FIRST_SINCE = 110;
export function yearsIn(text: string, at: number): number[] {
  return allMatches(YEAR_WORD, text)
    .filter((m) => {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0);
      const relations = RELATIONS_YEAR.exec(before);
      // "agreed on Monday …, eight years after the 2001 visit": a year counted from is another event's.
      const span = /\b(?:years?|decades?|months?)\s+(?:after|before|since)\s+(?:the|a|an|his|her|their)\s+$/i;
      // "raised ties … on Saturday, on the first visit by a head of government since 2001": a year a first is
      // counted from dates the earlier occasion, not the level (unless the first is itself a partner's).
      const firstSince =
        /\bsince\s+$/i.test(before) &&
        FIRST_SINCE.test(text.slice(Math.max(0, (m.index ?? 0) - MAX_FIRST_SINCE), m.index ?? 0));
      return (
        !TARGET_YEAR.test(before) &&
        !span.test(before) &&
        !firstSince &&
        !(relations && !/partner/i.test(relations[1] ?? ""))
      );
    })
    .map((m) => {
      const i = m.index ?? 0;
      // "agreed in 2009 …, eight years after the 2001 visit": the later year dates another event, so it comes last.
      const other = OTHER_EVENT.test(text.slice(Math.max(0, i - 40), i)) ? 10_000 : 0;
      return { year: Number(m[1]), rank: other + Math.abs(i - at) };
    })
    .sort((a, b) => a.rank - b.rank)
    .map((m) => m.year);
}

/** `current`: the level held now, named as the start of an upgrade still to come ("expected to lift ties from X to Y"). */
export type Level = {
  level: PartnershipLevel;
  start: number;
  end: number;
  others?: boolean;
  afterOnly?: boolean;
  current?: boolean;
};

// "South Korea and, since last year, the United States": a time aside set off by commas after the connector leaves
// the list running (the aside dates the members after it, which the year passes read on their own).
const CONNECTOR_TIME_ASIDE =
  /\b(and|or)\s*,\s*(?:since|in|from)\s+(?:(?:last|this)\s+(?:year|month)|(?:19|20)\d\d|(?:last\s+)?[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?)\s*,\s*/g;
const timeAsideOut = (gap: string) => gap.replace(CONNECTOR_TIME_ASIDE, "$1 ");
/** The enumeration a country belongs to, walking from `at` forwards (dir 1) or backwards (dir -1). */
export function chain(text: string, offset: number, countries: readonly PlaceMention[], at: number, dir: 1 | -1) {
  const out = [countries[at] as PlaceMention];
  for (let k = at + dir; k >= 0 && k < countries.length; k += dir) {
    const a = dir === 1 ? (out.at(-1) as PlaceMention) : (countries[k] as PlaceMention);
    const b = dir === 1 ? (countries[k] as PlaceMention) : (out.at(-1) as PlaceMention);
    if (!LIST_GAP.test(timeAsideOut(text.slice(a.end - offset, b.start - offset).replace(DASH_ASIDE, " ")))) break;
    out.push(countries[k] as PlaceMention);
  }
  return dir === 1 ? out : out.reverse();
}
export const THIS_YEAR = /\b(?:this|the\s+current)\s+year\b/i;
export const LAST_YEAR = /\blast\s+year\b/i;
// "Italy and France (both 2013)", "China (2008)", "China, Russia and India, which reached that level in 2008, 2012
// and 2016 respectively": a year bound to a country by its place.
export const PAREN_YEAR = new RegExp(
  `^\\s*\\(\\s*(?:(?:both|all|each)\\s+)?(?:in\\s+|since\\s+)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d\\d)\\s*\\)`,
  "i",
);

export function foreignCountries(s: Sentence, places: readonly PlaceMention[]): PlaceMention[] {
  return places.filter(
    (p) =>
      p.sentenceIndex === s.index &&
      p.place.kind === "country" &&
      p.place.code !== HOME_CODE &&
      !NOT_HOLDER_AFTER.test(s.text.slice(p.end - s.start)),
  );
}

/** Adds a holder the main pass missed, or dates (and re-levels, when `relevel`) the one it read in this sentence. */
export function settle(
  out: PartnershipFinding[],
  s: Sentence,
  c: PlaceMention,
  level: PartnershipLevel,
  year: number | null,
  relevel: boolean,
) {
  if (c.place.kind !== "country") return;
  const code = c.place.code;
  const here = out.find((p) => p.countryCode === code && p.sentenceIndex === s.index);
  if (here) {
    if (relevel) here.level = level;
    if (here.level === level && year !== null && here.year !== year)
      Object.assign(here, { year, yearSource: "sentence" });
    return;
  }
  const held = out.filter((p) => p.countryCode === code);
  // a holder read elsewhere keeps its own reading; only its missing year may come from here
  if (held.length > 0) {
    for (const p of held)
      if (p.level === level && p.year === null && year !== null) Object.assign(p, { year, yearSource: "sentence" });
    return;
  }
  out.push(foundInSentence(s, code, c.place.name, level, year, c.start, c.end));
}

// "Amid tensions with China, …", "as China's assertiveness grew": the backdrop of the news, never a holder guessed for an
// unattached level.
const BACKDROP_BEFORE = new RegExp(`\\b(?:${config.contextBefore.join("|")})\\s+(?:the\\s+)?$`, "i");
const BACKDROP_AFTER = new RegExp(`^['’]s?\\s+(?:\\w+\\s+)?(?:${config.contextAfter.join("|")})\\b`, "i");

// "as the US-China trade war diverts orders": a country hyphened to another foreign one names their own affairs.
// (Hyphened to Vietnam, "the US-Vietnam partnership", it is a party of Vietnam's ties.)
const HYPHENED_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}.]*)\s?[-–]$/u;
const HYPHENED_AFTER = /^\s?[-–]\s?(\p{Lu}[\p{L}.]*)/u;
const HOME_PART = /^(?:Viet|Vietnam|Nam|Hanoi)$/;
const hyphenedToOther = (m: RegExpExecArray | null) => m !== null && !HOME_PART.test(m[1] ?? "");

export const backdrop = (s: Sentence, c: PlaceMention) =>
  BACKDROP_BEFORE.test(s.text.slice(Math.max(0, c.start - s.start - 30), c.start - s.start)) ||
  BACKDROP_AFTER.test(s.text.slice(c.end - s.start)) ||
  hyphenedToOther(HYPHENED_BEFORE.exec(s.text.slice(Math.max(0, c.start - s.start - 20), c.start - s.start))) ||
  hyphenedToOther(HYPHENED_AFTER.exec(s.text.slice(c.end - s.start, c.end - s.start + 20)));

// ---- Round 6: holders linked to a level by the roles of a clause ----
// The main pass reads a level and the countries around it in one sentence. Unseen pages kept writing the holders in
// the sentence AFTER the level ("Australia and France reached it in 2024; … joined them in 2025", "Japan followed in
// November", "Five more — A, B and C — joined the group"). This pass keeps one anchor, the last level said about
// Vietnam, and links to it the countries that are the subject (or, after "followed by" / "lifted X to", the object) of
// a verb of arriving at it, each dated by the time phrase of its own stretch of the clause. It only adds what the
// main pass did not find, so the main pass's readings stand.
export const ROLE = config.roles;
export const alt = (list: readonly string[]) => list.join("|");
const ROLE_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
// A time phrase of a clause: "in 2024", "(2009)", "in December last year", "in March", "later that year", "a year later".
export const TIME = new RegExp(
  `\\b(?:in|since|from|as\\s+(?:far\\s+back|early)\\s+as|back\\s+in)\\s+((?:19|20)\\d\\d)\\b|\\(\\s*((?:19|20)\\d\\d)\\s*\\)|\\bin\\s+(${ROLE_MONTHS})(?:\\s+((?:19|20)\\d\\d)|\\s+(last|this)\\s+year)?\\b|\\b(last|this|earlier\\s+this)\\s+year\\b|\\blast\\s+(${ROLE_MONTHS})\\b|\\b(?:later|earlier)\\s+(?:that|the\\s+same)\\s+year\\b|\\bthat\\s+same\\s+year\\b|\\b(a|one|two|three|four|five)\\s+years?\\s+later\\b|\\b(?:a\\s+few|several|a|one|two|three|\\d{1,2})\\s+(?:days?|weeks?|months?)\\s+later\\b|\\b(?:the|that)\\s+same\\s+(?:day|week|month)\\b|\\bin\\s+the\\s+(?:(?:early|late)\\s+)?(?:spring|summer|autumn|fall|winter)\\b(?!\\s+of\\b)`,
  "gi",
);
export const SPAN_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

export const LEVEL_GATE = /partner|\bCSPs?\b/i;
// One reading per sentence object: the roles pass and the year pass both ask for it.
const FOREIGN = new SentenceMemo<PlaceMention[]>();
/** Foreign countries of a sentence, capitals read as their country ("Tokyo", "Canberra"), in text order. */
export function foreignOf(s: Sentence, places: readonly PlaceMention[]): PlaceMention[] {
  const cached = FOREIGN.get(s);
  if (cached) return cached;
  const found = places.filter(
    (p) => p.sentenceIndex === s.index && p.place.kind === "country" && p.place.code !== HOME_CODE,
  );
  for (const capital of capitalMentions(s)) {
    const code = capital.place.kind === "country" ? capital.place.code : "";
    if (code === HOME_CODE || found.some((f) => f.start <= capital.start && f.end > capital.start)) continue;
    found.push(capital);
  }
  found.sort((a, b) => a.start - b.start);
  FOREIGN.set(s, found);
  return found;
}
// A dated list of something else: "free trade agreements with Chile (2011) and Israel (2023)".
export const DATED_OTHERS = new RegExp(`\\b(?:${config.datedListOthers.join("|")})\\b`, "i");

// Members of one bare list: "China, Russia and India", "Japan & Korea".
export const BARE_LIST_GAP = /^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/i;
/**
 * The run of `list[k]` and its neighbours (after it with `dir` 1, before it with -1) joined only by commas, "and" or
 * "&", in text order: the group a clause's holders form.
 */
export function listFrom(s: Sentence, list: readonly PlaceMention[], k: number, dir: 1 | -1): PlaceMention[] {
  const group = [list[k] as PlaceMention];
  for (let j = k + dir; j >= 0 && j < list.length; j += dir) {
    const c = list[j] as PlaceMention;
    const [left, right] = dir === 1 ? [group.at(-1) as PlaceMention, c] : [c, group[0] as PlaceMention];
    if (!BARE_LIST_GAP.test(s.text.slice(left.end - s.start, right.start - s.start))) break;
    if (dir === 1) group.push(c);
    else group.unshift(c);
  }
  return group;
}

/**
 * Adds `c` as a holder of `level`, or, when it already holds that level ("same") or that level or a higher one
 * ("same-or-higher"), dates the existing reading of that very level if it has no year yet. The roles pass and the
 * similar-clauses pass both read holders a main-pass finding may already cover: a second reading never changes the
 * first one's level or year, it only fills a missing year. Returns whether a new finding was added.
 */
export function addOrDate(
  out: PartnershipFinding[],
  s: Sentence,
  c: PlaceMention,
  level: PartnershipLevel,
  year: number | null,
  start: number,
  end: number,
  covered: "same" | "same-or-higher",
): boolean {
  if (c.place.kind !== "country") return false;
  const code = c.place.code;
  const have = out.find(
    (p) => p.countryCode === code && (covered === "same" ? p.level === level : RANK[p.level] >= RANK[level]),
  );
  if (!have) {
    out.push(foundInSentence(s, code, c.place.name, level, year, start, end));
    return true;
  }
  if (have.year === null && have.level === level && year !== null)
    Object.assign(have, { year, yearSource: "sentence" });
  return false;
}

export const PAIR = words(config.pairWords);
// ", and Vietnam now …", "; while …": a new clause, whose references look past this sentence's level.
export const NEW_CLAUSE = new RegExp(`,\\s*and\\b|${config.clauseBreaks.join("|")}`, "i");
export const UNIONS = new Map(config.unions.map((u) => [u.acronym, u]));
// "several EU members, among them Germany, …": a union named as a modifier of its members is no party itself.
export const UNION_MEMBERS_AFTER = new RegExp(`^\\s+(?:${alt(config.unionMemberNouns)})\\b`, "i");
export const FAR_LIST = new RegExp(`\\b(?:${config.farListOpeners.join("|")}):?\\s+(?:the\\s+)?$`, "i");
// "since the upgrade of the relationship to the 'Comprehensive Strategic Partnership …'": an upgrade naming no partner.
export const UPGRADE_TO = /\b(?:to|into)\s+(?:a|an|the)?\s*["“‘']?\s*$/i;
// "announced the elevation of their relations from … to a …": the noun with its object reports the step like the verb
// ("an elevation to a … \"may be considered\"" names a step only wished for).
export const UPGRADE_VERB =
  /\b(?:(?:upgrad|elevat|rais)(?:e|ed|es|ing)|elevation\s+of|lift(?:s|ed|ing)?|mov(?:e|ed|es|ing)|went|jump(?:s|ed|ing)?|leap(?:t|ed|s|ing)?)\b/i;
// "…, Thailand and Singapore, which became Vietnam's strategic partners in 2013": a relative clause whose step makes
// them "partners" speaks of the whole group before it, as a plural verb does.
export const PARTNERS_WHICH = /^\s*\)?\s*,\s*(?:which|who)\s+(?:became|become|turned)\s+[^,;.]{0,40}?\bpartners\b/i;
export const RELATIVE_DATED = /^\s*,\s*(?:which|who)\b[^,;.]{0,60}?\b(?:in|since)\s+((?:19|20)\d\d)\b/i;
export const LATER = /^[^,;.]*?\b(a\s+year|a\s+decade|\d{1,2}\s+years|[a-z]+\s+years)\s+later\b/i;
export const TIES_WORDS =
  /\b(?:partner\w*|ties|relations\w*|status|level|tier|framework|upgrade\w*|received|gained|won|reached|joined|got)\b/i;

// "…, which set one up in 2009", "…, which has held it since 2008", "…, which did so in 2016": a step in the ties.
export const RELATIVE_STEP =
  /\b(?:held|holds|set|sets|formed|forged|given|granted|accorded|awarded|offered|agreed|concluded|did\s+(?:so|the\s+same)|followed(?:\s+suit)?)\b/i;

// "upgraded their strategic partnership to a comprehensive strategic partnership": the first level is the old one.
// "their Strategic Partnership of 2009 to a …", "… established in 2013, to a …": the old level may carry its date;
// "its strategic partnership with Viet Nam to a …" names Vietnam between them.
export const OLD_TO_NEW = new RegExp(
  String.raw`^\s*["”’']?\s*,?\s*(?:(?:(?:established|signed|set up|forged|in place|in force|dating)\s+)?(?:of|in|since|from)\s+(?:19|20)\d\d\s*,?\s*|\(\s*(?:19|20)\d\d\s*\)\s*)?(?:with\s+${HOME_NAME}\s+)?(?:to|into)\s+(?:a|an|the)?\s*["“‘']?\s*$`,
  "i",
);
