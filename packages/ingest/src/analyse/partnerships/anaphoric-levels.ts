// Levels named by reference ("the highest level", "the same status") and the holders a count lists after them.
import type { PartnershipLevel } from "@chancery/db";
import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import { raisedToStepLevel, stepSubjectLevel } from "./news-references.js";
import {
  CLAUSE_HEDGE,
  CLAUSES,
  chain,
  config,
  describedNow,
  FUTURE_AFTER,
  foreignCountries,
  foreignOf,
  HOME_WORDS,
  hedgeAnywhere,
  LEFT_LEVEL,
  levelOf,
  levelsIn,
  RANK,
  REFERENCE_REACH,
  REPORTED_AFTER,
  settle,
  TOP_LEVEL,
} from "./vocabulary.js";
import { localYear, positionalYears, type YearContext } from "./years.js";

// "… to join China, Russia and India at the top", "only four countries had made it: China (2008), …", "reserves that
// top rank for …": a level the sentence refers to without naming it. "Top" phrases mean the highest level; "that
// level", "the same rank", "made it" mean the last level named in this sentence or the few before it.
const ANAPHOR_TOP = new RegExp(config.anaphoricLevels.top.join("|"), "gi");
// Every "top" phrase holds one of these words (read.shapes.test.ts checks it): a cheap gate before them.
const ANAPHOR_TOP_WORDS = new RegExp(config.anaphoricLevels.topCues.join("|"), "i");
const ANAPHOR_LAST = new RegExp(config.anaphoricLevels.last.join("|"), "gi");
const ANAPHOR_HELD = new RegExp(config.anaphoricLevels.held.join("|"), "gi");
const YEAR_AFTER_REFERENCE = /^\s+(?:in|since)\s+((?:19|20)\d\d)\b/;
const ONE_DAY = /\b(?:one\s+day|some\s+day|eventually|in\s+(?:the\s+)?future)\b/i;

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

export function othersListed(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
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

// "… raised ties with A and B to the same level as Russia": the holder the reference is measured against.
const AS_HOLDER = /^\s+as\s+(?:that\s+of\s+|with\s+)?(?:the\s+)?$/i;

/** The highest level the country named right after "the same level as" was read with anywhere before, or null. */
function heldByComparedHolder(
  s: Sentence,
  places: readonly PlaceMention[],
  out: readonly PartnershipFinding[],
  end: number,
): PartnershipLevel | null {
  const c = foreignCountries(s, places).find(
    (p) => p.start - s.start >= end && AS_HOLDER.test(s.text.slice(end, p.start - s.start)),
  );
  if (c?.place.kind !== "country") return null;
  const code = c.place.code;
  return out
    .filter((p) => p.countryCode === code && p.sentenceIndex < s.index)
    .reduce<PartnershipLevel | null>((a, p) => (a === null || RANK[p.level] > RANK[a] ? p.level : a), null);
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

export function anaphoricLevels(
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
      for (const m of allMatches(ANAPHOR_TOP, s.text))
        refs.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, level: TOP_LEVEL });
    for (const m of allMatches(ANAPHOR_LAST, s.text)) {
      const at = m.index ?? 0;
      // "elevate ties to a comprehensive strategic partnership, 12 years after they became strategic partners. X is
      // the second to reach that level": the news level, the highest the last sentence naming levels gave
      // "… replaces the comprehensive partnership set up in 2013 and puts X on the same footing as China": a level the
      // step leaves behind is not the one the reference points at
      const before = explicit
        .filter((e) => e.end <= at && !LEFT_LEVEL.test(s.text.slice(Math.max(0, e.at - 40), e.at)))
        .reduce<PartnershipLevel | null>((a, e) => (a === null || RANK[e.level] > RANK[a] ? e.level : a), null);
      const last = named && s.index - named.sentence <= REFERENCE_REACH ? named.level : null;
      // "They established a strategic partnership in 2018. The upgrade places Australia in the same tier as China …":
      // the tier its subject was just raised to, when that outranks the old level the sentence before named last
      const held = before ? null : heldBySubject(s, places, out, at);
      // "The upgrade follows Vietnam's move to raise ties with X to the same level": the level of the story's step
      const step = before ? null : stepSubjectLevel(s.text, out, RANK);
      // "… to the same level as Russia": the level that holder was read with, however far back it was named
      const compared = before ? null : heldByComparedHolder(s, places, out, at + m[0].length);
      // "Vietnam has raised relations with A and B to the same level", far past the last level named: the story's step
      const raised = before || last ? null : raisedToStepLevel(s.text.slice(0, at), out, RANK);
      const level =
        before ?? compared ?? step ?? (held && (last === null || RANK[held] > RANK[last]) ? held : last) ?? raised;
      if (level) refs.push({ at, end: at + m[0].length, level });
    }
    // "Japan becomes the fifth country for Vietnam at this level": "this" points at the level its subject holds
    for (const m of allMatches(ANAPHOR_HELD, s.text)) {
      const at = m.index ?? 0;
      const level = explicit.some((e) => e.end <= at) ? null : heldBySubject(s, places, out, at);
      if (level) refs.push({ at, end: at + m[0].length, level });
    }
    if (refs.length > 0) {
      const future = hedgeAnywhere(s) || FUTURE_AFTER.test(s.text);
      const countries = foreignCountries(s, places);
      const years = positionalYears(s, countries, ctx);
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
        // "… raised its ties with New Zealand to the same level in 2020, and officials in Suva say Fiji is weighing
        // …": a country after the reference in a clause someone else reports is that report's subject, not a holder
        if (at > ref.end && REPORTED_AFTER.test(s.text.slice(ref.end, at))) continue;
        if (CLAUSE_HEDGE.test(s.text.slice(part[0], part[1]))) continue;
        // "… had upgraded its ties with Malaysia to the same level last November": with no year written, a time word in
        // the reference's own stretch dates it, when the holder stands in that stretch too
        const [ra, rb] = CLAUSES.around(s.text, ref.at);
        const spoken = at >= ra && at < rb ? localYear(s.text, ref.at, ref.end, ctx) : null;
        // "Laos reached the level in 2016 and Mexico last December": a year written right after the reference dates
        // the holder its clause opens on.
        const written = at >= ra && at < ref.at ? YEAR_AFTER_REFERENCE.exec(s.text.slice(ref.end))?.[1] : undefined;
        // a sentence naming no level gave the main pass only this reference to read, at its guess of the level
        settle(
          out,
          s,
          c,
          ref.level,
          years.get(c) ?? spoken ?? (written ? Number(written) : null),
          explicit.length === 0,
        );
      }
    }
    const highest = explicit
      .filter((e) => !LEFT_LEVEL.test(s.text.slice(Math.max(0, e.at - 40), e.at)))
      .reduce<PartnershipLevel | null>((a, e) => (a === null || RANK[e.level] > RANK[a] ? e.level : a), null);
    // "… ran from a comprehensive partnership to a strategic one and now to the highest rung of its ladder. That rung
    // …": the top level described after "and now" past the history is the level a later reference points at
    const lastExplicit = explicit.at(-1);
    if (lastExplicit && describedNow(s.text, lastExplicit.end)) named = { level: TOP_LEVEL, sentence: s.index };
    else if (highest) named = { level: highest, sentence: s.index };
    // "Japan becomes the fifth at this level … The United States also rose to the same level": a sentence that named
    // its level only by reference passes on the level it was read with
    else if (refs.length > 0)
      named = { level: refs.reduce((a, b) => (RANK[b.level] > RANK[a.level] ? b : a)).level, sentence: s.index };
  }
}
