import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import { capitals, countryName } from "./countries.js";
import data from "./data/partnerships.json" with { type: "json" };
import type { PlaceMention } from "./gazetteer.js";
import type { Sentence } from "./sentences.js";
import type { PartnershipFinding } from "./types.js";

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
});
const config = Partnerships.parse(data);
// Longest level first so "Comprehensive Strategic Partnership" is never read as "Strategic Partnership".
const LEVEL_RE = new RegExp(
  `\\b(?:${config.levels.map((l) => l.patterns.map((p) => `(${p})`).join("|")).join("|")})\\b`,
  "gi",
);
const GROUP_LEVEL: PartnershipLevel[] = config.levels.flatMap((l) => l.patterns.map(() => l.level));
// "elevated the United States to its highest diplomatic status": the top level, described rather than named.
const DESCRIBED = new RegExp(`\\b(?:${config.descriptions.join("|")})\\b`, "gi");
const NAME_AFTER = new RegExp(`^\\s+(?:${config.nameWords.join("|")})\\b`, "i");
const HOME = "VN";
const words = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");
const CONNECTOR = words(config.connectors);
const RELATION_VERB = words(config.relationVerbs);
const PAIR = words(config.pairWords);
const ELLIPSIS = words(config.ellipsis);
const TO_LEVEL = new RegExp(
  `^\\s*(?:bilateral\\s+)?(?:(?:${config.relationNouns.join("|")})\\s+)?(?:to|into)\\s+(?:a|an|the)?\\s*["“‘']?\\s*$`,
  "i",
);
const SKIPPED = new RegExp(`\\b(?:${config.skipWords.join("|")})\\s+(?:the\\s+|a\\s+|an\\s+)?["“‘']?$`, "i");
const LOOSE = new RegExp(`\\b(?:${config.looseModifiers.join("|")})\\s+$`, "i");
const REFERENCE = words(config.references);
// "…, a group that includes China, Russia …": the opener stands right before the list, however far the level is.
const LIST_OPENER = new RegExp(`\\b(?:${config.listOpeners.join("|")})\\s*:?\\s*(?:the\\s+)?$`, "i");
// "Australia joins China, Russia … as Vietnam's comprehensive strategic partners".
const JOINS = new RegExp(`\\b(?:${config.joinVerbs.join("|")})\\s+(?:the\\s+)?$`, "i");
const AS_LEVEL = /^\s*as\s+(?:(?:Viet\s?Nam|Vietnam|Hanoi)['’]s\s+|its\s+|a\s+|an\s+|the\s+)?$/i;
// "Biden and Trong announced the comprehensive strategic partnership": one framework, launched in this story.
const ANNOUNCED = new RegExp(`\\b(?:${config.announceVerbs.join("|")})\\s+(?:the|a|an|their|a\\s+new)\\s+$`, "i");
/** Sentences at the top of a story that report its news; an upgrade there without a year is of the story's year. */
const LEAD = 3;
const UPGRADED_IN =
  /\b(?:partnership|ties|relations(?:hip)?)\b[^.;]{0,60}?\b(?:upgraded|elevated|raised|lifted)\s+(?:in|since)\s+((?:19|20)\d\d)\b/i;
const CHANGE_VERB =
  /\b(?:(?:upgrad|elevat|rais|lift|announc|establish|forg|agree)(?:e|ed|es|ing|s|d)?|set up|bec[oa]mes?)\b/i;
const UNIONS = new Map(config.unions.map((u) => [u.acronym, u]));
// Items of one enumeration: "China, Russia, India and South Korea", "China (2008), Russia (2012)".
// "Canada, established in 2017, and Brazil": a dated participle aside does not end the list.
const LIST_GAP =
  /^\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:established|upgraded|elevated|signed|set up|forged|added)\s+(?:in|since)\s+(?:19|20)\d\d\s*)?(?:,\s*(?:and|or|as well as)?|and|or|as well as|&|-|–|\/)?\s*(?:the\s+)?$/i;
const FAR_LIST = new RegExp(`\\b(?:${config.farListOpeners.join("|")}):?\\s+(?:the\\s+)?$`, "i");
// "Russia followed in 2012 and India in 2016", "South Korea in 2022": a year closing one group of a timeline.
const DATED_AFTER = /^\s*(?:(?:followed|joined|did so|did the same|came next)\s+)?(?:in\s+|\(\s*)((?:19|20)\d\d)\b/i;
// "member of the European Union", "amid China's growing assertiveness": named, but not as a holder of the level.
const NOT_HOLDER_BEFORE = /\b(?:of|amid|against|from)\s+(?:the\s+)?$/i;
const NOT_HOLDER_AFTER = /^['’]s?\b/;
const RANK: Record<PartnershipLevel, number> = {
  "Comprehensive Strategic Partnership": 3,
  "Strategic Partnership": 2,
  "Comprehensive Partnership": 1,
};
/** How many sentences back a reference ("such a framework") may look for its level. */
const REFERENCE_REACH = 6;
const CAPITALS = capitals();
const CAPITAL_RE = new RegExp(`\\b(?:${[...CAPITALS.keys()].join("|")})\\b`, "g");
const HOME_NAMES = /\b(?:Viet\s?Nam|Vietnam)\b/g;
const HOME_WORDS = /\b(?:Viet\s?Nam|Vietnam|Hanoi|Ha Noi|Vietnamese)\b/;
const PREVIOUS_LEVEL = /\bfrom\s+(?:a|an|the|its|their)?\s*["“‘']?\s*$/i;
// "upgraded their strategic partnership to a comprehensive strategic partnership": the first level is the old one.
// "their Strategic Partnership of 2009 to a …", "… established in 2013, to a …": the old level may carry its date.
const OLD_TO_NEW =
  /^\s*["”’']?\s*,?\s*(?:(?:(?:established|signed|set up|forged)\s+)?(?:of|in|since)\s+(?:19|20)\d\d\s*,?\s*)?(?:to|into)\s+(?:a|an|the)?\s*["“‘']?\s*$/i;
// "since the upgrade of the relationship to the 'Comprehensive Strategic Partnership …'": an upgrade naming no partner.
const UPGRADE_TO = /\b(?:to|into)\s+(?:a|an|the)?\s*["“‘']?\s*$/i;
const UPGRADE_VERB = /\b(?:upgrad|elevat|rais|lift)(?:e|ed|es|ing)\b/i;
// "China, Russia, India – its highest diplomatic tier – and Japan": an aside set off by dashes is not part of the list.
const DASH_ASIDE = /\s[–—-]\s[^–—\n]{1,80}?\s[–—-]\s/g;

export interface YearContext {
  /** Year the article speaks from ("this year"), from metadata or the text; null when unknown. */
  year: number | null;
  /** The article's headline; "Vietnam, Malaysia elevate ties to …" names the level a lead's "the upgrade" means. */
  title?: string | null;
}

// A year that is a deadline ("a target … by 2025") or the date of diplomatic relations ("normalised ties in 1995")
// is never the year of a partnership.
const TARGET_YEAR = /\b(?:by|until|till|before)\s+(?:the\s+end\s+of\s+)?$/i;
const RELATIONS_YEAR = /\b(?:diplomatic\s+(?:relations|ties)|normali[sz](?:ed|ation))\b([^,;()]{0,30})$/i;

/** Years written in the sentence, nearest to the level phrase first ("ties set in 1973 were upgraded … in 2024"). */
function yearsIn(text: string, at: number): number[] {
  return [...text.matchAll(/(?<![-–\d])\b(19[4-9]\d|20\d\d)\b(?![-–]\d)/g)]
    .filter((m) => {
      const before = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0);
      const relations = RELATIONS_YEAR.exec(before);
      return !TARGET_YEAR.test(before) && !(relations && !/partner/i.test(relations[1] ?? ""));
    })
    .sort((a, b) => Math.abs((a.index ?? 0) - at) - Math.abs((b.index ?? 0) - at))
    .map((m) => Number(m[1]));
}

/** The levels each mention of `year` stands nearest to, in text order. */
function nearestLevel(text: string, offset: number, levels: readonly Level[], year: number): Level[] {
  const out: Level[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![-–\\d])\\b${year}\\b`, "g"))) {
    const at = offset + (m.index ?? 0);
    const gap = (l: Level) => (at < l.start ? l.start - at - 4 : at - l.end);
    const best = [...levels].sort((a, b) => gap(a) - gap(b))[0];
    if (best) out.push(best);
  }
  return out;
}

function relativeYear(text: string, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  const lower = text.toLowerCase();
  if (/\b(last|previous|past) year\b/.test(lower)) return ctx.year - 1;
  // "… were added during the year": the year the article reviews.
  if (/\b(?:during|earlier in) the year\b/.test(lower)) return ctx.year;
  if (/\b(this|earlier this) (year|month|week)\b/.test(lower)) return ctx.year;
  // A day names the news only when the sentence reports a change; "met on Wednesday as the two countries mark their
  // first year as partners" dates the meeting, not the framework.
  if (!CHANGE_VERB.test(text)) return null;
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
  )
    return ctx.year;
  // News of the day ("on Thursday", "today"): the year the article speaks from.
  if (/\b(today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(lower)) return ctx.year;
  return null;
}

type Level = { level: PartnershipLevel; start: number; end: number };

/** The enumeration a country belongs to, walking from `at` forwards (dir 1) or backwards (dir -1). */
function chain(text: string, offset: number, countries: readonly PlaceMention[], at: number, dir: 1 | -1) {
  const out = [countries[at] as PlaceMention];
  for (let k = at + dir; k >= 0 && k < countries.length; k += dir) {
    const a = dir === 1 ? (out.at(-1) as PlaceMention) : (countries[k] as PlaceMention);
    const b = dir === 1 ? (countries[k] as PlaceMention) : (out.at(-1) as PlaceMention);
    if (!LIST_GAP.test(text.slice(a.end - offset, b.start - offset).replace(DASH_ASIDE, " "))) break;
    out.push(countries[k] as PlaceMention);
  }
  return dir === 1 ? out : out.reverse();
}

/** Groups of a dated timeline between `from` and `to`, each country with the year closing its group. */
function timeline(text: string, offset: number, countries: readonly PlaceMention[], from: number, to: number) {
  const out = new Map<PlaceMention, number>();
  let groups = 0;
  for (let k = 0; k < countries.length; k++) {
    const c = countries[k] as PlaceMention;
    if (c.start < from || c.end > to || out.has(c)) continue;
    const group = chain(text, offset, countries, k, 1).filter((g) => g.end <= to);
    const tail = group.at(-1) as PlaceMention;
    const dated = DATED_AFTER.exec(text.slice(tail.end - offset, tail.end - offset + 40));
    if (!dated) continue;
    groups++;
    for (const g of group) out.set(g, Number(dated[1]));
    k = countries.indexOf(tail);
  }
  return groups >= 2 ? out : new Map<PlaceMention, number>();
}

/** Vietnam's partnership level with each country named next to a level phrase; one finding per listed country. */
export function findPartnerships(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
): PartnershipFinding[] {
  const out: PartnershipFinding[] = [];
  // The level of the last clause that named one, for elliptical clauses after it ("… did the same with France").
  let carry: Level | null = null;
  // The last level named anywhere, for references back to it ("the fifth country with such a framework").
  let last: { lv: Level; sentence: number } | null = null;
  // On a page that never names Vietnam, the first country of a pair is the outlet's own ("India and the Philippines").
  const aboutVietnam = sentences.some((s) => HOME_WORDS.test(s.text));
  for (const s of sentences) {
    const lower = s.text.toLowerCase();
    if (config.hedges.some((h) => lower.includes(h))) {
      carry = null;
      continue;
    }
    const levels: Level[] = [];
    for (const m of s.text.matchAll(LEVEL_RE)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const level = GROUP_LEVEL[group];
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (!level || NAME_AFTER.test(s.text.slice(end - s.start))) continue;
      const before = s.text.slice(Math.max(0, start - s.start - 40), start - s.start);
      if (SKIPPED.test(before)) continue;
      if (/partners?$/i.test(m[0]) && LOOSE.test(before)) continue;
      const inside = places.some((p) => p.sentenceIndex === s.index && p.start <= start && p.end >= end);
      if (!inside) levels.push({ level, start, end });
    }
    if (levels.length === 0 && !/["“”]/.test(s.text))
      for (const m of s.text.matchAll(DESCRIBED)) {
        const start = s.start + (m.index ?? 0);
        levels.push({ level: "Comprehensive Strategic Partnership", start, end: start + m[0].length });
      }
    const referred =
      levels.length === 0 && last && s.index - last.sentence <= REFERENCE_REACH && REFERENCE.test(s.text);
    const sentenceCarry = carry ?? (referred && last ? last.lv : null);
    const nextCarry = carry;
    carry = levels.at(-1) ?? (ELLIPSIS.test(s.text) ? carry : null);
    const lastLevel = levels.at(-1);
    if (lastLevel) last = { lv: lastLevel, sentence: s.index };
    if (levels.length === 0 && !sentenceCarry) continue;
    const countries: PlaceMention[] = [];
    for (const p of places) {
      if (p.sentenceIndex !== s.index) continue;
      if (p.place.kind === "country" && p.place.code !== HOME) countries.push(p);
      // A union can hold a framework with Vietnam too ("Vietnam and the European Union upgraded ties").
      const union = p.place.kind === "org" ? UNIONS.get(p.place.org.acronym ?? "") : undefined;
      if (union) countries.push({ ...p, place: { kind: "country", code: union.code, name: union.name } });
    }
    for (const m of s.text.matchAll(CAPITAL_RE)) {
      const code = CAPITALS.get(m[0]) ?? "";
      const start = s.start + (m.index ?? 0);
      const place = { kind: "country" as const, code, name: countryName(code) };
      countries.push({
        place,
        sentenceIndex: s.index,
        from: -1,
        to: -1,
        start,
        end: start + m[0].length,
        surface: m[0],
      });
    }
    countries.sort((a, b) => a.start - b.start);
    const homeNamed = HOME_WORDS.test(s.text);
    const clauseEnd = (from: number) => {
      const semi = s.text.indexOf(";", from - s.start);
      return semi < 0 ? s.end : s.start + semi;
    };
    const seen = new Set<string>();
    // `dated` is the year a timeline gives the country; null for earlier holders listed beside the news.
    const emit = (c: PlaceMention, lv: Level, years: number[], dated?: number | null, news = false) => {
      if (c.place.kind !== "country") return;
      const id = `${c.place.code}|${lv.level}`;
      if (seen.has(id)) return;
      seen.add(id);
      const rel = relativeYear(s.text, ctx) ?? ((s.index < LEAD && CHANGE_VERB.test(s.text)) || news ? ctx.year : null);
      // "China (2008), Russia (2012)": a year right after the country is that country's own.
      const own = /^\s*\(?\s*(?:in\s+|since\s+)?((?:19|20)\d\d)\b/.exec(s.text.slice(c.end - s.start));
      const year = own ? Number(own[1]) : dated !== undefined ? dated : years.length > 0 ? (years[0] ?? null) : rel;
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
    // Clauses (split at ";") without a level of their own but with an ellipsis inherit the level before them.
    let clauseStart = s.start;
    for (const part of s.text.split(";")) {
      const clauseEnd = clauseStart + part.length;
      const own = levels.some((l) => l.start >= clauseStart && l.start < clauseEnd);
      const before = [...levels].reverse().find((l) => l.end <= clauseStart) ?? sentenceCarry;
      const dated = !own && before ? timeline(s.text, s.start, countries, clauseStart, clauseEnd) : new Map();
      if (dated.size > 0 && before) {
        for (const [c, year] of dated) emit(c, before, [], year);
        carry = nextCarry ?? carry;
      } else if (!own && before && ELLIPSIS.test(part)) {
        const years = yearsIn(part, 0);
        for (const c of countries) if (c.start >= clauseStart && c.end <= clauseEnd) emit(c, before, years);
      } else if (!own && before && referred && REFERENCE.test(part)) {
        const years = yearsIn(part, 0);
        for (const c of countries) {
          if (c.start < clauseStart || c.end > clauseEnd) continue;
          const prefix = s.text.slice(Math.max(0, c.start - s.start - 12), c.start - s.start);
          if (NOT_HOLDER_BEFORE.test(prefix) || NOT_HOLDER_AFTER.test(s.text.slice(c.end - s.start))) continue;
          const head = chain(s.text, s.start, countries, countries.indexOf(c), -1)[0] as PlaceMention;
          const earlier = FAR_LIST.test(s.text.slice(Math.max(0, head.start - s.start - 30), head.start - s.start));
          emit(c, before, years, earlier ? null : undefined);
        }
      }
      clauseStart = clauseEnd + 1;
    }
    const isOld = (n: number) => {
      const next = levels[n + 1];
      const lv = levels[n];
      return !!next && !!lv && OLD_TO_NEW.test(s.text.slice(lv.end - s.start, next.start - s.start));
    };
    levels.forEach((lv, n) => {
      if (isOld(n)) return;
      // The new level of "upgraded their X to a Y" looks back past the old one for its countries.
      const prevLevelEnd = (n > 0 && isOld(n - 1) ? levels[n - 2]?.end : levels[n - 1]?.end) ?? s.start;
      const nextStart = Math.min(levels[n + 1]?.start ?? s.end, clauseEnd(lv.end));
      if (PREVIOUS_LEVEL.test(s.text.slice(Math.max(0, lv.start - s.start - 12), lv.start - s.start))) return;
      const afterAt = countries.findIndex((c) => c.start >= lv.end && c.start < nextStart);
      const after = afterAt < 0 ? [] : chain(s.text, s.start, countries, afterAt, 1).filter((c) => c.start < nextStart);
      const lead = after[0] ? s.text.slice(lv.end - s.start, after[0].start - s.start).replace(DASH_ASIDE, " ") : "";
      // A connector far from the level ("…, putting them on a par with China") introduces something else,
      // unless it opens the list itself ("with seven countries, a group that includes China, …").
      const size = lead.trim().split(/\s+/).length;
      const opener = size <= 14 && LIST_OPENER.test(lead);
      const gate = after[0] && (opener || (size <= 6 && (CONNECTOR.test(lead) || lead.includes(":"))));
      // "raised relations with the US, Japan and Australia to comprehensive strategic partnerships" names them first.
      const lastBefore = countries.filter((c) => c.end <= lv.start && c.start >= prevLevelEnd).at(-1);
      const listedBefore =
        lastBefore !== undefined && TO_LEVEL.test(s.text.slice(lastBefore.end - s.start, lv.start - s.start));
      let linked = gate && !listedBefore ? after : [];
      const viaAfter = linked.length > 0;
      let subject = false;
      let earlier: PlaceMention[] = [];
      if (linked.length === 0) {
        const prevEnd = prevLevelEnd;
        const at = countries.findLastIndex((c) => c.end <= lv.start && c.start >= prevEnd);
        const last = countries[at];
        const gap = last ? s.text.slice(last.end - s.start, lv.start - s.start) : "";
        // "Vietnam and Japan elevated their ties to a …", "upgraded relations with Australia to a …",
        // "the Japan-Vietnam Comprehensive Strategic Partnership".
        const verbFirst =
          last && RELATION_VERB.test(s.text.slice(prevEnd - s.start, last.start - s.start)) && TO_LEVEL.test(gap);
        const compound = last && gap.replace(HOME_NAMES, "").replace(/[\s\-–—']|\bs\b/g, "") === "";
        if (last && (RELATION_VERB.test(gap) || verbFirst || compound)) {
          linked = chain(s.text, s.start, countries, at, -1).filter((c) => c.start >= prevEnd);
          subject = !/\bwith\b/i.test(s.text.slice(prevEnd - s.start, (linked[0] as PlaceMention).start - s.start));
        } else if (last && AS_LEVEL.test(gap)) {
          const list = chain(s.text, s.start, countries, at, -1).filter((c) => c.start >= prevEnd);
          const head = list[0] as PlaceMention;
          const joiner = countries[countries.indexOf(head) - 1];
          const joins = s.text.slice((joiner?.end ?? prevEnd) - s.start, head.start - s.start);
          if (JOINS.test(joins))
            linked =
              joiner && joiner.start >= prevEnd && /^\s*\w+\s*(?:the\s+)?$/.test(joins) ? [joiner, ...list] : list;
        }
      }
      // Two foreign countries paired with each other ("Seoul and Jakarta upgraded their ties") are not Vietnam's;
      // nor is a list after a foreign subject ("Indonesia has comprehensive strategic partnerships with Australia").
      const pair = subject && new Set(linked.map((c) => c.place.kind === "country" && c.place.code)).size > 1;
      const clauseStart = s.start + s.text.lastIndexOf(";", lv.start - s.start) + 1;
      const firstLevel = levels.find((l) => l.start >= clauseStart) ?? lv;
      const foreignSubject = viaAfter && countries.some((c) => c.start >= clauseStart && c.end <= firstLevel.start);
      if (!homeNamed && (pair || foreignSubject)) {
        if (aboutVietnam || !pair) return;
        linked = linked.slice(1);
      }
      const announced =
        countries.length === 0 &&
        ANNOUNCED.test(s.text.slice(Math.max(0, lv.start - s.start - 30), lv.start - s.start));
      const before = s.text.slice(0, lv.start - s.start);
      const upgradedTo = countries.length === 0 && UPGRADE_TO.test(before.slice(-12)) && UPGRADE_VERB.test(before);
      if (linked.length === 0 && (PAIR.test(s.text) || announced || upgradedTo)) {
        const named = new Set(countries.map((c) => c.place.kind === "country" && c.place.code));
        const main = named.size === 1 ? (countries[0] ?? null) : mainPartner(places);
        if (main) linked = [main];
      }
      // "… makes the US the fifth country at that level, following China, Russia, India and South Korea."
      if (linked.length > 0) {
        const farAt = countries.findIndex(
          (c) =>
            c.start >= lv.end &&
            c.start < nextStart &&
            !linked.includes(c) &&
            FAR_LIST.test(s.text.slice(lv.end - s.start, c.start - s.start)),
        );
        if (farAt >= 0) earlier = chain(s.text, s.start, countries, farAt, 1);
      }
      // A year in the level's own clause wins over one in the next ("… in 2023; in 2024 Vietnam did the same").
      const from = s.text.lastIndexOf(";", lv.start - s.start) + 1;
      const to = clauseEnd(lv.end) - s.start;
      const own = yearsIn(s.text.slice(from, to), lv.end - s.start - from);
      let years = own.length > 0 ? own : yearsIn(s.text, lv.end - s.start);
      // "raised their ties to a CSP, twelve years after they signed a Strategic Partnership in 2013": a year nearer
      // another level is that level's; the new level of an upgrade with no year of its own is the article's news.
      const news = UPGRADE_TO.test(s.text.slice(0, lv.start - s.start)) && UPGRADE_VERB.test(before);
      if (news && levels.length > 1) years = years.filter((y) => nearestLevel(s.text, s.start, levels, y).includes(lv));
      for (const c of linked) emit(c, lv, years, undefined, news);
      for (const c of earlier) emit(c, lv, [], null);
      for (const [c, year] of timeline(s.text, s.start, countries, lv.end, nextStart)) emit(c, lv, [], year);
    });
  }
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
            q.place.code !== HOME,
        ) &&
        UPGRADED_IN.test(s.text),
    );
    const year = dated ? UPGRADED_IN.exec(dated.text)?.[1] : undefined;
    if (year) Object.assign(p, { year: Number(year), yearSource: "sentence" });
  }
  headlineUpgrade(sentences, places, ctx, out);
  // Levels only go up: a lower level named for a country that also holds a higher one is its history.
  const top = new Map<string, number>();
  for (const p of out) top.set(p.countryCode, Math.max(top.get(p.countryCode) ?? 0, RANK[p.level]));
  return out.filter((p) => RANK[p.level] === top.get(p.countryCode));
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
  if (!m || !UPGRADE_VERB.test(title.slice(0, m.index)) || NAME_AFTER.test(title.slice(m.index + m[0].length))) return;
  const level = GROUP_LEVEL[m.slice(1).findIndex((g) => g !== undefined)];
  const main = mainPartner(places);
  const s = sentences.slice(0, LEAD).find((x) => THE_UPGRADE.test(x.text));
  const place = main?.place;
  const upgrade = s ? THE_UPGRADE.exec(s.text) : null;
  if (!level || place?.kind !== "country" || !s || !upgrade) return;
  if (out.some((p) => p.countryCode === place.code && RANK[p.level] >= RANK[level])) return;
  const at = s.start + upgrade.index;
  out.push({
    sentenceIndex: s.index,
    start: at,
    end: at + upgrade[0].length,
    countryCode: place.code,
    countryName: place.name,
    level,
    year: ctx.year,
    yearSource: ctx.year === null ? null : "context",
    sentence: s.text,
  });
}

/** The foreign country an article is about: the most mentioned one, if clearly ahead of the next. */
function mainPartner(places: readonly PlaceMention[]): PlaceMention | null {
  const counts = new Map<string, { n: number; first: PlaceMention }>();
  for (const p of places) {
    if (p.place.kind !== "country" || p.place.code === HOME) continue;
    const c = counts.get(p.place.code);
    if (c) c.n++;
    else counts.set(p.place.code, { n: 1, first: p });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const top = ranked[0];
  if (!top || top.n < 2 || (ranked[1] && ranked[1].n * 2 > top.n)) return null;
  return top.first;
}
