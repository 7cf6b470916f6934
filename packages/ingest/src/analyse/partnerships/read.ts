import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import { escapeLiteral } from "../../clean/patterns.js";
import { monthNamePattern } from "../../metadata/months.js";
import { tableCells } from "../../read/table-row.js";
import { capitals, countryName } from "../countries.js";
import recallData from "../data/partnership-recall.json" with { type: "json" };
import data from "../data/partnerships.json" with { type: "json" };
import { MONTH_NAMES } from "../dates.js";
import { readSides, type SideReader } from "./framework-sides.js";
import { findPlaces, type Place, type PlaceMention } from "../gazetteer.js";
import { headedLists, type LevelReader } from "./headed-lists.js";
import { HOME_CODE, HOME_NAME, HOME_POSSESSIVE } from "../home-country.js";
import { ORDINAL_WORDS, ordinalOf } from "../numbers.js";
import { clauseSplitter } from "./clauses.js";
import { comparedMember, withoutSubjectAside } from "./comparisons.js";
import { countedColonLists } from "./counted-lists.js";
import { counterpartCountry } from "./counterparts.js";
import { datedHolders } from "./dated-holders.js";
import { datedRuns } from "./dated-runs.js";
import { exampleLists } from "./example-lists.js";
import { foundInSentence } from "./finding.js";
import { withoutForeignHolders } from "./foreign-holders.js";
import { listMembers } from "./list-members.js";
import { stepSubjectLevel } from "./news-references.js";
import { pairUpgradeYears } from "./pair-upgrades.js";
import { spokenTimelines } from "./spoken-timelines.js";
import { SentenceMemo } from "../sentence-memo.js";
import { type Sentence, splitSentences } from "../sentences.js";
import { timelineEntryYears } from "../timeline-entries.js";
import type { PartnershipFinding } from "../types.js";

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
  references: z.array(z.string()),
  farListOpeners: z.array(z.string()),
  descriptions: z.array(z.string()),
  unions: z.array(z.object({ acronym: z.string(), code: z.string(), name: z.string() })),
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
  futureMarkers: z.array(z.string()),
  countVerbs: z.array(z.string()),
  otherEventYears: z.array(z.string()),
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
const config = Partnerships.parse(data);
// Longest level first so "Comprehensive Strategic Partnership" is never read as "Strategic Partnership".
const LEVEL_RE = new RegExp(
  `\\b(?:${config.levels.map((l) => l.patterns.map((p) => `(${p})`).join("|")).join("|")})\\b`,
  "gi",
);
const GROUP_LEVEL: PartnershipLevel[] = config.levels.flatMap((l) => l.patterns.map(() => l.level));
/** The level a LEVEL_RE match names: the one of its first matched group. */
const levelOf = (m: RegExpMatchArray): PartnershipLevel | undefined =>
  GROUP_LEVEL[m.slice(1).findIndex((g) => g !== undefined)];
// "elevated the United States to its highest diplomatic status": the top level, described rather than named;
// "raised its ties with Hanoi to the highest level": the ties may stand between the verb and the level.
const DESCRIBED = new RegExp(`\\b(?:${config.descriptions.join("|")})\\b`, "gi");
// Every description holds one of these words (partnerships.shapes.test.ts checks it): a cheap gate before DESCRIBED.
const DESCRIBED_CUE = new RegExp(config.descriptionCues.join("|"), "i");
const DESCRIBED_UPGRADE = new RegExp(
  `(?<=\\b(?:${config.upgradeVerbs.join("|")})\\s+(?:(?:its|their|the|bilateral)\\s+(?:ties|relations|relationship|partnership)\\s+(?:with\\s+[^\\s,;.]+(?:\\s+[^\\s,;.]+)?\\s+)?)?(?:to|into)\\s+)(?:${config.upgradeTargets.join("|")})\\b`,
  "gi",
);
// "Vietnam's ties with France reached the top tier in October 2024": the top level, entered rather than raised to.
const REACHED_CUE = /\b(?:reached|reaches|joined|joins|entered|enters)\s/i;
const REACHED_TOP = new RegExp(
  `(?<=\\b(?:reached|reaches|joined|joins|entered|enters)\\s+)(?:${config.upgradeTargets.join("|")})\\b`,
  "gi",
);
const NAME_AFTER = new RegExp(`^\\s+(?:${config.nameWords.join("|")})\\b`, "i");
/** Levels named in `text`, leaving out a level that is part of a name ("Strategic Partnership Dialogue"). */
const namedLevels = (text: string) => outsideNames(text, [...text.matchAll(LEVEL_RE)]);
const outsideNames = (text: string, found: readonly RegExpExecArray[]) =>
  found.filter((m) => !NAME_AFTER.test(text.slice((m.index ?? 0) + m[0].length)));
// Every level pattern holds one of these words (partnerships.shapes.test.ts checks it): a sentence without them names
// no level, and most sentences are such.
const LEVEL_WORDS = new RegExp(config.levelCues.join("|"), "i");
/** A sentence's level matches, read once: the main pass and five later ones ask for them. */
const levelsRead = new SentenceMemo<RegExpExecArray[]>();
function levelsIn(s: Sentence): RegExpExecArray[] {
  let found = levelsRead.get(s);
  if (!found) {
    found = LEVEL_WORDS.test(s.text) ? [...s.text.matchAll(LEVEL_RE)] : [];
    levelsRead.set(s, found);
  }
  return found;
}
/** `namedLevels` of a sentence, from its matches read once. */
const namedLevelsIn = (s: Sentence) => outsideNames(s.text, levelsIn(s));
const words = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");
const CONNECTOR = words(config.connectors);
const RELATION_VERB = words(config.relationVerbs);
const PAIR = words(config.pairWords);
const ELLIPSIS = words(config.ellipsis);
// "raised ties with the United States to the top Comprehensive Strategic Partnership level": "top" or "highest" may
// stand before the level's name (the name then reads as the level it is).
const TO_LEVEL = new RegExp(
  `^\\s*(?:bilateral\\s+)?(?:(?:${config.relationNouns.join("|")})\\s+)?(?:to|into|beyond)\\s+(?:a|an|the)?\\s*(?:(?:very\\s+)?(?:top|highest)\\s+)?["“‘']?\\s*$`,
  "i",
);
const SKIPPED = new RegExp(
  `\\b(?:${config.skipWords.join("|")})\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|${HOME_POSSESSIVE}\\s+)?(?:full\\s+|fully[-\\s]fledged\\s+|formal\\s+)?["“‘']?$`,
  "i",
);
const CLAUSES = clauseSplitter(config.clauseBreaks);
// "a special strategic partnership" (Korea–Indonesia), "special and privileged": another scheme's name, not a level.
const OTHER_FRAMEWORK = new RegExp(`\\b(?:${config.otherFrameworks.join("|")})\\s+$`, "i");
// "agreed to elevate ties to a comprehensive strategic partnership next year": a level still to come.
const FUTURE_AFTER = new RegExp(`\\b(?:${config.futureMarkers.join("|")})\\b`, "i");
// "… the strategic partnership they set up in 2015, as the two neighbours prepare to mark the anniversary next year":
// a time after ", as" and a new subject belongs to that clause's own event, not to the level before it. ("…, as early
// as next year" names no subject and still dates the level.)
const AS_CLAUSE = /,\s+as\s+(?:the|they|both|its|their|he|she|we|it)\b/i;
const beforeAsClause = (text: string) => {
  const at = text.search(AS_CLAUSE);
  return at < 0 ? text : text.slice(0, at);
};
// Case-sensitive: "may" the modal, never "May" the month; any other hedge may open the sentence with a capital
// ("Talks on a comprehensive partnership …").
const CLAUSE_HEDGE = new RegExp(
  `\\b(?:${config.clauseHedges
    .map((h) => (/^may\b/.test(h) ? h : h.replace(/^([a-z])/, (c) => `[${c}${c.toUpperCase()}]`)))
    .join("|")})\\b`,
);
const CLAUSE_HEDGE_ALL = new RegExp(CLAUSE_HEDGE.source, "g");
/** Where the sentence's clause hedges start, read once per sentence. */
const clauseHedgesRead = new SentenceMemo<number[]>();
function clauseHedgeStarts(s: Sentence): number[] {
  let found = clauseHedgesRead.get(s);
  if (!found) {
    found = [...s.text.matchAll(CLAUSE_HEDGE_ALL)].map((m) => m.index ?? 0);
    clauseHedgesRead.set(s, found);
  }
  return found;
}
// Any hedge at all, as written in the data (matched on lower-case text): most sentences have none.
const HEDGE_ANY = new RegExp(config.hedges.map(escapeLiteral).join("|"));
/** Whether a sentence holds a hedge anywhere, read once: four passes ask. */
const hedgesRead = new SentenceMemo<boolean>();
function hedgeAnywhere(s: Sentence): boolean {
  let found = hedgesRead.get(s);
  if (found === undefined) {
    found = HEDGE_ANY.test(s.text.toLowerCase());
    hedgesRead.set(s, found);
  }
  return found;
}
// "may raise their 2013 comprehensive partnership …", "consider raising their \"Extensive Strategic Partnership\" to …":
// the possessed level is held now, whatever its year or quote marks; only the level it is raised to is hedged.
const HELD_AFTER_HEDGE = new RegExp(
  `\\b(?:${config.heldAfterHedge.join("|")})\\s+(?:the|its|their|a|an)?\\s*(?:(?<=(?:its|their)\\s+)(?:19|20)\\d\\d\\s+)?["“‘']?$`,
  "i",
);
const ANNIVERSARY = new RegExp(
  `(?:${config.anniversary})|\\b(${Object.keys(config.anniversaryWords).join("|")})\\s+anniversary\\s+of\\b`,
  "i",
);
// "India's 2016 comprehensive strategic partnership", "Canberra's comprehensive partnership": the possessor holds it.
const POSSESSOR = /^['’]s\s+(?:(?:19|20)\d\d\s+|new\s+|current\s+|existing\s+|own\s+)?$/i;
// "Spain, a strategic partner since 2009, …": a level in apposition to the country before it.
// "Japan, India and Australia, all comprehensive strategic partners of Vietnam, …": "all" sets a group in apposition.
// "Singapore and Indonesia, all currently strategic partners, …": a time word may stand between "all" and the level.
// "China and Russia, the only two comprehensive strategic partners": a count of the group may stand before the level.
// "China, Hanoi's comprehensive strategic partner since 2008,": Vietnam as the possessor of the level.
const APPOSITION = new RegExp(
  String.raw`^\s*,\s*(?:(?:a|an|the|now|both|all|already|another|fellow|long-?time|longstanding)\s+|${HOME_POSSESSIVE}\s+)?(?:(?:currently|presently|still|already|now)\s+)?(?:(?:only|other)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?["“‘']?\s*$`,
  "i",
);
// "… partnership with Japan", "… strategic partner of Australia": the other party is named right after the level.
const OTHER_PARTY = /^\s*["”’']?\s*(?:with|of|between)\s+(?:the\s+)?$/i;
const OTHER_NAMED = new RegExp(String.raw`^\s*["”’']?\s*(?:with|between|of)\s+(?:the\s+)?(?!${HOME_NAME}\b)[A-Z]`, "");
// "… during US President Joe Biden's visit to Hanoi": the visiting leader's country is the partner, not a modifier.
const VISITOR =
  /^\s+(?:President|Prime\s+Minister|Premier|Chancellor|King|Emperor|leader)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s\s+(?:(?:first|state|official|working)\s+)*visit\b/u;
const ATTRIBUTIVE = new RegExp(`^\\s+(?:${config.attributiveNouns.join("|")})\\b`, "i");
// "Receiving New Zealand Ambassador Caroline Harvey, the President said …": the envoy a Vietnamese host receives speaks
// for the partner the host talks about, so the country is no mere modifier of a speaker.
const GUEST_BEFORE = new RegExp(
  `^\\W*(?:(?:while|when|in)\\s+)?(?:${config.hostOpeners.join("|")})\\s+(?:the\\s+)?(?:(?:new|newly\\s+appointed|visiting|outgoing|incoming)\\s+)?$`,
  "i",
);
// "… with Vietnam" opening what follows a level: the level is the home country's own.
const WITH_HOME_OPENING = new RegExp(String.raw`^\s*with\s+${HOME_NAME}\b`, "i");
// "(the) Vietnam and " or "both " before a partner: the pair, not a third country.
const PAIR_OPENING = new RegExp(String.raw`^\W*(?:(?:the|both)\s+)?(?:${HOME_NAME}\s+and\s+)?$`, "i");
// "it" or the home country's name opening a clause: the subject is the home country.
const IT_OR_HOME_OPENING = new RegExp(String.raw`^\W*(?:it|${HOME_NAME})\b`, "i");
const WITH_HOME = new RegExp(String.raw`\b(?:with|of)\s+${HOME_NAME}\b`, "gi");
// "its comprehensive strategic partnership with Vietnam": a pronoun possessor refers to the sentence's subject.
const PRONOUN_BEFORE = /\b(?:its|their)\s+(?:\w+\s+)?$/i;
const LOOSE = new RegExp(`\\b(?:${config.looseModifiers.join("|")})\\s+$`, "i");
const REFERENCE = words(config.references);
// "…, a group that includes China, Russia …": the opener stands right before the list, however far the level is.
// "including fellow Southeast Asian states Indonesia, …": a few words may describe the members before the list.
const LIST_OPENER = new RegExp(
  `\\b(?:${config.listOpeners.join("|")})\\s*:?\\s*(?:the\\s+)?(?:(?:(?:${config.listDescriptors.join("|")})\\s+){0,3}(?:${config.listDescriptorNouns.join("|")})\\s+)?$`,
  "i",
);
// "Australia joins China, Russia … as Vietnam's comprehensive strategic partners".
const COUNTS = new RegExp(`\\b(?:${config.countVerbs.join("|")})\\s+(?:the\\s+)?$`, "i");
const JOINS = new RegExp(`\\b(?:${config.joinVerbs.join("|")})\\s+(?:the\\s+)?$`, "i");
// "… on the list of Hanoi's strategic partners", "… among Vietnam's strategic partners" read like "as"; so does
// "Vietnam has added A (2022) and B (2023) to its own list of comprehensive strategic partners".
// "… joins Chile and Peru as the only nations with which Vietnam has a …": the group is described by a relative clause
// whose subject is Vietnam, so the level is still the group's own. "India joins China and Russia as the third country
// to have a comprehensive strategic partnership with Vietnam": a count of holders reads the same.
// "… among its other comprehensive partners": a word setting the list beside the news may stand before the level.
// "… joined China, Russia and India at the top of Vietnam's hierarchy": "at" before a described top level.
const AS_LEVEL = new RegExp(
  String.raw`^\s*(?:\([^()]{0,30}\)\s*)?(?:as|among|at|on\s+the\s+list\s+of|in\s+the\s+ranks\s+of|to\s+(?:its|the|${HOME_POSSESSIVE})\s+(?:own\s+)?(?:list|ranks|roster)\s+of)\s+(?:${HOME_POSSESSIVE}\s+|its\s+|a\s+|an\s+|the\s+|the\s+(?:only\s+|other\s+|few\s+){0,2}(?:countries|nations|partners|states)\s+(?:with\s+which|that)\s+${HOME_NAME}\s+(?:now\s+|already\s+|also\s+)?(?:has|have|holds|shares|maintains)\s+(?:a\s+|an\s+|its\s+|the\s+)?|the\s+(?:[\w-]+\s+)?(?:country|nation|partner|state)\s+to\s+(?:have|hold|reach|receive|gain|get|win|establish|sign)\s+(?:a\s+|an\s+|the\s+)?)?(?:(?:other|existing|current|fellow|own)\s+)?$`,
  "i",
);
// "Biden and Trong announced the comprehensive strategic partnership": one framework, launched in this story.
const ANNOUNCED = new RegExp(`\\b(?:${config.announceVerbs.join("|")})\\s+(?:the|a|an|their|a\\s+new)\\s+$`, "i");
/** Sentences at the top of a story that report its news; an upgrade there without a year is of the story's year. */
const LEAD = 3;
const UPGRADED_IN =
  /\b(?:partnership|ties|relations(?:hip)?)\b[^.;]{0,60}?\b(?:upgraded|elevated|raised|lifted)\s+(?:in|since)\s+((?:19|20)\d\d)\b/i;
const CHANGE_VERB =
  /\b(?:(?:upgrad|elevat|rais|lift|announc|establish|forg|agree|launch|conclud)(?:e|ed|es|ing|s|d)?|set(?:s|ting)? up|bec[oa]mes?|sign(?:s|ed|ing)?|ink(?:s|ed)?|settled\s+for|made|makes|making)\b/i;
// ", and Vietnam now …", "; while …": a new clause, whose references look past this sentence's level.
const NEW_CLAUSE = new RegExp(`,\\s*and\\b|${config.clauseBreaks.join("|")}`, "i");
// References that compare with a list of holders ("on the same footing as China, Russia").
const REFERENCE_LIST = /\b(?:footing|par|level|tier)\b/i;
const LIST_AFTER_REF = /^[^,;.]{0,30}?(?:as|with)\s+(?:the\s+)?$/i;
const UNIONS = new Map(config.unions.map((u) => [u.acronym, u]));
// Items of one enumeration: "China, Russia, India and South Korea", "China (2008), Russia (2012)".
// "Canada, established in 2017, and Brazil": a dated participle aside does not end the list; nor does "and most
// recently"; nor a dated relative aside ("China, which received it in 2008, Russia in 2012", "South Africa, which was
// given the same status in 2004, and Chile").
// "New Zealand, which upgraded last month, and Indonesia": an aside dated by a time word (no year) does not either.
const LIST_GAP =
  /^\s*(?:\([^()]{0,30}\)\s*|(?:19|20)\d\d(?=\s*(?:,|and\b|&|\([^()]{0,60}\)\s*,))\s*(?:\([^()]{0,60}\)\s*)?)?(?:,\s*(?:which|who)\s+[^,;.()]{1,40}?\b(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today)\s*)?(?:,\s*(?:(?:which|who)\s+(?:received|gained|got|won|reached|took|signed|joined|secured|attained)(?:\s+(?:it|that|this|the\s+\w+))?|(?:which|who)\s+[^,;.()]{1,40}?|established|upgraded|elevated|signed|set up|forged|added)\s+(?:in|since)\s+(?:19|20)\d\d\s*)?(?:,\s*(?:since|dating\s+(?:from|back\s+to))\s+(?:19|20)\d\d\s*(?=,))?(?:,\s*(?:and|or|as well as)?|[–—-]?\s*and\s+(?:also\s+)?with|and|or|as well as|&|-|–|\/)?\s*(?:(?:(?:most|more)\s+recently|lately|finally|then|later)\s*,?\s*)?(?:the\s+)?$/i;
const FAR_LIST = new RegExp(`\\b(?:${config.farListOpeners.join("|")}):?\\s+(?:the\\s+)?$`, "i");
// "Russia followed in 2012 and India in 2016", "South Korea in 2022": a year closing one group of a timeline.
// "the United States and Japan joined the club in 2023, and Australia this March": a group may close with the year
// the article speaks from.
const DATED_AFTER =
  /^\s*(?:,\s*(?:which|who)\s+(?:received|gained|got|won|reached|took|signed|joined|secured|attained)(?:\s+(?:it|that|this|the\s+\w+))?\s+(?=(?:in|since)\s)|,\s*(?:added|admitted|upgraded|elevated|raised|promoted)\s+(?=(?:in|last|this|earlier\s+this)\s)|(?:(?:was|were)\s+)?(?:followed|joined|admitted|added|did so|did the same|came next|came|signed up|got there|led the way|was|(?:became|was)\s+the\s+(?:latest|newest|last|first|\w+th)(?:\s+(?:to\s+join|one))?)(?:\s+(?:the|that|this)\s+(?:club|group|list|ranks|tier))?(?:\s+first)?\s*,?\s+)?(?:(?:in\s+|since\s+|,\s*(?:both|all|each)\s+(?:in|since)\s+|\(\s*(?:(?:both|all|each)\s+)?(?:in\s+)?|[,:–—-]\s*(?=(?:19|20)\d\d\s*(?:[;.]|$)))(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b|(\(\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:of\s+)?this\s+year(?=\s*\))|this\s+(?:year|month|week|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)|earlier\s+this\s+year|last\s+(?:month|week|january|february|march|april|may|june|july|august|september|october|november|december)|in\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?!\.?\s*,?\s*\d))\b)/i;
const LEVEL_NOW = new RegExp(
  `^\\s*(?:since|in)\\s+(?:(?:${MONTH_NAMES.join("|")})\\s+)?(?:last|this|earlier\\s+this)\\s+year\\b`,
  "i",
);
const MEMBER_NOW = /^\s*(?:last|this|earlier\s+this)\s+year\b/i;
const DATED_HEAD = /^\s+(?:in|since)\s+(?:19|20)\d\d\s*,/;
// "…; Japan in 2009; South Korea and Spain later the same year": a group dated by the year written before it.
const SAME_YEAR_AFTER = /^\s*,?\s*(?:(?:later|earlier|also)\s+)?(?:in\s+)?(?:that|the)\s+same\s+year\b/i;
// "as the two countries mark nine years of their strategic partnership": the level is that many years old. Groups 1
// and 2 stay empty so the span's number is read like the anniversary's.
const SPAN = new RegExp(`()()${config.anniversarySpan}`, "i");
// "…, a year after the two countries raised their ties to a comprehensive strategic partnership": the level is that
// many years older than the news the sentence reports.
const CHANGE_SPAN = new RegExp(`()()${config.changeSpan}`, "i");
// "member of the European Union", "amid China's growing assertiveness": named, but not as a holder of the level.
const NOT_HOLDER_BEFORE = /\b(?:of|amid|against|from|in)\s+(?:the\s+)?$/i;
const RESUMED_VERB = /^\s*,\s*(?:is|are|was|were|has|have|had)\b/i;
const MEMBER_OF = /\b(?:countr(?:y|ies)|nations?|members?|states?|economies|economy)\s+(?:in|of|from)\s+(?:the\s+)?$/i;
const NOT_HOLDER_AFTER = /^['’]s?\b/;
// "ASEAN had upgraded …", "The Secretary-General noted that ASEAN had …": an organisation opening its clause (or the
// clause reported after "that") is its subject; one after a verb or preposition ("chairs ASEAN", "at the ASEAN summit")
// is not.
const ORG_SUBJECT_HEAD = /^\W*(?:[^;]{0,80}?\bthat\s+)?(?:the\s+)?$/i;
// "Hanoi has lifted 13 countries to its top tier": a counted object of an upgrade verb names no one either.
const COUNTED_PARTIES = new RegExp(
  `\\b(?:with|to|${config.upgradedObjectVerbs.join("|")})\\s+(?:\\d{1,2}|${Object.keys(config.spanWords)
    .filter((w) => /^[a-z]+$/.test(w) && w !== "a")
    .join(
      "|",
    )}|several|many|more|other|a\\s+(?:dozen|number\\s+of|handful\\s+of))\\s+(?:other\\s+|more\\s+)?(?:countries|nations|partners|states|economies)\\b`,
  "i",
);
// A clause that opens on its verb ("…, for its part, raised ties with …") and so has its subject before the break.
const VERB_HEAD = new RegExp(`^\\s*(?:and\\s+)?(?:also\\s+)?(?:${config.verbHeads.join("|")})\\b`, "i");
// "…, and said Vietnam …", "…, so the upgrade with Vietnam …": a coordinated clause after a foreign subject's list
// (not "and with", nor a further member: "…, and Vietnam").
const FOREIGN_LIST_TAIL = new RegExp(
  String.raw`,\s*(?:and|so|but|while|whereas)\s+(?!(?:with|to|the\s+)?\s*${HOME_NAME}\b)(?!with\b)`,
  "i",
);
// The end of a level's own clause when a foreign country or "we" is its subject: the clause stops at a coordinated
// clause after the list.
function foreignSubjectClauseEnd(text: string, levelEnd: number, segB: number): number {
  const tail = FOREIGN_LIST_TAIL.exec(text.slice(levelEnd, segB));
  return tail ? levelEnd + tail.index : segB;
}
// "We already have …": a first-person subject (whose country the sentence may show).
const WE_SUBJECT = /^\W*(?:we|we\s+(?:already|also|now)|our\s+country)\b[^,;]*$/i;
// "… the upgrade with Vietnam", "… ties with Hanoi": Vietnam named as the other party, so the speaker is foreign.
const HOME_THIRD_PERSON = new RegExp(String.raw`\b(?:with|to)\s+${HOME_NAME}\b`, "");
// "It agreed a …", "Its ties with …": a sentence whose subject is a pronoun.
const PRONOUN_SUBJECT = /^\W*(?:It|Its|It\s+also|It\s+has\s+also)\b[^,;]*$/;
const RANK: Record<PartnershipLevel, number> = {
  "Comprehensive Strategic Partnership": 3,
  "Strategic Partnership": 2,
  "Comprehensive Partnership": 1,
};
/** How many sentences back a reference ("such a framework") may look for its level. */
const REFERENCE_REACH = 6;
const TOP_LEVEL = (Object.keys(RANK) as PartnershipLevel[]).reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
const NEXT_UP = new Map(
  (Object.keys(RANK) as PartnershipLevel[]).map((l) => [
    l,
    (Object.keys(RANK) as PartnershipLevel[]).find((u) => RANK[u] === RANK[l] + 1),
  ]),
);
// "India and Vietnam upgraded their strategic partnership in 2016": the level upgraded is left, for the next one up.
const UPGRADED_OBJECT = new RegExp(
  `\\b(?:${config.upgradedObjectVerbs.join("|")})\\s+(?:(?:its|their|the|bilateral|existing)\\s+){1,2}$`,
  "i",
);
// "… upgraded their strategic partnership to a comprehensive one": a target named after it.
const TARGET_AFTER =
  /\b(?:to|into)\s+(?:a|an|the|its|their)?\s*(?:new\s+|higher\s+|highest\s+|top\s+|comprehensive\s+|strategic\s+|level\b)/i;
const MONTH = `(?:${monthNamePattern})\\.?`;
const CAPITALS = capitals();
const CAPITAL_RE = new RegExp(`\\b(?:${[...CAPITALS.keys()].join("|")})\\b`, "g");
const NAME_PARTICLE_BEFORE = /\p{Lu}\p{Ll}+\s+(?:de|da|do|dos|das|del|della|di|van|von|bin)\s+$/u;
/** Each capital a sentence names, read as a mention of its country ("Tokyo" stands for Japan), in text order. */
function capitalMentions(s: Sentence): PlaceMention[] {
  // "Ambassador Rodrigo de Lima Baena": a capital after a given name and its particle is part of a person's name.
  const inName = (m: RegExpMatchArray) =>
    NAME_PARTICLE_BEFORE.test(s.text.slice(0, m.index ?? 0)) &&
    /^\s+\p{Lu}\p{Ll}/u.test(s.text.slice((m.index ?? 0) + m[0].length));
  return [...s.text.matchAll(CAPITAL_RE)]
    .filter((m) => !inName(m))
    .map((m) => {
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
// "Mongolia (October 2024)", "Japan (in November 2023)": a month may stand before the year; "(both 2023)" and ", both
// in 2023" date a group.
const OWN_YEAR = new RegExp(
  `^\\s*(?:,\\s*(?=(?:in|since)\\s+(?:${MONTH}\\s+)?(?:19|20)\\d\\d\\s*,|(?:both|all|each)\\s+(?:in|since)\\s))?\\(?\\s*(?:(?:both|all|each)\\s+)?(?:in\\s+|since\\s+)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d\\d)\\b`,
  "i",
);
const YEAR_SERIES_AFTER = /^\s*(?:in|since)\s+(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*,?\s*and\s+(?:19|20)\d\d\b/i;
const HOME_NAMES = /\b(?:Viet\s?Nam|Vietnam)\b/g;
const HOME_ANTECEDENT = new RegExp(String.raw`\b${HOME_NAME}\s*,\s*(?:which|who)$`, "");
const HOME_WORDS = new RegExp(String.raw`\b(?:${HOME_NAME}|Vietnamese)\b`);
const PREVIOUS_LEVEL = /\bfrom\s+(?:a|an|the|its|their)?\s*["“‘']?\s*$/i;
// "upgraded their strategic partnership to a comprehensive strategic partnership": the first level is the old one.
// "their Strategic Partnership of 2009 to a …", "… established in 2013, to a …": the old level may carry its date;
// "its strategic partnership with Viet Nam to a …" names Vietnam between them.
const OLD_TO_NEW = new RegExp(
  String.raw`^\s*["”’']?\s*,?\s*(?:(?:(?:established|signed|set up|forged|in place|in force|dating)\s+)?(?:of|in|since|from)\s+(?:19|20)\d\d\s*,?\s*|\(\s*(?:19|20)\d\d\s*\)\s*)?(?:with\s+${HOME_NAME}\s+)?(?:to|into)\s+(?:a|an|the)?\s*["“‘']?\s*$`,
  "i",
);
// "since the upgrade of the relationship to the 'Comprehensive Strategic Partnership …'": an upgrade naming no partner.
const UPGRADE_TO = /\b(?:to|into)\s+(?:a|an|the)?\s*["“‘']?\s*$/i;
const UPGRADE_VERB =
  /\b(?:(?:upgrad|elevat|rais)(?:e|ed|es|ing)|lift(?:s|ed|ing)?|mov(?:e|ed|es|ing)|went|jump(?:s|ed|ing)?|leap(?:t|ed|s|ing)?)\b/i;
// "China, Russia, India – its highest diplomatic tier – and Japan": an aside set off by dashes is not part of the list.
// "The comprehensive strategic partnership replaces the strategic partnership signed in 2013": the old level's year.
const REPLACES =
  /^\s*["”’']?\s*(?:replaces|replaced|replacing|supersedes|superseded|succeeds|succeeded)\s+(?:the|a|an|their|its)?\s*["“‘']?\s*$/i;
// "the fiftieth anniversary of diplomatic ties": the relations' age, not the framework's.
const RELATIONS_ANNIVERSARY =
  /^\s*(?:the\s+)?(?:establishment\s+of\s+)?(?:diplomatic|bilateral\s+diplomatic)\s+(?:relations|ties)\b/i;
// "the five countries that already held the top status": a reference to the highest level, whatever was named last.
const TOP_REFERENCE = /\b(?:top|highest)\b/i;
/** Whether a sentence names "top" or "highest", read once: the main pass and the roles pass ask. */
const topsRead = new SentenceMemo<boolean>();
function topNamedIn(s: Sentence): boolean {
  let found = topsRead.get(s);
  if (found === undefined) {
    found = TOP_REFERENCE.test(s.text);
    topsRead.set(s, found);
  }
  return found;
}
const SUBSET_TOP =
  /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+of\s+(?:which|them|these|whom)\s*(?:–|—|--|\(|:|,)\s*[^–—():;.]{3,120}?\s*(?:–|—|--|\)|,)?\s*(?:(?:are|were|is|sit|sits|stand|stands)\s+)?(?:now\s+|already\s+)?(?:at|on|in)\s+(?:the\s+)?(?:highest|top)\s+(?:level|tier|rung)\b/i;
// "made India a comprehensive strategic partner", "making Malaysia its eighth comprehensive strategic partner".
const MADE_BEFORE = /\b(?:made|makes|making|make)\s+(?:the\s+)?$/i;
// "makes the United States the fifth country to reach Vietnam's highest level": a count of holders may stand between.
const MADE_GAP = new RegExp(
  String.raw`^\s+(?:(?:a|an|the|its|${HOME_POSSESSIVE})\s+)?(?:(?:\w+th|first|second|third|new|full|one\s+of\s+(?:only\s+)?(?:\d{1,2}|\w+))\s+)?(?:(?:country|nation|partner|state)s?\s+(?:to\s+(?:reach|hold|gain|win|enter|join|attain|secure|have)|with|at)\s+(?:(?:a|an|the|its|${HOME_POSSESSIVE})\s+)?)?["“‘']?$`,
  "i",
);
const UPGRADE_OR_BECOME = /\b(?:became|become|becomes|upgraded|elevated|raised|lifted)\b/i;
// "…, while its ties with Vietnam were raised to the same level in 2016", "…, added Vietnam to that group in 2024",
// "…, while Vietnam's own with China was set up in 2008": a later clause giving Vietnam the level just named.
const BACK_REFERENCE = new RegExp(`\\b(?:${config.backReferences.join("|")})\\b`, "i");
// "… extended the same status to …", "… the same level with …": the list right after a back-reference receives it.
const HANDED_TO = /^\s+(?:(?:since|now|also|already)\s+)?(?:to|with)\s+(?:the\s+)?$/i;
const RELATIVE_AFTER = /^\s*,\s*(?:which|who)$/i;
// "…, a framework Viet Nam established with the UAE earlier this week": the auxiliary may be left out.
// "… to a comprehensive partnership, which Vietnam has with South Africa since 2004": the withheld level, taken up by a
// relative clause whose subject is Vietnam, is held with the countries after it.
const STEP_TAKEN_WITH =
  /^\s*,\s*(?:(?:a|an|the)\s+(?:step|status|level|move|framework|rank|arrangement)\s+(?:that\s+|which\s+)?|which\s+)(?:Viet\s?Nam|Vietnam|Hanoi|it)\s+(?:already\s+|also\s+)?(?:has\s+had|has|holds|shares|keeps|maintains|enjoys|(?:(?:has|had)\s+)?(?:already\s+|only\s+|recently\s+)?(?:taken|took|reached|granted|given|gave|established|set\s+up|agreed|forged|signed))\s+(?:with|to)\b/i;
// "…, Germany (2011), joined earlier this year by Italy, …": later holders added to the list by a passive.
const JOINED_BY = /,\s*joined\s+[^,;.]{0,30}?\bby\s+(?:the\s+)?$/i;
const FOREIGN_WITH_WHICH = new RegExp(String.raw`,\s*with\s+which\s+(?!${HOME_NAME}\b)\p{Lu}[^,;]*$`, "u");
const TREATY_BEFORE = /\btreat(?:y|ies)\s+(?:on|of)\s+(?:the\s+|a\s+)?["“‘']?$/i;
const POSSESSOR_OF_LIST =
  /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:allies|neighbours|neighbors|partners|rivals|members|friends)\s+(?:the\s+)?$/;
const POSSESSOR_PHRASE =
  /(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s?\s+(?:[a-z-]+\s+){0,2}(?:allies|neighbours|neighbors|partners|rivals|members|friends)\s+(?:the\s+)?$/u;
// A foreign possessor right before a level ("Thailand's other", "Japan's"), and the level written in the plural.
const FOREIGN_OWNER = /^['’]s?\s+(?:[a-z-]+\s+){0,2}$/;
const PLURAL_LEVEL = /partners\b|partnerships\b/i;
// "Indonesia's own list of comprehensive strategic partners is short.", "For Malaysia, the list of comprehensive
// strategic partners is growing.": a foreign country's own list of a level opens sentences about its frameworks.
const FOREIGN_LIST_HEAD =
  /^(?:['’]s?|\s*,\s*(?:the|its))\s+(?:own\s+)?(?:list|roster|circle|club|group|network)\s+of\s+(?:its\s+)?$/i;
// Where the clause of such a list ends: a semicolon, "and that", "while", "but" or the sentence's end.
const CLAUSE_STOP = /;|,?\s+(?:and\s+that|while|but|whereas)\b|[.!?](?:\s|$)/i;
const HOLD_OWN =
  /^\s*,\s*(?:which|who|that)\s+(?:already\s+|also\s+)?(?:(?:have|has|had)\s+(?:long\s+|already\s+)?(?:held|had|enjoyed|maintained)|hold|holds|held|have|has|had|enjoy|enjoys|maintain|maintains)\s+(?:a\s+|an\s+)?$/i;
const DASH_ASIDE = /\s[–—-]\s[^–—\n]{1,80}?\s[–—-]\s/g;

export interface YearContext {
  /** Year the article speaks from ("this year"), from metadata or the text; null when unknown. */
  year: number | null;
  /** Month (1–12) the article speaks from, when its date is known to the month: "last October" depends on it. */
  month?: number | null;
  /** The article's headline; "Vietnam, Malaysia elevate ties to …" names the level a lead's "the upgrade" means. */
  title?: string | null;
}

// A year that is a deadline ("a target … by 2025") or the date of diplomatic relations ("normalised ties in 1995")
// is never the year of a partnership.
const TARGET_YEAR = /\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$/i;
const AGO = /\b(\d{1,2}\s+years|[a-z]+\s+years|a\s+year|a\s+decade|[a-z]+\s+decades)\s+ago\b/i;
const MONTHS_AFTER =
  /\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?\s+(?:after|since)\b/i;
const SIGNED_BEFORE = /\b(?:sign|signs|signed|signing|ink|inks|inked|inking)\s+(?:a|an|the)\s+(?:new\s+)?$/i;
const PACT_AFTER = /^\s+(?:agreement|pact|accord|deal)\b/i;
// "signed a strategic partnership agreement on climate change adaptation and water management": a pact on one field
// is a sectoral arrangement, not the framework itself (READING.md).
const SECTORAL_PACT =
  /^\s+(?:agreement|pact|accord|deal)\s+(?:on|for)\s+(?!(?:the\s+)?(?:establish\w*|comprehensive|strategic|partnership|bilateral|relations|ties)\b)/i;
const LOOSE_SPAN_AFTER =
  /\b(?:less|more)\s+than\s+(?:a|one|two|three|\d{1,2})\s+(?:years?|decades?)\s+(?:after|since)\b[^.;]{0,80}$/i;
const TITLED = /\b(?:entitled|titled|called|named|dubbed)\s*[:,]?\s*["“][^"”]{0,120}$/i;
// "…, which set one up in 2009", "…, which has held it since 2008", "…, which did so in 2016": a step in the ties.
const RELATIVE_STEP =
  /\b(?:held|holds|set|sets|formed|forged|given|granted|accorded|awarded|offered|agreed|concluded|did\s+(?:so|the\s+same)|followed(?:\s+suit)?)\b/i;
// "…, which upgraded last month", "…, which jumped two grades in September": a time word with no year dates the step.
const NOW_WORDS =
  "(?:(?:last|this|earlier\\s+this)\\s+(?:week|month|year)|(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|(?:in|last)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?!\\s*,?\\s*\\d))";
const RELATIVE_NOW = new RegExp(`^\\s*,\\s*(?:which|who)\\s+([^,;.()]{1,40}?\\b${NOW_WORDS})\\b`, "i");
// "…, and the United States and Japan, both of which joined last year": the same, for a whole group.
const GROUP_NOW = new RegExp(
  `^\\s*,\\s*(?:both|all|each)\\s+of\\s+(?:which|whom|them)\\s+([^,;.()]{1,40}?\\b${NOW_WORDS})\\b`,
  "i",
);
// the steps such a clause reports beside the change verbs: "joined", "jumped two grades", "reached it".
const STEP_NOW = /\b(?:joined|jumped|reached|climbed|moved\s+up|got\s+there)\b/i;
// "… established a Comprehensive Partnership in July 2013": a month may stand before the level's own year.
// "…, which was established in 2008": the level's own year in a relative clause right after it.
const SIGNED_IN_AFTER =
  /^\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:signed|established|set\s+up|forged|agreed|launched)\s+)?(?:in|since)\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b/i;
// "…, and the United Kingdom, which is expected to follow later this year": a member's own hedged relative clause.
const RELATIVE_ASIDE = /^\s*,\s*(?:which|who)\b[^,;.]*/i;
const RELATIVE_DATED = /^\s*,\s*(?:which|who)\b[^,;.]{0,60}?\b(?:in|since)\s+((?:19|20)\d\d)\b/i;
const PLUPERFECT =
  /\b(?:previously|already|had\s+(?:already\s+|previously\s+)?(?:been|\w+ed|set up|made|given|held))\b/i;
const YEARS_AFTER = /^\W*(a\s+year|a\s+decade|\d{1,2}\s+years|[a-z]+\s+years)\s+(?:after|since)\b/i;
const LATER = /^[^,;.]*?\b(a\s+year|a\s+decade|\d{1,2}\s+years|[a-z]+\s+years)\s+later\b/i;
const SPAN_AFTER =
  /^[^;.]{0,20}?\b(a\s+year|a\s+decade|\d{1,2}\s+years|[a-z]+\s+years|[a-z]+\s+decades)\s+after\b[^;.]{0,120}?\b(?:in|since)\s+((?:19|20)\d\d)\b/i;
const SPAN_AFTER_WORDS = /\b(a\s+year|a\s+decade|\d{1,2}\s+years|[a-z]+\s+years|[a-z]+\s+decades)\s+after\b/gi;
const MAKING_AFTER = /^\s*["”’']?\s*,\s*(?:making|which\s+(?:makes|made)|and\s+(?:makes|made))\s+(?:the\s+)?$/i;
const JOINING_WORDS =
  /\b(?:join(?:s|ed|ing)?|admitted|added|member(?:s|ship)?|club|followed|latest|newest|partners?|status|level|tier|upgrad\w*|elevat\w*|rais(?:ed|ing)|lift(?:ed|ing)?)\b/i;
const RELATIONS_WORDS = /\b(?:diplomatic|normali[sz]\w*|embass\w*)\b/i;
// "granted to only one other country, China": a count of holders may stand between the verb and the list.
const HELD_BY =
  /\b(?:reserved|given|granted|accorded|extended|offered|held|enjoyed)\s+(?:only\s+)?(?:to|for|by)\s+(?:the\s+)?(?:(?:only\s+)?(?:one|two|three|four|five|six|seven|\d{1,2})\s+(?:other\s+)?(?:[\w-]+\s+){0,2}(?:country|countries|nations?|partners?|states?)\s*(?:,|--|—|–|:)\s*(?:the\s+)?)?$/i;
// "… which it maintains with only three other countries -- China, Russia and India": the holders, set off by a
// dash or colon after a count of countries.
const HELD_WITH =
  /\bwith\s+(?:only\s+)?(?:[\w-]+\s+){0,3}(?:countries|nations|partners|states)\s*(?:--|—|–|:)\s*(?:the\s+)?$/i;
// "Vietnam now counts 12 comprehensive strategic partners, the latest being New Zealand, …": the holders named
// after a count of Vietnam's own.
const BEING_LIST = /^\s*,\s*(?:the\s+)?(?:latest|newest|most\s+recent|others?|rest)\s+(?:\w+\s+)?being\s+(?:the\s+)?$/i;
// "…, and the second in Europe after France": an ordinal tail counts the holder after earlier ones, no new clause.
const ORDINAL_AFTER =
  /,\s*and\s+(?:the\s+)?(?:\w+th|first|second|third|\w+st|\w+nd|\w+rd)\b[^,;.]{0,30}?\b(?:after|behind|following)\s+(?:the\s+)?$/i;
const TOP_BETWEEN = /\b(?:highest|top)[\s-]+(?:level|tier|status|rung)\b/i;
const AS_HOLDER = new RegExp(
  String.raw`^\s+(?!(?:is|was|were|are)\s+not\b)[^,;]{0,40}?\bas\s+(?:a|an|its|${HOME_POSSESSIVE})\s+["“‘']?$`,
  "i",
);
const TO_NEXT = /^\d{4}\s+(?:\w+\s+)?(?:to|into)\s+(?:a|an|the)?\s*["“‘']?\s*$/i;
const MEMBERS_AFTER = /^\s+(?:member\s+(?:states|countries|nations)|members)\b/i;
const TIES_WORDS =
  /\b(?:partner\w*|ties|relations\w*|status|level|tier|framework|upgrade\w*|received|gained|won|reached|joined|got)\b/i;
const REPLACED_BEFORE = /\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing))\s+(?:the|a|an|its|their)?\s*["“‘']?\s*$/i;
const TALLY =
  /\b(?:took|takes|taking|brought|brings|bringing|pushed|pushes|pushing|raised|raises|raising)\s+(?:the|that|this|its|their)\s+(?:number|total|tally|count|club|list|group|ranks)\s+(?:of\s+\w+\s+)?to\s+(?:\d{1,2}|[a-z]+)\b/i;
const SHORTLY_AFTER = /\b(?:(?:a\s+few|two|three|several|\d)\s+)?(?:days?|weeks?|hours?)\s+after\b[^,;.]*$/i;
const JOINED =
  /\b(?:began\s+with|started\s+with|joined|followed|(?:was|were)\s+(?:added|admitted)|(?:became|was|got\s+there|came)\s+(?:the\s+)?(?:first|latest|newest))\b/i;
const COUNTED_NEW = /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+new\s+$/i;
const EARLIER_BEFORE = /\b(?:after|following|behind)\s+(?:the\s+)?$/i;
const OTHER_EVENT = new RegExp(`\\b(?:${config.otherEventYears.join("|")})[^,;.]{0,25}$`, "i");
// "… and puts Australia in a group that already includes China, Russia …", "would put New Zealand alongside Australia,
// Japan …": the group a country is set in holds the level, whether or not that country's own step is done.
const PUT_IN_GROUP = new RegExp(
  `\\b(?:${config.groupPutVerbs.join("|")})\\s+([^,;.]{1,40}?)\\s+(?:${config.groupOpeners.join("|")}):?\\s+(?:the\\s+)?$`,
  "i",
);
const GROUP_PRONOUN =
  /^(?:it|them|ties|relations|the\s+(?:country|nation|kingdom|republic|relationship|partnership|ties|relations|two(?:\s+\w+)?))$/i;
const PUT_IN_GROUP_ANY = new RegExp(PUT_IN_GROUP.source.replace(/\$$/, ""), "i");
// A cheap gate before PUT_IN_GROUP_ANY: every opener holds one of these words (partnerships.partners-around-an-upgrade.test.ts checks it).
const GROUP_CUE =
  /\b(?:alongside|next to|beside|company|group|club|circle|list|ranks|league|tier|bracket|category|class|rank)\b/i;
const RELATIONS_YEAR = /\b(?:diplomatic\s+(?:relations|ties)|normali[sz](?:ed|ation))\b([^,;()]{0,30})$/i;

/** Years written in the sentence, nearest to the level phrase first ("ties set in 1973 were upgraded … in 2024"). */
function yearsIn(text: string, at: number): number[] {
  return [...text.matchAll(/(?<![-–\d])\b(19[4-9]\d|20\d\d)\b(?![-–]\d)/g)]
    .filter((m) => {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0);
      const relations = RELATIONS_YEAR.exec(before);
      // "agreed on Monday …, eight years after the 2001 visit": a year counted from is another event's.
      const span = /\b(?:years?|decades?|months?)\s+(?:after|before|since)\s+(?:the|a|an|his|her|their)\s+$/i;
      return !TARGET_YEAR.test(before) && !span.test(before) && !(relations && !/partner/i.test(relations[1] ?? ""));
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

/** The levels each mention of `year` stands nearest to, in text order. */
function nearestLevel(text: string, offset: number, levels: readonly Level[], year: number): Level[] {
  const out: Level[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![-–\\d])\\b${year}\\b`, "g"))) {
    const at = offset + (m.index ?? 0);
    // "from a strategic partnership, set up in 2015, to a …": a year in a comma aside is the level's before it.
    // "moving from the comprehensive partnership they set up in 2013 straight to a …": a year closing the "from"
    // level's own words, right before "to", is that level's.
    // "upgrade the strategic partnership established in 2007 to a …": a year between two levels, closing the first
    // one's own words right before "to", is the first one's too.
    const fromBefore = levels.some(
      (o) =>
        o.end <= at &&
        (PREVIOUS_LEVEL.test(text.slice(Math.max(0, o.start - offset - 12), o.start - offset)) ||
          (at - o.end <= 60 && !/[.;,]/.test(text.slice(o.end - offset, at - offset)))),
    );
    const gap = (l: Level) =>
      at < l.start
        ? l.start -
          at -
          4 +
          (text.slice(at - offset, l.start - offset).includes(",") ||
          (fromBefore && TO_NEXT.test(text.slice(at - offset, l.start - offset)))
            ? 100
            : 0)
        : at - l.end;
    const best = [...levels].sort((a, b) => gap(a) - gap(b))[0];
    if (best) out.push(best);
  }
  return out;
}

/** "nine years", "a decade", "12": how many years a span or an "ago" counts. */
function spanYears(words: string): number | undefined {
  const w = words
    .toLowerCase()
    .replace(/\s+years?$/, "")
    .replace(/\s+/g, " ")
    .trim();
  const n = config.spanWords[w] ?? Number(w);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

// "this year", "last month", "in April", "a decade ago": a time word that dates the news without naming its year.
// "… to the same level last November": a month said "last" is dated like "last year" (localWord reads which year).
const LOCAL_TIME =
  /\b(?:this|last|earlier this)\s+(?:year|month|week)\b|\blast\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bin\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!,?\s*\d)|\bago\b/i;

// "Trudeau and Phuc announced the establishment of a comprehensive partnership": a launch reported as news; so is
// "adopted a joint statement on …", "signed a joint declaration establishing …" (any joint document in
// config.jointDocuments) or "welcomed the establishment of …".
const ANNOUNCED_HERE = new RegExp(
  `\\b(?:announced|unveiled|launched|inaugurated|(?:agreed|decided)\\s+to\\s+establish|(?:signed|adopted|issued)\\s+(?:a|an|the)\\s+joint\\s+(?:${config.jointDocuments.join("|")})\\s+(?:on|establishing)|(?:welcomed|hailed|celebrated|witnessed)\\s+the\\s+establishment\\s+of)\\b[^.;]{0,40}?(?:the\\s+establishment\\s+of\\s+)?(?:a|an|the)?\\s*(?:\\S+\\s+){0,3}$`,
  "i",
);
function announcedHere(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 90), at);
  return (
    ANNOUNCED_HERE.test(before) &&
    !/\b(?:had|has|have)\s+(?:\w+\s+)?$/i.test(
      before.split(/\b(?:announced|unveiled|launched|inaugurated|agreed|decided|signed)\b/i)[0] ?? "",
    )
  );
}

/** "… the strategic partnerships Hanoi signed this year with Italy": only the stretch after the level dates it. */
function othersYear(text: string, end: number, ctx: YearContext): number | null {
  // "…, a framework Vietnam set up with the UAE this week": the stretch starts past a comma right after the level.
  const lead = /^\s*["”’']?\s*,/.exec(text.slice(end))?.[0].length ?? 0;
  end += lead;
  const comma = text.slice(end).search(/[,;]/);
  const seg = text.slice(end, comma < 0 ? text.length : end + comma);
  const year = yearsIn(seg, 0)[0];
  if (year !== undefined) return year;
  return LOCAL_TIME.test(seg) ? localWord(seg, ctx) : null;
}

/** The year of a time word in the level's own comma-delimited stretch, when that stretch names no year itself. */
function localYear(text: string, start: number, end: number, ctx: YearContext): number | null {
  const a = Math.max(text.lastIndexOf(",", start), text.lastIndexOf(";", start)) + 1;
  const commaAfter = text.slice(end).search(/[,;]/);
  const b = commaAfter < 0 ? text.length : end + commaAfter;
  const seg = text.slice(a, b);
  if (yearsIn(seg, 0).length > 0 || ctx.year === null) return null;
  // The time word nearest the level: "… last year and with Australia in March" dates the level by "last year".
  const at = (start + end) / 2 - a;
  const near = [...seg.matchAll(new RegExp(LOCAL_TIME.source, "gi"))].sort(
    (x, y) => Math.abs((x.index ?? 0) - at) - Math.abs((y.index ?? 0) - at),
  )[0];
  if (!near) return null;
  const word = seg.slice(Math.max(0, (near.index ?? 0) - 12), (near.index ?? 0) + near[0].length + 12);
  return localWord(word, ctx);
}

function localWord(seg: string, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  const lastMonth =
    /\blast\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(seg);
  if (lastMonth) return relativeYear(seg, ctx);
  const inMonth =
    /\bin\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(seg);
  // "in January last year": the month of the year before, whatever the article's month.
  if (
    inMonth &&
    /^\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+year\b/i.test(
      seg.slice((inMonth.index ?? 0) + inMonth[0].length),
    )
  )
    return ctx.year - 1;
  // "in November" read in a story of May is the November before.
  if (inMonth?.[1] && ctx.month && MONTH_NAMES.indexOf(inMonth[1].toLowerCase()) + 1 > ctx.month) return ctx.year - 1;
  if (inMonth) return ctx.year;
  const rel = relativeYear(seg, ctx);
  return rel;
}

function relativeYear(text: string, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  const lower = text.toLowerCase();
  // "set up a decade ago", "established five years ago": counted back from the article's year.
  const ago = AGO.exec(lower);
  const back = ago ? spanYears(ago[1] ?? "") : undefined;
  if (back) return ctx.year - back;
  // "The visit comes three months after Vietnam lifted …": months back from the article's month.
  const monthsAfter = MONTHS_AFTER.exec(lower);
  const months = monthsAfter ? spanYears(monthsAfter[1] ?? "") : undefined;
  if (months && months < 12) return ctx.month && ctx.month - months < 1 ? ctx.year - 1 : ctx.year;
  if (/\b(last|previous|past) year\b/.test(lower)) return ctx.year - 1;
  // "set up last October" in a story of May is the October of the year before; in a story of November, this year's.
  const lastMonth =
    /\blast\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/.exec(lower);
  if (lastMonth?.[1] && ctx.month) return MONTH_NAMES.indexOf(lastMonth[1]) + 1 >= ctx.month ? ctx.year - 1 : ctx.year;
  // Known to the year only: "added last July" most often names the July of the year before (a month of the same
  // year is usually written "in July").
  if (lastMonth?.[1]) return ctx.year - 1;
  // "Last month's upgrade": news of the weeks before the article.
  if (/\blast (?:month|week)\b/.test(lower)) return ctx.year;
  // "… were added during the year": the year the article reviews.
  if (/\b(?:during|earlier in) the year\b/.test(lower)) return ctx.year;
  if (/\b(this|earlier this) (year|month|week)\b/.test(lower)) return ctx.year;
  // A day names the news only when the sentence reports a change; "met on Wednesday as the two countries mark their
  // first year as partners" dates the meeting, not the framework; "Indonesia followed on March 10" repeats a change.
  if (!CHANGE_VERB.test(text) && !ELLIPSIS.test(text)) return null;
  // "on September 10", "on 10 September": a day of the article's own year when no year follows.
  if (
    /\b(?:on|from|since)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b(?!,?\s*\d{4})/.test(
      lower,
    )
  )
    return ctx.year;
  // "upgraded … in September": a month with no year after it is of the article's own year.
  if (
    /\bin\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!,?\s*\d)/.test(
      lower,
    ) &&
    /\b(?:upgrad|elevat|rais|lift|establish|forg|set up)/.test(lower)
  ) {
    // "upgraded its ties … in October" read in a story of January is the October before.
    const named =
      /\bin\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/.exec(lower);
    const month = named?.[1] ? MONTH_NAMES.indexOf(named[1]) + 1 : 0;
    return ctx.month && month > ctx.month ? ctx.year - 1 : ctx.year;
  }
  // News of the day ("on Thursday", "today"): the year the article speaks from.
  if (/\b(today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(lower)) return ctx.year;
  return null;
}

/** `others`: a level the news level is compared with ("one rung below the strategic partnerships … with Japan"). */
// "since 2011 and 2013", "in 2013, 2016 and 2018, respectively": one year per member of the group before the level.
const YEAR_SERIES =
  /^\s*["”’']?\s*(?:[^;.]{0,40}?(?:,\s*|\s))?(?:(?:agreed|established|signed|set up|forged|reached)\s+)?(?:since|in)\s+((?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*,?\s*and\s+(?:19|20)\d\d)\b(?:\s*,?\s*respectively\b)?/i;
function respectiveYears(after: string, n: number): number[] | null {
  if (n < 2) return null;
  const m = YEAR_SERIES.exec(after);
  const years = m?.[1]?.match(/(?:19|20)\d\d/g)?.map(Number) ?? [];
  return years.length === n ? years : null;
}
// "…, and Spain since 2009": a country closing a clause with nothing but its year.
const SHARED_PREDICATE = /^\s*,\s*(?:and\s+)?(?:as|so)\s+(?:are|is|was|were|do|does|did|have|has|had)\s+(?:the\s+)?$/i;
// ", all since 2013", ", both in 2015": one year for the whole group before it.
const SHARED_TAIL = /^\s*,?\s*(?:all|both|each)\s+(?:of\s+them\s+)?(?:in|since)\s+((?:19|20)\d\d)\b/i;
const ELLIPTIC_TAIL = /^\s*,?\s+(?:since|in)\s+((?:19|20)\d\d)\s*(?:[,;.]|$)/i;

/** `current`: the level held now, named as the start of an upgrade still to come ("expected to lift ties from X to Y"). */
type Level = {
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
function chain(text: string, offset: number, countries: readonly PlaceMention[], at: number, dir: 1 | -1) {
  const out = [countries[at] as PlaceMention];
  for (let k = at + dir; k >= 0 && k < countries.length; k += dir) {
    const a = dir === 1 ? (out.at(-1) as PlaceMention) : (countries[k] as PlaceMention);
    const b = dir === 1 ? (countries[k] as PlaceMention) : (out.at(-1) as PlaceMention);
    if (!LIST_GAP.test(timeAsideOut(text.slice(a.end - offset, b.start - offset).replace(DASH_ASIDE, " ")))) break;
    out.push(countries[k] as PlaceMention);
  }
  return dir === 1 ? out : out.reverse();
}

/** The year of a time word without a year ("this year", "in February"): a month later than the article's is last year's. */
function spokenYear(phrase: string, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  // "added last July": the month before the article's, however far back.
  if (/^last\s+[a-z]{3,}/i.test(phrase)) return relativeYear(phrase, ctx);
  const month = /^in\s+([a-z]+)/i.exec(phrase)?.[1]?.toLowerCase().slice(0, 3);
  const at = month ? MONTH_NAMES.findIndex((m) => m.startsWith(month)) + 1 : 0;
  return at > 0 && ctx.month && at > ctx.month ? ctx.year - 1 : ctx.year;
}

// "India in 2016, South Korea in 2022, the United States and Japan last year, and Australia in March": inside a
// dated timeline, "last year" closes a group like a year does (a bare "last year" elsewhere is too loose to date).
const LAST_YEAR_ITEM = /^\s+last\s+year\b(?=\s*(?:[,;.]|and\b|$))/i;
/** Groups of a dated timeline between `from` and `to`, each country with the year closing its group. */
function timeline(
  text: string,
  offset: number,
  countries: readonly PlaceMention[],
  from: number,
  to: number,
  ctx: YearContext,
  minGroups = 2,
) {
  const out = new Map<PlaceMention, number>();
  let groups = 0;
  for (let k = 0; k < countries.length; k++) {
    const c = countries[k] as PlaceMention;
    if (c.start < from || c.end > to || out.has(c)) continue;
    const whole = chain(text, offset, countries, k, 1).filter((g) => g.end <= to);
    // "China (2008), Russia (2012), …": a member dated right after itself closes its own group.
    const closes = (g: PlaceMention) => {
      const next = text.slice(g.end - offset, g.end - offset + 60);
      return DATED_AFTER.test(next) || SAME_YEAR_AFTER.test(next) || LAST_YEAR_ITEM.test(next);
    };
    const cut = whole.findIndex(closes);
    const group = cut < 0 ? whole : whole.slice(0, cut + 1);
    const tail = group.at(-1) as PlaceMention;
    const dated = DATED_AFTER.exec(text.slice(tail.end - offset, tail.end - offset + 60));
    const same = dated ? null : SAME_YEAR_AFTER.exec(text.slice(tail.end - offset, tail.end - offset + 60));
    const prior = same
      ? [...text.slice(0, (group[0] as PlaceMention).start - offset).matchAll(/\b(?:19|20)\d\d\b/g)].at(-1)
      : undefined;
    const year = dated?.[1]
      ? Number(dated[1])
      : dated?.[2]
        ? spokenYear(dated[2], ctx)
        : prior
          ? Number(prior[0])
          : LAST_YEAR_ITEM.test(text.slice(tail.end - offset)) && ctx.year !== null
            ? ctx.year - 1
            : null;
    if (year === null) continue;
    groups++;
    // "South Korea, the United States and Japan in 2022, 2023 and 2023": a series gives each member its own year.
    const after = text.slice(tail.end - offset);
    const each = YEAR_SERIES_AFTER.test(after) ? respectiveYears(after, group.length) : null;
    group.forEach((g, i) => {
      out.set(g, each?.[i] ?? year);
    });
    k = countries.indexOf(tail);
  }
  // "The club began with China in 2008.": one dated group is enough when the clause says someone joined.
  const joined = groups === 1 && JOINED.test(text.slice(from - offset, to - offset));
  return groups >= minGroups || joined ? out : new Map<PlaceMention, number>();
}

/** [start, end) of each clause that begins after `from`, split at the data file's clause breaks. */
function clausesAfter(text: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  let at = CLAUSES.around(text, from)[1];
  while (at < text.length) {
    const [, end] = CLAUSES.around(text, at + 1);
    out.push([at, end]);
    if (end <= at + 1) break;
    at = end;
  }
  return out;
}

const REVIEW = new RegExp(`\\b(?:${config.reviewWords.join("|")})\\b`, "i");
// "The week in review", "our monthly recap": a look back at days or weeks speaks from its own date, however many
// earlier years its stories name ("trade of $16.7 billion in 2024").
const SHORT_REVIEW = new RegExp(`\\b(?:${config.shortReviews.join("|")})\\b`, "i");

/**
 * A look back at the year before ("2025 in review", published in January 2026) speaks from the year it reviews:
 * its "this year" and "in March" are that year's.
 */
function reviewedYear(sentences: readonly Sentence[], ctx: YearContext): YearContext {
  if (ctx.year === null) return ctx;
  const head = [ctx.title ?? "", ...sentences.slice(0, 3).map((s) => s.text)].join(" ");
  const before = new RegExp(`\\b${ctx.year - 1}\\b`);
  // Early in the new year a review is of the year just ended even when it does not name it.
  if (!REVIEW.test(head) || !(before.test(head) || (ctx.month && ctx.month <= 1))) return ctx;
  if (SHORT_REVIEW.test(head)) return ctx;
  return { ...ctx, year: ctx.year - 1, month: 12 };
}

/** Vietnam's partnership level with each country named next to a level phrase; one finding per listed country. */
// A copy of a PDF or a printed column breaks its sentences at every line ("As of April 2024, Vietnam had
// Comprehensive" / "Strategic Partnerships with China (2008), Russia (2012),"): each line reaches the splitter as a
// sentence. A page where many lines end with no closing mark and run on into the next line is read with those lines
// joined again; offsets stay those of the body (the gap between two lines becomes spaces).
// Same answer as /[^.!?…"”’)\]:]\s*$/ (a white-space end is open too, as the class takes a space), without running
// a pattern over the whole sentence to reach its last character.
const CLOSING = '.!?…"”’)]:';
const openEnd = (text: string) => text.length > 0 && !CLOSING.includes(text.charAt(text.length - 1));
const WRAP_SHARE = 0.4;
const WRAP_MIN = 8;
const WRAP_RUN = 12;
function rewrapped(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): { sentences: readonly Sentence[]; places: readonly PlaceMention[] } {
  const runsOn = (k: number) => {
    const a = sentences[k] as Sentence;
    const b = sentences[k + 1];
    return b !== undefined && b.line === a.line + 1 && openEnd(a.text);
  };
  let open = 0;
  for (let k = 0; k < sentences.length; k++) if (runsOn(k)) open++;
  if (open < WRAP_MIN || open < sentences.length * WRAP_SHARE) return { sentences, places };
  const joined: Sentence[] = [];
  const moved = new Map<number, number>();
  for (let k = 0; k < sentences.length; k++) {
    const a = sentences[k] as Sentence;
    let text = a.text;
    let end = a.end;
    const tokens = [...a.tokens];
    moved.set(a.index, joined.length);
    let n = 1;
    while (runsOn(k) && n < WRAP_RUN) {
      const b = sentences[k + 1] as Sentence;
      text += " ".repeat(Math.max(1, b.start - end)) + b.text;
      end = b.end;
      tokens.push(...b.tokens);
      k++;
      n++;
      moved.set(b.index, joined.length);
    }
    joined.push({ ...a, index: joined.length, text, end, tokens });
  }
  return {
    sentences: joined,
    places: places.map((p) => ({ ...p, sentenceIndex: moved.get(p.sentenceIndex) ?? p.sentenceIndex })),
  };
}

// Vietnamese outlets write the home names with their tone marks ("Việt Nam's comprehensive strategic partners",
// "Hà Nội"); every home pattern here is written without them. Each marked letter is one UTF-16 unit, like the letter
// it folds to, so a folded copy keeps every offset.
const MARKED_HOME = /\b(?:Vi[eệ]t(?=\s?Nam\b)|H[aà](?=\s?N[oộ]i\b)|N[oộ](?=i\b))/g;
const MARKED_ANY = /Việt\s?Nam|Hà\s?Nội/;
const unmark = (m: string) => m.normalize("NFD").replace(/\p{M}/gu, "");

// Both marked names hold a precomposed "ệ" or "à": a plain string search spares unmarked sentences the pattern.
const marked = (text: string) => (text.includes("ệ") || text.includes("à")) && MARKED_ANY.test(text);
function unmarkedHome(sentences: readonly Sentence[]): readonly Sentence[] {
  if (!sentences.some((s) => marked(s.text))) return sentences;
  return sentences.map((s) => (marked(s.text) ? { ...s, text: s.text.replace(MARKED_HOME, unmark) } : s));
}

export function findPartnerships(
  marked: readonly Sentence[],
  places: readonly PlaceMention[],
  published: YearContext,
): PartnershipFinding[] {
  // the per-sentence readings below are kept for this article only
  return SentenceMemo.during(() => partnershipsOf(marked, places, published));
}

function partnershipsOf(
  marked: readonly Sentence[],
  places: readonly PlaceMention[],
  published: YearContext,
): PartnershipFinding[] {
  const sentences = unmarkedHome(marked);
  if (sentences !== marked) {
    // the findings quote the page's own sentence, marks and all
    const original = new Map(sentences.map((s, i) => [s.text, marked[i]?.text ?? s.text]));
    return foreignHoldersOut(readFolded(sentences, places, published), sentences, places).map((p) => ({
      ...p,
      sentence: original.get(p.sentence) ?? p.sentence,
    }));
  }
  return foreignHoldersOut(readFolded(sentences, places, published), sentences, places);
}

/** The findings without another country's own partners (partnership-foreign-holders.ts). */
function foreignHoldersOut(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PartnershipFinding[] {
  return withoutForeignHolders(out, sentences, places, {
    levels: (s) =>
      namedLevelsIn(s).flatMap((m) => {
        const level = levelOf(m);
        return level ? [{ level, index: m.index ?? 0, length: m[0].length }] : [];
      }),
  });
}

function readFolded(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  published: YearContext,
): PartnershipFinding[] {
  const out = tableRows(
    continuedLists(readPartnerships(sentences, places, published), sentences, places, published),
    sentences,
    places,
  );
  const sides: SideReader = {
    levels: (s) =>
      namedLevelsIn(s).flatMap((m) => {
        const level = levelOf(m);
        return level ? [{ level, index: m.index ?? 0, length: m[0].length }] : [];
      }),
    timeWordYear: (text) => timeWordYear("", text, published),
    year: published.year,
    rank: RANK,
    capitals: capitalMentions,
  };
  const wrapped = rewrapped(sentences, places);
  if (wrapped.sentences === sentences)
    return stepsAndHolders(
      timelineEntryYears(firstHeld(readSides(out, sentences, places, sides), sentences, places), sentences),
      sentences,
      places,
      published,
    );
  // the joined lines only add holders the lines alone did not show: a line the cleaner dropped may leave a joined
  // sentence saying less than its lines did
  for (const p of readPartnerships(wrapped.sentences, wrapped.places, published)) {
    if (out.some((q) => q.countryCode === p.countryCode)) continue;
    const own = sentences.find((x) => p.start >= x.start && p.start < x.end);
    out.push({ ...p, sentenceIndex: own?.index ?? p.sentenceIndex });
  }
  return stepsAndHolders(
    timelineEntryYears(firstHeld(readSides(out, sentences, places, sides), sentences, places), sentences),
    sentences,
    places,
    published,
  );
}

// A table's row: a short line that opens on a country and holds one level — named, or by the initials tables print in
// capitals ("China  CSP  2008", "Japan | Strategic Partnership | 2009") — and a date, with nothing else to say.
const ROW_INITIALS = new RegExp(`(?<![\\w-])(?:${Object.keys(config.tableInitials).join("|")})(?![\\w-])`, "g");
const ROW_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const ROW_FILLER = new RegExp(`\\b(?:${MONTH_NAMES.join("|")}|upgraded|established|since|in)\\b|[^\\p{L}]+`, "giu");
const ROW_WORDS = 10;
type Row =
  | { kind: "header"; level: PartnershipLevel }
  | {
      kind: "row";
      s: Sentence;
      c: PlaceMention;
      level: PartnershipLevel | null;
      year: number | null;
      at: number;
      end: number;
    };
const CELL_BREAK = /\||:\s/;
function tableRow(s: Sentence, places: readonly PlaceMention[]): Row | null {
  // a closed sentence is no row whatever its length: that cheap test first spares most sentences the word split
  if (/[.!?]["”’]?$/.test(s.text) || (s.text.split(/\s+/).length > ROW_WORDS && !levelCell(s.text))) return null;
  const here = places.filter((m) => m.sentenceIndex === s.index);
  const c = here[0];
  if (here.length === 0) {
    // "Country | Comprehensive strategic partner since": a header row naming one level gives it to the rows below.
    const named = namedLevelsIn(s);
    const level = named.length === 1 && CELL_BREAK.test(s.text) ? levelOf(named[0] as RegExpExecArray) : undefined;
    return level ? { kind: "header", level } : null;
  }
  if (here.length !== 1 || !c || c.place.kind !== "country" || c.place.code === HOME_CODE) return null;
  if (!/^\W*(?:the\s+)?$/i.test(s.text.slice(0, c.start - s.start))) return null;
  const rest = s.text.slice(c.end - s.start);
  const cell = levelCell(s.text);
  if (cell) return { kind: "row", s, c, ...cell, at: s.start + cell.at, end: s.start + cell.at + cell.length };
  const named = namedLevelsIn(s).filter((m) => (m.index ?? 0) >= c.end - s.start);
  const initials = [...rest.matchAll(ROW_INITIALS)];
  if (named.length + initials.length > 1) return null;
  const m = named[0] ?? initials[0];
  const level = m ? (named[0] ? levelOf(m) : config.tableInitials[m[0]]) : null;
  if (level === undefined) return null;
  // Nothing but the level and a date: a row, not a sentence about the country.
  if ((m ? rest.replace(m[0], " ") : rest).replace(ROW_FILLER, " ").trim() !== "") return null;
  const years = rest.match(ROW_YEAR);
  // a row naming no level is only a row under a header that names one, and must be dated
  if (!m && !years) return null;
  const at = m ? c.end + (rest.indexOf(m[0]) ?? 0) : c.start;
  return { kind: "row", s, c, level, year: years?.[0] ? Number(years[0]) : null, at, end: at + (m?.[0].length ?? 0) };
}

const CELL_YEAR = new RegExp(`^(?:(?:${MONTH_NAMES.join("|")})\\.?\\s+)?((?:19|20)\\d\\d)$`, "i");
/**
 * "Thailand | SP | 2013 | "Enhanced" SP; CSP expected in May": a row whose one level cell holds nothing but the level
 * is at that level, with the year of its year cell, whatever its notes cell says of other levels.
 */
function levelCell(text: string): { level: PartnershipLevel; year: number | null; at: number; length: number } | null {
  const cells = tableCells(text, { shape: "as written", empty: true })?.map((c) => ({ text: c.text, at: c.start }));
  if (!cells) return null;
  const levels = cells.flatMap((cell) => {
    const initial = config.tableInitials[cell.text];
    if (initial) return [{ cell, level: initial }];
    const m = cell.text.match(LEVEL_RE);
    return m && m[0].length === cell.text.length && levelOf(m) ? [{ cell, level: levelOf(m) as PartnershipLevel }] : [];
  });
  const only = levels.length === 1 ? levels[0] : undefined;
  if (!only) return null;
  const year = cells.map((cell) => CELL_YEAR.exec(cell.text)?.[1]).find(Boolean);
  return { level: only.level, year: year ? Number(year) : null, at: only.cell.at, length: only.cell.text.length };
}

/**
 * Rows of a table of partners: each holds the level it names, or the one its header names ("| Partner | Strategic
 * partner since |" over "| Spain | 2009 |"). Two or more rows make a table; one row-shaped line alone may be a
 * headline.
 */
function tableRows(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PartnershipFinding[] {
  const held: {
    s: Sentence;
    c: PlaceMention;
    level: PartnershipLevel;
    year: number | null;
    at: number;
    end: number;
  }[] = [];
  let header: PartnershipLevel | null = null;
  for (const s of sentences) {
    const r = tableRow(s, places);
    if (r === null) header = null;
    else if (r.kind === "header") header = r.level;
    else if (r.level ?? header) held.push({ ...r, level: (r.level ?? header) as PartnershipLevel });
  }
  if (held.length < 2) return out;
  for (const r of held) {
    if (r.c.place.kind !== "country") continue;
    const code = r.c.place.code;
    // the row's level cell is its level: another level its notes name ("CSP expected in May") is not the row's
    for (let k = out.length - 1; k >= 0; k--) {
      const p = out[k] as PartnershipFinding;
      if (p.sentenceIndex === r.s.index && p.countryCode === code && p.level !== r.level && levelCell(r.s.text))
        out.splice(k, 1);
    }
    const have = out.find((p) => p.countryCode === code && p.level === r.level);
    if (have) {
      if (have.year === null && r.year !== null) Object.assign(have, { year: r.year, yearSource: "sentence" });
      continue;
    }
    out.push(foundInSentence(r.s, code, r.c.place.name, r.level, r.year, r.at, r.end));
  }
  return out;
}

// The stretch between two holders of one list: short, no sentence end, and no second framework or other talk
// ("against", "from", "of" make the next country something else).
const HOLDER_GAP = /^[^.!?:()]{0,60}$/;
const CONTINUES = /(?:,|;|\band\b|\bas\s+well\s+as\b)/i;
const NOT_HOLDER_TAIL =
  /\b(?:of|amid|against|from|in|to|by|over|between|than|unlike|except|like|including\s+\w+\s+with)\s+(?:the\s+)?$/i;
const TURN = /\b(?:while|whereas|but|although|though|yet|unlike|except)\b/i;
// After the level: its own name-word or date, then "and with" the next party ("… level in 2023 and with Australia").
const COORDINATED_WITH =
  /^\s*(?:level|status|tier|framework)?\s*(?:(?:in|on|since|during)\s+[^,;.()]{0,40}?)?\s*,?\s*and\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?with\s+(?:the\s+)?$/i;
const WRITTEN_YEAR_AFTER = /^\s*(?:\(\s*|,?\s*(?:in|since)\s+|,?\s*(?:both|all)\s+(?:in|since)\s+)((?:19|20)\d\d)\b/i;

/**
 * A list of one level's holders often runs on past the connector the main pass reads: "… with Russia (2001), Japan
 * and India, and with Britain and Spain …", "… Argentina, since 2010, and added Peru …", "…; and the United States
 * and Japan, both in 2023". In a sentence that names ONE level and already gives it two or more holders, a country
 * after a holder, joined to it by a short run of commas, "and" or a semicolon (no sentence end, bracket or
 * preposition that makes it something else), holds the same level. Its year is the one written right after it, else
 * the time word of its own stretch.
 */
const SHARED_YEAR_AFTER =
  /^[^;.()]{0,60}?(?:\(\s*(?:all|both)\s+|,?\s*(?:all|both)\s+(?:in|since)\s+)((?:19|20)\d\d)\b/i;
// capitalised, so the modal "may" is no month
const MONTH_WORD = new RegExp(
  `\\b(?:([Ll]ast)\\s+)?(${MONTH_NAMES.map((m) => m[0]?.toUpperCase() + m.slice(1)).join("|")})\\b(\\s+(?:of\\s+)?last\\s+year)?`,
);
const GAP_YEAR = /\b(?:in|since)\s+((?:19|20)\d\d)\b/gi;
const SAME_TIME = /\b(?:the\s+)?same\s+(?:month|year|day|week)\b/i;
const THIS_YEAR = /\b(?:this|the\s+current)\s+year\b/i;
const LAST_YEAR = /\blast\s+year\b/i;

/**
 * The year of a time word around a list's later holder ("…, since July last year, the United States", "… with
 * Singapore, in early September"): a month is this story's year, or the year before when it is later in the calendar
 * than the story or said "last".
 */
function timeWordYear(before: string, after: string, ctx: YearContext): number | null {
  for (const text of [after, before]) {
    if (ctx.year === null) continue;
    const m = MONTH_WORD.exec(text);
    if (m?.[2]) {
      const month = MONTH_NAMES.indexOf(m[2].toLowerCase()) + 1;
      if (m[3] || (m[1] && ctx.month && month >= ctx.month) || (ctx.month && month > ctx.month)) return ctx.year - 1;
      return ctx.year;
    }
    if (THIS_YEAR.test(text)) return ctx.year;
    if (LAST_YEAR.test(text)) return ctx.year - 1;
  }
  return null;
}

function continuedLists(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
): PartnershipFinding[] {
  const bySentence = new Map<number, PartnershipFinding[]>();
  for (const p of out) bySentence.set(p.sentenceIndex, [...(bySentence.get(p.sentenceIndex) ?? []), p]);
  for (const [index, found] of bySentence) {
    const codes = new Set(found.map((p) => p.countryCode));
    const single = codes.size < 2;
    const level = found[0]?.level;
    if (!level || found.some((p) => p.level !== level)) continue;
    const s = sentences.find((x) => x.index === index);
    if (!s || hedgeAnywhere(s)) continue;
    const named = namedLevelsIn(s);
    // "… and with Malaysia in November, bringing the number of its comprehensive strategic partners to nine": a
    // coordinated party may be followed by the same level named again.
    if (named.length === 0 || named.some((n) => levelOf(n) !== level)) continue;
    const oneLevel = named.length === 1;
    const levelEnd = (named[0]?.index ?? 0) + (named[0]?.[0].length ?? 0);
    const here = places
      .filter((m) => m.sentenceIndex === index && m.place.kind === "country")
      .sort((a, b) => a.start - b.start);
    let last: PlaceMention | undefined;
    let lastAdded: PartnershipFinding | undefined;
    for (const m of here) {
      if (m.place.kind !== "country") continue;
      const code = m.place.code;
      if (codes.has(code)) {
        last = m;
        lastAdded = undefined;
        continue;
      }
      if (!last || code === HOME_CODE || m.start - s.start < levelEnd) continue;
      if (out.some((p) => p.countryCode === code && p.level === level)) continue;
      const gap = s.text.slice(last.end - s.start, m.start - s.start);
      const plain = gap.replace(/\(\s*(?:19|20)\d\d\s*\)/g, "");
      // "raised ties with A to the level in 2023 and with B in March": "and with" after the level and its own date
      // hands the level to one more party, however long the level's stretch, even after a single holder.
      const coordinated =
        last.end - s.start <= levelEnd && COORDINATED_WITH.test(s.text.slice(levelEnd, m.start - s.start));
      if ((single || !oneLevel) && !coordinated) continue;
      if (!coordinated && (!HOLDER_GAP.test(plain) || !CONTINUES.test(plain) || NOT_HOLDER_TAIL.test(gap))) continue;
      // "…, while relations with Cuba rest on …", "… and it is set to sign one with France": the list has ended
      if (TURN.test(gap) || FUTURE_AFTER.test(gap)) continue;
      if (NOT_HOLDER_AFTER.test(s.text.slice(m.end - s.start))) continue;
      const after = s.text.slice(m.end - s.start);
      const written = WRITTEN_YEAR_AFTER.exec(after);
      const tail = after.slice(0, 90).split(/[;.]|,\s*and\b/)[0] ?? "";
      const shared = SHARED_YEAR_AFTER.exec(tail);
      // "…, Germany (2011) and, in a burst of talks in 2013, with Italy, France and Spain": a year written in the
      // stretch before a holder dates it, and a bare comma or "and" hands the year of the holder before to the next.
      const before = gap.split(/[;]/).pop() ?? "";
      // the year right after the holder before is that holder's own ("Chile, since 2009, and added Peru …")
      const own = WRITTEN_YEAR_AFTER.exec(before);
      // the year in a coordinated stretch ("… level in 2023 and with B") is the level's date for the holders before
      const ahead = coordinated ? undefined : [...before.slice(own ? own[0].length : 0).matchAll(GAP_YEAR)].at(-1);
      const year = written?.[1]
        ? Number(written[1])
        : shared?.[1]
          ? Number(shared[1])
          : ahead?.[1]
            ? Number(ahead[1])
            : BARE_LIST_GAP.test(gap) && lastAdded
              ? lastAdded.year
              : timeWordYear(before, tail, ctx);
      // "… and added Peru during a stop in Lima the same month": the month is some event's the list does not date, and
      // an undated reading of a dated step is wrong either way.
      if (year === null && SAME_TIME.test(`${before} ${tail}`)) continue;
      const held = found[found.length - 1] as PartnershipFinding;
      const added: PartnershipFinding = {
        ...held,
        countryCode: code,
        countryName: m.place.name,
        year,
        yearSource: year === null ? null : written ? "sentence" : "context",
      };
      out.push(added);
      codes.add(code);
      last = m;
      lastAdded = added;
    }
  }
  return out;
}

/**
 * A level's year is the year it was first held. "Russia and Vietnam agreed to deepen their comprehensive strategic
 * partnership" dates it by the story; "… raised to a comprehensive strategic partnership in 2012" further down
 * writes the year itself. A year the text writes, earlier than the story's, wins over the story's.
 */
function firstHeld(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PartnershipFinding[] {
  for (const p of out) {
    if (p.yearSource !== "context" || p.year === null) continue;
    const written = out
      .filter(
        (q) => q.countryCode === p.countryCode && q.level === p.level && q.yearSource === "sentence" && yearOfLevel(q),
      )
      .map((q) => q.year ?? Number.POSITIVE_INFINITY);
    // the only news of its level the story dates by itself may have its origin given in a sentence naming no holder
    const alone = out.filter((q) => q.level === p.level && q.yearSource === "context").length === 1;
    const year = Math.min(...written, ...originYears(p, alone ? sentences : [], places));
    if (year < p.year) Object.assign(p, { year, yearSource: "sentence" });
  }
  return out;
}

// "raise the Strategic Partnership, established in 2009, to the Extensive Strategic Partnership": a level set off by an
// aside that gives its origin, right after the level's name.
const ORIGIN_AFTER =
  /^["”’']?\s*(?:,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:established|set\s+up|signed|forged|launched|formed|founded|agreed)\s+(?:in|since)\s+|\(\s*(?:established\s+|set\s+up\s+|since\s+|in\s+)?)((?:19|20)\d\d)\b/i;

/**
 * The years `p`'s own sentence gives a mention of the same level as its origin: a framework renamed or deepened at the
 * same rank ("raise the Strategic Partnership, established in 2009, to the Extensive Strategic Partnership") was first
 * held in that year, not the story's.
 */
function originYears(p: PartnershipFinding, sentences: readonly Sentence[], places: readonly PlaceMention[]): number[] {
  const out: number[] = [];
  const read = (text: string, definite: boolean) => {
    for (const m of text.matchAll(LEVEL_RE)) {
      if (levelOf(m) !== p.level) continue;
      if (definite && !DEFINITE_BEFORE.test(text.slice(0, m.index ?? 0))) continue;
      const origin = ORIGIN_AFTER.exec(text.slice((m.index ?? 0) + m[0].length));
      if (origin?.[1]) out.push(Number(origin[1]));
      // "The two countries set up their strategic partnership in 2015": the verb of its founding before the level
      else if (definite && ORIGIN_VERB_BEFORE.test(text.slice(0, m.index ?? 0))) {
        const year = ORIGIN_YEAR_AFTER.exec(text.slice((m.index ?? 0) + m[0].length));
        if (year?.[1]) out.push(Number(year[1]));
      }
    }
  };
  read(p.sentence, false);
  // "… would deepen the strategic partnership set up in 2009": a sentence naming no other holder speaks of the
  // story's own pair when it says "the" level
  for (const s of sentences) {
    // levelsIn is read once per sentence and already cached by the main pass: a sentence it found no level in gives
    // `read` nothing, so it is passed over before its places are filtered.
    if (s.text === p.sentence || levelsIn(s).length === 0) continue;
    const named = places.filter(
      (m) => m.sentenceIndex === s.index && m.place.kind === "country" && m.place.code !== HOME_CODE,
    );
    if (named.some((m) => m.place.kind === "country" && m.place.code !== p.countryCode)) continue;
    read(s.text, true);
  }
  return out;
}
const DEFINITE_BEFORE = /\b(?:the|their|its)\s+$/i;
const ORIGIN_VERB_BEFORE = /\b(?:set\s+up|established|signed|forged|launched|formed|declared)\s+(?:the|their|its)\s+$/i;
const ORIGIN_YEAR_AFTER = /^\s+in\s+((?:19|20)\d\d)\b/;

/**
 * The year of `p` is written for its own level: right after it in the same stretch of clause ("raised to a
 * comprehensive strategic partnership in 2012", "the strategic partnership … set up in 2009"), with no comma, quote
 * or talk of diplomatic relations between ("…, after Japan, whose ties … in 2011" is another pair's).
 */
function yearOfLevel(p: PartnershipFinding): boolean {
  const at = p.year === null ? -1 : p.sentence.indexOf(String(p.year));
  if (at < 0) return false;
  const lv = [...p.sentence.matchAll(LEVEL_RE)].findLast((m) => (m.index ?? 0) < at);
  if (!lv || levelOf(lv) !== p.level) return false;
  const gap = p.sentence.slice((lv.index ?? 0) + lv[0].length, at);
  // "New Zealand and ASEAN lifted their own relationship to …": another pair's framework, whoever read it.
  const own = /\b(?:their|its)\s+own\b/i.test(p.sentence.slice(0, lv.index ?? 0));
  return !own && gap.length <= 90 && !/[,;"“”]/.test(gap) && !RELATIONS_WORDS.test(gap);
}

function readPartnerships(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  published: YearContext,
): PartnershipFinding[] {
  const ctx = reviewedYear(sentences, published);
  const out: PartnershipFinding[] = [];
  // The level of the last clause that named one, for elliptical clauses after it ("… did the same with France").
  let carry: Level | null = null;
  // The last level named anywhere, for references back to it ("the fifth country with such a framework").
  let last: { lv: Level; sentence: number } | null = null;
  // The last level a sentence reported a change to ("upgraded their ties to …").
  let change: { lv: Level; sentence: number } | null = null;
  // The level the story's opening sentences report an upgrade to: the news a late "that level" still means.
  let leadNews: { lv: Level; sentence: number } | null = null;
  // On a page that never names Vietnam, the first country of a pair is the outlet's own ("India and the Philippines").
  const aboutVietnam = sentences.some((s) => HOME_WORDS.test(s.text));
  for (const s of sentences) {
    // The change reported before this sentence: what "The upgrade … puts X in a group that …" refers to.
    const changeBefore = change;
    // A hedge holds back the levels of its own clause: "… comprehensive partners since 2012, but Brussels has yet to
    // agree to a strategic partnership" keeps the first.
    // Read only when asked: a sentence naming no level and carrying none never needs it, and most sentences are such.
    let hedgesFound: number[] | null = null;
    const hedgedAt = (): number[] => {
      if (hedgesFound) return hedgesFound;
      const lower = hedgeAnywhere(s) ? s.text.toLowerCase() : null;
      hedgesFound = !lower
        ? []
        : config.hedges.flatMap((h) => {
            const at = lower.indexOf(h);
            return at < 0 ? [] : [at];
          });
      return hedgesFound;
    };
    const hedgedClause = (at: number) =>
      hedgedAt().some((h) => {
        const [a, b] = CLAUSES.around(s.text, at);
        return h >= a && h < b;
      });
    if (carry !== null && hedgedAt().length > 0) carry = null;
    const levels: Level[] = [];
    const levelMatches = levelsIn(s);
    const rawLevels = levelMatches.map((m) => m.index ?? 0);
    for (const m of levelMatches) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const level = GROUP_LEVEL[group];
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (!level) continue;
      // "signed a strategic partnership agreement": the signed pact is the framework itself, not a named treaty.
      const signedPact =
        SIGNED_BEFORE.test(s.text.slice(0, start - s.start)) &&
        PACT_AFTER.test(s.text.slice(end - s.start)) &&
        !SECTORAL_PACT.test(s.text.slice(end - s.start));
      if (NAME_AFTER.test(s.text.slice(end - s.start)) && !signedPact) continue;
      // "signed a treaty on comprehensive strategic partnership": a treaty between states is no rung of Vietnam's ladder.
      if (TREATY_BEFORE.test(s.text.slice(Math.max(0, start - s.start - 20), start - s.start))) continue;
      const before = s.text.slice(Math.max(0, start - s.start - 40), start - s.start);
      // "are expected to lift their ties from a comprehensive partnership, in place since 2007, to a strategic
      // partnership": the hedge holds back the new level; the one it starts from is held now.
      const nextRaw = rawLevels.find((r) => r > end - s.start);
      if (
        nextRaw !== undefined &&
        PREVIOUS_LEVEL.test(before.slice(-12)) &&
        OLD_TO_NEW.test(s.text.slice(end - s.start, nextRaw)) &&
        (hedgedClause(start - s.start) ||
          CLAUSE_HEDGE.test(s.text.slice(CLAUSES.around(s.text, start - s.start)[0], start - s.start)))
      ) {
        levels.push({ level, start, end, current: true });
        continue;
      }
      if (hedgedClause(start - s.start)) continue;
      // "falls short of the strategic partnerships Hanoi signed with Italy, …": the skipped level is held by others.
      const heldByOthers =
        /^[^,;.]{0,40}?\bwith\s+(?:(?:countries|nations|partners)\s+(?:such\s+as|like|including)\s+)?(?:the\s+)?(?!Viet\s?Nam\b|Vietnam\b|Hanoi\b)[A-Z]/.test(
          s.text.slice(end - s.start),
        );
      if ((SKIPPED.test(before) && !heldByOthers) || (aboutVietnam && OTHER_FRAMEWORK.test(before))) continue;
      // "alongside China, with which Indonesia formed a comprehensive strategic partnership": another country's.
      if (FOREIGN_WITH_WHICH.test(s.text.slice(Math.max(0, start - s.start - 90), start - s.start))) continue;
      const [, ce] = CLAUSES.around(s.text, start - s.start);
      if (FUTURE_AFTER.test(beforeAsClause(s.text.slice(end - s.start, ce)))) continue;
      // "Hanoi and Jakarta are expected to elevate ties to a …": a planned or possible level, not a held one.
      const [cs] = CLAUSES.around(s.text, start - s.start);
      // "stopped short of a strategic partnership and agreed on a comprehensive partnership": a hedge holds back the
      // first level after it, not one beyond another level.
      // "to work towards raising ties, which have been …, to a comprehensive strategic partnership": a level that
      // resumes its clause after an aside is hedged from where that clause began.
      const resumed = cs > 1 && /,\s*(?:to|into)\s+(?:a|an|the)?\s*["“‘']?$/i.test(before);
      const hs = resumed ? CLAUSES.around(s.text, cs - 2)[0] : cs;
      // Read on the clause's own stretch only when the sentence has a hedge starting there (most have none).
      const hedges = clauseHedgeStarts(s).some((h) => h >= hs && h < start - s.start)
        ? [...s.text.slice(hs, start - s.start).matchAll(CLAUSE_HEDGE_ALL)]
        : [];
      const lastHedge = hedges.at(-1);
      const spent =
        lastHedge !== undefined &&
        rawLevels.some((r) => r > hs + (lastHedge.index ?? 0) && r < start - s.start) &&
        /\b(?:and|but|opting|instead)\b/i.test(s.text.slice(hs + (lastHedge.index ?? 0), start - s.start));
      // "to work towards raising ties, which have been strategic partners since 2013, to a …": the relative clause
      // says what is held now; the hedge is about the level after it.
      const heldNow = /,\s*(?:which|who)\s+(?:have|has|had)\s+(?:long\s+)?been\s+(?:\w+\s+)?$/i.test(before);
      if (lastHedge && !spent && !heldNow && !HELD_AFTER_HEDGE.test(before)) {
        // "stopped short of raising it to a strategic partnership, a step Vietnam has already taken with …
        // including Japan, India and Britain": the level withheld here is held by the countries named after it.
        if (STEP_TAKEN_WITH.test(s.text.slice(end - s.start)))
          levels.push({ level, start, end, others: true, afterOnly: true });
        continue;
      }
      // "four new comprehensive strategic partners" counts holders; "a new strategic partner" may be praise.
      if (/partners?$/i.test(m[0]) && LOOSE.test(before) && !COUNTED_NEW.test(before)) continue;
      const inside = places.some((p) => p.sentenceIndex === s.index && p.start <= start && p.end >= end);
      const upgradedFrom =
        UPGRADED_OBJECT.test(before) &&
        !TARGET_AFTER.test(s.text.slice(end - s.start, ce)) &&
        !rawLevels.some((r) => r > end - s.start && r < ce);
      const held = upgradedFrom ? (NEXT_UP.get(level) ?? level) : level;
      if (!inside) levels.push({ level: held, start, end, others: SKIPPED.test(before) && heldByOthers });
    }
    // "France, a strategic partner since 2013, was elevated to the top tier in 2024": a described level reached by
    // an upgrade counts beside the history named with it.
    // Every upgrade target names "top" or "highest" (the round 5 shapes test checks it): a cheap gate before the
    // look-behind patterns, which are the costliest of the sentence.
    const topNamed = topNamedIn(s);
    const raised = topNamed ? [...s.text.matchAll(DESCRIBED_UPGRADE)] : [];
    const reached = topNamed && REACHED_CUE.test(s.text) ? [...s.text.matchAll(REACHED_TOP)] : [];
    for (const m of [...raised, ...reached]) {
      const start = s.start + (m.index ?? 0);
      if (levels.some((l) => l.level === TOP_LEVEL)) break;
      // "… in 2010 and could be lifted to the top tier": a hedged clause holds back a described level like a named one.
      const at = start - s.start;
      if (hedgedClause(at) || CLAUSE_HEDGE.test(s.text.slice(CLAUSES.around(s.text, at)[0], at))) continue;
      levels.push({ level: TOP_LEVEL, start, end: start + m[0].length });
      levels.sort((a, b) => a.start - b.start);
    }
    // "The deal, which replaces the strategic partnership of 2013, makes Italy one of 15 countries to hold Vietnam's
    // highest level …": a level named only as the one replaced leaves room for the described top level.
    const replacedOnly =
      levels.length > 0 &&
      levels.every((l) => REPLACED_BEFORE.test(s.text.slice(Math.max(0, l.start - s.start - 20), l.start - s.start)));
    // "That visit lifted ties from the strategic partnership of 2007, making India the third country after Russia and
    // China to hold Vietnam's top diplomatic status": a level named only as the one left behind leaves room too.
    const leftOnly =
      levels.length > 0 &&
      levels.every((l) => PREVIOUS_LEVEL.test(s.text.slice(Math.max(0, l.start - s.start - 12), l.start - s.start)));
    if ((levels.length === 0 || replacedOnly || leftOnly) && !/["“”]/.test(s.text) && DESCRIBED_CUE.test(s.text)) {
      for (const m of s.text.matchAll(DESCRIBED)) {
        const start = s.start + (m.index ?? 0);
        levels.push({ level: "Comprehensive Strategic Partnership", start, end: start + m[0].length });
      }
      levels.sort((a, b) => a.start - b.start);
    }
    // "… on the same footing as China and Russia, a jump of two levels from the comprehensive partnership …": a level
    // after "from" is history and leaves the reference to the level named before.
    const isFrom = (l: Level) =>
      PREVIOUS_LEVEL.test(s.text.slice(Math.max(0, l.start - s.start - 12), l.start - s.start));
    // "Thailand is the fourth ASEAN member … to reach that level", many paragraphs below the lead's upgrade: with no
    // level named since, the reference is to the news the story opened with.
    const recent = last && s.index - last.sentence <= REFERENCE_REACH ? last : null;
    const anchor = recent ?? (leadNews && (!last || last.sentence <= leadNews.sentence + LEAD) ? leadNews : null);
    // "Vietnam has signed similar agreements with Russia …, and holds a … with China": a reference in a clause of its
    // own, before any level the sentence names, still points back to the anchor.
    const refAt = anchor !== null ? s.text.search(REFERENCE) : -1;
    const referred =
      refAt >= 0 &&
      (levels.every(isFrom) ||
        levels.every((l) => l.start - s.start >= CLAUSES.around(s.text, refAt)[1] && !isFrom(l)));
    // "… had been strategic partners since 2010. France took the same step last year": the step repeated is the last
    // upgrade reported, not the history named in between.
    const stepBack: Level | null =
      levels.length === 0 && carry && change && change.sentence < s.index && s.index - change.sentence <= 2
        ? change.lv
        : null;
    if (stepBack && carry && !CHANGE_VERB.test(sentences[s.index - 1]?.text ?? "")) carry = stepBack;
    // "Its free trade deals came with Japan (2008) and Chile (2011)": a sentence naming no level but another kind of
    // agreement is about that agreement, not the level before it.
    // Read only when there is a level to carry: most sentences carry none, and the pattern reads the whole sentence.
    const carried = carry ?? (referred && anchor ? anchor.lv : null);
    const sentenceCarry =
      carried !== null && levels.length === 0 && DATED_OTHERS.test(withoutSubjectAside(s.text)) ? null : carried;
    const nextCarry = carry;
    // "… own list of comprehensive strategic partners is short. It signed its first with China in 2013, …": the
    // foreign country's list is no level for the next sentences to carry or refer back to.
    const foreignList = levels.length > 0 && levels.every((l) => foreignOwnList(s, l, places));
    carry = foreignList ? null : (levels.at(-1) ?? (carry !== null && ELLIPSIS.test(s.text) ? carry : null));
    // "… upgraded their relationship to a comprehensive strategic partnership, eleven years after signing a strategic
    // partnership": the level a change leads to is what a later "this rank" means, not the history named after it.
    // The change verb is read once, and only where there is a level for it to point at.
    const changed = levels.length > 0 && CHANGE_VERB.test(s.text);
    const lastLevel =
      (changed
        ? levels.findLast(
            (l) => !isFrom(l) && UPGRADE_TO.test(s.text.slice(Math.max(0, l.start - s.start - 12), l.start - s.start)),
          )
        : undefined) ?? levels.at(-1);
    if (lastLevel && changed) change = { lv: lastLevel, sentence: s.index };
    if (s.index < LEAD && !leadNews && levels.length > 0 && UPGRADE_VERB.test(s.text) && hedgedAt().length === 0)
      leadNews = { lv: levels.find((l) => !isFrom(l)) ?? (levels.at(-1) as Level), sentence: s.index };
    const prior = last && last.sentence !== s.index && s.index - last.sentence <= REFERENCE_REACH ? last : null;
    if (lastLevel) last = foreignList ? null : { lv: lastLevel, sentence: s.index };
    // "Membership grew slowly. China joined in 2008, Russia in 2012 and India in 2016.": a dated timeline of joiners
    // right after a level, naming none itself, lists that level's holders.
    const timelineLevel =
      levels.length === 0 &&
      !sentenceCarry &&
      prior &&
      s.index - prior.sentence <= 2 &&
      JOINING_WORDS.test(s.text) &&
      hedgedAt().length === 0 &&
      !RELATIONS_WORDS.test(withoutSubjectAside(s.text))
        ? prior.lv
        : null;
    // A group named after a level that is hedged here ("would put New Zealand alongside …") or reported just before.
    const groupCue =
      (levelMatches.length > 0 || changeBefore !== null) && GROUP_CUE.test(s.text) && PUT_IN_GROUP_ANY.test(s.text);
    if (levels.length === 0 && !sentenceCarry && !timelineLevel && !groupCue) continue;
    const countries: PlaceMention[] = [];
    for (const p of places) {
      if (p.sentenceIndex !== s.index) continue;
      if (p.place.kind === "country" && p.place.code !== HOME_CODE) countries.push(p);
      // A union can hold a framework with Vietnam too ("Vietnam and the European Union upgraded ties").
      const union = p.place.kind === "org" ? UNIONS.get(p.place.org.acronym ?? "") : undefined;
      if (union) countries.push({ ...p, place: { kind: "country", code: union.code, name: union.name } });
    }
    countries.push(...capitalMentions(s));
    countries.sort((a, b) => a.start - b.start);
    // "including the United States' treaty allies Japan and South Korea": the possessor only describes the list that
    // follows; it holds nothing itself, and the list reads as if it stood right after "including".
    for (let k = countries.length - 2; k >= 0; k--) {
      const a = countries[k] as PlaceMention;
      const b = countries[k + 1] as PlaceMention;
      if (POSSESSOR_OF_LIST.test(s.text.slice(a.end - s.start, b.start - s.start))) countries.splice(k, 1);
    }
    // "placed Vietnam alongside Thailand's other comprehensive strategic partners, Japan and China": a foreign
    // country's own level in the plural names that country's partners, not Vietnam's; neither the possessor nor the
    // countries after it in the clause hold the level here (a partner of Vietnam holds it from its own sentence).
    for (const m of levelsIn(s)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (!PLURAL_LEVEL.test(s.text.slice(at, end + 6))) continue;
      const owner = countries.findLast((c) => c.end - s.start <= at);
      if (!owner || !FOREIGN_OWNER.test(s.text.slice(owner.end - s.start, at))) continue;
      const stop = CLAUSE_STOP.exec(s.text.slice(end));
      const clauseEnd = stop ? end + (stop.index ?? 0) : s.text.length;
      if (HOME_WORDS.test(s.text.slice(end, clauseEnd))) continue;
      for (let k = countries.length - 1; k >= 0; k--) {
        const c = countries[k] as PlaceMention;
        const from = c.start - s.start;
        if (c === owner || (from >= end && from < clauseEnd)) countries.splice(k, 1);
      }
    }
    const homeNamed = HOME_WORDS.test(s.text);
    // The sentence `index` opens on a foreign country as its subject ("Australia is assembling …").
    const foreignOpener = (index: number) => {
      const prev = sentences.find((x) => x.index === index);
      if (!prev || HOME_WORDS.test(prev.text)) return false;
      const first = places.find((p) => p.sentenceIndex === index);
      return (
        first !== undefined &&
        first.place.kind === "country" &&
        first.place.code !== HOME_CODE &&
        /^\W*(?:the\s+)?$/i.test(prev.text.slice(0, first.start - prev.start)) &&
        !/^['’]s\b/.test(prev.text.slice(first.end - prev.start))
      );
    };
    const clauseEnd = (from: number) => {
      const semi = s.text.indexOf(";", from - s.start);
      return semi < 0 ? s.end : s.start + semi;
    };
    const groupEnd = (c: PlaceMention) => {
      let end = c.end;
      for (const next of countries) {
        if (next.start < end) continue;
        if (!/^\s*,?\s*(?:and\s+|&\s+)?(?:the\s+)?$/i.test(s.text.slice(end - s.start, next.start - s.start))) break;
        end = next.end;
      }
      return end;
    };
    // Dated relative clauses after the sentence's countries ("Bulgaria, which signed … in 2024"), read once.
    let asides: { year: number; code: string; aboutTies: boolean; elsewhere: boolean }[] | null = null;
    const relativeAsides = () => {
      if (asides) return asides;
      const found: { year: number; code: string; aboutTies: boolean; from: number; to: number }[] = [];
      if (/\b(?:which|who)\b/i.test(s.text))
        for (const o of countries) {
          const w = RELATIVE_DATED.exec(s.text.slice(o.end - s.start));
          if (!w || o.place.kind !== "country") continue;
          const aboutTies =
            !RELATIONS_WORDS.test(w[0]) &&
            (TIES_WORDS.test(w[0]) || CHANGE_VERB.test(w[0]) || RELATIVE_STEP.test(w[0]));
          found.push({
            year: Number(w[1]),
            code: o.place.code,
            aboutTies,
            from: o.end - s.start,
            to: o.end - s.start + w[0].length,
          });
        }
      asides = found.map((a) => ({
        ...a,
        // Only a year written nowhere else in the sentence: "Bulgaria, which signed … in 2024, and Sri Lanka,
        // another comprehensive partner since 2024" leaves Sri Lanka its own.
        elsewhere: [...s.text.matchAll(new RegExp(`\\b${a.year}\\b`, "g"))].some(
          (m) => !found.some((f) => f.year === a.year && (m.index ?? 0) >= f.from && (m.index ?? 0) < f.to),
        ),
      }));
      return asides;
    };
    const seen = new Set<string>();
    // `dated` is the year a timeline gives the country; null for earlier holders listed beside the news.
    const emit = (c: PlaceMention, lv: Level, years: number[], dated?: number | null, news = false) => {
      if (c.place.kind !== "country" || (lv.afterOnly && c.start < lv.end)) return;
      // "four EU member states – Spain, Germany …": a name used as a modifier of the members holds nothing itself.
      if (MEMBERS_AFTER.test(s.text.slice(c.end - s.start))) return;
      const aside = RELATIVE_ASIDE.exec(s.text.slice(c.end - s.start))?.[0];
      if (aside && FUTURE_AFTER.test(aside)) return;
      const id = `${c.place.code}|${lv.level}`;
      const again = seen.has(id);
      // Only a timeline's year may date a holder already read undated in this sentence; any other repeat stops here.
      const first = again
        ? out.find((p) => p.sentenceIndex === s.index && `${p.countryCode}|${p.level}` === id)
        : undefined;
      if (again && (dated === undefined || dated === null || !first || first.year !== null)) return;
      seen.add(id);
      // "Vietnam had previously established such relations only with China, …": older news, of no known year.
      const earlierNews = PLUPERFECT.test(s.text) && !news;
      // "A year after Vietnam and Malaysia lifted ties to …, trade has doubled": a level in the opening "after"
      // clause is that many years older than the article.
      const opening = YEARS_AFTER.exec(s.text);
      const back = opening && lv.start - s.start < s.text.indexOf(",") ? spanYears(opening[1] ?? "") : undefined;
      // "…, while China stands above them all as a comprehensive strategic partner": a contrasting clause states what
      // is, and the time words and changes of the clause before it are not its own.
      const [ka, kb] = CLAUSES.around(s.text, lv.start - s.start);
      const timeText = /\b(?:while|whereas)\s*$/i.test(s.text.slice(Math.max(0, ka - 9), ka))
        ? s.text.slice(ka, kb)
        : s.text;
      // "…, less than a year after the two neighbours elevated their ties to a …": an older step counted by a loose
      // span is of no known year; nor is a level named in a quoted document title ('a joint statement entitled "On
      // Developing the Comprehensive Strategic Partnership …"'), which names the framework, not its date.
      const headText = s.text.slice(0, lv.start - s.start);
      const undatable = LOOSE_SPAN_AFTER.test(headText) || TITLED.test(headText);
      // "The upgrade puts Japan on an equal footing with China, Russia …": the upgrade is Japan's news, not theirs
      const rel =
        undatable || comparedMember(s.text, c.start - s.start)
          ? null
          : ((back && ctx.year !== null ? ctx.year - back : null) ??
            relativeYear(timeText, ctx) ??
            (((s.index < LEAD && CHANGE_VERB.test(timeText)) || news || announcedHere(s.text, lv.start - s.start)) &&
            !earlierNews
              ? ctx.year
              : null));
      // "China (2008), Russia (2012)": a year right after the country is that country's own.
      // "the United States and Japan (2023)": a year after a group of the list is each member's own.
      // "China, Russia and India in 2008, 2012 and 2016": a series of years after the group is one per member, not
      // the first member's year for all.
      const after = s.text.slice(groupEnd(c) - s.start);
      const series = YEAR_SERIES_AFTER.test(after);
      const own = series ? null : OWN_YEAR.exec(after);
      // "… includes South Africa, which was given the same status in 2004, and Chile, which set one up in 2009": a
      // member's own dated relative clause about the ties dates that member alone.
      const which = own ? null : RELATIVE_DATED.exec(s.text.slice(c.end - s.start));
      const whichYear =
        which &&
        !RELATIONS_WORDS.test(which[0]) &&
        (TIES_WORDS.test(which[0]) || CHANGE_VERB.test(which[0]) || RELATIVE_STEP.test(which[0]))
          ? Number(which[1])
          : null;
      // "… the same framework with South Korea, the United States and Japan in 2022, 2023 and 2023 respectively":
      // "… as well as New Zealand, which upgraded last month, and Indonesia, which did so on Monday": a member's own
      // relative clause dated by a time word dates that member alone.
      const whichNow =
        own || which
          ? null
          : (RELATIVE_NOW.exec(s.text.slice(c.end - s.start)) ?? GROUP_NOW.exec(s.text.slice(groupEnd(c) - s.start)));
      const whichNowYear =
        whichNow?.[1] &&
        !RELATIONS_WORDS.test(whichNow[1]) &&
        (CHANGE_VERB.test(whichNow[1]) ||
          RELATIVE_STEP.test(whichNow[1]) ||
          ELLIPSIS.test(whichNow[1]) ||
          STEP_NOW.test(whichNow[1]))
          ? localWord(whichNow[1], ctx)
          : null;
      // the member's place in its group picks its year, whatever path found the level.
      if (series && dated === undefined) {
        const group = chain(s.text, s.start, countries, countries.indexOf(c), -1);
        const whole = [...group.slice(0, -1), ...chain(s.text, s.start, countries, countries.indexOf(c), 1)];
        const yearsOf = whole.at(-1)?.end === groupEnd(c) ? respectiveYears(after, whole.length) : null;
        if (yearsOf) dated = yearsOf[group.length - 1] ?? null;
      }
      // "… Malaysia (2024) and New Zealand earlier this year": a time word right after the group is its own too.
      const ownNow = own ? null : DATED_AFTER.exec(s.text.slice(groupEnd(c) - s.start, groupEnd(c) - s.start + 40));
      // "China (2008), Russia (2012), South Korea, Japan": in a list dated member by member, a year right after
      // another member is not this one's; nor is the 2024 of "Like France in 2024, Britain has …".
      const taken = new Set(
        countries
          .filter(
            (o) =>
              groupEnd(o) !== groupEnd(c) &&
              o.place.kind === "country" &&
              c.place.kind === "country" &&
              o.place.code !== c.place.code,
          )
          .map((o) => Number(OWN_YEAR.exec(s.text.slice(o.end - s.start))?.[1] ?? Number.NaN)),
      );
      // "Brazil, which hosted the G20 summit in 2024, and Argentina": a year in a relative clause after a country is
      // that country's own when the clause is about the ties, and dates no framework when it is not.
      for (const a of relativeAsides()) {
        const mine = a.aboutTies && c.place.kind === "country" && a.code === c.place.code;
        if (!mine && !a.elsewhere) taken.add(a.year);
      }
      const free = own ? years : years.filter((y) => !taken.has(y));
      // "comprehensive partner since 2009 and strategic partner since March last year": a time word written right
      // after the level dates that level, before any year the sentence gives another one.
      const nowWords = LEVEL_NOW.exec(s.text.slice(lv.end - s.start, lv.end - s.start + 40));
      const levelNow = nowWords ? localWord(nowWords[0], ctx) : null;
      // Holders of a level the news is compared with keep only a year written right after them.
      const year = own
        ? Number(own[1])
        : whichYear !== null
          ? whichYear
          : whichNowYear !== null
            ? whichNowYear
            : ownNow?.[2] && ctx.year !== null
              ? spokenYear(ownNow[2], ctx)
              : lv.others
                ? othersYear(s.text, lv.end - s.start, ctx)
                : dated !== undefined
                  ? dated
                  : levelNow !== null
                    ? levelNow
                    : free.length > 0
                      ? (free[0] ?? null)
                      : rel;
      // "…: China, which gained it in 2008, Russia in 2012": a second reading of the same holder in the same sentence
      // may only date what the first left undated.
      if (first) {
        if (year !== null) Object.assign(first, { year, yearSource: "sentence" });
        return;
      }
      // An undated repeat of a framework already found ("Germany joins … on the list") adds nothing.
      if (year === null && out.some((p) => p.countryCode === id.split("|")[0] && p.level === lv.level)) return;
      out.push({
        sentenceIndex: s.index,
        start: lv.start,
        end: lv.end,
        countryCode: c.place.code,
        countryName: c.place.name,
        level: lv.level,
        year,
        yearSource:
          own || dated || (dated === undefined && years.length > 0)
            ? "sentence"
            : dated === undefined && rel !== null
              ? "context"
              : null,
        sentence: s.text,
      });
    };
    // "… to the same status in 2023, while China has held it since 2008": a year in the country's own clause wins.
    const ownYears = (c: PlaceMention, fallback: number[]) => {
      const [a, b] = CLAUSES.around(s.text, c.start - s.start);
      const own = yearsIn(s.text.slice(a, b), c.start - s.start - a);
      return own.length > 0 ? own : fallback;
    };
    // "… partnerships with 16 countries, three of which – A, B and C – are at the highest level": the members set off
    // after "<n> of which" hold the top rung, described rather than named; they held it before the news.
    const subset = HOME_WORDS.test(s.text) ? SUBSET_TOP.exec(s.text) : null;
    if (subset) {
      const a = s.start + subset.index;
      const b = a + subset[0].length;
      for (const c of countries)
        if (c.start >= a && c.end <= b) emit(c, { level: TOP_LEVEL, start: b, end: b }, [], null);
    }
    // Clauses (split at ";") without a level of their own but with an ellipsis inherit the level before them.
    let clauseStart = s.start;
    for (const part of s.text.split(";")) {
      const clauseEnd = clauseStart + part.length;
      // "India became a strategic partner in 2007; Japan in 2009, under a framework styled a 'strategic partnership for
      // …'": a part opening with a dated member is a step of the timeline; a level after that date only names the
      // member's framework.
      const head = countries.find((c) => c.start >= clauseStart && c.end <= clauseEnd);
      const headDate =
        head && /^\W*(?:and\s+)?(?:the\s+)?$/i.test(s.text.slice(clauseStart - s.start, head.start - s.start))
          ? DATED_HEAD.exec(s.text.slice(head.end - s.start, clauseEnd - s.start))
          : null;
      const stepEnd = head && headDate ? head.end + headDate[0].length : clauseEnd;
      const own = levels.some((l) => l.start >= clauseStart && l.start < stepEnd && !isFrom(l));
      let before = [...levels].reverse().find((l) => l.end <= clauseStart) ?? sentenceCarry;
      // "Indonesia and Thailand signed similar pacts with Hanoi earlier this year, …, while China sits one rung above
      // them as a comprehensive strategic partner": an elliptic clause keeps the level before it even when a later
      // clause of the same part names a level of its own.
      let sub: [number, number] | null = null;
      const ell = own && before ? ELLIPSIS.exec(part) : null;
      if (ell) {
        const [a, b] = CLAUSES.around(part, ell.index);
        if (!levels.some((l) => l.start >= clauseStart + a && l.start < clauseStart + b)) {
          sub = [clauseStart + a, clauseStart + b];
          // "… holds strategic partnerships with India (2007), …, and signed similar accords with Italy": the level
          // named earlier in the same part is the one the elliptic clause repeats.
          before = [...levels].reverse().find((l) => l.end <= clauseStart + a) ?? before;
        }
      }
      const partCountries = countries.filter(
        (c) => c.start >= (sub?.[0] ?? clauseStart) && c.end <= (sub?.[1] ?? clauseEnd),
      );
      const inPart = partCountries.length > 0;
      // "Jakarta and Canberra raised their relationship to that level": two foreign subjects, their own framework.
      const [p0, p1] = partCountries;
      const foreignPair =
        p0 &&
        p1 &&
        !HOME_WORDS.test(part) &&
        p0.place.kind === "country" &&
        p1.place.kind === "country" &&
        p0.place.code !== p1.place.code &&
        /^\W*(?:the\s+)?$/i.test(s.text.slice(clauseStart - s.start, p0.start - s.start)) &&
        /^\s*(?:and|&)\s+(?:the\s+)?$/i.test(s.text.slice(p0.end - s.start, p1.start - s.start)) &&
        // "… alongside Germany, France and Singapore among Vietnam's strategic partners. France and Singapore made
        // the leap only last year.": holders already read at that level are dated, not paired with each other.
        !partCountries.every((c) =>
          out.some(
            (p) =>
              c.place.kind === "country" &&
              p.countryCode === c.place.code &&
              p.level === before?.level &&
              p.sentenceIndex < s.index,
          ),
        );
      const listed = before ?? timelineLevel;
      // "…; the U.S. in September 2023; Japan in November 2023": a short elliptic part after a level is one group.
      // Each member counts as one word ("South Korea and Spain later the same year").
      const stepWords = countries
        .filter((c) => c.start >= clauseStart && c.end <= stepEnd)
        .reduceRight(
          (t, c) => `${t.slice(0, c.start - clauseStart)}X${t.slice(c.end - clauseStart)}`,
          s.text.slice(clauseStart - s.start, stepEnd - s.start),
        );
      const elliptic = levels.some((l) => l.end <= clauseStart) && stepWords.trim().split(/\s+/).length <= 7 ? 1 : 2;
      const dated =
        !own && listed && !RELATIONS_WORDS.test(withoutSubjectAside(part))
          ? timeline(s.text, s.start, countries, clauseStart, clauseEnd, ctx, elliptic)
          : new Map();
      if (dated.size > 0 && listed) {
        for (const [c, year] of dated) emit(c, listed, [], year);
        carry = nextCarry ?? carry;
        // A timeline running over several sentences keeps its level in reach of the next group.
        last = { lv: listed, sentence: s.index };
      } else if ((!own || sub) && before && ELLIPSIS.test(part) && !stepWithOther(part)) {
        const years = yearsIn(part, 0);
        // "the UK joins France, which took the same step in October 2024, among Vietnam's top-tier partners": the
        // step (and its clause's year) is the antecedent's of ", which", and it led to the top level.
        const stepAt = clauseStart - s.start + (ELLIPSIS.exec(part)?.index ?? 0);
        const [sa, sb] = CLAUSES.around(s.text, stepAt);
        const stepYears = yearsIn(s.text.slice(sa, sb), 0);
        const antecedent = (c: PlaceMention) =>
          c.end - s.start <= stepAt && /^\s*,\s*(?:which|who)\b[^,;]*$/i.test(s.text.slice(c.end - s.start, stepAt));
        const top = TOP_REFERENCE.test(REFERENCE.exec(part)?.[0] ?? "");
        for (const c of foreignPair ? [] : partCountries) {
          const [ca, cb] = CLAUSES.around(s.text, c.start - s.start);
          // "similar frameworks with Italy are being negotiated and could be signed next year": a step still to come
          // in the member's own clause is not held.
          // "A similar agreement with France is expected to be signed when Mr Dung visits Paris": the hedge may stand
          // before the member (here its capital) as well as after it.
          // "Talks are under way on a similar framework with …": a step being negotiated is not held either.
          if (FUTURE_AFTER.test(s.text.slice(ca, cb)) || CLAUSE_HEDGE.test(s.text.slice(ca, cb))) continue;
          // "… have not said whether similar frameworks with Thailand are being discussed": a hedge of the data list.
          if (HEDGE_ANY.test(s.text.slice(ca, cb).toLowerCase())) continue;
          const stepHere = antecedent(c) || (stepAt >= ca && stepAt < cb);
          // "India became the third in 2016, and South Korea the fourth in 2022": a year between a country and the
          // next one named is that country's own.
          const nextC = partCountries.find((o) => o.start >= c.end);
          const between = s.text.slice(c.end - s.start, (nextC?.start ?? sub?.[1] ?? clauseEnd) - s.start);
          const written = nextC || partCountries.length > 1 ? yearsIn(between, 0) : [];
          // "… Japan and India in 2006 and 2007 and Spain last year": a time word right after the member is its own.
          const spoken = written.length === 0 ? MEMBER_NOW.exec(between) : null;
          const spokenAt = spoken ? localWord(spoken[0], ctx) : null;
          const mine = spokenAt !== null ? [spokenAt] : written;
          // "… in 2016. South Korea followed six years later.": counted on from the year of the step followed.
          const later = years.length === 0 ? LATER.exec(part) : null;
          const step = later ? spanYears(later[1] ?? "") : undefined;
          const base = step
            ? (yearsIn(s.text.slice(0, clauseStart - s.start + (later?.index ?? 0)), 0)[0] ??
              out.findLast((p) => p.level === before.level && p.year !== null)?.year)
            : undefined;
          if (top && antecedent(c)) emit(c, { ...before, level: TOP_LEVEL }, stepYears.length ? stepYears : years);
          else if (base && step) emit(c, before, [base + step]);
          else emit(c, before, mine.length > 0 ? mine : ownYears(c, stepHere ? years : []));
        }
      } else if (!own && before && referred && REFERENCE.test(part) && !stepWithOther(part, REFERENCE)) {
        const years = yearsIn(part, 0);
        const ref = REFERENCE.exec(part)?.[0] ?? "";
        const lv: Level = TOP_REFERENCE.test(ref) ? { ...before, level: TOP_LEVEL } : before;
        // "… with Vietnam is one of Russia's priorities. The two countries raised their relations to that level in
        // 2012": the pair dates the one framework of the sentence before that had no year.
        const undated = out.filter((p) => p.sentenceIndex === s.index - 1 && p.level === lv.level);
        if (!inPart && PAIR.test(part) && years.length === 1 && undated.length === 1 && undated[0]?.year === null)
          Object.assign(undated[0], { year: years[0], yearSource: "sentence" });
        // "China holds that top label since 2008, and India joined it in 2016": when the holders of the clause each
        // write a year right after them, the year after a country (up to the next one) is its own.
        const inClause = countries.filter((c) => c.start >= clauseStart && c.end <= clauseEnd);
        const yearAfter = (c: PlaceMention) => {
          const next = inClause.find((o) => o.start >= c.end);
          return yearsIn(s.text.slice(c.end - s.start, (next?.start ?? clauseEnd) - s.start), 0);
        };
        const eachDated = inClause.length > 1 && inClause.every((c) => yearAfter(c).length === 1);
        for (const c of foreignPair ? [] : countries) {
          if (c.start < clauseStart || c.end > clauseEnd) continue;
          // "puts Japan alongside …" after the sentence reporting Japan's upgrade: already found with its year.
          if (out.some((p) => c.place.kind === "country" && p.countryCode === c.place.code && p.level === lv.level))
            continue;
          const prefix = s.text.slice(Math.max(0, c.start - s.start - 12), c.start - s.start);
          if (NOT_HOLDER_BEFORE.test(prefix) || NOT_HOLDER_AFTER.test(s.text.slice(c.end - s.start))) continue;
          const head = chain(s.text, s.start, countries, countries.indexOf(c), -1)[0] as PlaceMention;
          const earlier = FAR_LIST.test(s.text.slice(Math.max(0, head.start - s.start - 30), head.start - s.start));
          emit(c, lv, eachDated ? yearAfter(c) : ownYears(c, years), earlier ? null : undefined);
        }
      }
      clauseStart = clauseEnd + 1;
    }
    const isOld = (n: number) => {
      const next = levels[n + 1];
      const lv = levels[n];
      return !!next && !!lv && OLD_TO_NEW.test(s.text.slice(lv.end - s.start, next.start - s.start));
    };
    // "Russia 2001, India 2007, China 2008 (a "comprehensive strategic cooperative partnership"), Spain 2009": a level
    // in brackets right after a listed country is that country's own name for its level, an aside; the list it
    // stands in goes on past it, and the bracket holds no one else.
    const bracketed = new Map<Level, PlaceMention>();
    for (const lv of levels) {
      const before = s.text.slice(Math.max(0, lv.start - s.start - 40), lv.start - s.start);
      const open = /\(\s*(?:(?:a|an|the)\s+)?["“‘']?\s*$/.exec(before);
      if (!open) continue;
      const at = lv.start - s.start - (before.length - open.index);
      const owner = countries.findLast((c) => c.end - s.start <= at);
      if (!owner || !/^\s*(?:(?:19|20)\d\d\s*)?$/.test(s.text.slice(owner.end - s.start, at))) continue;
      bracketed.set(lv, owner);
    }
    const asideOwners = new Set(bracketed.values());
    levels.forEach((lv, n) => {
      if (isOld(n) && !lv.current) return;
      // The bracketed level is its owner's, read by the pass for levels in brackets.
      if (bracketed.has(lv)) return;
      // The new level of "upgraded their X to a Y" looks back past the old one for its countries.
      const prevLevelEnd = (n > 0 && isOld(n - 1) ? levels[n - 2]?.end : levels[n - 1]?.end) ?? s.start;
      // "… was raised to a comprehensive strategic partner in 2012, while the relationship with China has been a …": when
      // the next clause names a level of its own, the countries of that clause are its, not this level's.
      const ownEnd = s.start + CLAUSES.around(s.text, lv.end - s.start)[1];
      const nextLevel = levels.find((l, m) => m > n && !bracketed.has(l))?.start ?? s.end;
      // A relative clause (", which …") still speaks of the list it hangs on.
      const relative = /^\s*,?\s*(?:which|who|whose)\b/i.test(s.text.slice(ownEnd - s.start));
      const cut = nextLevel < s.end && ownEnd < nextLevel && !relative ? ownEnd : s.end;
      const nextStart = Math.min(nextLevel, clauseEnd(lv.end), cut);
      if (!lv.current && PREVIOUS_LEVEL.test(s.text.slice(Math.max(0, lv.start - s.start - 12), lv.start - s.start)))
        return;
      const afterAt = countries.findIndex((c) => c.start >= lv.end && c.start < nextStart);
      const after =
        afterAt < 0
          ? []
          : chain(s.text, s.start, countries, afterAt, 1).filter((c) => c.start < nextStart && !asideOwners.has(c));
      // "… partnership with Vietnam was followed by South Korea's": a "with" spent on Vietnam links no one else.
      const lead = after[0]
        ? s.text
            .slice(lv.end - s.start, after[0].start - s.start)
            .replace(POSSESSOR_PHRASE, " ")
            .replace(DASH_ASIDE, " ")
            .replace(WITH_HOME, " ")
        : "";
      // A connector far from the level ("…, putting them on a par with China") introduces something else,
      // unless it opens the list itself ("with seven countries, a group that includes China, …").
      const size = lead.trim().split(/\s+/).length;
      const opener = size <= 14 && LIST_OPENER.test(lead);
      // "Vietnam's comprehensive strategic partners now reads China (2008), Russia (2012), …": a plural level
      // right before a list of several countries is that list.
      const plural =
        /partner(?:ship)?s$/i.test(s.text.slice(lv.start - s.start, lv.end - s.start)) &&
        size <= 3 &&
        after.length >= 2;
      // "… forge a strategic partnership, making the Philippines the fifth ASEAN country …": the object of "making".
      const making = MAKING_AFTER.test(lead);
      const gate =
        after[0] &&
        (opener ||
          plural ||
          making ||
          (size <= 6 && (CONNECTOR.test(lead) || lead.includes(":"))) ||
          // "… partners now reads like a map of its priorities: China (2008), …": a colon right before the list.
          (size <= 12 && /:\s*(?:the\s+)?$/.test(lead)));
      // "raised relations with the US, Japan and Australia to comprehensive strategic partnerships" names them first.
      const lastBefore = countries.filter((c) => c.end <= lv.start && c.start >= prevLevelEnd).at(-1);
      const listedBefore =
        lastBefore !== undefined && TO_LEVEL.test(s.text.slice(lastBefore.end - s.start, lv.start - s.start));
      // A level withheld from the country before it ("lift ties with Canberra to a …, a step it took with …") still
      // reaches the holders named after it.
      // "… Malaysian Prime Minister Anwar Ibrahim, whose country is a comprehensive strategic partner of Vietnam, and
      // with South African President …": the relative clause hangs on the person named with his country.
      const owner = countries.findLast((c) => c.end <= lv.start && c.start >= prevLevelEnd);
      const whose = owner && WHOSE_COUNTRY.test(s.text.slice(owner.end - s.start, lv.start - s.start)) ? owner : null;
      // "A and B are strategic partners, as are C and D": the list after "as are" shares the predicate; it is no
      // other party of the level.
      const sharing = after[0] !== undefined && SHARED_PREDICATE.test(lead);
      let linked = whose ? [whose] : gate && !sharing && (!listedBefore || lv.afterOnly) ? after : [];
      const viaAfter = !whose && linked.length > 0;
      let subject = false;
      let earlier: PlaceMention[] = [];
      let joiners: PlaceMention[] = [];
      let joinsNow = false;
      if (linked.length === 0) {
        const prevEnd = prevLevelEnd;
        // "France was the first country in the European Union to hold …": the group a country belongs to holds nothing.
        const lastAt = countries.findLastIndex(
          (c) =>
            c.end <= lv.start &&
            c.start >= prevEnd &&
            !MEMBER_OF.test(s.text.slice(Math.max(0, c.start - s.start - 30), c.start - s.start)),
        );
        // "The Philippines, which has signed an accord with Japan, is discussing an upgrade of its …": the main verb
        // resumes after the relative clause, so its subject is the clause's antecedent, not the country inside it.
        const antecedentAt =
          lastAt > 0 &&
          RESUMED_VERB.test(s.text.slice((countries[lastAt] as PlaceMention).end - s.start, lv.start - s.start))
            ? countries.findLastIndex(
                (c, i) =>
                  i < lastAt &&
                  c.start >= prevEnd &&
                  /^\s*,\s*(?:which|who)\b[^,;]*$/i.test(
                    s.text.slice(c.end - s.start, (countries[lastAt] as PlaceMention).start - s.start),
                  ),
              )
            : -1;
        const at = antecedentAt >= 0 ? antecedentAt : lastAt;
        const last = countries[at];
        const gap = last ? s.text.slice(last.end - s.start, lv.start - s.start) : "";
        // "Vietnam and Japan elevated their ties to a …", "upgraded relations with Australia to a …",
        // "the Japan-Vietnam Comprehensive Strategic Partnership".
        const verbFirst =
          last && RELATION_VERB.test(s.text.slice(prevEnd - s.start, last.start - s.start)) && TO_LEVEL.test(gap);
        const compound = last && gap.replace(HOME_NAMES, "").replace(/[\s\-–—']|\bs\b/g, "") === "";
        // "The UK became the second European country after France to hold …": the group after "after" held the level
        // first; the holder is the subject before it.
        const group = last ? chain(s.text, s.start, countries, at, -1).filter((c) => c.start >= prevEnd) : [];
        const head = group[0];
        const firstBefore =
          head && EARLIER_BEFORE.test(s.text.slice(Math.max(0, head.start - s.start - 25), head.start - s.start));
        const subjectBefore = firstBefore ? countries[countries.indexOf(head) - 1] : undefined;
        if (
          last &&
          firstBefore &&
          subjectBefore &&
          subjectBefore.start >= prevEnd &&
          (RELATION_VERB.test(s.text.slice(subjectBefore.end - s.start, head.start - s.start)) ||
            // "…, making India only the third country after Russia and China to hold …": the object of "making".
            MADE_BEFORE.test(
              s.text.slice(Math.max(0, subjectBefore.start - s.start - 12), subjectBefore.start - s.start),
            ))
        ) {
          linked = [subjectBefore];
          subject = true;
          joiners = group;
        } else if (last && (RELATION_VERB.test(gap) || verbFirst || compound)) {
          linked = chain(s.text, s.start, countries, at, -1).filter((c) => c.start >= prevEnd);
          subject = !/\bwith\b/i.test(s.text.slice(prevEnd - s.start, (linked[0] as PlaceMention).start - s.start));
        } else if (last && AS_LEVEL.test(gap)) {
          const list = chain(s.text, s.start, countries, at, -1).filter((c) => c.start >= prevEnd);
          const head = list[0] as PlaceMention;
          const joiner = countries[countries.indexOf(head) - 1];
          const joins = s.text.slice((joiner?.end ?? prevEnd) - s.start, head.start - s.start);
          // "Germany joins Russia, India and Japan as …": the one joining is the news; the list held the level before.
          // "Vietnam already counts Indonesia, Thailand … as strategic partners": Vietnam's own count of holders.
          const counter = s.text.slice(prevEnd - s.start, head.start - s.start);
          // "Vietnam has … , while it counts Japan … among its strategic partners": "it" is the sentence's subject,
          // Vietnam when it is named before any foreign country.
          const homeAt = s.text.search(HOME_WORDS);
          const counterIsHome =
            HOME_WORDS.test(counter) ||
            (/\bit\s+(?:also\s+)?\w+\s*$/i.test(counter) &&
              homeAt >= 0 &&
              homeAt < (countries[0]?.start ?? s.end) - s.start);
          if (COUNTS.test(counter) && counterIsHome) linked = list;
          else if (JOINS.test(joins)) {
            // "Thailand now joins …": an adverb may stand before the verb.
            const joined =
              joiner &&
              joiner.start >= prevEnd &&
              (/^\s*(?:(?:now|also|thereby|thus|today|formally)\s+)?\w+\s*(?:the\s+)?$/i.test(joins) ||
                // "Malaysia moved up in November 2024, joining China, …": a participle whose subject opens the
                // sentence.
                (/^[^,;:.]{1,60},\s*(?:thereby\s+|thus\s+)?joining\s+(?:the\s+)?$/i.test(joins) &&
                  /^\W*(?:the\s+)?$/i.test(s.text.slice(0, joiner.start - s.start))));
            // "The United States and Japan joined …": the joiners may be a group of their own.
            linked = joined
              ? chain(s.text, s.start, countries, countries.indexOf(joiner), -1).filter((c) => c.start >= prevEnd)
              : list;
            if (joined) joiners = list;
            // "Kenya joins …" in the present tense reports the news of the article.
            joinsNow = !!joined && /\bjoins\b/i.test(joins);
          }
        }
      }
      // Two foreign countries paired with each other ("Seoul and Jakarta upgraded their ties") are not Vietnam's;
      // nor is a list after a foreign subject ("Indonesia has comprehensive strategic partnerships with Australia").
      // "Germany and Italy have been strategic partners since 2011 and 2013": one year for each member of the group
      // (or "hold comprehensive partnerships", plural) means a framework each, with the country the story is about.
      const respective = respectiveYears(s.text.slice(lv.end - s.start, clauseEnd(lv.end) - s.start), linked.length);
      // "India (2007), Spain (2009) and Germany (2011) are strategic partners": a year bracketed after each member,
      // or three members and more, list the holders of Vietnam's level, not partners of each other.
      const named = s.text.slice(lv.start - s.start, lv.end - s.start);
      const eachOwn =
        respective !== null ||
        sharing ||
        (aboutVietnam &&
          (/partnerships$/i.test(named) ||
            (/partners$/i.test(named) &&
              (linked.length >= 3 || linked.every((c) => PAREN_YEAR.test(s.text.slice(c.end - s.start)))))));
      const pair =
        subject && !eachOwn && new Set(linked.map((c) => c.place.kind === "country" && c.place.code)).size > 1;
      const clauseStart = s.start + s.text.lastIndexOf(";", lv.start - s.start) + 1;
      const firstLevel = levels.find((l) => l.start >= clauseStart) ?? lv;
      // "Receiving New Zealand Ambassador …, the President said the … partnership with New Zealand": the party named
      // after the level is no foreign subject before it.
      const foreignSubject =
        viaAfter &&
        countries.some(
          (c) =>
            c.start >= clauseStart &&
            c.end <= firstLevel.start &&
            !(
              GUEST_BEFORE.test(s.text.slice(0, c.start - s.start)) &&
              linked.some(
                (l) => l.place.kind === "country" && c.place.kind === "country" && l.place.code === c.place.code,
              )
            ),
        );
      // Vietnam must be a party in the level's own clause: "India has a comprehensive strategic partnership with
      // Japan, while its ties with Vietnam …", "Malaysia elevated relations with South Korea to …".
      const [segA, segB] = CLAUSES.around(s.text, lv.start - s.start);
      // "… a strategic partner of Vietnam, which has comprehensive partnerships with Chile, …": a relative clause
      // whose antecedent is Vietnam has Vietnam as its subject.
      // "Italy, for its part, raised ties with India to …": a clause opening on its verb after an aside keeps the
      // subject of the clause before it.
      const subjectFrom = segA > 1 && VERB_HEAD.test(s.text.slice(segA)) ? CLAUSES.around(s.text, segA - 2)[0] : segA;
      // "Vietnam has signed similar pacts with Russia, and holds a … with China": a clause opening on its verb has
      // Vietnam for subject when Vietnam opens the clause it borrows its subject from, before any foreign country.
      const homeAt = subjectFrom < segA ? s.text.slice(subjectFrom, segA).search(HOME_WORDS) : -1;
      const homeSubject =
        homeAt >= 0 &&
        !countries.some((c) => c.start >= s.start + subjectFrom && c.start < s.start + subjectFrom + homeAt);
      // "Australia already had comprehensive strategic partnerships with Indonesia and India, and said Vietnam belongs
      // in that company": Vietnam named only in a coordinated clause after the foreign subject's list is no party to it.
      const homeEnd = viaAfter ? foreignSubjectClauseEnd(s.text, lv.end - s.start, segB) : segB;
      const homeInClause =
        homeSubject || HOME_WORDS.test(s.text.slice(segA, homeEnd)) || HOME_ANTECEDENT.test(s.text.slice(0, segA));
      const withFirst = linked[0];
      const foreignBefore =
        !subject &&
        !viaAfter &&
        withFirst !== undefined &&
        countries.some(
          (c) =>
            // "Laos, which lifted its ties with China to …": the antecedent of a relative clause is its subject.
            (c.start >= s.start + subjectFrom || RELATIVE_AFTER.test(s.text.slice(c.end - s.start, segA))) &&
            c.end <= withFirst.start &&
            !linked.some(
              (l) => l.place.kind === "country" && c.place.kind === "country" && l.place.code === c.place.code,
            ),
        );
      // "ASEAN had upgraded its relations with Australia to a …": an organisation standing as the clause's subject (no
      // preposition before it) is the other party, as a foreign country would be; a union is read as a country above.
      const orgBefore =
        withFirst !== undefined &&
        places.some(
          (p) =>
            p.sentenceIndex === s.index &&
            p.place.kind === "org" &&
            !UNIONS.has(p.place.org.acronym ?? "") &&
            p.start >= s.start + subjectFrom &&
            p.end <= withFirst.start &&
            // "the ASEAN-Australia Comprehensive Strategic Partnership": an organisation joined to the country by a
            // dash is the compound's other party wherever the compound stands.
            (/^\s*[-–—]\s*$/.test(s.text.slice(p.end - s.start, withFirst.start - s.start)) ||
              (!subject &&
                ORG_SUBJECT_HEAD.test(s.text.slice(subjectFrom, p.start - s.start)) &&
                !NOT_HOLDER_AFTER.test(s.text.slice(p.end - s.start)))),
        );
      // "Manila is also a strategic partner of Tokyo": the other party named after the level is foreign.
      const otherAfter =
        !viaAfter &&
        countries.some(
          (c) =>
            c.start >= lv.end &&
            !linked.includes(c) &&
            OTHER_PARTY.test(s.text.slice(lv.end - s.start, c.start - s.start)),
        );
      // "Australia is assembling a network of ties. It agreed a comprehensive strategic partnership with Singapore":
      // the pronoun stands for the foreign subject of the sentence before.
      const foreignPronoun =
        (viaAfter &&
          segA === 0 &&
          PRONOUN_SUBJECT.test(s.text.slice(0, lv.start - s.start)) &&
          foreignOpener(s.index - 1)) ||
        // "We already have comprehensive strategic partnerships with Indonesia and India, so the upgrade with Vietnam
        // completes the picture": a speaker who names Vietnam as the other party speaks for a foreign country.
        (viaAfter &&
          WE_SUBJECT.test(s.text.slice(segA, lv.start - s.start)) &&
          HOME_THIRD_PERSON.test(s.text.slice(homeEnd, segB)));
      if (
        !homeInClause &&
        (foreignSubject || foreignBefore || orgBefore || otherAfter || foreignPronoun || (pair && aboutVietnam))
      )
        return;
      // "…; it has a … with Japan, a strategic partnership with Australia …": a later object of the pronoun's run too.
      if (viaAfter && !homeInClause && pronounRunOwn(s.text, lv.start - s.start) && foreignOpener(s.index - 1)) return;
      // "The city-state itself has a comprehensive strategic partnership with Australia": a subject set apart by
      // "itself" is another country than Vietnam, whatever it is called.
      if (viaAfter && !homeInClause && /\b(?:itself|its\s+own)\b/i.test(s.text.slice(segA, lv.start - s.start))) return;
      // "Both Vietnam and Malaysia are strategic partners of the United States": the party after "of" is foreign.
      if (otherAfter && linked.length > 0 && linked.every((c) => c.end <= lv.start)) return;
      if (!homeNamed && (pair || foreignSubject)) {
        if (aboutVietnam || !pair) return;
        linked = linked.slice(1);
      }
      const announced =
        countries.length === 0 &&
        ANNOUNCED.test(s.text.slice(Math.max(0, lv.start - s.start - 30), lv.start - s.start));
      const before = s.text.slice(0, lv.start - s.start);
      // "Hanoi has raised its relations with eight countries to a …": a count of partners names no one, least of all
      // the story's main partner.
      const upgradedTo =
        countries.length === 0 &&
        UPGRADE_TO.test(before.slice(-12)) &&
        UPGRADE_VERB.test(before) &&
        !COUNTED_PARTIES.test(before);
      if (linked.length === 0 && (PAIR.test(s.text) || announced || upgradedTo)) {
        const actors = countries.filter((c) => !backdrop(s, c));
        const named = new Set(actors.map((c) => c.place.kind === "country" && c.place.code));
        // "Cambodia and China, for their part, have described their relations … as a …": "their" is the two foreign
        // subjects' own, never Vietnam's with the story's main partner.
        const [f0, f1] = countries;
        const foreignSubjects =
          !homeNamed &&
          f0 !== undefined &&
          f1 !== undefined &&
          /^\W*(?:the\s+)?$/i.test(s.text.slice(0, f0.start - s.start)) &&
          /^\s*(?:and|&)\s+(?:the\s+)?$/i.test(s.text.slice(f0.end - s.start, f1.start - s.start));
        const main = foreignSubjects
          ? null
          : named.size === 1
            ? (actors[0] ?? null)
            : ((named.size === 0
                ? (counterpartCountry(s, lv.start, sentences, places) ??
                  partnerJustBefore(places, s.index, out, sentences) ??
                  pairedWithHome(sentences, places, s.index, out))
                : null) ?? mainPartner(places));
        if (main) linked = [main];
      }
      if (linked.length === 0) linked = holderNearby(s, lv, prevLevelEnd, countries, homeNamed || aboutVietnam);
      // "… makes the US the fifth country at that level, following China, Russia, India and South Korea."
      // "The comprehensive strategic partnership … was for years reserved for China (2008), …": a passive holder list
      // needs no holder of its own before it.
      const passive = (c: PlaceMention) =>
        HELD_BY.test(s.text.slice(lv.end - s.start, c.start - s.start)) ||
        (BEING_LIST.test(s.text.slice(lv.end - s.start, c.start - s.start)) && HOME_WORDS.test(before)) ||
        HELD_WITH.test(s.text.slice(lv.end - s.start, c.start - s.start));
      if (linked.length > 0 || countries.some((c) => c.start >= lv.end && c.start < nextStart && passive(c))) {
        const farAt = countries.findIndex(
          (c) =>
            c.start >= lv.end &&
            c.start < nextStart &&
            !linked.includes(c) &&
            (linked.length > 0 || passive(c)) &&
            FAR_LIST.test(s.text.slice(lv.end - s.start, c.start - s.start)) &&
            (!NEW_CLAUSE.test(s.text.slice(lv.end - s.start, c.start - s.start)) ||
              (linked.length === 0 && passive(c)) ||
              JOINED_BY.test(s.text.slice(lv.end - s.start, c.start - s.start)) ||
              (linked.length > 0 && ORDINAL_AFTER.test(s.text.slice(lv.end - s.start, c.start - s.start)))),
        );
        if (farAt >= 0) earlier = chain(s.text, s.start, countries, farAt, 1);
      }
      if (earlier.length === 0) earlier = joiners;
      // A year in the level's own clause wins over one in the next ("… in 2023; in 2024 Vietnam did the same").
      const from = s.text.lastIndexOf(";", lv.start - s.start) + 1;
      const to = clauseEnd(lv.end) - s.start;
      // "…, putting them on a par with China, which gained that status in 2008": a year in a clause that names
      // another country than the holders is that country's.
      const othersClause = (year: number) =>
        CLAUSES.parts(s.text).some(
          ([a, b]) =>
            yearsIn(s.text.slice(a, b), 0).includes(year) &&
            !(lv.start - s.start >= a && lv.start - s.start < b) &&
            countries.some(
              (c) =>
                // ", which gained that status in 2008" speaks of the country right before it.
                c.start - s.start >= (/(?:which|who)$/i.test(s.text.slice(0, a)) ? a - 30 : a) &&
                c.end - s.start <= b &&
                !linked.some(
                  (l) => l.place.kind === "country" && c.place.kind === "country" && l.place.code === c.place.code,
                ),
            ),
        );
      // "…, and with the United Kingdom, which left the bloc in 2020": a year in a relative aside that speaks of no
      // step in the ties dates something else.
      const asideYear = (year: number) =>
        CLAUSES.parts(s.text).some(
          ([a, b]) =>
            // The antecedent is a country; ", which dates from 2013" after the level speaks of the level.
            countries.some((c) => /^\s*,\s*(?:which|who)$/i.test(s.text.slice(c.end - s.start, a))) &&
            yearsIn(s.text.slice(a, b), 0).includes(year) &&
            !CHANGE_VERB.test(s.text.slice(a, b)) &&
            !TIES_WORDS.test(s.text.slice(a, b)) &&
            !(lv.start - s.start >= a && lv.start - s.start < b),
        );
      const own = yearsIn(s.text.slice(from, to), lv.end - s.start - from).filter((y) => !othersClause(y));
      let years = (own.length > 0 ? own : yearsIn(s.text, lv.end - s.start).filter((y) => !othersClause(y))).filter(
        (y) => !asideYear(y),
      );
      // "Japan, Vietnam's largest donor since 2001, agreed to a strategic partnership in April": a time word beside
      // the level outweighs a year in an aside.
      const local = localYear(s.text, lv.start - s.start, lv.end - s.start, ctx);
      if (local !== null) years = [local];
      // "This year marks the 10th anniversary of the … strategic partnership": the level is ten years older.
      const head = s.text.slice(0, lv.start - s.start);
      const anniversary =
        [...head.matchAll(new RegExp(ANNIVERSARY.source, "gi"))].findLast(
          (m) => !RELATIONS_ANNIVERSARY.test(head.slice((m.index ?? 0) + m[0].length)),
        ) ?? SPAN.exec(head);
      // "marked ten years of their strategic partnership, signed in 2013": the year written for the level is its own,
      // not the year the anniversary is counted from.
      if (anniversary && !SIGNED_IN_AFTER.test(s.text.slice(lv.end - s.start))) {
        const n = anniversary[1]
          ? Number(anniversary[1])
          : anniversary[2]
            ? config.anniversaryWords[anniversary[2].toLowerCase()]
            : (spanYears(anniversary[3] ?? "") ?? Number(anniversary[3]));
        const ref = years[0] ?? relativeYear(s.text, ctx) ?? ctx.year;
        if (n && ref) years = [ref - n];
      }
      // "raised their ties to a CSP, twelve years after they signed a Strategic Partnership in 2013": a year nearer
      // another level is that level's; the new level of an upgrade with no year of its own is the article's news.
      const next = levels[n + 1];
      const replaces =
        !!next &&
        RANK[next.level] < RANK[lv.level] &&
        REPLACES.test(s.text.slice(lv.end - s.start, next.start - s.start));
      const news = (UPGRADE_TO.test(s.text.slice(0, lv.start - s.start)) && UPGRADE_VERB.test(before)) || replaces;
      // A described top level beside the one it replaces leaves that level's year to it.
      if ((news || replacedOnly || leftOnly) && levels.length > 1)
        years = years.filter((y) => nearestLevel(s.text, s.start, levels, y).includes(lv));
      // "… first strategic partner in 2001 before the relationship was raised to the top level eleven years later".
      const later = LATER.exec(s.text.slice(lv.end - s.start, lv.end - s.start + 40));
      const base = later ? yearsIn(s.text.slice(0, lv.start - s.start), lv.start - s.start)[0] : undefined;
      const step = later ? spanYears(later[1] ?? "") : undefined;
      if (base && step) years = [base + step];
      // "… to a comprehensive strategic partnership, nine years after the two set up their strategic partnership in
      // 2015": the new level is the span later than the year written for the lower level it replaces.
      // "… 30 years after establishing diplomatic ties and 13 years after becoming strategic partners in 2009": the
      // span nearest the year counts from it.
      const spanAfter = SPAN_AFTER.exec(s.text.slice(lv.end - s.start));
      const spans = spanAfter ? [...spanAfter[0].matchAll(SPAN_AFTER_WORDS)] : [];
      const spanStep = spanYears(spans.at(-1)?.[1] ?? "");
      const lowerAt = next && RANK[next.level] < RANK[lv.level] ? next.start - lv.end : -1;
      const spanYear = spanAfter && spanStep ? Number(spanAfter[2]) + spanStep : null;
      if (
        spanYear !== null &&
        lowerAt >= 0 &&
        lowerAt < (spanAfter?.index ?? 0) + (spanAfter?.[0].length ?? 0) &&
        // a span that lands on the story's own year leaves the news to the story's date
        (ctx.year === null || spanYear < ctx.year)
      )
        years = [spanYear];
      // "… today, two years after the two countries raised their ties to a …": counted back from the news itself,
      // unless the level has its own year written after it ("… after they established it in July 2013").
      const since = anniversary ? null : CHANGE_SPAN.exec(head);
      const back = since ? spanYears(since[3] ?? "") : undefined;
      const now =
        back && !SIGNED_IN_AFTER.test(s.text.slice(lv.end - s.start)) ? (relativeYear(s.text, ctx) ?? ctx.year) : null;
      if (back && now) years = [now - back];
      // The level an upgrade still to come starts from is not the news: only a year written for it dates it.
      // "… partnerships with China, Russia and India in 2008, 2012 and 2016 respectively": a group after "with" pairs
      // with its years in order just as a subject group does.
      if (respective && (subject || linked.every((c) => c.start >= lv.end)))
        linked.forEach((c, i) => {
          emit(c, lv, [], respective[i]);
        });
      for (const c of linked) emit(c, lv, years, lv.current ? (years[0] ?? null) : undefined, news || joinsNow);
      if (sharing && linked.length > 0) {
        const tail = SHARED_TAIL.exec(s.text.slice((after.at(-1) as PlaceMention).end - s.start));
        for (const c of after) emit(c, lv, [], tail ? Number(tail[1]) : null);
      }
      // "… since 2011 and 2013, and Spain since 2009": a verbless tail adds one more holder with its own year.
      if (linked.length > 0) {
        let tailed = false;
        const to = clauseEnd(lv.end);
        for (const [k, c] of countries.entries()) {
          if (c.start < lv.end || c.end > Math.min(to, nextStart) || linked.includes(c)) continue;
          const tail = ELLIPTIC_TAIL.exec(s.text.slice(c.end - s.start, to - s.start));
          const lead = s.text.slice(Math.max(lv.end, countries[k - 1]?.end ?? lv.end) - s.start, c.start - s.start);
          // "… since 2010 and France since 2013", "… since 2001, India since 2007": "and" or a comma alone.
          if (tail && /(?:19|20)\d\d\s*(?:,\s*and|,|and)\s+(?:the\s+)?$/.test(lead)) {
            emit(c, lv, [], Number(tail[1]));
            tailed = true;
          }
        }
        if (tailed) ownYearBeforeTail(s, lv, linked, out);
      }
      // "Australia is now among the countries with which Vietnam has its highest-level ties, alongside China, …": the
      // list after "alongside" holds the level, and so does the subject that Vietnam shares it with.
      const subject0 = countries[0];
      if (
        viaAfter &&
        subject0 &&
        subject0.end <= lv.start &&
        FAR_LIST.test(`${lead.replace(/^[\s,]+/, " ").trimEnd()} `)
      ) {
        const between = s.text.slice(subject0.end - s.start, lv.start - s.start);
        const opens = /^\W*(?:the\s+)?$/i.test(s.text.slice(0, subject0.start - s.start));
        // "Sri Lanka becomes the latest country to hold a comprehensive partnership with Vietnam, a list that also
        // includes …": Vietnam may be named right after the level instead.
        const withHome = WITH_HOME_OPENING.test(s.text.slice(lv.end - s.start));
        if (
          opens &&
          RELATION_VERB.test(between) &&
          (HOME_WORDS.test(between) || withHome) &&
          !countries.some((c) => c !== subject0 && c.end <= lv.start)
        ) {
          // A year in a listed member's own relative clause is not the subject's.
          const members = new Set(
            linked.map((c) => Number(RELATIVE_DATED.exec(s.text.slice(c.end - s.start))?.[1] ?? Number.NaN)),
          );
          emit(
            subject0,
            lv,
            years.filter((y) => !members.has(y)),
            undefined,
            news,
          );
        }
      }
      // "… was followed by South Korea's in 2022": a year right after the listed group is its own.
      const earlierYear = earlier.length
        ? DATED_AFTER.exec(s.text.slice((earlier.at(-1) as PlaceMention).end - s.start).replace(/^['’]s\b/, ""))
        : null;
      // "… on a par with China, which gained that status in 2008": the relative clause dates the earlier holder.
      const whichMatch = earlier.length
        ? RELATIVE_DATED.exec(s.text.slice((earlier.at(-1) as PlaceMention).end - s.start))
        : null;
      // "…, which left the bloc in 2020": only a relative clause about the ties dates the earlier holder.
      const earlierWhich =
        whichMatch && (TIES_WORDS.test(whichMatch[0]) || CHANGE_VERB.test(whichMatch[0])) ? whichMatch : null;
      // "…, joined earlier this year by Italy, …": the time of the passive dates the group after it.
      const joinedBy =
        earlier[0] && JOINED_BY.test(s.text.slice(lv.end - s.start, earlier[0].start - s.start))
          ? (s.text.slice(lv.end - s.start, earlier[0].start - s.start).match(/,\s*joined\s+([^,;.]*)$/i)?.[1] ?? "")
          : "";
      const joinedYear = joinedBy ? (yearsIn(joinedBy, 0)[0] ?? relativeYear(joinedBy, ctx)) : null;
      const earlierAt = earlierYear?.[1]
        ? Number(earlierYear[1])
        : earlierYear?.[2]
          ? spokenYear(earlierYear[2], ctx)
          : earlierWhich
            ? Number(earlierWhich[1])
            : (joinedYear ??
              // "…, days after a similar upgrade with New Zealand": the earlier step is news of the same weeks.
              (earlier[0] && SHORTLY_AFTER.test(s.text.slice(lv.end - s.start, earlier[0].start - s.start))
                ? ctx.year
                : null));
      // "…, joining Argentina, Chile and Mexico, which hold comprehensive partnerships": the relative clause gives the
      // earlier group a level of its own.
      const tailOf = earlier.at(-1);
      const ownLevel =
        tailOf !== undefined &&
        next !== undefined &&
        next.start >= tailOf.end &&
        HOLD_OWN.test(s.text.slice(tailOf.end - s.start, next.start - s.start));
      // "… replaces the Strategic Partnership …, makes the UK one of 14 countries to hold Viet Nam's highest level …,
      // and the second in Europe after France": the holders are counted at the top level named on the way.
      const between = earlier[0] ? s.text.slice(lv.end - s.start, earlier[0].start - s.start) : "";
      const topBetween = TOP_BETWEEN.test(between);
      for (const c of earlier) {
        // Only a year written in that relative clause dates it ("…, which hold comprehensive partnerships").
        if (ownLevel && next)
          emit(c, next, [], yearsIn(s.text.slice(next.end - s.start, clauseEnd(next.end) - s.start), 0)[0] ?? null);
        else emit(c, topBetween ? { ...lv, level: TOP_LEVEL } : lv, [], earlierAt);
      }
      for (const [c, year] of timeline(s.text, s.start, countries, lv.end, nextStart, ctx)) emit(c, lv, [], year);
    });
    // "…, and in late October the United Kingdom, with which Vietnam had signed a strategic partnership in 2010, took
    // the number to 14": the country that moves a count of holders on joins the level counted before it.
    const tally = TALLY.exec(s.text);
    if (tally) {
      const at = s.start + tally.index;
      const k = countries.findLastIndex((c) => c.end <= at);
      const mover = countries[k];
      const counted = mover ? [...levels].reverse().find((l) => l.end <= mover.start) : undefined;
      if (mover && counted && HOME_WORDS.test(s.text.slice(0, mover.start - s.start))) {
        const head = s.text.slice(
          Math.max(countries[k - 1]?.end ?? s.start, mover.start - 40) - s.start,
          mover.start - s.start,
        );
        const month = /\bin\s+(?:(?:early|mid|late)[-\s]+)?([a-z]+)\b(?!,?\s*\d)/i.exec(head)?.[1]?.toLowerCase() ?? "";
        const year =
          yearsIn(head, head.length)[0] ??
          (MONTH_NAMES.some((m) => m.startsWith(month.slice(0, 3)) && month.length >= 3)
            ? spokenYear(`in ${month}`, ctx)
            : relativeYear(head, ctx));
        emit(mover, counted, [], year ?? null);
      }
    }
    if (groupCue) {
      for (const [k, c] of countries.entries()) {
        const prev = countries[k - 1];
        // Only the head of a list: a member after a comma or "and" belongs to the list begun before it.
        if (prev && LIST_GAP.test(s.text.slice(prev.end - s.start, c.start - s.start))) continue;
        const window = Math.max(0, c.start - s.start - 160);
        const put = PUT_IN_GROUP.exec(s.text.slice(window, c.start - s.start));
        if (!put) continue;
        // The one set in the group: a pronoun or the ties themselves, or a country; never Vietnam ("puts Vietnam
        // alongside Thailand as a chip hub" compares economies).
        const moved = put[1] ?? "";
        const movedAt = s.start + window + (put.index ?? 0) + put[0].indexOf(moved);
        const movedCountries = countries.filter((o) => o.start >= movedAt && o.end <= movedAt + moved.length);
        if (HOME_WORDS.test(moved) || (movedCountries.length === 0 && !GROUP_PRONOUN.test(moved.trim()))) continue;
        // The level: the last one named before the group in this sentence, unless it is only the one left behind
        // ("lifts ties from the strategic partnership … and puts Australia in a group …"); else the change reported
        // in the sentence or two before, when Vietnam was a party to it.
        const named = levelMatches
          .filter((m) => (m.index ?? 0) < c.start - s.start)
          .filter((m) => {
            const head = s.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0);
            return !PREVIOUS_LEVEL.test(head.slice(-12)) && !REPLACED_BEFORE.test(head);
          })
          .at(-1);
        const namedLevel = named ? levelOf(named) : undefined;
        const [ns] = named ? CLAUSES.around(s.text, named.index ?? 0) : [0];
        // "A comprehensive strategic partnership would put …": the level opens its clause, or Vietnam is named.
        const namedOk =
          named !== undefined &&
          aboutVietnam &&
          (homeNamed ||
            /^\W*(?:(?:an?\s+)?(?:upgrade|move|step|elevation)\s+(?:to|into)\s+)?(?:a|an|the)?\s*["“‘']?$/i.test(
              s.text.slice(ns, named.index ?? 0),
            ));
        // The country moved must be the one the change was with ("Australia and Vietnam raised … The upgrade puts
        // Australia in a group …"), or a pronoun for it.
        const changedWith = (code: string) =>
          out.some((p) => p.sentenceIndex === changeBefore?.sentence && p.countryCode === code);
        const recentChange =
          !named &&
          changeBefore &&
          s.index - changeBefore.sentence <= 2 &&
          HOME_WORDS.test(sentences[changeBefore.sentence]?.text ?? "") &&
          movedCountries.every((o) => o.place.kind === "country" && changedWith(o.place.code))
            ? changeBefore.lv
            : null;
        const lv: Level | null =
          namedOk && namedLevel && named
            ? {
                level: namedLevel,
                start: s.start + (named.index ?? 0),
                end: s.start + (named.index ?? 0) + named[0].length,
              }
            : (recentChange ?? newStatusLevel(s.text.slice(0, movedAt - s.start), movedCountries, out));
        if (!lv) continue;
        for (const m of chain(s.text, s.start, countries, k, 1)) emit(m, lv, [], null);
        // "… alongside Australia, Japan …. Australia made the jump only last week.": the next sentence may step back.
        carry = carry ?? lv;
        break;
      }
    }
    if (lastLevel) {
      const subject =
        countries[0] && /^\W*(?:the\s+)?$/i.test(s.text.slice(0, countries[0].start - s.start)) ? countries[0] : null;
      for (const [a, b] of clausesAfter(s.text, lastLevel.end - s.start)) {
        const part = s.text.slice(a, b);
        if (!HOME_WORDS.test(part) || !BACK_REFERENCE.test(part) || CLAUSE_HEDGE.test(part)) continue;
        if (levels.some((l) => l.start - s.start >= a && l.start - s.start < b)) continue;
        const inClause = countries.filter((c) => c.start - s.start >= a && c.end - s.start <= b);
        const codes = new Set(inClause.map((c) => c.place.kind === "country" && c.place.code));
        const holder = codes.size === 1 ? inClause[0] : codes.size === 0 ? subject : null;
        const lv = [...levels].reverse().find((l) => l.end - s.start <= a);
        // "…, while Vietnam has since extended the same status to the United States, Japan, Australia and France":
        // the one list the level is handed to, right after the reference, holds it member by member.
        const ref = BACK_REFERENCE.exec(part);
        const head = inClause[0];
        const handed =
          !holder && ref && head && lv
            ? HANDED_TO.test(s.text.slice(a + (ref.index ?? 0) + ref[0].length, head.start - s.start))
            : false;
        if (handed && head && lv) {
          const list = chain(s.text, s.start, countries, countries.indexOf(head), 1);
          if (list.length === inClause.length) for (const c of list) emit(c, lv, yearsIn(part, 0));
          continue;
        }
        if (!holder || !lv) continue;
        emit(holder, lv, yearsIn(part, 0));
      }
    }
    // "… established a comprehensive partnership in 2013, and Vietnam now puts the United States on the same footing
    // as China, Russia …": a later clause referring back takes the level of an earlier sentence, not this one's.
    if (lastLevel && prior) {
      const tail = s.text.slice(lastLevel.end - s.start);
      const ref = REFERENCE.exec(tail);
      const at = ref ? lastLevel.end + (ref.index ?? 0) : -1;
      if (ref && NEW_CLAUSE.test(tail.slice(0, ref.index)) && REFERENCE_LIST.test(ref[0])) {
        const k = countries.findIndex(
          (c) => c.start >= at && LIST_AFTER_REF.test(s.text.slice(at - s.start, c.start - s.start)),
        );
        if (k >= 0) for (const c of chain(s.text, s.start, countries, k, 1)) emit(c, prior.lv, [], null);
        // "puts the United States on the same footing as …": the country set beside the holders holds the level too.
        const j = countries.findLastIndex((c) => c.end <= at && c.start >= lastLevel.end);
        const put = countries[j];
        if (k >= 0 && put && /^\s*$/.test(s.text.slice(put.end - s.start, at - s.start)))
          for (const c of chain(s.text, s.start, countries, j, -1)) if (c.start >= lastLevel.end) emit(c, prior.lv, []);
      }
    }
  }
  // Another country's own partners go before the readers below, which add only holders not read yet: "Australia calls
  // India … partners of its own" must not keep India off a later list of Vietnam's holders.
  const kept = foreignHoldersOut(out, sentences, places);
  if (kept.length < out.length) out.splice(0, out.length, ...kept);
  // "… for their comprehensive strategic partnership." then "a partnership that has grown since it was upgraded in
  // 2016": a nearby sentence naming no other partner dates the framework the article left undated.
  for (const p of out) {
    if (p.year !== null) continue;
    const dated = sentences.find(
      (s) =>
        Math.abs(s.index - p.sentenceIndex) <= REFERENCE_REACH &&
        !places.some(
          (q) =>
            q.sentenceIndex === s.index &&
            q.place.kind === "country" &&
            q.place.code !== p.countryCode &&
            q.place.code !== HOME_CODE,
        ) &&
        UPGRADED_IN.test(s.text),
    );
    const year = dated ? UPGRADED_IN.exec(dated.text)?.[1] : undefined;
    if (year) Object.assign(p, { year: Number(year), yearSource: "sentence" });
  }
  bulletedList(sentences, places, out);
  headlineUpgrade(sentences, places, ctx, out);
  linkByRoles(sentences, places, ctx, out);
  ownSegmentYears(sentences, places, ctx, out);
  anaphoricLevels(sentences, places, out, ctx);
  besideHolders(sentences, places, out);
  othersListed(sentences, places, out);
  countedAsLevel(sentences, places, out);
  groupSeriesYears(sentences, places, out);
  parenthesisedLevels(sentences, places, out);
  whoseLevels(sentences, places, out);
  listedUnderHeadings(sentences, places, ctx, out);
  out.push(
    ...countedColonLists(sentences, out, {
      foreign: (s) => foreignOf(s, places),
      hedged: hedgedSentence,
    }),
  );
  out.push(
    ...exampleLists(sentences, out, {
      foreign: (s) => foreignOf(s, places),
      levels: levelsNamedIn,
      hedged: (text) => CLAUSE_HEDGE.test(text) || HEDGE_ANY.test(text.toLowerCase()),
    }),
  );
  out.push(
    ...datedRuns(sentences, out, {
      foreign: (s) => foreignOf(s, places),
      levels: levelsNamedIn,
      hedged: hedgedSentence,
    }),
  );
  out.push(
    ...spokenTimelines(sentences, out, {
      foreign: (s) => foreignOf(s, places),
      levels: levelsNamedIn,
      hedged: hedgedSentence,
      top: TOP_LEVEL,
      story: { year: ctx.year, month: ctx.month },
    }),
  );
  out.push(
    ...listMembers(sentences, out, {
      foreign: (s) => foreignOf(s, places),
      levels: levelsNamedIn,
      hedged: hedgedSentence,
      timeWordYear: (text) => timeWordYear("", text, ctx),
    }),
  );
  recallLists(sentences, places, ctx, out);
  // Levels only go up: a lower level named for a country that also holds a higher one is its history.
  const top = new Map<string, number>();
  for (const p of out) top.set(p.countryCode, Math.max(top.get(p.countryCode) ?? 0, RANK[p.level]));
  return out.filter((p) => RANK[p.level] === top.get(p.countryCode));
}

/**
 * Holders listed one a line, a row or a bullet under a heading that names their level (headed-lists.ts). A listed
 * year is the line's own record of the step: it dates the holder whatever a sentence elsewhere implied.
 */
/** The levels a sentence names, each with where it stands: what the readers in their own modules take. */
function levelsNamedIn(s: Sentence) {
  return namedLevelsIn(s).flatMap((m) => {
    const level = levelOf(m);
    return level ? [{ level, index: m.index ?? 0, length: m[0].length }] : [];
  });
}

/** A sentence that hedges anywhere or in a clause: its levels are not held. */
function hedgedSentence(s: Sentence) {
  return hedgeAnywhere(s) || CLAUSE_HEDGE.test(s.text);
}

function listedUnderHeadings(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  const reader: LevelReader = {
    levels: levelsNamedIn,
    hedged: hedgedSentence,
    timeWordYear: (text) => timeWordYear("", text, ctx),
    initials: config.tableInitials,
    // a level a holder has since left ("had been a comprehensive partner since 2013") is no longer its tier
    levelBefore: (index) =>
      out
        .filter((p) => !out.some((q) => q.countryCode === p.countryCode && RANK[q.level] > RANK[p.level]))
        .reduce<PartnershipFinding | null>(
          (best, p) => (p.sentenceIndex < index && (!best || p.sentenceIndex > best.sentenceIndex) ? p : best),
          null,
        )?.level ?? null,
  };
  for (const item of headedLists(sentences, (s) => foreignOf(s, places), reader)) {
    const c = item.country.place;
    if (c.kind !== "country") continue;
    const have = out.filter((p) => p.countryCode === c.code && p.level === item.level);
    for (const p of have)
      if (item.year !== null && p.year !== item.year) Object.assign(p, { year: item.year, yearSource: "sentence" });
    if (have.length === 0)
      out.push(foundInSentence(item.heading, c.code, c.name, item.level, item.year, item.start, item.end));
  }
}

// "… to join China, Russia and India at the top", "only four countries had made it: China (2008), …", "reserves that
// top rank for …": a level the sentence refers to without naming it. "Top" phrases mean the highest level; "that
// level", "the same rank", "made it" mean the last level named in this sentence or the few before it.
const ANAPHOR_TOP = new RegExp(config.anaphoricLevels.top.join("|"), "gi");
// Every "top" phrase holds one of these words (partnerships.shapes.test.ts checks it): a cheap gate before them.
const ANAPHOR_TOP_WORDS = new RegExp(config.anaphoricLevels.topCues.join("|"), "i");
const ANAPHOR_LAST = new RegExp(config.anaphoricLevels.last.join("|"), "gi");
const ANAPHOR_HELD = new RegExp(config.anaphoricLevels.held.join("|"), "gi");
// "Hanoi counts Spain (2009) and Italy (2013) as strategic partners, and Denmark as a comprehensive partner": the
// level follows its list, after "as".
const AS_VERB = new RegExp(`\\b(?:${config.anaphoricLevels.asVerbs.join("|")})\\b`, "gi");
const AS_BEFORE = new RegExp(String.raw`\bas\s+(?:(?:a|an|its|their|${HOME_POSSESSIVE})\s+)?$`, "i");
const LIST_HEAD = /^\s*,?\s*(?:and\s+)?(?:(?:only|now|also|currently|still)\s+)?(?:the\s+)?$/i;
const LIST_END = new RegExp(
  String.raw`^\s*(?:\([^()]{0,30}\)\s*)?as\s+(?:(?:a|an|its|their|${HOME_POSSESSIVE})\s+)?$`,
  "i",
);
const ONE_DAY = /\b(?:one\s+day|some\s+day|eventually|in\s+(?:the\s+)?future)\b/i;
const GROUP_JOIN = /^\s*,?\s*(?:and\s+|&\s+)?(?:the\s+)?$/i;
// "Italy and France (both 2013)", "China (2008)", "China, Russia and India, which reached that level in 2008, 2012
// and 2016 respectively": a year bound to a country by its place.
const PAREN_YEAR = new RegExp(
  `^\\s*\\(\\s*(?:(?:both|all|each)\\s+)?(?:in\\s+|since\\s+)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d\\d)\\s*\\)`,
  "i",
);

/** The countries of a sentence, in order, and each one's year as its position gives it (or null). */
function positionalYears(s: Sentence, countries: readonly PlaceMention[]): Map<PlaceMention, number | null> {
  const years = new Map<PlaceMention, number | null>();
  const rest = (to: number) => s.text.slice(to - s.start);
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i] as PlaceMention;
    const own = PAREN_YEAR.exec(rest(c.end));
    if (own) {
      years.set(c, Number(own[1]));
      continue;
    }
    // the group this country closes or belongs to: members joined by commas and "and" with nothing else between
    let k = i;
    while (k + 1 < countries.length) {
      const a = countries[k] as PlaceMention;
      const b = countries[k + 1] as PlaceMention;
      if (!GROUP_JOIN.test(s.text.slice(a.end - s.start, b.start - s.start))) break;
      k++;
    }
    let j = i;
    while (j > 0) {
      const a = countries[j - 1] as PlaceMention;
      const b = countries[j] as PlaceMention;
      if (!GROUP_JOIN.test(s.text.slice(a.end - s.start, b.start - s.start)) || PAREN_YEAR.test(rest(a.end))) break;
      j--;
    }
    const last = countries[k] as PlaceMention;
    const shared = PAREN_YEAR.exec(rest(last.end));
    if (shared && k > i) {
      years.set(c, Number(shared[1]));
      continue;
    }
    const series = respectiveYears(rest(last.end), k - j + 1);
    years.set(c, series ? (series[i - j] ?? null) : null);
  }
  return years;
}

function foreignCountries(s: Sentence, places: readonly PlaceMention[]): PlaceMention[] {
  return places.filter(
    (p) =>
      p.sentenceIndex === s.index &&
      p.place.kind === "country" &&
      p.place.code !== HOME_CODE &&
      !NOT_HOLDER_AFTER.test(s.text.slice(p.end - s.start)),
  );
}

/** Adds a holder the main pass missed, or dates (and re-levels, when `relevel`) the one it read in this sentence. */
function settle(
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

// "France becomes the eighth country to hold a comprehensive strategic partnership with Vietnam. The others are China,
// Russia, …", "New Zealand becomes Vietnam's 17th strategic partner. Among the others are Thailand (2013), …": a
// sentence opening on "the others" lists the remaining holders of the level the sentence before counted.
const OTHERS_OPEN =
  /^\W*(?:among\s+)?(?:the\s+)?(?:others|other\s+(?:\w+\s+)?(?:holders|members|partners|countries)|rest|remaining\s+(?:ones|\w+))\s*(?:are|were|include|included|:)\s+(?:the\s+)?$/i;
const COUNTED_HOLDER =
  /\b(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|latest|newest)\s+(?:[\w-]+\s+){0,2}(?:country|nation|partner|state|member)\b/i;
const OWN_PAREN_YEAR = /^\s*\((?:both\s+|all\s+|in\s+|since\s+)?((?:19|20)\d\d)\)/i;

// "With the elevation … to a Comprehensive Strategic Partnership, Australia becomes the seventh country to hold the
// highest level of partnership with Viet Nam, after China, Russia, …": the list closing the count held the level first.
const AFTER_COUNTED = /,\s*(?:coming\s+|following\s+)?after\s+(?:the\s+)?$/i;

function othersListed(sentences: readonly Sentence[], places: readonly PlaceMention[], out: PartnershipFinding[]) {
  for (const s of sentences) {
    if (!/\bafter\b/i.test(s.text) || !HOME_WORDS.test(s.text)) continue;
    const counted = COUNTED_HOLDER.exec(s.text);
    if (!counted || hedgeAnywhere(s)) continue;
    const countries = foreignOf(s, places);
    const k = countries.findIndex(
      (c) => c.start - s.start > (counted.index ?? 0) && AFTER_COUNTED.test(s.text.slice(0, c.start - s.start)),
    );
    const head = countries[k];
    if (!head) continue;
    // "the second country with which the Philippines has a strategic partnership, after Japan": a foreign country
    // inside the count makes it that country's count of its own partners
    const from = s.start + (counted.index ?? 0);
    if (countries.some((c) => c.start > from && c.start < head.start)) continue;
    // the level the count is of: the last one named before the list
    const named = levelsIn(s).filter((m) => (m.index ?? 0) + m[0].length <= head.start - s.start);
    const level = named.length > 0 ? levelOf(named.at(-1) as RegExpExecArray) : undefined;
    if (!level) continue;
    for (const c of chain(s.text, s.start, countries, k, 1)) settle(out, s, c, level, null, false);
  }
  for (const [i, s] of sentences.entries()) {
    const prev = sentences[i - 1];
    if (!prev || !/\bothers?\b|\brest\b|\bremaining\b/i.test(s.text.slice(0, 40))) continue;
    const countries = foreignOf(s, places);
    const first = countries[0];
    if (!first || !OTHERS_OPEN.test(s.text.slice(0, first.start - s.start))) continue;
    const levels = levelsIn(prev);
    const counted = levels.at(-1);
    if (!counted || !COUNTED_HOLDER.test(prev.text) || !HOME_WORDS.test(prev.text)) continue;
    const level = levelOf(counted) as PartnershipLevel;
    const members = chain(s.text, s.start, countries, 0, 1);
    // "Malaysia and the Philippines (both 2015)": a bracketed year closes its group.
    let k = 0;
    while (k < members.length) {
      let j = k;
      while (j < members.length - 1 && !OWN_PAREN_YEAR.test(s.text.slice((members[j] as PlaceMention).end - s.start)))
        j++;
      const y = OWN_PAREN_YEAR.exec(s.text.slice((members[j] as PlaceMention).end - s.start))?.[1];
      for (let m = k; m <= j; m++) settle(out, s, members[m] as PlaceMention, level, y ? Number(y) : null, false);
      k = j + 1;
    }
  }
}

/** The level a country named before `at` in the reference's own clause was read with in the few sentences before. */
function heldBySubject(
  s: Sentence,
  places: readonly PlaceMention[],
  out: readonly PartnershipFinding[],
  at: number,
): PartnershipLevel | null {
  const [from] = CLAUSES.around(s.text, at);
  for (const c of foreignCountries(s, places)) {
    if (c.start - s.start < from || c.start - s.start >= at || c.place.kind !== "country") continue;
    const code = c.place.code;
    // a holder read at two levels (the history a statement recalls, then the upgrade) stands at the higher
    const held = out
      .filter(
        (p) => p.countryCode === code && p.sentenceIndex < s.index && s.index - p.sentenceIndex <= REFERENCE_REACH,
      )
      .reduce<PartnershipLevel | null>((a, p) => (a === null || RANK[p.level] > RANK[a] ? p.level : a), null);
    if (held) return held;
  }
  return null;
}

function anaphoricLevels(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  out: PartnershipFinding[],
  ctx: YearContext,
) {
  if (!sentences.some((s) => HOME_WORDS.test(s.text))) return;
  // the last level named, and where
  let named: { level: PartnershipLevel; sentence: number } | null = null;
  for (const s of sentences) {
    const explicit = levelsIn(s).map((m) => ({
      at: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      level: levelOf(m) as PartnershipLevel,
    }));
    const refs: { at: number; end: number; level: PartnershipLevel }[] = [];
    if (ANAPHOR_TOP_WORDS.test(s.text))
      for (const m of s.text.matchAll(ANAPHOR_TOP))
        refs.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, level: TOP_LEVEL });
    for (const m of s.text.matchAll(ANAPHOR_LAST)) {
      const at = m.index ?? 0;
      // "elevate ties to a comprehensive strategic partnership, 12 years after they became strategic partners. X is
      // the second to reach that level": the news level, the highest the last sentence naming levels gave
      const before = explicit
        .filter((e) => e.end <= at)
        .reduce<PartnershipLevel | null>((a, e) => (a === null || RANK[e.level] > RANK[a] ? e.level : a), null);
      const last = named && s.index - named.sentence <= REFERENCE_REACH ? named.level : null;
      // "They established a strategic partnership in 2018. The upgrade places Australia in the same tier as China …":
      // the tier its subject was just raised to, when that outranks the old level the sentence before named last
      const held = before ? null : heldBySubject(s, places, out, at);
      // "The upgrade follows Vietnam's move to raise ties with X to the same level": the level of the story's step
      const step = before ? null : stepSubjectLevel(s.text, out, RANK);
      const level = before ?? step ?? (held && (last === null || RANK[held] > RANK[last]) ? held : last);
      if (level) refs.push({ at, end: at + m[0].length, level });
    }
    // "Japan becomes the fifth country for Vietnam at this level": "this" points at the level its subject holds
    for (const m of s.text.matchAll(ANAPHOR_HELD)) {
      const at = m.index ?? 0;
      const level = explicit.some((e) => e.end <= at) ? null : heldBySubject(s, places, out, at);
      if (level) refs.push({ at, end: at + m[0].length, level });
    }
    if (refs.length > 0) {
      const future = hedgeAnywhere(s) || FUTURE_AFTER.test(s.text);
      const countries = foreignCountries(s, places);
      const years = positionalYears(s, countries);
      const parts = CLAUSES.parts(s.text);
      const ref = refs.reduce((a, b) => (RANK[b.level] > RANK[a.level] ? b : a));
      // "Thailand could reach that level next year", "Brazil hopes one day to join China … at the top": the subject
      // of a hedged verb holds nothing yet, whoever read it
      const hedge = CLAUSE_HEDGE.exec(s.text.slice(0, ref.at)) ?? ONE_DAY.exec(s.text.slice(0, ref.at));
      const hedgedBefore = (c: PlaceMention) => hedge !== null && c.start - s.start < (hedge.index ?? 0);
      if (explicit.length === 0)
        for (const c of countries) {
          if (!hedgedBefore(c) || c.place.kind !== "country") continue;
          const code = c.place.code;
          const k = out.findIndex((p) => p.countryCode === code && p.sentenceIndex === s.index);
          if (k >= 0) out.splice(k, 1);
        }
      for (const c of countries) {
        if (future || hedgedBefore(c)) continue;
        const at = c.start - s.start;
        const part = parts.find(([a, b]) => at >= a && at < b) ?? [0, s.text.length];
        // a clause naming its own level, or hedged, is read by the main pass
        if (explicit.some((e) => e.at >= part[0] && e.at < part[1])) continue;
        if (CLAUSE_HEDGE.test(s.text.slice(part[0], part[1]))) continue;
        // "… had upgraded its ties with Malaysia to the same level last November": with no year written, a time word in
        // the reference's own stretch dates it, when the holder stands in that stretch too
        const [ra, rb] = CLAUSES.around(s.text, ref.at);
        const spoken = at >= ra && at < rb ? localYear(s.text, ref.at, ref.end, ctx) : null;
        // a sentence naming no level gave the main pass only this reference to read, at its guess of the level
        settle(out, s, c, ref.level, years.get(c) ?? spoken, explicit.length === 0);
      }
    }
    const highest = explicit.reduce<PartnershipLevel | null>(
      (a, e) => (a === null || RANK[e.level] > RANK[a] ? e.level : a),
      null,
    );
    if (highest) named = { level: highest, sentence: s.index };
    // "Japan becomes the fifth at this level … The United States also rose to the same level": a sentence that named
    // its level only by reference passes on the level it was read with
    else if (refs.length > 0)
      named = { level: refs.reduce((a, b) => (RANK[b.level] > RANK[a.level] ? b : a)).level, sentence: s.index };
  }
}

// "putting the United States on par with China and Russia", "now counts France alongside China, Russia …": a country
// set beside a list of others, one of Vietnam's holders beside the rest.
const BESIDE = /^\s+(?:on\s+(?:a\s+)?par\s+with|alongside|along\s+with|together\s+with)\s+(?:the\s+)?$/i;
const SETS_BESIDE =
  /\b(?:puts?|putting|places?|placed|placing|brings?|bringing|brought|counts?|counted|counting|lists?|listed|ranks?|ranked)\s+(?:the\s+)?$/i;
// "… puts Australia in a club of seven, alongside China, …", "Thailand's arrival brings the number on it to 13,
// alongside China, …": a count of the group may stand between the country and the list it is set beside; the count
// is itself the ranking the comparison is made in.
const COUNTED_BESIDE =
  /^(?:['’]s\s+(?:arrival|entry|addition|admission|upgrade|elevation|promotion)\s+(?:brings|takes|lifts|raises|pushes|brought|took|lifted|raised|pushed)\s+the\s+(?:number|count|tally|total)\b[^,;.]{0,40}?\bto\s+(?:\d{1,2}|[a-z]+)|\s+in(?:to)?\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:club|group|circle|tier|league|company)\s+of\s+(?:\d{1,2}|[a-z]+))\s*,\s*(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?$/i;
// The counting verb is inside the gap ("'s arrival brings the number … to 13"): nothing need stand before the country.
const ARRIVAL_BESIDE = /^['’]s\s/;
/** Whether `lv` is a foreign country's own list of the level (FOREIGN_LIST_HEAD), owned by the country just before. */
function foreignOwnList(s: Sentence, lv: Level, places: readonly PlaceMention[]): boolean {
  const at = lv.start - s.start;
  if (!PLURAL_LEVEL.test(s.text.slice(at, lv.end - s.start + 6))) return false;
  const owner = places.findLast((p) => p.sentenceIndex === s.index && p.end <= lv.start);
  if (owner?.place.kind !== "country" || owner.place.code === HOME_CODE) return false;
  const head = s.text.slice(owner.end - s.start, at);
  return (
    FOREIGN_LIST_HEAD.test(head) && (!head.includes(",") || /\bfor\s+$/i.test(s.text.slice(0, owner.start - s.start)))
  );
}

// "It has a comprehensive strategic partnership with Japan, a strategic partnership with Australia signed in 2020, and
// last month raised ties with India …": every level in the run of objects after "it has" (from the sentence's start or
// a semicolon) is the pronoun's, the foreign country the sentence before opened on, not only the first.
const PRONOUN_RUN = /^\W*(?:it|its)\s+(?:also\s+)?(?:has|had|have|holds|held|keeps|kept|maintains|signed|agreed)\b/i;
function pronounRunOwn(text: string, at: number): boolean {
  const from = text.lastIndexOf(";", at) + 1;
  const run = text.slice(from, at);
  return PRONOUN_RUN.test(run) && !HOME_WORDS.test(run) && !/\b(?:while|whereas|but|although)\b/i.test(run);
}

/**
 * "France and Viet Nam have been strategic partners since 2013, Germany since 2011, …": once the verbless tail gives
 * each later holder its own year, the year right after the level is the one holder's before it, not the list's.
 */
function ownYearBeforeTail(s: Sentence, lv: Level, linked: readonly PlaceMention[], out: PartnershipFinding[]) {
  const one = linked.length === 1 ? linked[0] : undefined;
  const own = /^\s*(?:since|in)\s+((?:19|20)\d\d)\b/i.exec(s.text.slice(lv.end - s.start));
  if (one?.place.kind !== "country" || !own) return;
  const code = one.place.code;
  const found = out.find((p) => p.sentenceIndex === s.index && p.countryCode === code && p.level === lv.level);
  if (found && found.year === null) Object.assign(found, { year: Number(own[1]), yearSource: "sentence" });
}
/** "Thailand's arrival brings the number … to 13, alongside …": the possessor opening the sentence is the holder. */
function arrivingHolder(s: Sentence, places: readonly PlaceMention[], others: readonly PlaceMention[]): PlaceMention[] {
  const first = places.find(
    (p) => p.sentenceIndex === s.index && p.place.kind === "country" && p.place.code !== HOME_CODE,
  );
  if (!first || others.includes(first) || !/^\W*(?:the\s+)?$/i.test(s.text.slice(0, first.start - s.start))) return [];
  return ARRIVAL_BESIDE.test(s.text.slice(first.end - s.start)) ? [first] : [];
}
// After the list: the level it is counted among ("… among its comprehensive strategic partners").
const AMONG_LEVEL = new RegExp(
  String.raw`^\s*(?:\([^()]{0,30}\)\s*)?(?:among|as)\s+(?:${HOME_POSSESSIVE}\s+|its\s+|the\s+)?(?:(?:other|existing|current|fellow|own)\s+)?$`,
  "i",
);
// … or a word of the diplomatic ranking the comparison is made in ("… in Vietnam's diplomatic ranking").
const RANKING_AFTER = /^[^.;]{0,60}?\b(?:ranking|hierarchy|ladder|pecking\s+order|tier)\b/i;

/**
 * "… lifted ties to a comprehensive strategic partnership, putting the United States on par with China and Russia in
 * Vietnam's diplomatic ranking"; "Vietnam now counts France alongside China, Russia … among its comprehensive strategic
 * partners". The countries set beside a holder hold the level named after them, else the level the holder itself was
 * read with (in this sentence or the few before). A comparison in anything else (trade, exports) names no ranking, no
 * level and no home subject, and is left.
 */
function besideHolders(sentences: readonly Sentence[], places: readonly PlaceMention[], out: PartnershipFinding[]) {
  for (const s of sentences) {
    if (!/\b(?:par|alongside|along\s+with|together\s+with)\b/i.test(s.text) || hedgeAnywhere(s)) continue;
    const countries = foreignCountries(s, places);
    countries.unshift(...arrivingHolder(s, places, countries));
    for (const [k, holder] of countries.entries()) {
      const next = countries[k + 1];
      if (!next || holder.place.kind !== "country") continue;
      const gap = s.text.slice(holder.end - s.start, next.start - s.start);
      const counted = COUNTED_BESIDE.test(gap);
      if (!BESIDE.test(gap) && !counted) continue;
      const before = s.text.slice(Math.max(0, holder.start - s.start - 20), holder.start - s.start);
      if (!SETS_BESIDE.test(before) && !(counted && ARRIVAL_BESIDE.test(gap))) continue;
      const list = chain(s.text, s.start, countries, k + 1, 1);
      const end = (list.at(-1) as PlaceMention).end - s.start;
      const after = s.text.slice(end);
      const named = levelsIn(s).find((m) => (m.index ?? 0) >= end);
      const own =
        named && AMONG_LEVEL.test(s.text.slice(end, named.index ?? 0)) ? (levelOf(named) as PartnershipLevel) : null;
      const code = holder.place.code;
      const held = out
        .filter(
          (p) => p.countryCode === code && p.sentenceIndex <= s.index && s.index - p.sentenceIndex <= REFERENCE_REACH,
        )
        .reduce<PartnershipLevel | null>((a, p) => (a === null || RANK[p.level] > RANK[a] ? p.level : a), null);
      const homeCounts = HOME_WORDS.test(s.text.slice(0, holder.start - s.start));
      const level = own ?? (held && (RANKING_AFTER.test(after) || homeCounts || counted) ? held : null);
      if (!level) continue;
      for (const c of list) settle(out, s, c, level, null, false);
    }
  }
}

// "For Hanoi, the new status puts Wellington in the same tier as Canberra, …": "the new status" (or "the upgrade") is
// the country's own step, reported however far back, so the group holds the level that country was read with.
const NEW_STATUS =
  /\b(?:the|this|its)\s+(?:new\s+(?:status|level|tier|label|rank|partnership|framework)|upgrade|elevation)\b[^,;.]{0,20}$/i;
function newStatusLevel(
  head: string,
  moved: readonly PlaceMention[],
  out: readonly PartnershipFinding[],
): Level | null {
  const one = moved.length === 1 ? moved[0] : undefined;
  if (one?.place.kind !== "country" || !NEW_STATUS.test(head)) return null;
  const code = one.place.code;
  const held = out
    .filter((p) => p.countryCode === code)
    .reduce<PartnershipFinding | null>((a, p) => (a === null || RANK[p.level] > RANK[a.level] ? p : a), null);
  return held ? { level: held.level, start: held.start, end: held.end } : null;
}

// "… had expressed interest in similar deals with the union": the similar step is taken with a bloc (or "it", "them"),
// not with Vietnam, so its takers hold nothing of Vietnam's.
const WITH_OTHER_BODY =
  /^\s+with\s+(?:the\s+|this\s+|that\s+)?(?:union|bloc|group|grouping|organi[sz]ation|association|alliance|it|them)\b/i;

function stepWithOther(part: string, phrase: RegExp = ELLIPSIS): boolean {
  const m = phrase.exec(part);
  return m !== null && WITH_OTHER_BODY.test(part.slice((m.index ?? 0) + m[0].length));
}

function countedAsLevel(sentences: readonly Sentence[], places: readonly PlaceMention[], out: PartnershipFinding[]) {
  for (const s of sentences) {
    // Only a level named after the verb is read: a sentence naming none has nothing to give.
    if (levelsIn(s).length === 0) continue;
    AS_VERB.lastIndex = 0;
    const verb = AS_VERB.exec(s.text);
    if (!verb || (!HOME_WORDS.test(s.text.slice(0, verb.index)) && !/^\W*(?:It|Hanoi)\b/.test(s.text))) continue;
    if (hedgeAnywhere(s)) continue;
    const countries = foreignCountries(s, places);
    const years = positionalYears(s, countries);
    let from = verb.index + verb[0].length;
    for (const m of levelsIn(s)) {
      const at = m.index ?? 0;
      if (at < from || !AS_BEFORE.test(s.text.slice(Math.max(0, at - 30), at))) continue;
      const level = levelOf(m) as PartnershipLevel;
      // only a bare list of countries stands between the verb and "as": "treats companies from Japan … as strategic
      // partners" counts firms, not states
      const listed = countries.filter((c) => c.start - s.start >= from && c.start - s.start < at);
      const head = listed[0];
      const tail = listed.at(-1);
      const bare =
        head !== undefined &&
        tail !== undefined &&
        LIST_HEAD.test(s.text.slice(from, head.start - s.start)) &&
        LIST_END.test(s.text.slice(tail.end - s.start, at)) &&
        listed.every(
          (c, i) =>
            i === 0 || LIST_GAP.test(s.text.slice((listed[i - 1] as PlaceMention).end - s.start, c.start - s.start)),
        );
      if (bare) for (const c of listed) settle(out, s, c, level, years.get(c) ?? null, true);
      from = at + m[0].length;
    }
  }
}

// "- China (2008)", "• Japan – November 2023", "3. India: 2016": one list item per line, a country and maybe its date;
// "- United States, Japan (both 2023)": a dated line may hold a group.
const ITEM_MARK = /^\s*(?:[-–—•*·▪●]|\d{1,2}[.)])\s*/;
const ITEM_DATE = new RegExp(
  `[(:,–—-]?\\s*(?:(?:both|all|each)\\s+)?(?:in\\s+|since\\s+)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d\\d)\\s*\\)?`,
  "i",
);
const ITEM_NOTE = /\([^()]{0,120}\)/g;
/** Items a list may carry besides the country ("Republic of Korea" read as "Korea"). */
const ITEM_REST = 3;
/** How far a list may start below the level that heads it ("… 13 comprehensive strategic partners. In order:"). */
const LIST_INTRO = /^[^.!?]{0,40}:\s*$/;
/** Beside a level in a table's header row: column words ("Partner", "since", "Year"), cell rules, nothing else. */
const TABLE_HEAD_SIDE = /^[\s|/\t]*(?:\p{L}+[\s|/\t]*){0,2}$/u;

/**
 * "Vietnam now has 13 comprehensive strategic partners:" followed by one country per line or bullet: each listed
 * country holds the level, with the year its line gives (or none). Only a heading about Vietnam's own frameworks.
 */
function bulletedList(sentences: readonly Sentence[], places: readonly PlaceMention[], out: PartnershipFinding[]) {
  const foreignIn = (i: number) =>
    places.filter((p) => p.sentenceIndex === i && p.place.kind === "country" && p.place.code !== HOME_CODE);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    const m = namedLevelsIn(s).at(-1);
    if (!m) continue;
    if (hedgeAnywhere(s) || CLAUSE_HEDGE.test(s.text)) continue;
    // "COMPREHENSIVE STRATEGIC PARTNERSHIP" on a line of its own: a factbox's section heading names its level bare.
    const bare = /^\W*$/.test(s.text.slice(0, m.index)) && /^\W*$/.test(s.text.slice((m.index ?? 0) + m[0].length));
    // "Partner | Comprehensive strategic partnership | since": a table's header row names the level between a column
    // word or two, with no verb, digit or closing stop.
    const header =
      TABLE_HEAD_SIDE.test(s.text.slice(0, m.index)) &&
      TABLE_HEAD_SIDE.test(s.text.slice((m.index ?? 0) + m[0].length)) &&
      !/[.!?]\s*$|\d/.test(s.text) &&
      !/\n/.test(s.text.trim());
    const heading = /s$/i.test(m[0]) || /:\s*$/.test(s.text) || bare || header;
    if (!heading || (foreignIn(i).length > 0 && !HOME_WORDS.test(s.text))) continue;
    const level = levelOf(m);
    if (!level) continue;
    let j = i + 1;
    if (sentences[j] && LIST_INTRO.test(sentences[j]?.text ?? "") && foreignIn(j).length === 0) j++;
    const items: { c: PlaceMention; year: number | null }[] = [];
    for (; j < sentences.length; j++) {
      const item = sentences[j] as Sentence;
      const named = foreignIn(j);
      const codes = new Set(named.map((c) => c.place.kind === "country" && c.place.code));
      if (codes.size === 0) break;
      const marked = ITEM_MARK.test(item.text);
      let rest = item.text;
      for (const c of [...named].reverse()) rest = rest.slice(0, c.start - item.start) + rest.slice(c.end - item.start);
      const date = ITEM_DATE.exec(rest);
      if (date) rest = rest.replace(date[0], " ");
      // "Japan - 2009 (described since 2014 as …)": a dated item's parenthetical note is no part of its name.
      if (date) rest = rest.replace(ITEM_NOTE, " ");
      rest = rest.replace(ITEM_MARK, " ").replace(/[\s.;,]+$/, "");
      // "2023 – United States, Japan": several countries on one dated line, joined by nothing but commas and "and".
      if (codes.size > 1) rest = rest.replace(/(?:^|\s|,)(?:and|&|the)(?=\s|,|$)|,/gi, " ");
      const words = rest.trim().split(/\s+/).filter(Boolean).length;
      // A line with neither a bullet nor a date is an item only when it is the bare name ("Japan").
      if (words > ITEM_REST || /\d/.test(rest) || (!marked && !date && words > 0)) break;
      if (codes.size > 1 && (words > 0 || !date)) break;
      for (const c of named) items.push({ c, year: date ? Number(date[1]) : null });
    }
    if (items.length < 2) continue;
    const start = s.start + (m.index ?? 0);
    for (const { c, year } of items) {
      if (c.place.kind !== "country") continue;
      const code = c.place.code;
      if (out.some((p) => p.countryCode === code && p.level === level && p.year !== null)) continue;
      out.push(foundInSentence(s, code, c.place.name, level, year, start, start + m[0].length));
    }
    i = j - 1;
  }
}

const THE_UPGRADE = /\bthe\s+(?:upgrade|elevation)\b/i;

/** "The upgrade was announced after talks …" under a headline that names the new level: the main partner's. */
function headlineUpgrade(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  const title = ctx.title ?? "";
  const m = new RegExp(LEVEL_RE.source, "i").exec(title);
  // "… elevate ties to …", "Brunei, Vietnam establish Comprehensive Partnership": a headline reporting a change.
  if (!m || !CHANGE_VERB.test(title.slice(0, m.index)) || NAME_AFTER.test(title.slice(m.index + m[0].length))) return;
  if (CLAUSE_HEDGE.test(title.slice(0, m.index)) || HEDGE_ANY.test(title.toLowerCase())) return;
  const level = levelOf(m);
  const main = mainPartner(places);
  const s = sentences.slice(0, LEAD).find((x) => THE_UPGRADE.test(x.text));
  // "Vietnam, Brazil lift ties to strategic partnership": the one foreign country the headline names.
  const titled = countriesIn(title);
  const place = titled.length === 1 ? titled[0] : main?.place;
  // Without a lead sentence saying "the upgrade", the finding points at the first word of the body.
  const upgrade = s ? THE_UPGRADE.exec(s.text) : titled.length === 1 ? /^\S*/.exec(sentences[0]?.text ?? "") : null;
  const at0 = s ?? sentences[0];
  if (!level || place?.kind !== "country" || !at0 || !upgrade) return;
  if (out.some((p) => p.countryCode === place.code && RANK[p.level] >= RANK[level])) return;
  const at = at0.start + upgrade.index;
  out.push({
    sentenceIndex: at0.index,
    start: at,
    end: at + upgrade[0].length,
    countryCode: place.code,
    countryName: place.name,
    level,
    year: ctx.year,
    yearSource: ctx.year === null ? null : "context",
    sentence: at0.text,
  });
}

/** Foreign countries a headline names, each once. */
function countriesIn(title: string): Place[] {
  if (!title) return [];
  const seen = new Map<string, Place>();
  for (const p of findPlaces(splitSentences(title)))
    if (p.place.kind === "country" && p.place.code !== HOME_CODE) seen.set(p.place.code, p.place);
  return [...seen.values()];
}

/**
 * "Both sides agreed …" in a sentence naming no country: the one foreign country of the two sentences before, unless
 * it already holds a level here ("… an extensive strategic partnership in 2014. The upgrade builds on the strategic
 * partnership the two countries set up in 2009" is its history).
 */
function partnerJustBefore(
  places: readonly PlaceMention[],
  index: number,
  found: readonly PartnershipFinding[],
  sentences: readonly Sentence[],
): PlaceMention | null {
  // "Obama insisted the step was not directed at China. The two countries established …": not the backdrop.
  const near = places.filter((p) => {
    if (p.sentenceIndex >= index || p.sentenceIndex < index - 2) return false;
    if (p.place.kind !== "country" || p.place.code === HOME_CODE) return false;
    const s = sentences[p.sentenceIndex];
    return !s || !backdrop(s, p);
  });
  // "Malaysia joins Australia and France … . Vietnam's ties with China are older. The two neighbours …": the sentence
  // right before, when it names one foreign country alone, is the pair "the two" refers to.
  const last = near.filter((p) => p.sentenceIndex === index - 1);
  const lastCodes = new Set(last.map((p) => p.place.kind === "country" && p.place.code));
  const codes = new Set(near.map((p) => p.place.kind === "country" && p.place.code));
  const one = lastCodes.size === 1 ? last.at(-1) : codes.size === 1 ? near.at(-1) : undefined;
  if (one?.place.kind !== "country") return null;
  const code = one.place.code;
  return found.some((p) => p.countryCode === code) ? null : one;
}

// "Korea and Vietnam will …", "the Vietnam-Korea summit": a country set beside Vietnam as the other half of a pair.
const PAIRED_AFTER = /^\s*(?:and|&|-|–|—)\s*(?:Viet\s?Nam|Vietnam)\b/;
const PAIRED_BEFORE = /\b(?:Viet\s?Nam|Vietnam)\s*(?:and|&|-|–|—)\s*(?:the\s+)?$/;
const HANOI_AFTER = /^\s*(?:and|&)\s*(?:Hanoi|Ha\s+Noi)\b/;
const HANOI_BEFORE = /\b(?:Hanoi|Ha\s+Noi)\s*(?:and|&)\s*$/;

/** "The two countries" with no partner nearby: the country most recently paired with Vietnam, a few sentences back. */
function pairedWithHome(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  index: number,
  found: readonly PartnershipFinding[],
): PlaceMention | null {
  const text = (p: PlaceMention) => sentences[p.sentenceIndex]?.text ?? "";
  const start = (p: PlaceMention) => sentences[p.sentenceIndex]?.start ?? 0;
  const paired = places.filter(
    (p) =>
      p.sentenceIndex < index &&
      p.sentenceIndex >= index - REFERENCE_REACH &&
      p.place.kind === "country" &&
      p.place.code !== HOME_CODE &&
      (PAIRED_AFTER.test(text(p).slice(p.end - start(p))) ||
        PAIRED_BEFORE.test(text(p).slice(Math.max(0, p.start - start(p) - 20), p.start - start(p)))),
  );
  // "Hanoi and Washington have a new label for their ties": a capital paired with Hanoi pairs its country.
  for (let i = Math.max(0, index - REFERENCE_REACH); i < index; i++) {
    const s = sentences[i];
    if (!s) continue;
    for (const capital of capitalMentions(s)) {
      const code = capital.place.kind === "country" ? capital.place.code : "";
      if (!code || code === HOME_CODE) continue;
      const at = capital.start - s.start;
      const end = capital.end - s.start;
      if (!HANOI_AFTER.test(s.text.slice(end)) && !HANOI_BEFORE.test(s.text.slice(Math.max(0, at - 20), at))) continue;
      paired.push(capital);
    }
  }
  paired.sort((a, b) => a.start - b.start);
  const codes = new Set(paired.map((p) => p.place.kind === "country" && p.place.code));
  const one = codes.size === 1 ? paired.at(-1) : undefined;
  // Like the partner just before: one that already holds a level here is this sentence's history, not a new holder.
  if (one?.place.kind !== "country") return null;
  const code = one.place.code;
  return found.some((p) => p.countryCode === code) ? null : one;
}

/**
 * The holder of a level no list or verb attached: the country owning it ("India's 2016 …", "Spain, a strategic
 * partner since 2009"), the sentence's subject for an upgrade or "its … with Vietnam", else the only foreign country
 * the sentence names. Never when a foreign country follows as the other party ("… partnership with Japan").
 */
const WHOSE_COUNTRY =
  /^[^,;]{0,60},\s*whose\s+(?:country|nation|state|government)\s+(?:is|was|has\s+been|became|remains)\s+(?:also\s+|now\s+|already\s+)?(?:a|an)?\s*["“‘']?$/i;
function holderNearby(
  s: Sentence,
  lv: Level,
  prevLevelEnd: number,
  countries: readonly PlaceMention[],
  vietnamese: boolean,
): PlaceMention[] {
  const text = (a: number, b: number) => s.text.slice(a - s.start, b - s.start);
  // "2008 | China | Comprehensive strategic partnership": a table row whose cells are one country and the level.
  const cells = tableCells(s.text, { shape: "as written", anyBar: true, empty: true })?.map((c) => c.text) ?? [];
  const levelCell = cells.includes(text(lv.start, lv.end).trim());
  const rowCountries = countries.filter(
    (c) => cells.includes(c.surface.trim()) || cells.includes(text(c.start, c.end)),
  );
  if (cells.length >= 2 && levelCell && rowCountries.length === 1) return rowCountries;
  if (countries.some((c) => c.start >= lv.end && OTHER_PARTY.test(text(lv.end, c.start)))) return [];
  // "Japan, which has a strategic partnership with ASEAN, …": any other named party, not only a country.
  if (OTHER_NAMED.test(text(lv.end, s.end))) return [];
  const k = countries.findLastIndex((c) => c.end <= lv.start && c.start >= prevLevelEnd);
  const prev = countries[k];
  if (prev) {
    const gap = text(prev.end, lv.start);
    if (POSSESSOR.test(gap)) return [prev];
    if (APPOSITION.test(gap)) return chain(s.text, s.start, countries, k, -1);
  }
  // "The 2016 upgrade made India a comprehensive strategic partner": the object of "made" holds the level.
  if (prev && MADE_BEFORE.test(text(s.start, prev.start)) && MADE_GAP.test(text(prev.end, lv.start))) return [prev];
  const [segA] = CLAUSES.around(s.text, lv.start - s.start);
  const clauseBefore = s.text.slice(Math.max(segA, prevLevelEnd - s.start), lv.start - s.start);
  const subjectAt = countries.findIndex((c) => PAIR_OPENING.test(text(s.start, c.start)));
  const inClause = countries.filter((c) => c.start >= lv.start - clauseBefore.length && c.end <= lv.start);
  // "Australia is now among the countries with which Vietnam has its highest-level ties": the subject, with Vietnam
  // named as the other party in the same clause, holds the level.
  const subjectWithHome =
    subjectAt >= 0 &&
    inClause.length === 1 &&
    inClause[0] === countries[subjectAt] &&
    // "… to hold Vietnam's top-tier status": Vietnam may be named inside the described level itself.
    HOME_WORDS.test(clauseBefore + text(lv.start, lv.end));
  const upgraded = RELATION_VERB.test(clauseBefore) && (inClause.length === 0 || subjectWithHome);
  const pronoun = PRONOUN_BEFORE.test(clauseBefore) && WITH_HOME_OPENING.test(text(lv.end, s.end));
  if (subjectAt >= 0 && (upgraded || pronoun)) {
    const subject = chain(s.text, s.start, countries, subjectAt, 1);
    // "Malaysia, a comprehensive partner since 2015, became a comprehensive strategic partner": one country's own
    // upgrade reads the same on a page that never names Vietnam.
    if (vietnamese || (subject.length === 1 && UPGRADE_OR_BECOME.test(clauseBefore))) return subject;
  }
  if (!vietnamese) return [];
  // "…, while China sits one rung above them as a comprehensive strategic partner": the subject opening the level's
  // own clause, described "as" the level, holds it whatever else the sentence names.
  const clauseSubject = inClause[0];
  if (
    inClause.length === 1 &&
    clauseSubject &&
    /^\W*(?:the\s+)?$/i.test(s.text.slice(segA, clauseSubject.start - s.start)) &&
    AS_HOLDER.test(text(clauseSubject.end, lv.start))
  )
    return [clauseSubject];
  const holders = countries.filter(
    (c) =>
      // "member of the European Union" names no holder, but "one of Russia's priorities" does.
      (!NOT_HOLDER_BEFORE.test(s.text.slice(Math.max(0, c.start - s.start - 12), c.start - s.start)) ||
        /^['’]s\b/.test(s.text.slice(c.end - s.start))) &&
      (!ATTRIBUTIVE.test(s.text.slice(c.end - s.start)) ||
        VISITOR.test(s.text.slice(c.end - s.start)) ||
        GUEST_BEFORE.test(s.text.slice(0, c.start - s.start))) &&
      !backdrop(s, c),
  );
  const codes = new Set(holders.map((c) => c.place.kind === "country" && c.place.code));
  return codes.size === 1 && holders[0] ? [holders[0]] : [];
}

// "Amid tensions with China, …", "as China's assertiveness grew": the backdrop of the news, never a holder guessed for an
// unattached level.
const BACKDROP_BEFORE = new RegExp(`\\b(?:${config.contextBefore.join("|")})\\s+(?:the\\s+)?$`, "i");
const BACKDROP_AFTER = new RegExp(`^['’]s?\\s+(?:\\w+\\s+)?(?:${config.contextAfter.join("|")})\\b`, "i");

const backdrop = (s: Sentence, c: PlaceMention) =>
  BACKDROP_BEFORE.test(s.text.slice(Math.max(0, c.start - s.start - 30), c.start - s.start)) ||
  BACKDROP_AFTER.test(s.text.slice(c.end - s.start));

/** The foreign country an article is about: the most mentioned one, if clearly ahead of the next. */
function mainPartner(places: readonly PlaceMention[]): PlaceMention | null {
  const counts = new Map<string, { n: number; first: PlaceMention }>();
  for (const p of places) {
    if (p.place.kind !== "country" || p.place.code === HOME_CODE) continue;
    const c = counts.get(p.place.code);
    if (c) c.n++;
    else counts.set(p.place.code, { n: 1, first: p });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const top = ranked[0];
  if (!top || top.n < 2 || (ranked[1] && ranked[1].n * 2 > top.n)) return null;
  return top.first;
}

// ---- Round 6: holders linked to a level by the roles of a clause ----
// The main pass reads a level and the countries around it in one sentence. Unseen pages kept writing the holders in
// the sentence AFTER the level ("Australia and France reached it in 2024; … joined them in 2025", "Japan followed in
// November", "Five more — A, B and C — joined the group"). This pass keeps one anchor, the last level said about
// Vietnam, and links to it the countries that are the subject (or, after "followed by" / "lifted X to", the object) of
// a verb of arriving at it, each dated by the time phrase of its own stretch of the clause. It only adds what the
// main pass did not find, so the main pass's readings stand.
const ROLE = config.roles;
const alt = (list: readonly string[]) => list.join("|");
// "reached it", "joined them", "got there", "reach the top tier", "joined the group".
// "were early members of that group", "The older members of that club are …", "Spain signed first": membership named.
const ARRIVE_REF = new RegExp(
  `\\b(?:${alt(ROLE.arriveVerbs)})\\s+(?:${alt(ROLE.arriveObjects)})\\b|\\b(?:${alt(ROLE.liftVerbs)})\\b[^,;.]{0,40}?\\bto\\s+(?:${alt(ROLE.arriveObjects)})\\b|\\b(?:${alt(ROLE.memberCues)})\\b`,
  "i",
);
// "joined in 2025", "followed in November", "did the same", "were the first;": an arrival with nothing after it but time.
const ARRIVE_BARE = new RegExp(
  `\\b(?:${alt(ROLE.bareArrivals)})(?=\\s*(?:[,;.:—–)]|-\\s|$|(?:${alt(ROLE.timeStarts)})\\b))`,
  "i",
);
// An arrival that repeats the change just reported ("did the same", "followed suit") shares its year when it has none.
const REPEAT = new RegExp(`\\b(?:${alt(ROLE.repeats)})\\b`, "i");
const MUTUAL_REPEAT = /\b(?:did\s+(?:the\s+same|so)|took\s+the\s+same\s+step)\b/i;
const ROLE_HEDGE = new RegExp(`\\b(?:${alt(ROLE.hedges)})\\b`, "i");
const MONTH_MAY = /(?<=\b(?:in|early|late|mid|since|until|of|last|next|this)\s+|\d\s+)May\b|\bMay(?=\s+\d)/g;
// The top of the ladder described, not named: "the top tier", "Hanoi's highest level".
const TOP_DESCRIBED = new RegExp(`\\b(?:${alt(ROLE.topWords)})[\\s-]+(?:${alt(ROLE.rungWords)})\\b`, "i");
// When every top word of the data holds "top" or "highest" as a word, a described top rung is only in a sentence whose
// top words the main pass has read (cached); a new top word without them turns that gate off.
const TOP_WORDS_NAMED = ROLE.topWords.every((w) => TOP_REFERENCE.test(w));
const HOLDER_NOT = /\b(?:with|of|amid|against|from|for|than|over|to|in|on|at|by)\s+(?:the\s+)?$/i;
// "… and did so with Malaysia": a repeated step names its holder after "with" too.
const HOLDER_BY =
  /\b(?:followed|joined|lifted|raised|elevated|upgraded|moved|did\s+so|did\s+the\s+same)\b[^,;.]{0,30}?$/i;
const ROLE_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
// A time phrase of a clause: "in 2024", "(2009)", "in December last year", "in March", "later that year", "a year later".
const TIME = new RegExp(
  `\\b(?:in|since|from|as\\s+(?:far\\s+back|early)\\s+as|back\\s+in)\\s+((?:19|20)\\d\\d)\\b|\\(\\s*((?:19|20)\\d\\d)\\s*\\)|\\bin\\s+(${ROLE_MONTHS})(?:\\s+((?:19|20)\\d\\d)|\\s+(last|this)\\s+year)?\\b|\\b(last|this|earlier\\s+this)\\s+year\\b|\\blast\\s+(${ROLE_MONTHS})\\b|\\b(?:later|earlier)\\s+(?:that|the\\s+same)\\s+year\\b|\\bthat\\s+same\\s+year\\b|\\b(a|one|two|three|four|five)\\s+years?\\s+later\\b|\\b(?:a\\s+few|several|a|one|two|three|\\d{1,2})\\s+(?:days?|weeks?|months?)\\s+later\\b|\\b(?:the|that)\\s+same\\s+(?:day|week|month)\\b|\\bin\\s+the\\s+(?:(?:early|late)\\s+)?(?:spring|summer|autumn|fall|winter)\\b(?!\\s+of\\b)`,
  "gi",
);
const SPAN_WORDS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** The year a time phrase names, against the article's date and the year the clause named before (`prev`). */
function timeYear(m: RegExpMatchArray, ctx: YearContext, prev: number | null): number | null {
  if (m[1] || m[2]) return Number(m[1] ?? m[2]);
  if (m[3]) {
    if (m[4]) return Number(m[4]);
    if (ctx.year === null) return null;
    if (m[5]) return m[5].toLowerCase() === "last" ? ctx.year - 1 : ctx.year;
    const month = MONTH_NAMES.indexOf(m[3].toLowerCase()) + 1;
    // "in November" read in a story of May is the November before.
    return ctx.month && month > ctx.month ? ctx.year - 1 : ctx.year;
  }
  if (m[6]) return ctx.year === null ? null : m[6].toLowerCase() === "last" ? ctx.year - 1 : ctx.year;
  if (m[7]) {
    // "last November" in a story of April is the November before; in a story of December, this year's.
    if (ctx.year === null) return null;
    const month = MONTH_NAMES.indexOf(m[7].toLowerCase()) + 1;
    return ctx.month && month >= ctx.month ? ctx.year - 1 : ctx.year;
  }
  if (m[8]) return prev === null ? null : prev + (SPAN_WORDS[m[8].toLowerCase()] ?? 0);
  return prev;
}

const LEVEL_GATE = /partner|\bCSPs?\b/i;
// One reading per sentence object: the roles pass and the year pass both ask for it.
const FOREIGN = new SentenceMemo<PlaceMention[]>();
/** Foreign countries of a sentence, capitals read as their country ("Tokyo", "Canberra"), in text order. */
function foreignOf(s: Sentence, places: readonly PlaceMention[]): PlaceMention[] {
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

function linkByRoles(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  if (!sentences.some((s) => HOME_WORDS.test(s.text))) return;
  let anchor: { level: PartnershipLevel; sentence: number; year: number | null } | null = null;
  // A level stays the topic for the rest of its paragraph and into the next one ("… its highest tier.¶ That tier has
  // grown. For a decade it held only China (2008), …"), however many sentences that takes, up to a short reach.
  const inScope = (a: typeof anchor, s: Sentence): a is NonNullable<typeof anchor> =>
    a !== null && (s.index - a.sentence <= 2 || inTopic(a, s));
  const inTopic = (a: typeof anchor, s: Sentence): a is NonNullable<typeof anchor> => {
    if (!a) return false;
    const d = s.index - a.sentence;
    if (d > TOPIC_REACH) return false;
    // Headings and questions between ("Who else holds it?") do not move the text on; a paragraph of prose does.
    let prose = 0;
    for (let k = a.sentence + 1; k < s.index; k++) {
      const x = sentences[k] as Sentence;
      const alone = x.line !== sentences[k - 1]?.line && x.line !== sentences[k + 1]?.line;
      if (x.line !== sentences[k - 1]?.line && x.line !== s.line && !(alone && shortLine(x))) prose++;
    }
    return prose === 0;
  };
  for (const s of sentences) {
    // Every level pattern names "partner" or is an acronym: a cheap gate before the level alternation.
    // The main pass has read every sentence's levels and top words already: those cached readings come first.
    const named = levelsIn(s).length > 0 && LEVEL_GATE.test(s.text) ? namedLevelsIn(s) : [];
    const top = !TOP_WORDS_NAMED || topNamedIn(s) ? TOP_DESCRIBED.exec(s.text) : null;
    // Most sentences name no level and stand far from one: nothing to read, and no hedge to test.
    if (named.length === 0 && !top && !inScope(anchor, s)) continue;
    // "Poland followed in May": the month is no modal verb. Tested only where a level or an arrival is read.
    const hedgedNow = () => {
      const masked = s.text.replace(MONTH_MAY, "Mai");
      return HEDGE_ANY.test(masked.toLowerCase()) || CLAUSE_HEDGE.test(masked) || ROLE_HEDGE.test(masked);
    };
    const found = out.filter((p) => p.sentenceIndex === s.index);
    if (named.length > 0) {
      const hedged = hedgedNow();
      const near = inScope(anchor, s) ? anchor : null;
      if (near && !hedged) subjectHolders(s, named, foreignOf(s, places), ctx, out);
      // "Vietnam has built a network … . Its ties with China were raised to …": a pronoun whose antecedent is the
      // sentence before's subject Vietnam makes this sentence Vietnam's too.
      const prevText = sentences[s.index - 1]?.text ?? "";
      const pronounHome = PRONOUN_TIES.test(s.text) && HOME_SUBJECT.test(prevText);
      const home = found.length > 0 || HOME_WORDS.test(s.text) || pronounHome;
      if (!hedged && home) {
        const countries = foreignOf(s, places);
        colonList(s, named, countries, ctx, out);
        latterAside(s, named, countries, out);
        similarClauses(s, named, countries, ctx, out, pronounHome);
      }
      // The anchor is a level said about Vietnam: one the main pass read here, or one in a sentence naming Vietnam.
      const lastFound = found.at(-1);
      // "The strategic partnership sits below the top level and above the comprehensive one.": a level that opens
      // the sentence as its subject is what it is about, whatever levels it is compared with.
      const subject = named.length > 1 && SUBJECT_LEVEL.test(s.text.slice(0, named[0]?.index ?? 0)) ? named[0] : null;
      const m = (subject ?? named.at(-1)) as RegExpMatchArray;
      const level = subject ? levelOf(subject) : (lastFound?.level ?? levelOf(m));
      // "One rung lower sit the strategic partners.": on a page about Vietnam, a level naming no other state is its own.
      anchor =
        !hedged && level && (lastFound || HOME_WORDS.test(s.text) || foreignOf(s, places).length === 0)
          ? { level, sentence: s.index, year: lastFound?.year ?? null }
          : null;
      continue;
    }
    const parts = clauseParts(s.text);
    // Within a level's topic, a chronology ("China (2008), Russia (2012) and India (2016)") is a list of its holders
    // even with no verb of arrival: two or more countries each dated right after its name.
    const dated = inTopic(anchor, s) && !DATED_OTHERS.test(s.text) ? datedListCue(s, foreignOf(s, places)) : null;
    const cues = parts.map(
      ([a, b]) =>
        ARRIVE_REF.exec(s.text.slice(a, b)) ??
        ARRIVE_BARE.exec(s.text.slice(a, b)) ??
        (dated && dated.at >= s.start + a && dated.at < s.start + b ? DATED_MARK.exec(s.text.slice(a, b)) : null),
    );
    const sentenceCue = cues.find((c) => c !== null) ?? null;
    if ((!sentenceCue && !top) || hedgedNow()) {
      // "Chile could join them next year": a hedged arrival ends the chain; a plain top-tier mention starts one.
      anchor = sentenceCue ? null : top && !hedgedNow() ? { level: TOP_LEVEL, sentence: s.index, year: null } : anchor;
      continue;
    }
    const near = inScope(anchor, s) ? anchor : null;
    const countries = foreignOf(s, places);
    let linked = false;
    let prev: number | null = near?.year ?? null;
    let handed: PartnershipLevel | null = null;
    for (const [k, [a, b]] of parts.entries()) {
      const clause = s.text.slice(a, b);
      // "…, which joined in December 2022, and the United States and Japan, both lifted in 2023": a clause that opens
      // on a group of countries continues the sentence's list of arrivals.
      const opensOnCountry = countries.some(
        (c) =>
          c.start - s.start >= a &&
          c.end - s.start <= b &&
          CLAUSE_OPENS_ON_NAME.test(s.text.slice(a, c.start - s.start)),
      );
      const cue = cues[k] ?? (sentenceCue && opensOnCountry ? sentenceCue : null);
      if (!cue) continue;
      // "Indonesia and Australia did the same in 2018": two states repeating a step did it with each other.
      const subjects = countries.filter((c) => c.start - s.start >= a && c.end - s.start <= a + (cue.index ?? 0));
      if (
        MUTUAL_REPEAT.test(cue[0]) &&
        new Set(subjects.map((c) => c.place.kind === "country" && c.place.code)).size > 1
      )
        continue;
      // "making Indonesia the 11th to reach the top tier": the cue's own words name the level.
      const level = TOP_DESCRIBED.test(clause) ? TOP_LEVEL : near?.level;
      if (!level) continue;
      handed = level;
      // The anchor's year is the anchor level's: a clause naming another level starts its own dating.
      const anchorYear = near && near.level === level ? near.year : null;
      if (!anchorYear && prev === near?.year) prev = null;
      const inClause = countries.filter((c) => c.start - s.start >= a && c.end - s.start <= b);
      // Groups: members joined by commas, "and", dashes; each group takes the first time phrase after it.
      const groups: PlaceMention[][] = [];
      for (const c of inClause) {
        const before = s.text.slice(Math.max(a, c.start - s.start - 30), c.start - s.start);
        if (HOLDER_NOT.test(before) && !HOLDER_BY.test(before)) continue;
        if (NOT_HOLDER_AFTER.test(s.text.slice(c.end - s.start, c.end - s.start + 2))) {
          // "US President Joe Biden's visit": a possessive names the leader, not a holder; but "Washington" may follow.
          continue;
        }
        const last = groups.at(-1)?.at(-1);
        if (
          last &&
          /^\s*(?:,|and|,\s*and|&|[–—-])?\s*(?:the\s+)?$/i.test(s.text.slice(last.end - s.start, c.start - s.start))
        )
          groups.at(-1)?.push(c);
        else groups.push([c]);
      }
      for (let g = 0; g < groups.length; g++) {
        const group = groups[g] as PlaceMention[];
        const tail = group.at(-1) as PlaceMention;
        // The group's own stretch ends at the next country named, kept as a holder or not: "… with Indonesia two days
        // earlier, and with Malaysia in November 2024" does not date Indonesia by Malaysia's month.
        const next = inClause.find((c) => c.start >= tail.end);
        const after = s.text.slice(tail.end - s.start, next ? next.start - s.start : b);
        const head = s.text.slice(
          g === 0 ? a : (groups[g - 1]?.at(-1)?.end ?? s.start) - s.start,
          (group[0] as PlaceMention).start - s.start,
        );
        const t = [...after.matchAll(TIME)][0] ?? [...head.matchAll(TIME)].at(-1);
        let year = t ? timeYear(t, ctx, prev) : null;
        if (year === null && !t && REPEAT.test(after + head)) year = anchorYear;
        if (year !== null) prev = year;
        const at = s.start + a + (cue.index ?? 0);
        for (const c of group) if (addOrDate(out, s, c, level, year, at, at + cue[0].length, "same")) linked = true;
      }
    }
    // A sentence that handed the level on keeps it for the next ("… reached it in 2024. Malaysia got there later.").
    if (linked || top)
      anchor = { level: handed ?? (top ? TOP_LEVEL : (near?.level ?? TOP_LEVEL)), sentence: s.index, year: prev };
  }
}

const TOPIC_REACH = 6;
const SUBJECT_LEVEL = new RegExp(String.raw`^\W*(?:(?:the|a|an|its|${HOME_POSSESSIVE})\s+)?$`, "i");
// A dated list of something else: "free trade agreements with Chile (2011) and Israel (2023)".
const DATED_OTHERS = new RegExp(`\\b(?:${config.datedListOthers.join("|")})\\b`, "i");
const SHORT_LINE_WORDS = 8;
/** A heading, question or label line: one short sentence alone on its line. */
function shortLine(s: Sentence): boolean {
  return s.text.split(/\s+/).length <= SHORT_LINE_WORDS;
}
// "…; and in 2025 New Zealand, Indonesia and Thailand": a clause may open on its time before its group of countries.
const CLAUSE_OPENS_ON_NAME = /^\W*(?:and\s+)?(?:(?:in|since)\s+(?:19|20)\d\d\s*,?\s+)?(?:the\s+|plus\s+)?$/i;
// A year written right after a country: "China (2008)", "Russia, in 2012", "India, 2016".
const DATED_AFTER_NAME = /^\s*(?:\(\s*(?:(?:all|both)\s+)?(?:19|20)\d\d\s*\)|,\s*(?:in\s+|since\s+)?(?:19|20)\d\d\b)/i;
// The clause's first dated name marks where its list starts (the cue's position).
const DATED_MARK = /\(\s*(?:(?:all|both)\s+)?(?:19|20)\d\d\s*\)|,\s*(?:in\s+|since\s+)?(?:19|20)\d\d\b/i;
/** Where a sentence's dated list of two or more countries starts, or null when it has none. */
function datedListCue(s: Sentence, countries: readonly PlaceMention[]): { at: number } | null {
  const dated = countries.filter((c) => DATED_AFTER_NAME.test(s.text.slice(c.end - s.start, c.end - s.start + 16)));
  if (new Set(dated.map((c) => c.place.kind === "country" && c.place.code)).size < 2) return null;
  return { at: (dated[0] as PlaceMention).end };
}

// Members of one bare list: "China, Russia and India", "Japan & Korea".
const BARE_LIST_GAP = /^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/i;
/**
 * The run of `list[k]` and its neighbours (after it with `dir` 1, before it with -1) joined only by commas, "and" or
 * "&", in text order: the group a clause's holders form.
 */
function listFrom(s: Sentence, list: readonly PlaceMention[], k: number, dir: 1 | -1): PlaceMention[] {
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

/** Clauses of a sentence for the roles pass: the data file's breaks plus ", and" before a new subject. */
function clauseParts(text: string, anyAnd = false): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of CLAUSES.parts(text)) {
    let start = a;
    for (const m of text.slice(a, b).matchAll(anyAnd ? /,\s*and\s+/g : /,\s*and\s+(?=(?:the\s+)?\p{Lu})/gu)) {
      out.push([start, a + (m.index ?? 0)]);
      start = a + (m.index ?? 0) + m[0].length;
    }
    out.push([start, b]);
  }
  return out;
}

// "Hungary, the Netherlands and Denmark have comprehensive partnerships, the lowest of the three levels": right after
// Vietnam's own levels, a group that opens the sentence and "has" a plural level with no other party holds it with
// Vietnam. A singular level ("Norway and Chile have a strategic partnership") is more likely the pair's own.
const SUBJECT_HAS =
  /^\s+(?:also\s+|already\s+|both\s+|all\s+|each\s+)?(?:have|hold)\s+(?:long\s+)?(?:had\s+|held\s+)?$/i;
const OTHER_PARTY_AFTER = /^\s*["”’']?\s*(?:with|of|between|among|to)\b/i;
function subjectHolders(
  s: Sentence,
  named: readonly RegExpMatchArray[],
  countries: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  const first = countries[0];
  if (!first || !/^\W*(?:the\s+)?$/i.test(s.text.slice(0, first.start - s.start))) return;
  const group = listFrom(s, countries, 0, 1);
  const tail = group.at(-1) as PlaceMention;
  const m = named.find((x) => (x.index ?? 0) >= tail.end - s.start);
  if (!m || !/s$/i.test(m[0])) return;
  const at = m.index ?? 0;
  if (!SUBJECT_HAS.test(s.text.slice(tail.end - s.start, at))) return;
  const rest = s.text.slice(at + m[0].length);
  if (OTHER_PARTY_AFTER.test(rest)) return;
  const level = levelOf(m);
  if (!level) return;
  const clause = rest.split(/[;.]/)[0] ?? "";
  const times = [...clause.matchAll(TIME)];
  const year = times.length === 1 && times[0] ? timeYear(times[0], ctx, null) : null;
  for (const c of group) {
    if (c.place.kind !== "country") continue;
    const code = c.place.code;
    if (out.some((p) => p.countryCode === code)) continue;
    out.push(foundInSentence(s, code, c.place.name, level, year, s.start + at, s.start + at + m[0].length));
  }
}

// "Indonesia, Thailand and Singapore, which all signed on in 2013 (or: all of which signed in 2013), and Malaysia, which
// did so in August this year",
// "a strategic partnership with Australia, signed in 2018, and …", "with Denmark, also in 2013": a dated aside right
// after a holder (or after a group, with "all" / "both") is that holder's own year, whatever the sentence's other
// years; and a year claimed that way by one holder is no other holder's.
const SEGMENT_STEP = new RegExp(`\\b(?:${alt(ROLE.segmentSteps)})\\b`, "i");
const SEGMENT = new RegExp(
  `^\\s*\\)?\\s*,\\s*(?:(?:which|who)\\s+((?:all|both|each)\\s+)?[^,;.()]{0,40}?|(all|both|each)\\s+of\\s+(?:which|whom|them)\\s+[^,;.()]{0,40}?|(?:(all|both|each)\\s+)?(?:${alt(ROLE.segmentParticiples)})\\s+|also\\s+)(?=(?:in|since|from|last|this|earlier)\\b)`,
  "i",
);
const LIST_TAIL_GAP = /^\s*(?:\([^()]{0,30}\))?\s*,?\s*(?:and\s+)?(?:the\s+)?$/i;
const LATER_SEGMENT = /^\s+(a|one|two|three|four|five)\s+years?\s+later\b/i;
function ownSegmentYears(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  const bySentence = new Map<number, PartnershipFinding[]>();
  for (const p of out) bySentence.set(p.sentenceIndex, [...(bySentence.get(p.sentenceIndex) ?? []), p]);
  for (const [index, found] of bySentence) {
    const s = sentences[index];
    if (!s || !/,/.test(s.text)) continue;
    const countries = foreignOf(s, places);
    const own = new Map<string, number>();
    const claimed = new Set<number>();
    for (let k = 0; k < countries.length; k++) {
      const c = countries[k] as PlaceMention;
      const next = countries[k + 1];
      const seg = s.text.slice(c.end - s.start, next ? next.start - s.start : s.text.length);
      // "Spain, which signed in 2009, Britain a year later and Germany in 2011": counted on from the member before.
      const later = LATER_SEGMENT.exec(seg);
      const before = countries[k - 1];
      const base = before?.place.kind === "country" ? own.get(before.place.code) : undefined;
      if (later && base !== undefined && c.place.kind === "country") {
        own.set(c.place.code, base + (SPAN_WORDS[(later[1] ?? "").toLowerCase()] ?? 0));
        continue;
      }
      const m = SEGMENT.exec(seg);
      if (!m) continue;
      const tail = seg.slice(m[0].length).split(/[,;.]/)[0] ?? "";
      const t = [...`${m[0]}${tail}`.matchAll(TIME)][0];
      const year = t ? timeYear(t, ctx, null) : null;
      if (year === null) continue;
      // A relative clause must speak of the ties: "Brazil, which hosted the G20 summit in 2024" dates nothing.
      if (/\b(?:which|who)\b/i.test(m[0]) && !SEGMENT_STEP.test(m[0]) && !CHANGE_VERB.test(m[0])) continue;
      if (RELATIONS_WORDS.test(m[0])) continue;
      claimed.add(year);
      // "…, and Australia, France and Malaysia, all upgraded last year": the group is the bare names before the aside;
      // a member dated in parentheses ("Japan (2023), and …") belongs to an earlier group.
      const members = m[1] || m[2] || m[3] ? listFrom(s, countries, k, -1) : [c];
      for (const g of members) if (g.place.kind === "country") own.set(g.place.code, year);
      // "China (2008), …, and Australia, France and Malaysia, all upgraded last year": a dated group that closes a
      // list the main pass read holds the level of the member right before it.
      const head = members[0] as PlaceMention;
      const lead = countries[countries.indexOf(head) - 1];
      const leadCode = lead?.place.kind === "country" ? lead.place.code : "";
      const held = found.find((p) => p.countryCode === leadCode);
      if (!lead || !held || !LIST_TAIL_GAP.test(s.text.slice(lead.end - s.start, head.start - s.start))) continue;
      for (const g of members) {
        if (g.place.kind !== "country") continue;
        const code = g.place.code;
        if (out.some((p) => p.countryCode === code)) continue;
        const added: PartnershipFinding = { ...held, countryCode: code, countryName: g.place.name, year };
        out.push(added);
        found.push(added);
      }
    }
    clauseYears(s, countries, found, ctx);
    if (own.size === 0) continue;
    for (const p of found) {
      const year = own.get(p.countryCode);
      if (year !== undefined) Object.assign(p, { year, yearSource: "sentence" });
      else if (p.year !== null && claimed.has(p.year) && yearsIn(s.text, 0).filter((y) => y === p.year).length === 1)
        Object.assign(p, { year: null, yearSource: null });
    }
  }
}

// "delegates from Japan, whose comprehensive strategic partnership with Vietnam dates from 2023", "… Japan, whose ties
// with Hanoi were raised to a comprehensive strategic partnership in 2023": the antecedent of "whose" holds the level
// its relative clause names, whatever word stands before it ("from Japan"), dated by the clause's own year.
const WHOSE_GAP = new RegExp(
  String.raw`^\s*,\s*whose\s+(?:(?:own|current|existing|new)\s+)?(?:(?:ties|relations|relationship|partnership)\s+with\s+${HOME_NAME}\s+(?:was|were|has\s+been|have\s+been|is|are)\s+(?:raised|elevated|upgraded|lifted)\s+(?:to|into)\s+(?:a|an|the)\s+)?["“‘']?$`,
  "i",
);
const WITH_HOME_AFTER = new RegExp(String.raw`^\s*["”’']?\s*(?:with|of)\s+${HOME_NAME}\b`, "i");
function whoseLevels(sentences: readonly Sentence[], places: readonly PlaceMention[], out: PartnershipFinding[]) {
  for (const s of sentences) {
    if (levelsIn(s).length === 0 || !/\bwhose\b/i.test(s.text) || !LEVEL_GATE.test(s.text)) continue;
    const countries = foreignOf(s, places);
    for (const m of namedLevelsIn(s)) {
      const at = m.index ?? 0;
      const c = countries.filter((x) => x.end - s.start <= at).at(-1);
      if (!c || !WHOSE_GAP.test(s.text.slice(c.end - s.start, at))) continue;
      const gap = s.text.slice(c.end - s.start, at);
      const after = s.text.slice(at + m[0].length);
      // "whose strategic partnership with Japan …" is another pair's: Vietnam must be the other party.
      if (!HOME_WORDS.test(gap) && !WITH_HOME_AFTER.test(after)) continue;
      const clause = (after.split(/[,;.]/)[0] ?? "").slice(0, 120);
      if (HEDGE_ANY.test(`${gap}${clause}`.toLowerCase()) || CLAUSE_HEDGE.test(`${gap}${clause}`)) continue;
      const level = levelOf(m);
      if (!level) continue;
      const year = yearsIn(clause, 0)[0] ?? null;
      addOrDate(out, s, c, level, year, s.start + at, s.start + at + m[0].length, "same-or-higher");
    }
  }
}

// "Japan (comprehensive strategic partner since 2023), Germany (strategic partner since 2011)": a level in brackets
// right after a country, with nothing else inside but its year, is that country's, on a page about Vietnam.
// "China 2008 (a "comprehensive strategic cooperative partnership")": in a list dated by bare years, the year stands
// between the country and the bracket, and the partner's own name for the level may be quoted.
const PAREN_AFTER =
  /^\s*(?:((?:19|20)\d\d)\s*)?\(\s*(?:a\s+|an\s+|the\s+)?["“‘']?([^()"“”‘’']{6,60}?)["”’']?(?:\s*,?\s+(?:since|in|from)\s+((?:19|20)\d\d))?\s*\)/i;
function parenthesisedLevels(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  if (!sentences.some((s) => HOME_WORDS.test(s.text))) return;
  for (const s of sentences) {
    // a level in brackets is a level of the sentence: one naming none (read once, cached) has nothing to give
    if (!s.text.includes("(") || levelsIn(s).length === 0 || !LEVEL_GATE.test(s.text)) continue;
    for (const c of foreignOf(s, places)) {
      const m = PAREN_AFTER.exec(s.text.slice(c.end - s.start));
      if (!m) continue;
      const inner = m[2] ?? "";
      const lv = namedLevels(inner).find((x) => x.index === 0 && x[0].length === inner.length);
      const level = lv ? levelOf(lv) : undefined;
      if (!level) continue;
      const at = c.end + (m.index ?? 0);
      const year = m[3] ?? m[1];
      addOrDate(out, s, c, level, year ? Number(year) : null, at, at + m[0].length, "same-or-higher");
    }
  }
}

// "China, Russia and India, with which we set up the framework in 2008, 2012 and 2016 respectively", "China and Russia,
// comprehensive strategic partners since 2008 and 2012", "China and Russia, … – the first since 2008, the second since
// 2012": a bare group of holders followed, in its own clause, by as many years as it has members takes them in order.
const GROUP_SERIES =
  /(?<!\b(?:between|from)\s+)\b(?:19|20)\d\d(?:\s*(?:,\s*and|,|and)\s+(?:the\s+(?:first|second|third|fourth|fifth|former|latter|other)\s+(?:since|in)\s+)?(?:19|20)\d\d)+\b/;
const SERIES_ABOUT = /partner|framework|\b(?:ties|relations)\b/i;
const SERIES_END = /;|,\s*(?:and|but|while)\b|\s(?:while|but|whereas)\s/i;
function groupSeriesYears(sentences: readonly Sentence[], places: readonly PlaceMention[], out: PartnershipFinding[]) {
  const indices = new Set(out.map((p) => p.sentenceIndex));
  for (const index of indices) {
    const s = sentences[index];
    if (!s) continue;
    const countries = foreignOf(s, places);
    for (let k = 0; k < countries.length; k++) {
      const group = listFrom(s, countries, k, 1);
      if (group.length < 2) continue;
      k += group.length - 1;
      const tail = group.at(-1) as PlaceMention;
      const next = countries[k + 1];
      // The series must stand in the group's own clause: ", and exports rose in 2009 and 2010" dates something else.
      const after = (
        s.text.slice(tail.end - s.start, next ? next.start - s.start : s.text.length).split(SERIES_END)[0] ?? ""
      ).slice(0, 160);
      const series = GROUP_SERIES.exec(after);
      if (!series) continue;
      const gap = after.slice(0, series.index);
      if (!SERIES_ABOUT.test(gap) && !CHANGE_VERB.test(gap)) continue;
      const years = yearsIn(series[0], 0);
      if (years.length !== group.length) continue;
      group.forEach((c, i) => {
        if (c.place.kind !== "country") return;
        const code = c.place.code;
        for (const p of out)
          if (p.sentenceIndex === index && p.countryCode === code && (p.year === null || years.includes(p.year)))
            Object.assign(p, { year: years[i], yearSource: "sentence" });
      });
    }
  }
}

// "Hanoi lifted five countries to a comprehensive strategic partnership, the top rung: New Zealand in February,
// Indonesia and Singapore within days of each other in March, Thailand in May …": after a colon that closes Vietnam's
// level, every country of the list holds it, dated by the time phrase of its own item.
function colonList(
  s: Sentence,
  named: readonly RegExpMatchArray[],
  countries: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  const colon = s.text.indexOf(":");
  if (colon < 0) return;
  const m = named.filter((x) => (x.index ?? 0) < colon).at(-1);
  if (!m || named.some((x) => (x.index ?? 0) > colon)) return;
  // The level must close the stretch before the colon: "… to a comprehensive strategic partnership, the top rung:".
  if (!/^[^.;:()]{0,60}$/.test(s.text.slice((m.index ?? 0) + m[0].length, colon))) return;
  const items = countries.filter((c) => c.start - s.start > colon);
  if (items.length < 2 || HOME_WORDS.test(s.text.slice(colon))) return;
  const level = levelOf(m);
  if (!level) return;
  let prev: number | null = null;
  for (let k = 0; k < items.length; k++) {
    const c = items[k] as PlaceMention;
    const next = items[k + 1];
    const seg = s.text.slice(c.end - s.start, next ? next.start - s.start : s.text.length);
    // Items are short: a country, maybe a time phrase, then a comma or "and". A long stretch is a new clause.
    if (seg.trim().split(/\s+/).length > 9) return;
    const t = [...seg.matchAll(TIME)][0];
    const year: number | null = t ? timeYear(t, ctx, prev) : null;
    if (year !== null) prev = year;
    if (c.place.kind !== "country") continue;
    const code = c.place.code;
    const have = out.find((p) => p.countryCode === code && p.level === level);
    if (have) continue;
    // A member dated by the group after it ("Indonesia and Singapore … in March") takes the group's year.
    const groupYear: number | null =
      year ??
      (() => {
        for (let j = k + 1; j < items.length; j++) {
          const gap = s.text.slice(
            (items[j - 1] as PlaceMention).end - s.start,
            (items[j] as PlaceMention).start - s.start,
          );
          if (!/^\s*(?:and|&|,)\s*(?:the\s+)?$/i.test(gap)) break;
          const after = s.text.slice(
            (items[j] as PlaceMention).end - s.start,
            items[j + 1] ? (items[j + 1] as PlaceMention).start - s.start : s.text.length,
          );
          const tt = [...after.matchAll(TIME)][0];
          if (tt) return timeYear(tt, ctx, prev);
        }
        return null;
      })();
    const at = s.start + (m.index ?? 0);
    out.push(foundInSentence(s, code, c.place.name, level, groupYear, at, at + m[0].length));
  }
}

const TIES = alt(ROLE.tiesNouns);
const PRONOUN_TIES = new RegExp(`^\\W*(?:its|their)\\s+(?:${TIES})\\s+with\\b`, "i");
const HOME_SUBJECT = new RegExp(String.raw`^\W*${HOME_NAME}\b`, "");
const SIMILAR = new RegExp(`\\b(?:${alt(ROLE.similarRefs)})\\b`, "i");
// "ties with China", "those with Russia": the other party of Vietnam's ties named in the clause.
const WITH_PARTY = new RegExp(`\\b(?:${TIES}|those|accords?|pacts?|agreements?|partnerships?|with)\\s*$`, "i");

/**
 * Clauses of a sentence about Vietnam that name no level of their own but refer to one ("and signed similar accords
 * with Italy, France and Thailand last year", "and those with Russia reached the same level in 2012"): the countries
 * Vietnam's ties are "with" in that clause hold the level named before it. With `pronounHome`, the clause naming the
 * level itself links its "ties with X" too (the main pass reads only sentences that name Vietnam).
 */
function similarClauses(
  s: Sentence,
  named: readonly RegExpMatchArray[],
  countries: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
  pronounHome: boolean,
) {
  for (const [a, b] of clauseParts(s.text, true)) {
    const clause = s.text.slice(a, b);
    const inner = named.filter((x) => (x.index ?? 0) >= a && (x.index ?? 0) < b);
    const m =
      inner.length > 0 ? (pronounHome ? inner.at(-1) : undefined) : named.filter((x) => (x.index ?? 0) < a).at(-1);
    if (!m || (inner.length === 0 && !SIMILAR.test(clause))) continue;
    const level = levelOf(m);
    if (!level) continue;
    const members = countries.filter((c) => c.start - s.start >= a && c.end - s.start <= b);
    const first = members.findIndex((c) =>
      WITH_PARTY.test(
        s.text.slice(Math.max(a, c.start - s.start - 20), c.start - s.start).replace(/\s+(?:the)\s*$/i, " "),
      ),
    );
    if (first < 0) continue;
    const group = listFrom(s, members, first, 1);
    const after = s.text.slice((group.at(-1) as PlaceMention).end - s.start, b);
    const t = [...after.matchAll(TIME)][0] ?? [...clause.matchAll(TIME)][0];
    const year = t ? timeYear(t, ctx, null) : null;
    const at = s.start + (m.index ?? 0);
    for (const c of group) addOrDate(out, s, c, level, year, at, at + m[0].length, "same-or-higher");
  }
}

// "strategic partnerships with Japan, India and China -- the latter raised to a comprehensive strategic partnership
// in 2008 -- as well as with South Korea …": the level inside the aside is the last member's alone; the others, and
// the members after the aside, hold the level named before it.
const LATTER_ASIDE = /\s(?:--|[–—])\s*the\s+latter\b([^–—]{0,160}?)\s(?:--|[–—])\s/;
function latterAside(
  s: Sentence,
  named: readonly RegExpMatchArray[],
  countries: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  const aside = LATTER_ASIDE.exec(s.text);
  if (!aside) return;
  const from = aside.index ?? 0;
  const to = from + aside[0].length;
  const inside = named.find((x) => (x.index ?? 0) > from && (x.index ?? 0) < to);
  const outer = named.filter((x) => (x.index ?? 0) < from).at(-1);
  if (!outer) return;
  const outerLevel = levelOf(outer);
  // An aside with no level of its own ("-- the latter a key supplier --") only interrupts the list.
  const innerLevel = inside ? levelOf(inside) : undefined;
  if (!outerLevel || innerLevel === outerLevel) return;
  const asideYears = new Set(yearsIn(aside[0], 0));
  const latter = countries.filter((c) => c.end - s.start <= from).at(-1);
  if (latter?.place.kind !== "country") return;
  const latterCode = latter.place.code;
  const holders = countries.filter(
    (c) =>
      c.place.kind === "country" &&
      c.place.code !== latterCode &&
      ((c.start - s.start > (outer.index ?? 0) && c.end - s.start <= from) || c.start - s.start >= to),
  );
  for (const c of holders) {
    if (c.place.kind !== "country") continue;
    const code = c.place.code;
    // The aside's level and year are the latter's alone.
    const mine = out.filter((p) => p.sentenceIndex === s.index && p.countryCode === code);
    for (const p of mine)
      if (p.level === innerLevel || (p.year !== null && asideYears.has(p.year)))
        Object.assign(p, { level: outerLevel, year: null, yearSource: null });
    if (mine.length > 0) continue;
    if (out.some((p) => p.countryCode === code)) continue;
    const at = s.start + (outer.index ?? 0);
    out.push(foundInSentence(s, code, c.place.name, outerLevel, null, at, at + outer[0].length));
  }
}

/**
 * "Its ties with Brazil were raised to a strategic partnership last November, while Peru became a comprehensive
 * partner the same month": an undated holder whose own clause reports the change takes the date governing that clause;
 * "the same month" / "later that year" count from the date of the clause before.
 */
function clauseYears(
  s: Sentence,
  countries: readonly PlaceMention[],
  found: readonly PartnershipFinding[],
  ctx: YearContext,
) {
  for (const p of found) {
    if (p.year !== null) continue;
    const c = countries.find((x) => x.place.kind === "country" && x.place.code === p.countryCode);
    if (!c) continue;
    const [a, b] = CLAUSES.around(s.text, c.start - s.start);
    const clause = s.text.slice(a, b);
    // The holder must open its clause, as the subject of the change it reports.
    if (!/^\W*(?:the\s+)?$/i.test(s.text.slice(a, c.start - s.start)) || !CHANGE_VERB.test(clause)) continue;
    const times = [...clause.matchAll(TIME)];
    if (times.length !== 1 || !times[0]) continue;
    const earlier = [...s.text.slice(0, a).matchAll(TIME)].at(-1);
    const prev = earlier ? timeYear(earlier, ctx, null) : null;
    const year = timeYear(times[0], ctx, prev);
    if (year !== null) Object.assign(p, { year, yearSource: "sentence" });
  }
}

/**
 * Adds `c` as a holder of `level`, or, when it already holds that level ("same") or that level or a higher one
 * ("same-or-higher"), dates the existing reading of that very level if it has no year yet. The roles pass and the
 * similar-clauses pass both read holders a main-pass finding may already cover: a second reading never changes the
 * first one's level or year, it only fills a missing year. Returns whether a new finding was added.
 */
function addOrDate(
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

// ---------------------------------------------------------------------------------------------------------------------
// Holders named by comparison (round 25, recall). Commentary and translated pages name many of Vietnam's holders only
// beside another: "putting Washington on the same level as China, Russia, India and South Korea", "Japan becomes the
// sixth country after China, …", "the UK is the first G7 member besides France to hold it", "one with China, signed
// in 2008, and one with Russia since 2012", "the United States, with which Vietnam still has a comprehensive
// partnership". The words are data (data/partnership-recall.json); each reader only adds holders the passes above
// missed (settle keeps any holder already read).
const RECALL = z
  .object({
    sameRank: z.object({ prepositions: z.array(z.string()), nouns: z.array(z.string()) }),
    countedAfter: z.object({
      nouns: z.array(z.string()),
      counting: z.array(z.string()),
      besides: z.array(z.string()),
      heldIt: z.array(z.string()),
      topNouns: z.array(z.string()),
    }),
    anotherWith: z.object({ pronouns: z.array(z.string()) }),
    withWhichHome: z.object({
      adverbs: z.array(z.string()),
      verbs: z.array(z.string()),
      groupNouns: z.array(z.string()),
    }),
    joinedList: z.object({
      verbs: z.array(z.string()),
      collectives: z.array(z.string()),
      openers: z.array(z.string()),
      notShared: z.array(z.string()),
    }),
  })
  .parse(recallData);
const SAME_RANK = new RegExp(
  `\\b(?:${alt(RECALL.sameRank.prepositions)})\\s+(?:the\\s+)?same\\s+(?:${alt(RECALL.sameRank.nouns)})\\s+as\\s+(?:the\\s+)?$`,
  "i",
);
// "becomes the sixth country", "is the first G7 member in Europe": the ordinal, up to two words, the counted noun,
// maybe a short place phrase, then the word that opens the list counted with it.
const COUNTED_BEFORE_LIST = new RegExp(
  `\\b(?:the|its|${HOME_POSSESSIVE})\\s+(${alt(ORDINAL_WORDS)}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+){0,2}?(?:${alt(RECALL.countedAfter.nouns)})(?:\\s+(?:in|of|from|outside)\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)?\\s*,?\\s+(${alt(RECALL.countedAfter.besides.concat(RECALL.countedAfter.counting))})\\s+(?:the\\s+)?$`,
  "i",
);
const COUNTED_SUBJECT =
  /^\s+(?:(?:now|thus|therefore|also)\s+)?(?:is|was|becomes|became|has\s+become|will\s+become|would\s+become|will\s+be|would\s+be)\s+(?:now\s+)?$/i;
const HELD_IT = new RegExp(`\\bto\\s+(?:${alt(RECALL.countedAfter.heldIt)})\\b`, "i");
const TOP_NAMED = new RegExp(
  `\\b(?:highest|top|top-tier|top-level)\\s+(?:${alt(RECALL.countedAfter.topNouns)})\\b`,
  "i",
);
const ANOTHER_WITH = new RegExp(
  `(?:,\\s*|\\s+)and\\s+(?:${alt(RECALL.anotherWith.pronouns)})\\s+with\\s+(?:the\\s+)?$`,
  "i",
);
const ANOTHER_YEAR = /^\s*,?\s*(?:(?:signed|agreed|established|set\s+up|forged)\s+)?(?:in|since)\s+((?:19|20)\d\d)\b/i;
// "…, the (only) countries with which Vietnam has …": a plural noun in apposition restates the list before it.
const WITH_WHICH_HOME = new RegExp(
  `,\\s*(?:(the)\\s+(?:only\\s+|other\\s+|[a-z]+\\s+)?(?:${alt(RECALL.withWhichHome.groupNouns)})\\s+)?with\\s+which\\s+${HOME_NAME}\\s+(?:(?:${alt(RECALL.withWhichHome.adverbs)})\\s+)?(?:${alt(RECALL.withWhichHome.verbs)})\\s+(?:a|an|its|the)?\\s*["“‘']?$`,
  "i",
);
const TURN_BEFORE = /,\s*(?:but|yet)\s+/gi;
// "It joins ", "the UK joins a list that already runs to 13 countries, including ": the words right before the
// first country of the list a holder joins.
const JOINED_LIST = new RegExp(
  `\\b(?:${alt(RECALL.joinedList.verbs)})\\s+(?:(?:a|an|the|that|this)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alt(RECALL.joinedList.collectives)})\\b[^.;:]{0,90}?(?:,\\s*|\\s+)(?:${alt(RECALL.joinedList.openers)})\\s+)?(?:the\\s+)?$`,
  "i",
);
// what the holder joins the listed countries in, when it is not their level: "in calling for restraint"
const JOINED_NOT_SHARED = new RegExp(`^\\s*,?\\s*(?:${alt(RECALL.joinedList.notShared)})\\b`, "i");
// after the joined list: "as the only countries given the top status" (a top level described in the "as" role)
const JOINED_AS_TOP = new RegExp(
  `^\\s*,?\\s*as\\s+[^.;,]{0,60}?\\b(?:highest|top|top-tier|top-level)\\s+(?:${alt(RECALL.countedAfter.topNouns)})\\b`,
  "i",
);
// the subject of "joins": a country right before it, or "It" opening the sentence
const JOINED_SUBJECT = /^\s+(?:(?:now|also|thus|therefore|so|thereby)\s+)?$/i;
const JOINED_PRONOUN = /^\W*It\s+(?:(?:now|also|thus|therefore|so|thereby)\s+)?$/;
// "… a comprehensive partnership since 2013", "…, agreed in 2013": the year right after the level is its own.
const WITH_WHICH_YEAR =
  /^\s*["”’']?\s*,?\s*(?:(?:agreed|signed|established|set\s+up|forged)\s+)?(?:since|in)\s+((?:19|20)\d\d)\b/i;

/** The last level named before `at` in the sentence that is not the old level of a step ("from a … to a …"). */
function levelBefore(s: Sentence, at: number): PartnershipLevel | null {
  const named = namedLevelsIn(s).filter(
    (m) => (m.index ?? 0) + m[0].length <= at && !PREVIOUS_LEVEL.test(s.text.slice(0, m.index ?? 0)),
  );
  const last = named.at(-1);
  return last ? (levelOf(last) ?? null) : null;
}

/** The highest level `code` was read with in this sentence or the `reach` before it. */
function heldNear(
  out: readonly PartnershipFinding[],
  code: string,
  s: Sentence,
  reach: number,
): PartnershipLevel | null {
  return out
    .filter((p) => p.countryCode === code && p.sentenceIndex <= s.index && s.index - p.sentenceIndex <= reach)
    .reduce<PartnershipLevel | null>((a, p) => (a === null || RANK[p.level] > RANK[a] ? p.level : a), null);
}

function homeAround(sentences: readonly Sentence[], s: Sentence, reach: number): boolean {
  for (let i = s.index; i >= 0 && s.index - i <= reach; i--) {
    const x = sentences.find((y) => y.index === i);
    if (x && HOME_WORDS.test(x.text)) return true;
  }
  return false;
}

function recallLists(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  for (const s of sentences) {
    const countries = foreignOf(s, places);
    if (countries.length === 0) continue;
    const hedged = hedgeAnywhere(s);
    sameRankList(sentences, s, countries, hedged, out);
    countedAfterList(sentences, s, countries, hedged, out);
    if (levelsIn(s).length === 0) continue;
    anotherWith(sentences, s, countries, out);
    withWhichHome(s, countries, out);
    colonListAfterTurn(s, countries, ctx, out);
  }
  for (const s of sentences) {
    const countries = foreignOf(s, places);
    if (countries.length > 0 && !hedgeAnywhere(s)) joinedList(sentences, places, s, countries, out);
  }
}

/**
 * "France becomes the first country of the EU to reach the top tier of Vietnam's diplomatic ladder. It joins China,
 * Russia, India …"; "… and the UK joins a list that in Hanoi's case already runs to 13 countries, including China,
 * Russia …": the holder that joins a list shares its level with everyone on it. The level is one named before
 * "joins" in the sentence, else a top tier named just before, else the joining holder's own highest reading.
 */
function joinedList(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  s: Sentence,
  countries: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  if (!/\bjoin/i.test(s.text)) return;
  const k = countries.findIndex((c) => JOINED_LIST.test(s.text.slice(0, c.start - s.start)));
  const head = countries[k];
  if (!head) return;
  const before = s.text.slice(0, head.start - s.start);
  const verb = JOINED_LIST.exec(before);
  const at = verb?.index ?? 0;
  if (CLAUSE_HEDGE.test(s.text.slice(0, at))) return;
  const list = chain(s.text, s.start, countries, k, 1);
  if (JOINED_NOT_SHARED.test(s.text.slice((list.at(-1) as PlaceMention).end - s.start))) return;
  // the joining holder: a country right before the verb, or "It" for the holder of the sentence before
  const subject = countries.filter((c) => c.end - s.start <= at).at(-1);
  let holder: string | null = null;
  if (subject && JOINED_SUBJECT.test(s.text.slice(subject.end - s.start, at)) && subject.place.kind === "country")
    holder = subject.place.code;
  else if (JOINED_PRONOUN.test(s.text.slice(0, at))) {
    const prev = sentences.find((x) => x.index === s.index - 1);
    const antecedent = prev ? foreignOf(prev, places) : [];
    holder = antecedent[0]?.place.kind === "country" ? antecedent[0].place.code : null;
  }
  // only a holder already read shares its level: "Germany joins France and Italy" says nothing of a level alone
  const own = holder ? heldNear(out, holder, s, s.index) : null;
  if (!holder || !own) return;
  // "… to reach the top tier. It joins …": the top named just before; else the holder's own (levels only go up, so
  // its highest reading so far, not a history line such as "signed a strategic partnership in 2013")
  const prev = sentences.find((x) => x.index === s.index - 1);
  // "… set up a strategic partnership in 2009, and Korea now joins A, B and C as the only countries given the top
  // status": the role the list is joined "as" names the shared level, not a history level earlier in the sentence.
  const joinedAs = JOINED_AS_TOP.test(s.text.slice((list.at(-1) as PlaceMention).end - s.start));
  const level =
    (joinedAs ? TOP_LEVEL : null) ??
    levelBefore(s, at) ??
    (TOP_NAMED.test(s.text.slice(0, at)) || (prev && TOP_NAMED.test(prev.text)) ? TOP_LEVEL : null) ??
    own;
  if (!homeAround(sentences, s, 2)) return;
  for (const c of list) settle(out, s, c, level, null, false);
}

/** "…, putting Washington on the same level as China, Russia, India and South Korea." */
function sameRankList(
  sentences: readonly Sentence[],
  s: Sentence,
  countries: readonly PlaceMention[],
  hedged: boolean,
  out: PartnershipFinding[],
) {
  if (hedged || !/\bsame\b/i.test(s.text)) return;
  const k = countries.findIndex((c) => SAME_RANK.test(s.text.slice(0, c.start - s.start)));
  const head = countries[k];
  if (!head) return;
  const phrase = SAME_RANK.exec(s.text.slice(0, head.start - s.start));
  const at = phrase?.index ?? 0;
  if (CLAUSE_HEDGE.test(s.text.slice(0, at))) return;
  const holder = countries.filter((c) => c.end - s.start <= at).at(-1);
  const level =
    levelBefore(s, at) ??
    (TOP_NAMED.test(s.text) ? TOP_LEVEL : null) ??
    (holder?.place.kind === "country" ? heldNear(out, holder.place.code, s, 1) : null);
  if (!level || !homeAround(sentences, s, 2)) return;
  for (const c of chain(s.text, s.start, countries, k, 1)) settle(out, s, c, level, null, false);
}

/**
 * "It is the highest framework in Vietnam's diplomacy, and Japan becomes the sixth country after China, Russia, India,
 * South Korea and the United States"; "the UK is the first G7 member in Europe besides France to hold it". A list
 * counted "after" the holder must number one less than the ordinal, so that another ranking is not read as this one.
 */
function countedAfterList(
  sentences: readonly Sentence[],
  s: Sentence,
  countries: readonly PlaceMention[],
  hedged: boolean,
  out: PartnershipFinding[],
) {
  if (hedged) return;
  for (const [k, head] of countries.entries()) {
    const before = s.text.slice(0, head.start - s.start);
    const counted = COUNTED_BEFORE_LIST.exec(before);
    if (!counted) continue;
    const at = counted.index ?? 0;
    // the holder is the subject of "is/becomes the sixth …", right before the count
    const holder = countries.filter((c) => c.end - s.start <= at).at(-1);
    if (!holder || !COUNTED_SUBJECT.test(s.text.slice(holder.end - s.start, at))) continue;
    // a foreign country inside the count ("the second country with which the Philippines …") makes it that one's
    if (countries.some((c) => c.start - s.start > at && c.start < head.start)) continue;
    const list = chain(s.text, s.start, countries, k, 1);
    const word = (counted[2] ?? "").toLowerCase();
    const n = ordinalOf(counted[1] ?? "");
    const counting = RECALL.countedAfter.counting.includes(word);
    if (counting && n !== null && n !== list.length + 1) continue;
    const tail = s.text.slice((list.at(-1) as PlaceMention).end - s.start);
    const level =
      levelBefore(s, head.start - s.start) ??
      (TOP_NAMED.test(s.text) ? TOP_LEVEL : null) ??
      (holder.place.kind === "country" ? heldNear(out, holder.place.code, s, 1) : null);
    if (!level) continue;
    // a count "besides" others says nothing of a level unless it is held ("to hold it") or the level is named
    if (!counting && !HELD_IT.test(tail) && levelBefore(s, head.start - s.start) === null) continue;
    if (
      !homeAround(sentences, s, 1) &&
      heldNear(out, holder.place.kind === "country" ? holder.place.code : "", s, 1) === null
    )
      continue;
    settle(out, s, holder, level, null, false);
    for (const c of list) settle(out, s, c, level, null, false);
    return;
  }
}

/** "It has a comprehensive strategic partnership with China, signed in 2008, and one with Russia since 2012." */
function anotherWith(
  sentences: readonly Sentence[],
  s: Sentence,
  countries: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  if (!/\band\s+(?:one|another|a\s+second|a\s+third|a\s+similar|the\s+same)\b/i.test(s.text)) return;
  const home =
    HOME_WORDS.test(s.text) ||
    (/^\W*(?:It|Hanoi)\b/.test(s.text) && homeAround(sentences, s, 1)) ||
    out.some((p) => p.sentenceIndex === s.index);
  if (!home) return;
  for (const c of countries) {
    const before = s.text.slice(0, c.start - s.start);
    const m = ANOTHER_WITH.exec(before);
    if (!m) continue;
    const level = levelBefore(s, m.index ?? 0);
    if (!level || CLAUSE_HEDGE.test(s.text.slice(m.index ?? 0, c.start - s.start))) continue;
    const y = ANOTHER_YEAR.exec(s.text.slice(c.end - s.start))?.[1];
    settle(out, s, c, level, y ? Number(y) : null, false);
  }
}

/** "… ahead of the United States, with which Vietnam still has a “comprehensive partnership.”" */
function withWhichHome(s: Sentence, countries: readonly PlaceMention[], out: PartnershipFinding[]) {
  if (!/with\s+which/i.test(s.text)) return;
  for (const m of namedLevelsIn(s)) {
    const at = m.index ?? 0;
    const w = WITH_WHICH_HOME.exec(s.text.slice(0, at));
    if (!w) continue;
    const c = countries.filter((x) => x.end - s.start <= (w.index ?? 0)).at(-1);
    if (!c || !/^\s*$/.test(s.text.slice(c.end - s.start, w.index ?? 0))) continue;
    const level = levelOf(m);
    if (!level) continue;
    const y = WITH_WHICH_YEAR.exec(s.text.slice(at + m[0].length))?.[1];
    // a group noun in apposition ("…, the countries with which …") restates the whole list ending at `c`
    const k = countries.indexOf(c);
    const group = w[1] ? chain(s.text, s.start, countries, k, -1) : [c];
    for (const g of group) settle(out, s, g, level, w[1] ? null : y ? Number(y) : null, false);
  }
}

/**
 * "Vietnam has no framework with the EU as a bloc, but it has strategic partnerships with several of its members:
 * Spain (2009), …": the hedge ("has no") is the first clause's; the clause after "but" reads as a colon list.
 */
function colonListAfterTurn(
  s: Sentence,
  countries: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  const colon = s.text.indexOf(":");
  if (colon < 0 || !HOME_WORDS.test(s.text)) return;
  const turn = [...s.text.slice(0, colon).matchAll(TURN_BEFORE)].at(-1);
  if (!turn) return;
  const from = (turn.index ?? 0) + turn[0].length;
  const head = s.text.slice(0, turn.index ?? 0);
  const rest = s.text.slice(from);
  // only a hedge confined to the clause before the turn: otherwise the main reader's refusal stands
  if (!(CLAUSE_HEDGE.test(head) || HEDGE_ANY.test(head.toLowerCase()))) return;
  if (CLAUSE_HEDGE.test(rest) || HEDGE_ANY.test(rest.toLowerCase())) return;
  if (!IT_OR_HOME_OPENING.test(rest)) return;
  // "Italy and France (both 2013)": the group's bracketed year, read as a bare "(2013)" (offsets kept)
  const bare = rest.replace(/\((?:both|all|each)\s+(?=(?:19|20)\d\d\))/gi, (m) => `(${" ".repeat(m.length - 1)}`);
  const part: Sentence = { ...s, text: bare, start: s.start + from };
  const named = namedLevels(bare);
  colonList(
    part,
    named,
    countries.filter((c) => c.start >= part.start),
    ctx,
    out,
  );
}

// ── Dated steps: the year a holder's own words give (round 26) ──────────────────────────────────────────────────
const STEP_MONTH = `(?:${MONTH_NAMES.map((m) => m[0]?.toUpperCase() + m.slice(1)).join("|")})`;
// "… with Germany last year and …", "… with Italy in January, France in September …", "the United States, which
// reached the same tier in September": a time word right after the holder, or in a relative clause hung on it.
const HOLDER_TIME_AFTER = new RegExp(
  `^\\s*(?:,\\s*(?:which|who)\\b[^,;.()]{0,40}?\\s)?(?:(?:in|since)\\s+)?(?:(?:early|mid|late)[\\s-]+)?((?:last\\s+)?${STEP_MONTH}\\b(?:\\s+(?:of\\s+)?last\\s+year)?|last\\s+year|this\\s+year)(?=\\s*(?:[,;.)]|and\\b|$))`,
);
// "…, Thailand and, since October, the United Kingdom": a time word set off just before the holder.
const HOLDER_TIME_BEFORE = new RegExp(
  `\\b(?:since|in)\\s+((?:last\\s+)?${STEP_MONTH}(?:\\s+(?:of\\s+)?last\\s+year)?|last\\s+year)\\s*,\\s*(?:the\\s+)?$`,
);
// "… with China itself, signed in 2008, and …": the holder's own framework dated by a participle set off after it.
const HOLDER_SIGNED_AFTER =
  /^\s*(?:itself\s*)?,\s*(?:(?:which\s+was|first)\s+)?(?:signed|established|set\s+up|agreed|forged|launched)\s+(?:in|since)\s+((?:19|20)\d\d)\s*(?:[,;.)]|and\b|$)/i;
// "Last year was especially productive: we set up … with Italy in January": a month under a sentence that opens on
// "last year" is last year's, whatever the calendar order.
// A holder stands after "with", "and", a comma, a colon or "the": the way a list or a pair names it.
const HOLDER_LEAD = /(?:\bwith|\band|,|:|\bthe)\s*$/i;
const BARE_MONTH = new RegExp(`^${STEP_MONTH}$`);
const OPENS_LAST_YEAR = /^\W*(?:last\s+year|in\s+the\s+past\s+year)\b/i;
// "…, which in 2012 was raised to a …", "… and upgraded to an \"extensive\" strategic partnership in 2014": a level
// named as the goal of a step up (or a renaming at its rank), with the step's year beside it.
const STEP_TO_BEFORE =
  /\b(?:raised|upgraded|elevated|lifted|promoted|turned)\s+(?:(?:to|into)\s+)(?:a|an|the)?\s*(?:["“‘']?[a-z-]+["”’']?\s+)?["“‘']?$/i;
const STEP_YEAR_AFTER = /^["”’']?\s+(?:in|since)\s+((?:19|20)\d\d)\b/;
const STEP_YEAR_IN_CLAUSE = /\b(?:in|since)\s+((?:19|20)\d\d)\b/g;

/** The year of a time word said of one holder: a month or "last year", resolved from the story's date. */
function holderStepYear(word: string, underLastYear: boolean, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  if (underLastYear && !/\blast\b/i.test(word) && !THIS_YEAR.test(word)) return ctx.year - 1;
  return timeWordYear("", word, ctx);
}

/**
 * A holder's year that the words around that holder give, over one the sentence gives some other holder or the
 * story's date: "signed a strategic partnership with Germany last year and … its 2001 strategic partnership with
 * Russia" dates Germany by "last year", not by Russia's 2001. And a single holder's level reached by a later step
 * takes that step's year ("set up in 2001, …, which in 2012 was raised to a comprehensive strategic partnership").
 */
/**
 * The dated steps, then the days and months printed beside holders still undated, then the time of an upgrade whose
 * holder is only "our countries" for the story's partner.
 */
function stepsAndHolders(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
): PartnershipFinding[] {
  const dated = datedHolders(datedSteps(out, sentences, places, ctx), sentences, places, ctx);
  return pairUpgradeYears(dated, sentences, places, ctx, (s) =>
    namedLevelsIn(s).flatMap((m) => {
      const level = levelOf(m);
      return level ? [{ level, index: m.index ?? 0, length: m[0].length }] : [];
    }),
  );
}

function datedSteps(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
): PartnershipFinding[] {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  for (const p of out) {
    const s = byIndex.get(p.sentenceIndex);
    if (!s || s.text !== p.sentence) continue;
    const here = places.filter((m) => m.sentenceIndex === s.index && m.place.kind === "country");
    const own = here.filter((m) => m.place.kind === "country" && m.place.code === p.countryCode);
    if (own.length !== 1) continue;
    const m = own[0] as PlaceMention;
    const before = s.text.slice(0, m.start - s.start);
    // "… harassment by Chinese vessels this year": a mention that is no list's or pair's holder says nothing of it
    const holder = HOLDER_LEAD.test(before);
    const after = s.text.slice(m.end - s.start);
    const signed = holder ? HOLDER_SIGNED_AFTER.exec(after) : null;
    if (signed?.[1]) {
      if (p.year !== Number(signed[1])) Object.assign(p, { year: Number(signed[1]), yearSource: "sentence" });
      continue;
    }
    const timeAfter = holder ? HOLDER_TIME_AFTER.exec(after) : null;
    const timeBefore = !holder || timeAfter ? null : HOLDER_TIME_BEFORE.exec(before);
    const word = timeAfter?.[1] ?? timeBefore?.[1];
    if (word) {
      // "… then in 2023 you had a busy year, with the United States in September", "…, and then, weeks apart last
      // year, the United States in September": a bare month falls in the year said before it, which the holder's
      // reader already gave
      const headed =
        new RegExp(`\\bin\\s+${p.year}\\b`).test(before) ||
        (ctx.year !== null && p.year === ctx.year - 1 && LAST_YEAR.test(before));
      if (p.yearSource === "sentence" && BARE_MONTH.test(word) && headed) continue;
      const year = holderStepYear(word, OPENS_LAST_YEAR.test(before), ctx);
      if (year !== null && year !== p.year) Object.assign(p, { year, yearSource: "context" });
      continue;
    }
    // one holder in the sentence: a step's year is that holder's
    if (new Set(here.map((x) => (x.place.kind === "country" ? x.place.code : ""))).size > 2) continue;
    if (here.some((x) => x.place.kind === "country" && x.place.code !== p.countryCode && x.place.code !== HOME_CODE))
      continue;
    for (const lv of namedLevels(s.text)) {
      if (levelOf(lv) !== p.level) continue;
      const at = lv.index ?? 0;
      const lead = s.text.slice(0, at);
      if (!STEP_TO_BEFORE.test(lead)) continue;
      const clause = lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";")) + 1);
      const step =
        STEP_YEAR_AFTER.exec(s.text.slice(at + lv[0].length))?.[1] ??
        [...clause.matchAll(STEP_YEAR_IN_CLAUSE)].at(-1)?.[1];
      const later = p.year === null || p.yearSource === "context" || Number(step) > p.year;
      if (step && later) Object.assign(p, { year: Number(step), yearSource: "sentence" });
    }
  }
  return out;
}
