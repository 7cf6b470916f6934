// readPartnerships: the levels each sentence names, their holders and years, then the passes for shapes that look
// across sentences (lists, references back, roles, headings); one finding per country at its highest level.
import { MONTH_NAMES } from "../dates.js";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import { SentenceMemo } from "../sentence-memo.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import { anaphoricLevels, othersListed } from "./anaphoric-levels.js";
import { besideHolders, countedAsLevel, newStatusLevel } from "./beside-holders.js";
import { bulletedList } from "./bulleted-lists.js";
import { linkByRoles } from "./clause-roles.js";
import { comparedMember, withoutSubjectAside } from "./comparisons.js";
import { countedColonLists } from "./counted-lists.js";
import { datedRuns } from "./dated-runs.js";
import { exampleLists } from "./example-lists.js";
import { foundInSentence } from "./finding.js";
import { firstCharDispatch } from "./first-chars.js";
import { withoutForeignHolders } from "./foreign-holders.js";
import { headedLists, type LevelReader } from "./headed-lists.js";
import { heldLevelsNamed } from "./held-levels.js";
import { emitHolder, type HolderScope } from "./holder-findings.js";
import { type LevelScope, readLevel } from "./level-holders.js";
import { listMembers } from "./list-members.js";
import { headlineUpgrade } from "./nearby-holders.js";
import { stepObjectYears } from "./news-references.js";
import { recallLists } from "./recall-lists.js";
import {
  groupSeriesYears,
  ownSegmentYears,
  parenthesisedLevels,
  raisedInBrackets,
  whoseLevels,
} from "./segment-years.js";
import { spokenTimelines } from "./spoken-timelines.js";
import {
  CHANGE_VERB,
  CLAUSE_HEDGE,
  CLAUSES,
  capitalMentions,
  chain,
  config,
  DATED_OTHERS,
  describedNow,
  ELLIPSIS,
  FAR_LIST,
  FUTURE_AFTER,
  foreignOf,
  HEDGE_ANY,
  HOME_WORDS,
  hedgeAnywhere,
  LATER,
  LEAD,
  LEFT_BODY_BEFORE,
  type Level,
  LIST_GAP,
  levelOf,
  levelsIn,
  NEW_CLAUSE,
  NOT_HOLDER_AFTER,
  NOT_HOLDER_BEFORE,
  namedLevelsIn,
  OLD_TO_NEW,
  PAIR,
  PREVIOUS_LEVEL,
  RANK,
  REFERENCE_REACH,
  RELATIONS_WORDS,
  RELATIVE_DATED,
  RELATIVE_STEP,
  REPLACED_LEVEL,
  TIES_WORDS,
  TOP_LEVEL,
  TOP_REFERENCE,
  topNamedIn,
  UNION_MEMBERS_AFTER,
  UNIONS,
  UPGRADE_TO,
  UPGRADE_VERB,
  words,
  yearsIn,
} from "./vocabulary.js";
import {
  clausesAfter,
  localWord,
  relativeYear,
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
// Every description holds one of these words (read.shapes.test.ts checks it): a cheap gate before DESCRIBED.
const DESCRIBED_CUE = firstCharDispatch(new RegExp(config.descriptionCues.join("|"), "i"));
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
// "went straight past the strategic partnership tier to the highest one": the top level, reached past a skipped one.
const PASSED_TO_TOP = new RegExp(
  `(?<=\\b(?:${config.skipWords.join("|")})\\s+(?:the|a|an|its|their)\\s+[^,;.]{0,60}?\\b(?:partnership|partners|tier|level|rung|status|stage)\\s+(?:to|into)\\s+)the\\s+(?:very\\s+)?(?:highest|top|uppermost)(?:\\s+(?:one|tier|level|rung|status))?\\b`,
  "gi",
);
// "… to a strategic partnership in 2007 and raised them to the comprehensive level nine years later": after a
// strategic partnership, "the comprehensive level" is the comprehensive strategic one, the level named shortened.
const COMPREHENSIVE_STEP = /\b(?:to|into)\s+the\s+comprehensive\s+(?:level|tier|rung|stage|status)\b/gi;
// searched by first characters (first-chars.ts): a long alternation asked of most sentences after a level
const REFERENCE = firstCharDispatch(words(config.references));
const UPGRADED_IN =
  /\b(?:partnership|ties|relations(?:hip)?)\b[^.;]{0,60}?\b(?:upgraded|elevated|raised|lifted)\s+(?:in|since)\s+((?:19|20)\d\d)\b/i;
// References that compare with a list of holders ("on the same footing as China, Russia").
const REFERENCE_LIST = /\b(?:footing|par|level|tier)\b/i;
const LIST_AFTER_REF = /^[^,;.]{0,30}?(?:as|with)\s+(?:the\s+)?$/i;
const MEMBER_NOW = /^\s*(?:last|this|earlier\s+this)\s+year\b/i;
const DATED_HEAD = /^\s+(?:in|since)\s+(?:19|20)\d\d\s*,/;
const SUBSET_TOP =
  /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|some)\s+of\s+(?:which|them|these|whom)\s*(?:–|—|--|\(|:|,)\s*[^–—():;.]{3,120}?\s*(?:–|—|--|\)|,)?\s*(?:(?:are|were|is|sit|sits|stand|stands)\s+)?(?:now\s+|already\s+)?(?:at|on|in)\s+(?:the\s+)?(?:highest|top)\s+(?:level|tier|rung)\b/i;
// "…, while its ties with Vietnam were raised to the same level in 2016", "…, added Vietnam to that group in 2024",
// "…, while Vietnam's own with China was set up in 2008": a later clause giving Vietnam the level just named.
const BACK_REFERENCE = new RegExp(`\\b(?:${config.backReferences.join("|")})\\b`, "i");
// "… extended the same status to …", "… the same level with …": the list right after a back-reference receives it.
const HANDED_TO = /^\s+(?:(?:since|now|also|already)\s+)?(?:to|with)\s+(?:the\s+)?$/i;
const POSSESSOR_OF_LIST =
  /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:allies|neighbours|neighbors|partners|rivals|members|friends)\s+(?:the\s+)?$/;
// A foreign possessor right before a level ("Thailand's other", "Japan's"), and the level written in the plural.
const FOREIGN_OWNER = /^['’]s?\s+(?:[a-z-]+\s+){0,2}$/;
const PLURAL_LEVEL = /partners\b|partnerships\b/i;
// "Indonesia's own list of comprehensive strategic partners is short.", "For Malaysia, the list of comprehensive
// strategic partners is growing.": a foreign country's own list of a level opens sentences about its frameworks.
const FOREIGN_LIST_HEAD =
  /^(?:['’]s?|\s*,\s*(?:the|its))\s+(?:own\s+)?(?:list|roster|circle|club|group|network)\s+of\s+(?:its\s+)?$/i;
// Where the clause of such a list ends: a semicolon, "and that", "while", "but" or the sentence's end.
const CLAUSE_STOP = /;|,?\s+(?:and\s+that|while|but|whereas)\b|[.!?](?:\s|$)/i;
const JOINING_WORDS =
  /\b(?:join(?:s|ed|ing)?|admitted|added|member(?:s|ship)?|club|followed|latest|newest|partners?|status|level|tier|upgrad\w*|elevat\w*|rais(?:ed|ing)|lift(?:ed|ing)?)\b/i;
const REPLACED_BEFORE = /\b(?:replac(?:es|ed|ing)|supersed(?:es|ed|ing))\s+(?:the|a|an|its|their)?\s*["“‘']?\s*$/i;
const TALLY =
  /\b(?:took|takes|taking|brought|brings|bringing|pushed|pushes|pushing|raised|raises|raising)\s+(?:the|that|this|its|their)\s+(?:number|total|tally|count|club|list|group|ranks)\s+(?:of\s+\w+\s+)?to\s+(?:\d{1,2}|[a-z]+)\b/i;
// "… and puts Australia in a group that already includes China, Russia …", "would put New Zealand alongside Australia,
// Japan …": the group a country is set in holds the level, whether or not that country's own step is done.
const PUT_IN_GROUP = new RegExp(
  `\\b(?:${config.groupPutVerbs.join("|")})\\s+([^,;.]{1,40}?)\\s+(?:${config.groupOpeners.join("|")}):?\\s+(?:the\\s+)?$`,
  "i",
);
const GROUP_PRONOUN =
  /^(?:it|them|ties|relations|the\s+(?:country|nation|kingdom|republic|relationship|partnership|ties|relations|two(?:\s+\w+)?))$/i;
// "The two countries agreed to a comprehensive strategic partnership, … placing Washington alongside …": on a page about
// Vietnam, the pair that takes the level is Vietnam and the partner moved into the group.
const PAIR_SUBJECT = new RegExp(`^\\W*(?:${config.pairWords.join("|")})\\b`, "i");
const PUT_IN_GROUP_ANY = new RegExp(PUT_IN_GROUP.source.replace(/\$$/, ""), "i");
// A cheap gate before PUT_IN_GROUP_ANY: every opener holds one of these words (read.partners-around-an-upgrade.test.ts checks it).
const GROUP_CUE =
  /\b(?:alongside|next to|beside|company|group|club|circle|list|ranks|league|tier|bracket|category|class|rank)\b/i;

/** The findings without another country's own partners (foreign-holders.ts). */
export function foreignHoldersOut(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PartnershipFinding[] {
  // the same reading the list readers take, kept once per sentence (levelsNamedIn)
  return withoutForeignHolders(out, sentences, places, { levels: levelsNamedIn });
}

export function readPartnerships(
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
    heldLevelsNamed({ s, levels, levelMatches, rawLevels, hedgedClause, aboutVietnam, places });
    // "France, a strategic partner since 2013, was elevated to the top tier in 2024": a described level reached by
    // an upgrade counts beside the history named with it.
    // Every upgrade target names "top" or "highest" (the round 5 shapes test checks it): a cheap gate before the
    // look-behind patterns, which are the costliest of the sentence.
    const topNamed = topNamedIn(s);
    const raised = topNamed ? allMatches(DESCRIBED_UPGRADE, s.text) : [];
    const reached = topNamed && REACHED_CUE.test(s.text) ? allMatches(REACHED_TOP, s.text) : [];
    const passed = topNamed ? allMatches(PASSED_TO_TOP, s.text) : [];
    for (const m of [...raised, ...reached, ...passed]) {
      const start = s.start + (m.index ?? 0);
      if (levels.some((l) => l.level === TOP_LEVEL)) break;
      // "… in 2010 and could be lifted to the top tier": a hedged clause holds back a described level like a named one.
      const at = start - s.start;
      if (hedgedClause(at) || CLAUSE_HEDGE.test(s.text.slice(CLAUSES.around(s.text, at)[0], at))) continue;
      levels.push({ level: TOP_LEVEL, start, end: start + m[0].length });
      levels.sort((a, b) => a.start - b.start);
    }
    for (const m of /\bcomprehensive\s+(?:level|tier|rung|stage|status)\b/i.test(s.text)
      ? allMatches(COMPREHENSIVE_STEP, s.text)
      : []) {
      const start = s.start + (m.index ?? 0) + m[0].search(/comprehensive/i);
      if (!levels.some((l) => l.level === "Strategic Partnership" && l.end <= start)) continue;
      if (hedgedClause(start - s.start)) continue;
      levels.push({ level: TOP_LEVEL, start, end: s.start + (m.index ?? 0) + m[0].length });
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
    // The cue is read once, and before the quotation marks: most sentences have no cue, and then neither branch runs.
    const describedCue = DESCRIBED_CUE.test(s.text);
    if ((levels.length === 0 || replacedOnly || leftOnly) && describedCue && !/["“”]/.test(s.text)) {
      for (const m of allMatches(DESCRIBED, s.text)) {
        const start = s.start + (m.index ?? 0);
        levels.push({ level: "Comprehensive Strategic Partnership", start, end: start + m[0].length });
      }
      levels.sort((a, b) => a.start - b.start);
    } else if (levels.length > 0 && describedCue) {
      // "… first agreed a strategic partnership and now joins the few with which Vietnam has its highest level of
      // relations", "ran from a comprehensive partnership to a strategic one and now to the highest rung of its
      // ladder": the named levels are the history, and the top level described after "and now" is where ties stand;
      // the sentence is read as naming that level alone.
      const now = describedNow(s.text, (levels.at(-1) as Level).end - s.start);
      if (now && !hedgedClause(now[0])) {
        levels.length = 0;
        levels.push({ level: TOP_LEVEL, start: s.start + now[0], end: s.start + now[1] });
      }
    }
    // "… on the same footing as China and Russia, a jump of two levels from the comprehensive partnership …": a level
    // after "from" is history and leaves the reference to the level named before.
    // So is the level an upgrade "replaces": "… replaces the comprehensive partnership … and puts X on the same footing
    // as China and Russia, which have long held that status".
    const isFrom = (l: Level) =>
      PREVIOUS_LEVEL.test(s.text.slice(Math.max(0, l.start - s.start - 12), l.start - s.start)) ||
      REPLACED_LEVEL.test(s.text.slice(Math.max(0, l.start - s.start - 24), l.start - s.start));
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
    // Read only when asked: a sentence that reads on for its levels asks only when it names a country to set in a group.
    let groupCueRead: boolean | undefined;
    const groupCue = () =>
      (groupCueRead ??=
        (levelMatches.length > 0 || changeBefore !== null) && GROUP_CUE.test(s.text) && PUT_IN_GROUP_ANY.test(s.text));
    if (levels.length === 0 && !sentenceCarry && !timelineLevel && !groupCue()) continue;
    const countries: PlaceMention[] = [];
    for (const p of places) {
      if (p.sentenceIndex !== s.index) continue;
      if (p.place.kind === "country" && p.place.code !== HOME_CODE) countries.push(p);
      // A union can hold a framework with Vietnam too ("Vietnam and the European Union upgraded ties").
      const union = p.place.kind === "org" ? UNIONS.get(p.place.org.acronym ?? "") : undefined;
      if (union && !UNION_MEMBERS_AFTER.test(s.text.slice(p.end - s.start, p.end - s.start + 30)))
        countries.push({ ...p, place: { kind: "country", code: union.code, name: union.name } });
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
    const holders: HolderScope = { s, seen, out, ctx, groupEnd, countries, relativeAsides };
    const emit = (c: PlaceMention, lv: Level, years: number[], dated?: number | null, news = false) =>
      emitHolder(holders, c, lv, years, dated, news);
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
      // the years of the sentence outside the elliptic clause date only the history its span counts from
      let spanned = false;
      const ell = own && (before || levels.length > 0) ? ELLIPSIS.exec(part) : null;
      if (ell) {
        const [a, b] = coordinatedAfterLevel(part, ell.index, clauseStart, levels);
        if (!levels.some((l) => l.start >= clauseStart + a && l.start < clauseStart + b)) {
          sub = [clauseStart + a, clauseStart + b];
          // "… holds strategic partnerships with India (2007), …, and signed similar accords with Italy": the level
          // named earlier in the same part is the one the elliptic clause repeats.
          before = [...levels].reverse().find((l) => l.end <= clauseStart + a) ?? before;
          // "The upgrade comes 12 years after the two countries became strategic partners in 2013, and days after
          // Vietnam took the same step with Indonesia": a level named only in a span counted back from the news is its
          // history; the step repeated is the change reported just before.
          if (before && changeBefore && s.index - changeBefore.sentence <= 2 && spanHistory(s, before)) {
            before = changeBefore.lv;
            spanned = true;
          }
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
        // the elliptic clause's own years, not those of the level it repeats
        const years = yearsIn(sub ? s.text.slice(sub[0] - s.start, sub[1] - s.start) : part, 0);
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
          if (LEFT_BODY_BEFORE.test(s.text.slice(Math.max(0, c.start - s.start - 16), c.start - s.start))) continue;
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
          else
            emit(
              c,
              before,
              mine.length > 0
                ? mine
                : (sub && years.length > 0) || spanned
                  ? years
                  : ownYears(c, stepHere ? years : []),
            );
        }
      } else if (!own && before && referred && REFERENCE.test(part) && !stepWithOther(part, REFERENCE)) {
        const years = yearsIn(part, 0);
        const ref = REFERENCE.exec(part)?.[0] ?? "";
        // "The two had been 'extensive strategic partners' since 2014. … Vietnam has now put Japan on the same footing as
        // China, Russia …": the list compared with is at the level the country set beside it holds now (read earlier
        // with its upgrade), not at the older level named last.
        const moved = REFERENCE_LIST.test(ref)
          ? countries.find(
              (c) =>
                c.start >= clauseStart &&
                c.end <= clauseEnd &&
                !comparedMember(s.text, c.start - s.start) &&
                countries.some((m) => m.start > c.end && comparedMember(s.text, m.start - s.start)),
            )
          : undefined;
        const held = out
          .filter((p) => moved?.place.kind === "country" && p.countryCode === moved.place.code)
          .map((p) => p.level)
          .find((l) => RANK[l] > RANK[before.level]);
        const lv: Level = TOP_REFERENCE.test(ref)
          ? { ...before, level: TOP_LEVEL }
          : held
            ? { ...before, level: held }
            : before;
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
          emit(
            c,
            lv,
            eachDated ? yearAfter(c) : ownYears(c, unclaimedYears(part, clauseStart - s.start, countries, s)),
            earlier ? null : undefined,
          );
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
    const scope: LevelScope = {
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
    };
    levels.forEach((lv, n) => {
      readLevel(scope, lv, n);
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
    if (countries.length > 0 && groupCue()) {
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
            PAIR_SUBJECT.test(s.text.slice(ns, named.index ?? 0)) ||
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
    // "… agreed to lift relations to a comprehensive strategic partnership, putting the United States on the same level
    // as China and Russia": the country the upgrade puts beside the holders is the one whose ties were raised.
    if (lastLevel && changed && hedgedAt().length === 0) puttingBeside(s, lastLevel, countries, emit);
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
  const segmented = new Set(out.map((p) => p.sentenceIndex));
  anaphoricLevels(sentences, places, out, ctx);
  besideHolders(sentences, places, out);
  othersListed(sentences, places, out);
  countedAsLevel(sentences, places, out);
  groupSeriesYears(sentences, places, out);
  parenthesisedLevels(sentences, places, out);
  raisedInBrackets(sentences, places, out);
  // "…, alongside New Zealand, which took the step last February, and Singapore": holders only the passes after the
  // first reading of dated asides found (beside, anaphoric, counted) take an aside of their own too.
  const unread = new Set(out.filter((p) => !segmented.has(p.sentenceIndex)).map((p) => p.sentenceIndex));
  if (unread.size > 0) ownSegmentYears(sentences, places, ctx, out, unread);
  stepObjectYears(sentences, places, ctx.year, out);
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
      hedgedText: (text) => CLAUSE_HEDGE.test(text) || HEDGE_ANY.test(text.toLowerCase()),
      timeWordYear: (text) => timeWordYear("", text, ctx),
    }),
  );
  recallLists(sentences, places, ctx, out);
  // Levels only go up: a lower level named for a country that also holds a higher one is its history.
  const top = new Map<string, number>();
  for (const p of out) top.set(p.countryCode, Math.max(top.get(p.countryCode) ?? 0, RANK[p.level]));
  return out.filter((p) => RANK[p.level] === top.get(p.countryCode));
}

const SPAN_BACK = /\b(?:years?|months?|decades?)\s+after\s+[^,;]*$/i;
/** Whether a level stands in a span counted from an older step ("… comes 12 years after they became …"). */
// "Last year it raised ties with A and B to that level, while C and D joined in late 2024": a year in a clause with
// holders of its own is theirs; only the years of clauses naming no country are the whole part's.
function unclaimedYears(part: string, offset: number, countries: readonly PlaceMention[], s: Sentence): number[] {
  return CLAUSES.parts(part).flatMap(([a, b]) =>
    countries.some((c) => c.start - s.start >= offset + a && c.end - s.start <= offset + b)
      ? []
      : yearsIn(part.slice(a, b), 0),
  );
}
const spanHistory = (s: Sentence, lv: Level) => SPAN_BACK.test(s.text.slice(0, lv.start - s.start));
const PUT_PARTICIPLE = /,\s*(?:putting|placing|setting|bringing)\s+(?:the\s+)?$/i;
/** The country a participle clause after the news level puts beside a list of holders ("…, putting X on a par with"). */
function puttingBeside(
  s: Sentence,
  lv: Level,
  countries: readonly PlaceMention[],
  emit: (c: PlaceMention, lv: Level, years: number[], dated?: number | null, news?: boolean) => void,
) {
  const tail = s.text.slice(lv.end - s.start);
  const ref = REFERENCE.exec(tail);
  if (!ref || !REFERENCE_LIST.test(ref[0])) return;
  const at = lv.end + (ref.index ?? 0);
  const put = countries.findLast((c) => c.start >= lv.end && c.end <= at);
  if (!put || !/^\s*$/.test(s.text.slice(put.end - s.start, at - s.start))) return;
  if (PUT_PARTICIPLE.test(s.text.slice(lv.end - s.start, put.start - s.start))) emit(put, lv, [], undefined, true);
}

/**
 * Holders listed one a line, a row or a bullet under a heading that names their level (headed-lists.ts). A listed
 * year is the line's own record of the step: it dates the holder whatever a sentence elsewhere implied.
 */
type NamedLevel = { level: NonNullable<ReturnType<typeof levelOf>>; index: number; length: number };
/** levelsNamedIn of each sentence, read once: five readers ask it of every sentence, and none changes what it gets. */
const levelsNamedRead = new SentenceMemo<NamedLevel[]>();
/** The levels a sentence names, each with where it stands: what the readers in their own modules take. */
export function levelsNamedIn(s: Sentence): NamedLevel[] {
  let named = levelsNamedRead.get(s);
  if (named === undefined) {
    named = namedLevelsIn(s).flatMap((m) => {
      const level = levelOf(m);
      return level ? [{ level, index: m.index ?? 0, length: m[0].length }] : [];
    });
    levelsNamedRead.set(s, named);
  }
  return named;
}

/** Whether a sentence hedges, read once: five readers ask of every sentence, and CLAUSE_HEDGE reads all of it. */
const hedgedRead = new SentenceMemo<boolean>();
/** A sentence that hedges anywhere or in a clause: its levels are not held. */
function hedgedSentence(s: Sentence) {
  let hedged = hedgedRead.get(s);
  if (hedged === undefined) {
    hedged = hedgeAnywhere(s) || CLAUSE_HEDGE.test(s.text);
    hedgedRead.set(s, hedged);
  }
  return hedged;
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

// "… had expressed interest in similar deals with the union": the similar step is taken with a bloc (or "it", "them"),
// not with Vietnam, so its takers hold nothing of Vietnam's.
const WITH_OTHER_BODY =
  /^\s+with\s+(?:the\s+|this\s+|that\s+)?(?:union|bloc|group|grouping|organi[sz]ation|association|alliance|it|them)\b/i;

function stepWithOther(part: string, phrase: RegExp = ELLIPSIS): boolean {
  const m = phrase.exec(part);
  return m !== null && WITH_OTHER_BODY.test(part.slice((m.index ?? 0) + m[0].length));
}

// "Malaysia raised its ties to a comprehensive strategic partnership in 2024, and Australia made the same move in March
// 2024": when the elliptic clause shares its stretch with the level, the part after the last ", and" before the
// ellipsis is the clause that repeats the step.
const COORDINATED = /,\s*and\s+/g;
// ", and days after Vietnam took the same step": a short time lead-in may stand before the bare subject.
const BARE_SUBJECT =
  /^(?:(?:days|weeks|months|shortly|soon|a\s+(?:day|week|month))\s+(?:after|before)\s+)?(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+$/;
function coordinatedAfterLevel(part: string, at: number, offset: number, levels: readonly Level[]): [number, number] {
  const [a, b] = CLAUSES.around(part, at);
  if (!levels.some((l) => l.start >= offset + a && l.start < offset + at)) return [a, b];
  const and = allMatches(COORDINATED, part.slice(a, at)).at(-1);
  if (!and) return [a, b];
  const from = a + (and.index ?? 0) + and[0].length;
  // the repeating clause has a bare name for its subject ("and Australia made the same move"); "and Rome's envoys
  // held talks on a similar arrangement" reports no step taken
  return BARE_SUBJECT.test(part.slice(from, at)) ? [from, b] : [a, b];
}
