// Levels linked to holders by the role each plays in a clause: subject, the party "with" whom, a colon's list.
import type { PartnershipLevel } from "@chancery/db";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_NAME, HOME_POSSESSIVE } from "../home-country.js";
import { SentenceMemo } from "../sentence-memo.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import { foundInSentence } from "./finding.js";
import { firstCharDispatch } from "./first-chars.js";
import {
  addOrDate,
  alt,
  CLAUSE_HEDGE,
  CLAUSES,
  config,
  DATED_OTHERS,
  foreignOf,
  HEDGE_ANY,
  HOME_WORDS,
  LEVEL_GATE,
  levelOf,
  levelsIn,
  listFrom,
  NOT_HOLDER_AFTER,
  namedLevelsIn,
  ROLE,
  TIME,
  TOP_LEVEL,
  TOP_REFERENCE,
  topNamedIn,
  yearsIn,
} from "./vocabulary.js";
import { timeYear, type YearContext } from "./years.js";

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
// searched by first character (first-chars.ts): the look-behind is otherwise tried at every position
const MONTH_MAY = firstCharDispatch(
  /(?<=\b(?:in|early|late|mid|since|until|of|last|next|this)\s+|\d\s+)May\b|\bMay(?=\s+\d)/g,
);
// The top of the ladder described, not named: "the top tier", "Hanoi's highest level".
const TOP_DESCRIBED = new RegExp(`\\b(?:${alt(ROLE.topWords)})[\\s-]+(?:${alt(ROLE.rungWords)})\\b`, "i");
// When every top word of the data holds "top" or "highest" as a word, a described top rung is only in a sentence whose
// top words the main pass has read (cached); a new top word without them turns that gate off.
const TOP_WORDS_NAMED = ROLE.topWords.every((w) => TOP_REFERENCE.test(w));
const HOLDER_NOT = /\b(?:with|of|amid|against|from|for|than|over|to|in|on|at|by)\s+(?:the\s+)?$/i;
// "… and did so with Malaysia": a repeated step names its holder after "with" too.
const HOLDER_BY =
  /\b(?:followed|joined|lifted|raised|elevated|upgraded|moved|did\s+so|did\s+the\s+same)\b[^,;.]{0,30}?$/i;

export function linkByRoles(
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
    // "Poland followed in May": the month is no modal verb. Tested only where a level or an arrival is read, and once.
    let hedgedRead: boolean | undefined;
    const hedgedNow = () => {
      if (hedgedRead !== undefined) return hedgedRead;
      // the month is written "May" (the pattern has no i flag): most sentences have none, and nothing to replace
      const masked = s.text.includes("May") ? s.text.replace(MONTH_MAY, "Mai") : s.text;
      hedgedRead = HEDGE_ANY.test(masked.toLowerCase()) || CLAUSE_HEDGE.test(masked) || ROLE_HEDGE.test(masked);
      return hedgedRead;
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
      const level = TOP_DESCRIBED.test(clause) ? TOP_LEVEL : (countedLevel(sentences, s) ?? near?.level);
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
        const t = allMatches(TIME, after)[0] ?? allMatches(TIME, head).at(-1);
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
// "Vietnam now has 12 comprehensive strategic partners. … All three had been strategic partners. … The twelve, in order,
// are China (2008), …": a list whose subject is a bare count names the holders of the level counted with that number,
// whatever level was named between.
const COUNT_WORDS: Record<string, number> = config.spanWords;
const COUNT_HEAD = new RegExp(
  `^\\W*(?:the|these|those|all)\\s+(\\d{1,2}|${alt(Object.keys(COUNT_WORDS))})\\s*(?=,|:|(?:are|were|include|included)\\b)`,
  "i",
);
const COUNT_BEFORE = /\b(\d{1,2}|[a-z]+)\s+$/i;
const countOf = (word: string) => COUNT_WORDS[word.toLowerCase()] ?? Number(word);
function countedLevel(sentences: readonly Sentence[], s: Sentence): PartnershipLevel | null {
  const head = COUNT_HEAD.exec(s.text);
  if (!head) return null;
  const n = countOf(head[1] ?? "");
  for (let k = s.index - 1; k >= 0 && s.index - k <= TOPIC_REACH; k--) {
    const x = sentences[k] as Sentence;
    for (const lv of levelsIn(x).length > 0 ? namedLevelsIn(x) : []) {
      const count = COUNT_BEFORE.exec(x.text.slice(0, lv.index ?? 0));
      if (count && /s$/i.test(lv[0]) && countOf(count[1] ?? "") === n) return levelOf(lv) ?? null;
    }
  }
  return null;
}
const SUBJECT_LEVEL = new RegExp(String.raw`^\W*(?:(?:the|a|an|its|${HOME_POSSESSIVE})\s+)?$`, "i");
const SHORT_LINE_WORDS = 8;
// Asked of every sentence between an anchor and each later sentence: read once per sentence.
const shortRead = new SentenceMemo<boolean>();
/** A heading, question or label line: one short sentence alone on its line. */
function shortLine(s: Sentence): boolean {
  let short = shortRead.get(s);
  if (short === undefined) {
    short = s.text.split(/\s+/).length <= SHORT_LINE_WORDS;
    shortRead.set(s, short);
  }
  return short;
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
  const times = allMatches(TIME, clause);
  const year = times.length === 1 && times[0] ? timeYear(times[0], ctx, null) : null;
  for (const c of group) {
    if (c.place.kind !== "country") continue;
    const code = c.place.code;
    if (out.some((p) => p.countryCode === code)) continue;
    out.push(foundInSentence(s, code, c.place.name, level, year, s.start + at, s.start + at + m[0].length));
  }
}

// "Hanoi lifted five countries to a comprehensive strategic partnership, the top rung: New Zealand in February,
// Indonesia and Singapore within days of each other in March, Thailand in May …": after a colon that closes Vietnam's
// level, every country of the list holds it, dated by the time phrase of its own item.
export function colonList(
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
    const t = allMatches(TIME, seg)[0];
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
          const tt = allMatches(TIME, after)[0];
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
    const t = allMatches(TIME, after)[0] ?? allMatches(TIME, clause)[0];
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
