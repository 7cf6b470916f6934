// Partnerships read out of an article: findPartnerships runs the readers of each shape (the modules beside this one)
// over the sentences; readPartnerships reads the levels a sentence names and the holders and years around them.
import type { PartnershipLevel } from "@chancery/db";
import { MONTH_NAMES } from "../dates.js";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE, HOME_NAME, HOME_POSSESSIVE } from "../home-country.js";
import { SentenceMemo } from "../sentence-memo.js";
import type { Sentence } from "../sentences.js";
import { timelineEntryYears } from "../timeline-entries.js";
import type { PartnershipFinding } from "../types.js";
import { anaphoricLevels, othersListed } from "./anaphoric-levels.js";
import { besideHolders, countedAsLevel, newStatusLevel } from "./beside-holders.js";
import { bulletedList } from "./bulleted-lists.js";
import { linkByRoles } from "./clause-roles.js";
import { comparedMember, withoutSubjectAside } from "./comparisons.js";
import { continuedLists } from "./continued-lists.js";
import { countedColonLists } from "./counted-lists.js";
import { counterpartCountry } from "./counterparts.js";
import { datedRuns } from "./dated-runs.js";
import { exampleLists } from "./example-lists.js";
import { foundInSentence } from "./finding.js";
import { firstHeld } from "./first-held.js";
import { withoutForeignHolders } from "./foreign-holders.js";
import { readSides, type SideReader } from "./framework-sides.js";
import { headedLists, type LevelReader } from "./headed-lists.js";
import { stepsAndHolders } from "./holder-steps.js";
import { listMembers } from "./list-members.js";
import { headlineUpgrade, holderNearby, mainPartner, pairedWithHome, partnerJustBefore } from "./nearby-holders.js";
import { recallLists } from "./recall-lists.js";
import { groupSeriesYears, ownSegmentYears, parenthesisedLevels, whoseLevels } from "./segment-years.js";
import { spokenTimelines } from "./spoken-timelines.js";
import { tableRows } from "./table-rows.js";
import { rewrapped, unmarkedHome } from "./text-repairs.js";
import {
  backdrop,
  CHANGE_VERB,
  CLAUSE_HEDGE,
  CLAUSES,
  capitalMentions,
  chain,
  config,
  DASH_ASIDE,
  DATED_AFTER,
  DATED_OTHERS,
  ELLIPSIS,
  FUTURE_AFTER,
  foreignOf,
  GROUP_LEVEL,
  GUEST_BEFORE,
  HEDGE_ANY,
  HOME_WORDS,
  hedgeAnywhere,
  LEAD,
  type Level,
  LIST_GAP,
  levelOf,
  levelsIn,
  MADE_BEFORE,
  MONTH,
  NAME_AFTER,
  NOT_HOLDER_AFTER,
  NOT_HOLDER_BEFORE,
  namedLevelsIn,
  OTHER_PARTY,
  PAREN_YEAR,
  PREVIOUS_LEVEL,
  RANK,
  REFERENCE_REACH,
  RELATION_VERB,
  RELATIONS_WORDS,
  TOP_LEVEL,
  TOP_REFERENCE,
  topNamedIn,
  WITH_HOME_OPENING,
  words,
  YEAR_SERIES_AFTER,
  yearsIn,
} from "./vocabulary.js";
import {
  announcedHere,
  clausesAfter,
  localWord,
  localYear,
  nearestLevel,
  othersYear,
  relativeYear,
  respectiveYears,
  reviewedYear,
  spanYears,
  spokenYear,
  timeline,
  timeWordYear,
  type YearContext,
} from "./years.js";

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
const CONNECTOR = words(config.connectors);
const PAIR = words(config.pairWords);
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
// "a special strategic partnership" (Korea–Indonesia), "special and privileged": another scheme's name, not a level.
const OTHER_FRAMEWORK = new RegExp(`\\b(?:${config.otherFrameworks.join("|")})\\s+$`, "i");
// "… the strategic partnership they set up in 2015, as the two neighbours prepare to mark the anniversary next year":
// a time after ", as" and a new subject belongs to that clause's own event, not to the level before it. ("…, as early
// as next year" names no subject and still dates the level.)
const AS_CLAUSE = /,\s+as\s+(?:the|they|both|its|their|he|she|we|it)\b/i;
const beforeAsClause = (text: string) => {
  const at = text.search(AS_CLAUSE);
  return at < 0 ? text : text.slice(0, at);
};
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
const WITH_HOME = new RegExp(String.raw`\b(?:with|of)\s+${HOME_NAME}\b`, "gi");
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
const UPGRADED_IN =
  /\b(?:partnership|ties|relations(?:hip)?)\b[^.;]{0,60}?\b(?:upgraded|elevated|raised|lifted)\s+(?:in|since)\s+((?:19|20)\d\d)\b/i;
// ", and Vietnam now …", "; while …": a new clause, whose references look past this sentence's level.
const NEW_CLAUSE = new RegExp(`,\\s*and\\b|${config.clauseBreaks.join("|")}`, "i");
// References that compare with a list of holders ("on the same footing as China, Russia").
const REFERENCE_LIST = /\b(?:footing|par|level|tier)\b/i;
const LIST_AFTER_REF = /^[^,;.]{0,30}?(?:as|with)\s+(?:the\s+)?$/i;
const UNIONS = new Map(config.unions.map((u) => [u.acronym, u]));
const FAR_LIST = new RegExp(`\\b(?:${config.farListOpeners.join("|")}):?\\s+(?:the\\s+)?$`, "i");
const LEVEL_NOW = new RegExp(
  `^\\s*(?:since|in)\\s+(?:(?:${MONTH_NAMES.join("|")})\\s+)?(?:last|this|earlier\\s+this)\\s+year\\b`,
  "i",
);
const MEMBER_NOW = /^\s*(?:last|this|earlier\s+this)\s+year\b/i;
const DATED_HEAD = /^\s+(?:in|since)\s+(?:19|20)\d\d\s*,/;
// "as the two countries mark nine years of their strategic partnership": the level is that many years old. Groups 1
// and 2 stay empty so the span's number is read like the anniversary's.
const SPAN = new RegExp(`()()${config.anniversarySpan}`, "i");
// "…, a year after the two countries raised their ties to a comprehensive strategic partnership": the level is that
// many years older than the news the sentence reports.
const CHANGE_SPAN = new RegExp(`()()${config.changeSpan}`, "i");
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
// "Mongolia (October 2024)", "Japan (in November 2023)": a month may stand before the year; "(both 2023)" and ", both
// in 2023" date a group.
const OWN_YEAR = new RegExp(
  `^\\s*(?:,\\s*(?=(?:in|since)\\s+(?:${MONTH}\\s+)?(?:19|20)\\d\\d\\s*,|(?:both|all|each)\\s+(?:in|since)\\s))?\\(?\\s*(?:(?:both|all|each)\\s+)?(?:in\\s+|since\\s+)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d\\d)\\b`,
  "i",
);
const HOME_NAMES = /\b(?:Viet\s?Nam|Vietnam)\b/g;
const HOME_ANTECEDENT = new RegExp(String.raw`\b${HOME_NAME}\s*,\s*(?:which|who)$`, "");
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
const SUBSET_TOP =
  /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+of\s+(?:which|them|these|whom)\s*(?:–|—|--|\(|:|,)\s*[^–—():;.]{3,120}?\s*(?:–|—|--|\)|,)?\s*(?:(?:are|were|is|sit|sits|stand|stands)\s+)?(?:now\s+|already\s+)?(?:at|on|in)\s+(?:the\s+)?(?:highest|top)\s+(?:level|tier|rung)\b/i;
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
const MEMBERS_AFTER = /^\s+(?:member\s+(?:states|countries|nations)|members)\b/i;
const TIES_WORDS =
  /\b(?:partner\w*|ties|relations\w*|status|level|tier|framework|upgrade\w*|received|gained|won|reached|joined|got)\b/i;
const REPLACED_BEFORE = /\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing))\s+(?:the|a|an|its|their)?\s*["“‘']?\s*$/i;
const TALLY =
  /\b(?:took|takes|taking|brought|brings|bringing|pushed|pushes|pushing|raised|raises|raising)\s+(?:the|that|this|its|their)\s+(?:number|total|tally|count|club|list|group|ranks)\s+(?:of\s+\w+\s+)?to\s+(?:\d{1,2}|[a-z]+)\b/i;
const SHORTLY_AFTER = /\b(?:(?:a\s+few|two|three|several|\d)\s+)?(?:days?|weeks?|hours?)\s+after\b[^,;.]*$/i;
const COUNTED_NEW = /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+new\s+$/i;
const EARLIER_BEFORE = /\b(?:after|following|behind)\s+(?:the\s+)?$/i;
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
// "…, and Spain since 2009": a country closing a clause with nothing but its year.
const SHARED_PREDICATE = /^\s*,\s*(?:and\s+)?(?:as|so)\s+(?:are|is|was|were|do|does|did|have|has|had)\s+(?:the\s+)?$/i;
// ", all since 2013", ", both in 2015": one year for the whole group before it.
const SHARED_TAIL = /^\s*,?\s*(?:all|both|each)\s+(?:of\s+them\s+)?(?:in|since)\s+((?:19|20)\d\d)\b/i;
const ELLIPTIC_TAIL = /^\s*,?\s+(?:since|in)\s+((?:19|20)\d\d)\s*(?:[,;.]|$)/i;

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

// "… had expressed interest in similar deals with the union": the similar step is taken with a bloc (or "it", "them"),
// not with Vietnam, so its takers hold nothing of Vietnam's.
const WITH_OTHER_BODY =
  /^\s+with\s+(?:the\s+|this\s+|that\s+)?(?:union|bloc|group|grouping|organi[sz]ation|association|alliance|it|them)\b/i;

function stepWithOther(part: string, phrase: RegExp = ELLIPSIS): boolean {
  const m = phrase.exec(part);
  return m !== null && WITH_OTHER_BODY.test(part.slice((m.index ?? 0) + m[0].length));
}

/**
 * The holder of a level no list or verb attached: the country owning it ("India's 2016 …", "Spain, a strategic
 * partner since 2009"), the sentence's subject for an upgrade or "its … with Vietnam", else the only foreign country
 * the sentence names. Never when a foreign country follows as the other party ("… partnership with Japan").
 */
const WHOSE_COUNTRY =
  /^[^,;]{0,60},\s*whose\s+(?:country|nation|state|government)\s+(?:is|was|has\s+been|became|remains)\s+(?:also\s+|now\s+|already\s+)?(?:a|an)?\s*["“‘']?$/i;
