// One level a sentence names: its holders (after it, before it, the subject, the pair, the ones nearby) and their years.
import type { PlaceMention } from "../gazetteer.js";
import { HOME_NAME, HOME_POSSESSIVE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import { counterpartCountry, leaderCountry } from "./counterparts.js";
import { apposedHolder, holderNearby, mainPartner, pairedWithHome, partnerJustBefore } from "./nearby-holders.js";
import {
  backdrop,
  CHANGE_VERB,
  CLAUSES,
  chain,
  config,
  DASH_ASIDE,
  DATED_AFTER,
  FAR_LIST,
  GUEST_BEFORE,
  HOME_WORDS,
  hedgeAnywhere,
  LATER,
  type Level,
  MADE_BEFORE,
  NEW_CLAUSE,
  NOT_HOLDER_AFTER,
  OTHER_PARTY,
  PAIR,
  PAREN_YEAR,
  PREVIOUS_LEVEL,
  RANK,
  RELATION_VERB,
  RELATIVE_DATED,
  STEP_PAST_FORMS,
  TIES_WORDS,
  TOP_LEVEL,
  UNIONS,
  UPGRADE_TO,
  UPGRADE_VERB,
  WITH_HOME_OPENING,
  words,
  yearsIn,
} from "./vocabulary.js";
import { wherePairHolder, wherePairStep } from "./where-pairs.js";
import {
  localYear,
  nearestLevel,
  relativeYear,
  respectiveYears,
  spanYears,
  spokenYear,
  timeline,
  type YearContext,
} from "./years.js";

const CONNECTOR = words(config.connectors);
// "the strategic partnership set up in 2018", "… forged in 2016": a level dated as set up by the pair before the news.
// "… partnership the countries signed in 2009", "… that their countries set up in …": the pair may be named plainly.
// '"Our comprehensive strategic partnership, which we set up when …"': a speaker recalls the pair's own step.
const SET_UP_AFTER =
  /^(?:\s+(?:(?:that|which)\s+)?|\s*,\s*which\s+(?:we|they)\s+)(?:(?:(?:the|their)\s+(?:two\s+)?|two\s+)(?:countries|sides)\s+)?(?:set\s+up|forged|established|signed|launched|agreed)\s+(?:in|last|on|when)\b/i;
// "raised ties with the United States to the top Comprehensive Strategic Partnership level": "top" or "highest" may
// stand before the level's name (the name then reads as the level it is).
// "raised ties with A and B (both 2023), C (2024) to the top tier of comprehensive strategic partnership": the last
// object may keep its bracketed year, and "the top tier of" (or "the highest level of") may stand before the name.
const TO_LEVEL = new RegExp(
  `^\\s*(?:\\(\\s*(?:(?:both|all|each)\\s+)?(?:in\\s+)?(?:19|20)\\d\\d\\s*\\)\\s*,?\\s*)?(?:bilateral\\s+)?(?:(?:${config.relationNouns.join("|")})\\s+)?(?:to|into|beyond)\\s+(?:a|an|the)?\\s*(?:(?:very\\s+)?(?:top|highest)\\s+(?:(?:tier|level|rung)\\s+of\\s+(?:a|an|the)?\\s*)?)?["“‘']?\\s*$`,
  "i",
);
// "has lifted only one partner, China, to a comprehensive strategic partnership": the object named in apposition to a
// noun for a partner, set off by commas before "to". "raised ties with six countries – China, …, the US and Japan – to
// comprehensive strategic partnerships": the apposed object may be a list between dashes; `head` is its first member.
const APPOSED_NOUN = /\b(?:partners?|countr(?:y|ies)|neighbou?rs?|nations?)\s*(,|\s[–—-])\s*(?:the\s+)?$/i;
const APPOSED_CLOSE = /^\s*(,|[–—-]\s)/;
const apposedObject = (s: Sentence, head: PlaceMention, gap: string) => {
  const close = APPOSED_CLOSE.exec(gap);
  if (!close || !TO_LEVEL.test(gap.slice(close[0].length))) return false;
  const open = APPOSED_NOUN.exec(s.text.slice(Math.max(0, head.start - s.start - 30), head.start - s.start));
  // the aside closes as it opened: a comma after a comma, a dash after a dash
  return open !== null && (open[1] === "," ? close[1] === "," : close[1] !== ",");
};
// ", the same rank China has held since 2008", "… in May, a status that Russia has enjoyed since 2012": a comma
// apposition to a level (after its own time phrase) naming another country that holds it, then that holder's own verb
// and year.
// "Japan (2009, made \"extensive\" in 2014) and Australia (2018) are strategic partners": a member's bracket that opens
// on its year and then reports a later step dates that member as a bare year does.
const STEP_BRACKET = /^\s*\(\s*(?:19|20)\d\d\s*,[^()]{1,60}?\b(?:in|since)\s+(?:19|20)\d\d\s*\)/;
const HELD_APPOSITION =
  /^\s*["”’']?(?:\s+(?:in|on|last|this|earlier)\s+[^,;.()]{1,25})?\s*,\s*(?:the\s+same|a|the)\s+(?:rank|level|status|tier|standing|designation|label)\s+(?:that\s+|which\s+)?(?:the\s+)?$/i;
const HELD_SINCE =
  /^\s+(?:has|had)\s+(?:(?:already|long)\s+)?(?:held|enjoyed|had|maintained|carried)\b(?:\s+(?:with\s+\S+\s+)?since\s+((?:19|20)\d\d)\b)?/i;
const ANNIVERSARY = new RegExp(
  `(?:${config.anniversary})|\\b(${Object.keys(config.anniversaryWords).join("|")})\\s+anniversary\\s+of\\b`,
  "i",
);
// Every anniversary the head before a level names, in order: the pattern built once, not for each level read.
const ANNIVERSARY_ALL = new RegExp(ANNIVERSARY.source, "gi");
const WITH_HOME = new RegExp(String.raw`\b(?:with|of)\s+${HOME_NAME}\b`, "gi");
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
// "… joins Malaysia and Singapore, which did so in March, among …": the last member's own dated aside may stand before.
const AS_LEVEL = new RegExp(
  String.raw`^\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:which|who)\s+[^,;.()]{1,40}?\b(?:(?:last|this|earlier\s+this)\s+(?:week|month|year)|(?:in|last)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)|(?:in|since)\s+(?:19|20)\d\d)\s*,\s*)?(?:as|among|at|on\s+the\s+list\s+of|in\s+the\s+ranks\s+of|to\s+(?:its|the|${HOME_POSSESSIVE})\s+(?:own\s+)?(?:list|ranks|roster)\s+of)\s+(?:${HOME_POSSESSIVE}\s+|its\s+|a\s+|an\s+|the\s+|the\s+(?:only\s+|other\s+|few\s+){0,2}(?:countries|nations|partners|states)\s+(?:with\s+which|that)\s+${HOME_NAME}\s+(?:now\s+|already\s+|also\s+)?(?:has|have|holds|shares|maintains)\s+(?:a\s+|an\s+|its\s+|the\s+)?|the\s+(?:[\w-]+\s+)?(?:country|nation|partner|state)\s+to\s+(?:have|hold|reach|receive|gain|get|win|establish|sign)\s+(?:a\s+|an\s+|the\s+)?)?(?:(?:other|existing|current|fellow|own)\s+)?$`,
  "i",
);
// "Biden and Trong announced the comprehensive strategic partnership": one framework, launched in this story.
const ANNOUNCED = new RegExp(`\\b(?:${config.announceVerbs.join("|")})\\s+(?:the|a|an|their|a\\s+new)\\s+$`, "i");
// "as the two countries mark nine years of their strategic partnership": the level is that many years old. Groups 1
// and 2 stay empty so the span's number is read like the anniversary's.
const SPAN = new RegExp(`()()${config.anniversarySpan}`, "i");
// "…, a year after the two countries raised their ties to a comprehensive strategic partnership": the level is that
// many years older than the news the sentence reports.
const CHANGE_SPAN = new RegExp(`()()${config.changeSpan}`, "i");
// "… one of a small group of countries, alongside China, Russia and India, with which Vietnam has its highest level
// of relations": the list set off before ", with which Vietnam has" a level is the group that holds it.
const WITH_WHICH_HOME = new RegExp(
  String.raw`^[^,;.:]{0,20}?,\s*with\s+which\s+${HOME_NAME}\s+(?:already\s+|now\s+|also\s+)?(?:has|holds|keeps|maintains|shares)\s+$`,
  "i",
);
const RESUMED_VERB = /^\s*,\s*(?:is|are|was|were|has|have|had)\b/i;
const MEMBER_OF = /\b(?:countr(?:y|ies)|nations?|members?|states?|economies|economy)\s+(?:in|of|from)\s+(?:the\s+)?$/i;
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
const HOME_NAMES = /\b(?:Viet\s?Nam|Vietnam)\b/g;
// "… the foreign policy of Vietnam, which, as he noted, has …": an aside of saying may stand after the relative word.
const HOME_ANTECEDENT = new RegExp(
  String.raw`\b${HOME_NAME}\s*,\s*(?:which|who)(?:\s*,\s*as\s+(?:\p{L}+\s+){0,3}(?:noted|said|stressed|explained|pointed\s+out)\s*,?)?\s*$`,
  "u",
);
// "China, Russia, India – its highest diplomatic tier – and Japan": an aside set off by dashes is not part of the list.
// "The comprehensive strategic partnership replaces the strategic partnership signed in 2013": the old level's year.
const REPLACES =
  /^\s*["”’']?\s*(?:replaces|replaced|replacing|supersedes|superseded|succeeds|succeeded)\s+(?:the|a|an|their|its)?\s*["“‘']?\s*$/i;
// "the fiftieth anniversary of diplomatic ties", "the 20th anniversary of normalised relations": the relations' age,
// not the framework's.
const RELATIONS_ANNIVERSARY =
  /^\s*(?:the\s+)?(?:(?:establishment|normali[sz]ation)\s+of\s+)?(?:diplomatic|bilateral\s+diplomatic|normali[sz]ed|bilateral)\s+(?:relations|ties)\b/i;
const RELATIVE_AFTER = /^\s*,\s*(?:which|who)$/i;
// "…, Germany (2011), joined earlier this year by Italy, …": later holders added to the list by a passive.
const JOINED_BY = /,\s*joined\s+[^,;.]{0,30}?\bby\s+(?:the\s+)?$/i;
const POSSESSOR_PHRASE =
  /(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2}['’]s?\s+(?:[a-z-]+\s+){0,2}(?:allies|neighbours|neighbors|partners|rivals|members|friends)\s+(?:the\s+)?$/u;
const HOLD_OWN =
  /^\s*,\s*(?:which|who|that)\s+(?:already\s+|also\s+)?(?:(?:have|has|had)\s+(?:long\s+|already\s+)?(?:held|had|enjoyed|maintained)|hold|holds|held|have|has|had|enjoy|enjoys|maintain|maintains)\s+(?:a\s+|an\s+)?$/i;
// "… established a Comprehensive Partnership in July 2013": a month may stand before the level's own year.
// "…, which was established in 2008": the level's own year in a relative clause right after it.
// "…, set up during the president's visit to Jakarta in 2011": the occasion may stand between the verb and the year.
const SIGNED_IN_AFTER =
  /^\s*,?\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+|(?:(?:which|that)\s+)?(?:they|we|the\s+two(?:\s+(?:sides|countries|nations))?|both(?:\s+(?:sides|countries))?)\s+(?:had\s+|have\s+)?(?=signed|established|set\s+up|forged|agreed|launched))?(?:(?:formally\s+|officially\s+|first\s+|originally\s+)?(?:signed|established|set\s+up|forged|agreed|launched)\s+(?:(?:during|at|on|when|under)\s[^;.,()]{0,60}?\s)?)?(?:in|since)\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b/i;
const SPAN_AFTER =
  /^[^;.]{0,20}?\b(a\s+year|a\s+decade|\d{1,2}\s+years|[a-z]+\s+years|[a-z]+\s+decades)\s+after\b[^;.]{0,120}?\b(?:in|since)\s+((?:19|20)\d\d)\b/i;
const TIES_SPAN_AFTER =
  /^[^;.]{0,20}?\b(a\s+decade|\d{1,2}\s+years|[a-z]+\s+years|[a-z]+\s+decades)\s+after\b[^;.]{0,80}?\b(?:diplomatic|bilateral)\s+(?:relations|ties)\b[^;.]{0,30}?\b((?:19|20)\d\d)\b/i;
const SPAN_AFTER_WORDS = /\b(a\s+year|a\s+decade|\d{1,2}\s+years|[a-z]+\s+years|[a-z]+\s+decades)\s+after\b/gi;
const MAKING_AFTER = /^\s*["”’']?\s*,\s*(?:making|which\s+(?:makes|made)|and\s+(?:makes|made))\s+(?:the\s+)?$/i;
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
const SHORTLY_AFTER = /\b(?:(?:a\s+few|two|three|several|\d)\s+)?(?:days?|weeks?|hours?)\s+after\b[^,;.]*$/i;
const EARLIER_BEFORE = /\b(?:after|following|behind)\s+(?:the\s+)?$/i;
// "…, and Spain since 2009": a country closing a clause with nothing but its year.
const SHARED_PREDICATE = /^\s*,\s*(?:and\s+)?(?:as|so)\s+(?:are|is|was|were|do|does|did|have|has|had)\s+(?:the\s+)?$/i;
// ", all since 2013", ", both in 2015": one year for the whole group before it.
const SHARED_TAIL = /^\s*,?\s*(?:all|both|each)\s+(?:of\s+them\s+)?(?:in|since)\s+((?:19|20)\d\d)\b/i;
const ELLIPTIC_TAIL = /^\s*,?\s+(?:since|in)\s+((?:19|20)\d\d)\s*(?:[,;.]|$)/i;

/** What reading one of a sentence's levels needs from the reading of the sentence (readPartnerships). */
export interface LevelScope {
  levels: Level[];
  isOld: (n: number) => boolean;
  bracketed: Map<Level, PlaceMention>;
  s: Sentence;
  clauseEnd: (from: number) => number;
  countries: PlaceMention[];
  asideOwners: Set<PlaceMention>;
  aboutVietnam: boolean;
  places: readonly PlaceMention[];
  foreignOpener: (index: number) => boolean;
  homeNamed: boolean;
  sentences: readonly Sentence[];
  out: PartnershipFinding[];
  ctx: YearContext;
  replacedOnly: boolean;
  leftOnly: boolean;
  emit: (c: PlaceMention, lv: Level, years: number[], dated?: number | null, news?: boolean) => void;
}

// "It raised ties with New Zealand in February, Indonesia and Singapore in March and Britain in October to …": the
// objects of an upgrade, each group closed by its own time, run from "with" to the level.
const UPGRADED_WITH = new RegExp(`${UPGRADE_VERB.source}[^,;.]{0,40}?\\bwith\\s+(?:the\\s+)?$`, "i");

/** The objects of an upgrade written before its level as a dated timeline, each with its own year; empty if none. */
function timedObjects(
  s: Sentence,
  countries: readonly PlaceMention[],
  lv: Level,
  from: number,
  ctx: YearContext,
): Map<PlaceMention, number> {
  const none = new Map<PlaceMention, number>();
  const before = countries.filter((c) => c.end <= lv.start && c.start >= from);
  const last = before.at(-1);
  if (!last) return none;
  const gap = s.text.slice(last.end - s.start, lv.start - s.start);
  const time = DATED_AFTER.exec(gap);
  if (!time || !TO_LEVEL.test(gap.slice(time[0].length))) return none;
  const head = before.find((c) => UPGRADED_WITH.test(s.text.slice(from - s.start, c.start - s.start)));
  return head ? timeline(s.text, s.start, countries, head.start, lv.start, ctx) : none;
}

// A clause pointing back at a level named before it ("to the same level", "reached that tier"), as the anaphoric
// pass reads such references.
const SAME_LEVEL_BACK = new RegExp(config.anaphoricLevels.last.join("|"), "i");

/** Where a reference back to a level stands in `text` from `from` on, or -1. */
function referenceAfter(text: string, from: number): number {
  const at = text.slice(from).search(SAME_LEVEL_BACK);
  return at < 0 ? -1 : from + at;
}

/** The holders of the `n`th level a sentence names, and the year each reached it, as findings (through `emit`). */
export function readLevel(scope: LevelScope, lv: Level, n: number): void {
  const {
    levels,
    isOld,
    bracketed,
    s,
    clauseEnd,
    countries,
    asideOwners,
    aboutVietnam,
    places,
    foreignOpener,
    homeNamed,
    sentences,
    out,
    ctx,
    replacedOnly,
    leftOnly,
    emit,
  } = scope;
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
  // "… upgraded their ties to a CSP last November, while relations with Australia were raised to the same level in
  // March": a later clause pointing back at the level names it too, for its own countries.
  const referredAt = ownEnd < nextLevel ? referenceAfter(s.text, ownEnd - s.start) : -1;
  const ownLevelAfter = nextLevel < s.end || (referredAt >= 0 && s.start + referredAt < nextLevel);
  const cut = ownLevelAfter && ownEnd < nextLevel && !relative ? ownEnd : s.end;
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
    /partner(?:ship)?s$/i.test(s.text.slice(lv.start - s.start, lv.end - s.start)) && size <= 3 && after.length >= 2;
  // "… forge a strategic partnership, making the Philippines the fifth ASEAN country …": the object of "making".
  const making = MAKING_AFTER.test(lead);
  const gate =
    after[0] &&
    (opener ||
      plural ||
      making ||
      (size <= 6 && (CONNECTOR.test(lead) || lead.includes(":"))) ||
      // "…, a framework Vietnam already maintains in the region with Brazil, Chile and Mexico": a withheld level's
      // relative clause ends on "with" right before its holders.
      (lv.afterOnly === true && size <= 14 && /\bwith\s+(?:the\s+)?$/i.test(lead)) ||
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
  const wherePair = whose ? null : wherePairHolder(s, owner, lv.start);
  let linked = whose
    ? [whose]
    : wherePair
      ? [wherePair]
      : gate && !sharing && (!listedBefore || lv.afterOnly)
        ? after
        : [];
  const viaAfter = !whose && !wherePair && linked.length > 0;
  let subject = false;
  let earlier: PlaceMention[] = [];
  let joiners: PlaceMention[] = [];
  let joinsNow = false;
  if (linked.length === 0 && aboutVietnam) {
    const timed = timedObjects(s, countries, lv, prevLevelEnd, ctx);
    for (const [c, year] of timed) emit(c, lv, [], year);
    if (timed.size > 0) return;
  }
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
    // resumes after the relative clause, so its subject is the clause's antecedent, not the country inside it; so
    // after "…, both of which have clashed with Chinese vessels, have been …".
    const antecedentAt =
      lastAt > 0 &&
      RESUMED_VERB.test(s.text.slice((countries[lastAt] as PlaceMention).end - s.start, lv.start - s.start))
        ? countries.findLastIndex(
            (c, i) =>
              i < lastAt &&
              c.start >= prevEnd &&
              /^\s*,\s*(?:(?:both|all|each)\s+of\s+)?(?:which|whom|who)\b[^,;]*$/i.test(
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
      last &&
      RELATION_VERB.test(s.text.slice(prevEnd - s.start, last.start - s.start)) &&
      (TO_LEVEL.test(gap) ||
        apposedObject(s, chain(s.text, s.start, countries, at, -1).filter((c) => c.start >= prevEnd)[0] ?? last, gap));
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
        MADE_BEFORE.test(s.text.slice(Math.max(0, subjectBefore.start - s.start - 12), subjectBefore.start - s.start)))
    ) {
      linked = [subjectBefore];
      subject = true;
      joiners = group;
    } else if (
      last &&
      WITH_WHICH_HOME.test(gap) &&
      head &&
      FAR_LIST.test(s.text.slice(Math.max(0, head.start - s.start - 40), head.start - s.start))
    ) {
      // the group held the level before the story: its members keep their own years (none here)
      joiners = group;
    } else if (
      last &&
      /^\s+in\s+$/i.test(gap) &&
      head &&
      /\bwith\s+(?:the\s+)?$/i.test(s.text.slice(Math.max(0, head.start - s.start - 12), head.start - s.start))
    ) {
      // "…, with China, Russia and India in the comprehensive tier above": a group set "in" a described level (only a
      // description opens on "the") by "with" held it before the story.
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
  const respective = respectiveYears(s.text.slice(lv.end - s.start, clauseEnd(lv.end) - s.start), linked.length, ctx);
  // "India (2007), Spain (2009) and Germany (2011) are strategic partners": a year bracketed after each member,
  // or three members and more, list the holders of Vietnam's level, not partners of each other.
  const named = s.text.slice(lv.start - s.start, lv.end - s.start);
  const eachOwn =
    respective !== null ||
    sharing ||
    (aboutVietnam &&
      (/partnerships$/i.test(named) ||
        (/partners$/i.test(named) &&
          (linked.length >= 3 ||
            linked.every(
              (c) => PAREN_YEAR.test(s.text.slice(c.end - s.start)) || STEP_BRACKET.test(s.text.slice(c.end - s.start)),
            )))));
  const pair = subject && !eachOwn && new Set(linked.map((c) => c.place.kind === "country" && c.place.code)).size > 1;
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
          linked.some((l) => l.place.kind === "country" && c.place.kind === "country" && l.place.code === c.place.code)
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
    homeAt >= 0 && !countries.some((c) => c.start >= s.start + subjectFrom && c.start < s.start + subjectFrom + homeAt);
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
        !linked.some((l) => l.place.kind === "country" && c.place.kind === "country" && l.place.code === c.place.code),
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
        c.start >= lv.end && !linked.includes(c) && OTHER_PARTY.test(s.text.slice(lv.end - s.start, c.start - s.start)),
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
    !wherePair &&
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
    countries.length === 0 && ANNOUNCED.test(s.text.slice(Math.max(0, lv.start - s.start - 30), lv.start - s.start));
  const before = s.text.slice(0, lv.start - s.start);
  // "Hanoi has raised its relations with eight countries to a …": a count of partners names no one, least of all
  // the story's main partner.
  const upgradedTo =
    countries.length === 0 &&
    UPGRADE_TO.test(before.slice(-12)) &&
    UPGRADE_VERB.test(before) &&
    !COUNTED_PARTIES.test(before);
  // "With Morrison, the Prime Minister reviewed the strategic partnership set up in March last year": a level the
  // sentence dates as set up before, after a counterpart met in a summit round-up, is the pair's own.
  const recalledShape =
    countries.length === 0 && /\b(?:the|our)\s+$/i.test(before) && SET_UP_AFTER.test(s.text.slice(lv.end - s.start));
  const recalled =
    recalledShape &&
    // "PM Phuc and Indian PM Narendra Modi agreed to deepen the … forged in 2016": or a known leader the sentence names.
    (counterpartCountry(s, lv.start, sentences, places) !== null || leaderCountry(s, lv.start, true) !== null);
  // "General Giang called defence a pillar of the comprehensive strategic partnership set up in 2016": on a page about
  // one partner, a level recalled as the one set up (dated, with "the") in a sentence naming no country is the pair's,
  // when the sentences just before name no other partner.
  const recalledMain = recalledShape && !recalled && !hedgeAnywhere(s) ? mainPartner(places) : null;
  // "…, and will go on to Russia, a comprehensive strategic partner of Vietnam": an apposed holder outweighs a pair
  // word of another clause.
  if (linked.length === 0 && PAIR.test(s.text)) linked = apposedHolder(s, lv, prevLevelEnd, countries);
  if (linked.length === 0 && (PAIR.test(s.text) || announced || upgradedTo || recalled)) {
    // "The two countries have been … since 2008; Vietnam's relationship with Japan has …": a country of another
    // part of the sentence (after ";") is not the pair of this one's.
    const partFrom = s.text.lastIndexOf(";", lv.start - s.start) + 1;
    const partTo = s.text.indexOf(";", lv.end - s.start);
    const inPart = (c: PlaceMention) => c.start - s.start >= partFrom && (partTo < 0 || c.end - s.start <= partTo);
    const actors = countries.filter((c) => !backdrop(s, c) && inPart(c));
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
              leaderCountry(s, lv.start, recalled) ??
              partnerJustBefore(places, s.index, out, sentences) ??
              pairedWithHome(sentences, places, s.index, out))
            : null) ?? mainPartner(places));
    if (main) linked = [main];
  }
  if (linked.length === 0 && recalledMain) {
    const near = partnerJustBefore(places, s.index, out, sentences);
    const code = (p: PlaceMention) => (p.place.kind === "country" ? p.place.code : "");
    if (!near || code(near) === code(recalledMain)) linked = [recalledMain];
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
    allMatches(ANNIVERSARY_ALL, head).findLast(
      (m) => !RELATIONS_ANNIVERSARY.test(head.slice((m.index ?? 0) + m[0].length)),
    ) ?? SPAN.exec(head);
  // "marked ten years of their strategic partnership, signed in 2013" ("… the strategic partnership they established in
  // 2013"): the year written for the level is its own, not the year the anniversary is counted from.
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
    !!next && RANK[next.level] < RANK[lv.level] && REPLACES.test(s.text.slice(lv.end - s.start, next.start - s.start));
  const news = (UPGRADE_TO.test(s.text.slice(0, lv.start - s.start)) && UPGRADE_VERB.test(before)) || replaces;
  // A described top level beside the one it replaces leaves that level's year to it.
  if ((news || replacedOnly || leftOnly) && levels.length > 1)
    years = years.filter((y) => nearestLevel(s.text, s.start, levels, y).includes(lv));
  // "The comprehensive strategic partnership was unveiled …, a decade after the two set up a comprehensive
  // partnership in 2013": a year standing nearest a lower level named after "after" is that older step's.
  else if (levels.length > 1)
    years = years.filter((y) => {
      // a year only a time word gives ("in May") is written nowhere, so no level stands nearer it
      const nearest = nearestLevel(s.text, s.start, levels, y);
      return (
        nearest.length === 0 ||
        !nearest.every(
          (o) =>
            o !== lv &&
            RANK[o.level] < RANK[lv.level] &&
            o.start >= lv.end &&
            /\bafter\b/i.test(s.text.slice(lv.end - s.start, o.start - s.start)),
        )
      );
    });
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
  // "… to a comprehensive partnership, seventy years after the two countries established diplomatic relations on
  // November 17, 1954": the year is the ties', and the level is the span later; a year of the level's own stands.
  const tiesSpan = TIES_SPAN_AFTER.exec(s.text.slice(lv.end - s.start));
  const tiesYear = tiesSpan ? Number(tiesSpan[2]) : null;
  const tiesStep = tiesSpan ? spanYears(tiesSpan[1] ?? "") : undefined;
  if (tiesYear !== null && tiesStep && years[0] === tiesYear && (ctx.year === null || tiesYear + tiesStep <= ctx.year))
    years = [tiesYear + tiesStep];
  // "… today, two years after the two countries raised their ties to a …": counted back from the news itself,
  // unless the level has its own year written after it ("… after they established it in July 2013").
  const since = anniversary ? null : CHANGE_SPAN.exec(head);
  const back = since ? spanYears(since[3] ?? "") : undefined;
  const now =
    back && !SIGNED_IN_AFTER.test(s.text.slice(lv.end - s.start)) ? (relativeYear(s.text, ctx) ?? ctx.year) : null;
  if (back && now) years = [now - back];
  // "… to a comprehensive strategic partnership, the same rank China has held since 2008": an apposition to the level
  // names another holder of it with that holder's own year, which is not the news's.
  const appositionAt = countries.findIndex(
    (c) => c.start >= lv.end && HELD_APPOSITION.test(s.text.slice(lv.end - s.start, c.start - s.start)),
  );
  const apposed = countries[appositionAt];
  const heldSince = apposed ? HELD_SINCE.exec(s.text.slice(apposed.end - s.start)) : null;
  if (apposed && heldSince && !linked.includes(apposed)) {
    const year = heldSince[1] ? Number(heldSince[1]) : null;
    emit(apposed, lv, [], year);
    years = years.filter((y) => y !== year);
  }
  // The level an upgrade still to come starts from is not the news: only a year written for it dates it.
  // "… partnerships with China, Russia and India in 2008, 2012 and 2016 respectively": a group after "with" pairs
  // with its years in order just as a subject group does.
  if (respective && (subject || linked.every((c) => c.start >= lv.end)))
    linked.forEach((c, i) => {
      emit(c, lv, [], respective[i]);
    });
  // "… took the leader to Kazakhstan, where the two countries also agreed to a strategic partnership": a step the pair
  // took there, with no year of its own, is news of the story's time like the upgrade the story reports.
  const whereStep = wherePair !== null && wherePairStep(s, wherePair, lv.start);
  for (const c of linked)
    emit(c, lv, years, lv.current ? (years[0] ?? null) : undefined, news || joinsNow || whereStep);
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
  if (viaAfter && subject0 && subject0.end <= lv.start && FAR_LIST.test(`${lead.replace(/^[\s,]+/, " ").trimEnd()} `)) {
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

/**
 * The holder of a level no list or verb attached: the country owning it ("India's 2016 …", "Spain, a strategic
 * partner since 2009"), the sentence's subject for an upgrade or "its … with Vietnam", else the only foreign country
 * the sentence names. Never when a foreign country follows as the other party ("… partnership with Japan").
 */
// "…, whose country raised its ties with Vietnam to a …": the relative may also carry the step itself.
const WHOSE_COUNTRY = new RegExp(
  String.raw`^[^,;]{0,60},\s*whose\s+(?:country|nation|state|government)\s+(?:(?:is|was|has\s+been|became|remains)\s+(?:also\s+|now\s+|already\s+)?|(?:has\s+)?(?:${STEP_PAST_FORMS})\s+(?:its|their)\s+(?:ties|relations|relationship)\s+(?:with\s+(?:Viet\s?Nam|Hanoi)\s+)?to\s+)(?:a|an)?\s*["“‘']?$`,
  "i",
);
