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
  relationVerbs: z.array(z.string()),
  pairWords: z.array(z.string()),
  ellipsis: z.array(z.string()),
  relationNouns: z.array(z.string()),
});
const config = Partnerships.parse(data);
// Longest level first so "Comprehensive Strategic Partnership" is never read as "Strategic Partnership".
const LEVEL_RE = new RegExp(
  `\\b(?:${config.levels.map((l) => l.patterns.map((p) => `(${p})`).join("|")).join("|")})\\b`,
  "gi",
);
const GROUP_LEVEL: PartnershipLevel[] = config.levels.flatMap((l) => l.patterns.map(() => l.level));
const NAME_AFTER = new RegExp(`^\\s+(?:${config.nameWords.join("|")})\\b`, "i");
const HOME = "VN";
const words = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");
const CONNECTOR = words(config.connectors);
const RELATION_VERB = words(config.relationVerbs);
const PAIR = words(config.pairWords);
const ELLIPSIS = words(config.ellipsis);
const TO_LEVEL = new RegExp(
  `^\\s*(?:(?:${config.relationNouns.join("|")})\\s+)?(?:to|into)\\s+(?:a|an|the)?\\s*$`,
  "i",
);
const CAPITALS = capitals();
const CAPITAL_RE = new RegExp(`\\b(?:${[...CAPITALS.keys()].join("|")})\\b`, "g");
const HOME_NAMES = /\b(?:Viet\s?Nam|Vietnam)\b/g;
const PREVIOUS_LEVEL = /\bfrom\s+(?:a|an|the|its|their)?\s*$/i;

export interface YearContext {
  /** Year the article speaks from ("this year"), from metadata or the text; null when unknown. */
  year: number | null;
}

/** Years written in the sentence, nearest to the level phrase first ("ties set in 1973 were upgraded … in 2024"). */
function yearsIn(text: string, at: number): number[] {
  return [...text.matchAll(/(?<![-–\d])\b(19[4-9]\d|20\d\d)\b(?![-–]\d)/g)]
    .sort((a, b) => Math.abs((a.index ?? 0) - at) - Math.abs((b.index ?? 0) - at))
    .map((m) => Number(m[1]));
}

function relativeYear(text: string, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  const lower = text.toLowerCase();
  if (/\b(last|previous|past) year\b/.test(lower)) return ctx.year - 1;
  // "this year", or news of the day ("on Thursday", "today"): the year the article speaks from.
  if (
    /\b(this|earlier this) (year|month|week)\b|\b(today|yesterday|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/.test(
      lower,
    )
  ) {
    return ctx.year;
  }
  return null;
}

/** Vietnam's partnership level with each country named next to a level phrase; one finding per listed country. */
export function findPartnerships(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
): PartnershipFinding[] {
  const out: PartnershipFinding[] = [];
  // The level of the last clause that named one, for elliptical clauses after it ("… did the same with France").
  let carry: { level: PartnershipLevel; start: number; end: number } | null = null;
  for (const s of sentences) {
    const lower = s.text.toLowerCase();
    if (config.hedges.some((h) => lower.includes(h))) {
      carry = null;
      continue;
    }
    const levels: Array<{ level: PartnershipLevel; start: number; end: number }> = [];
    for (const m of s.text.matchAll(LEVEL_RE)) {
      const group = m.slice(1).findIndex((g) => g !== undefined);
      const level = GROUP_LEVEL[group];
      const start = s.start + (m.index ?? 0);
      const end = start + m[0].length;
      if (!level || NAME_AFTER.test(s.text.slice(end - s.start))) continue;
      const inside = places.some((p) => p.sentenceIndex === s.index && p.start <= start && p.end >= end);
      if (!inside) levels.push({ level, start, end });
    }
    const sentenceCarry = carry;
    carry = levels.at(-1) ?? (ELLIPSIS.test(s.text) ? carry : null);
    if (levels.length === 0 && !sentenceCarry) continue;
    const countries = places.filter(
      (p) => p.sentenceIndex === s.index && p.place.kind === "country" && p.place.code !== HOME,
    );
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
    const clauseEnd = (from: number) => {
      const semi = s.text.indexOf(";", from - s.start);
      return semi < 0 ? s.end : s.start + semi;
    };
    const seen = new Set<string>();
    const emit = (c: PlaceMention, lv: { level: PartnershipLevel; start: number; end: number }, years: number[]) => {
      if (c.place.kind !== "country") return;
      const id = `${c.place.code}|${lv.level}`;
      if (seen.has(id)) return;
      seen.add(id);
      const rel = relativeYear(s.text, ctx);
      // "China (2008), Russia (2012)": a year right after the country is that country's own.
      const own = /^\s*\(?\s*(?:in\s+|since\s+)?((?:19|20)\d\d)\b/.exec(s.text.slice(c.end - s.start));
      const year = own ? Number(own[1]) : years.length > 0 ? (years[0] ?? null) : rel;
      out.push({
        sentenceIndex: s.index,
        start: lv.start,
        end: lv.end,
        countryCode: c.place.code,
        countryName: c.place.name,
        level: lv.level,
        year,
        yearSource: own || years.length > 0 ? "sentence" : rel !== null ? "context" : null,
        sentence: s.text,
      });
    };
    // Clauses (split at ";") without a level of their own but with an ellipsis inherit the level before them.
    let clauseStart = s.start;
    for (const part of s.text.split(";")) {
      const clauseEnd = clauseStart + part.length;
      const own = levels.some((l) => l.start >= clauseStart && l.start < clauseEnd);
      const before = [...levels].reverse().find((l) => l.end <= clauseStart) ?? sentenceCarry;
      if (!own && before && ELLIPSIS.test(part)) {
        const years = yearsIn(part, 0);
        for (const c of countries) if (c.start >= clauseStart && c.end <= clauseEnd) emit(c, before, years);
      }
      clauseStart = clauseEnd + 1;
    }
    levels.forEach((lv, n) => {
      const nextStart = Math.min(levels[n + 1]?.start ?? s.end, clauseEnd(lv.end));
      if (PREVIOUS_LEVEL.test(s.text.slice(Math.max(0, lv.start - s.start - 12), lv.start - s.start))) return;
      const after = countries.filter((c) => c.start >= lv.end && c.start < nextStart);
      const lead = after[0] ? s.text.slice(lv.end - s.start, after[0].start - s.start) : "";
      // A connector far from the level ("…, putting them on a par with China") introduces something else.
      const near = lead.trim().split(/\s+/).length <= 6;
      const gate = after[0] && near && (CONNECTOR.test(lead) || lead.includes(":"));
      // "raised relations with the US, Japan and Australia to comprehensive strategic partnerships" names them first.
      const prevLevelEnd = levels[n - 1]?.end ?? s.start;
      const lastBefore = countries.filter((c) => c.end <= lv.start && c.start >= prevLevelEnd).at(-1);
      const listedBefore =
        lastBefore !== undefined && TO_LEVEL.test(s.text.slice(lastBefore.end - s.start, lv.start - s.start));
      let linked = gate && !listedBefore ? after : [];
      if (linked.length === 0) {
        const prevEnd = levels[n - 1]?.end ?? s.start;
        const before = countries.filter((c) => c.end <= lv.start && c.start >= prevEnd);
        const last = before.at(-1);
        const gap = last ? s.text.slice(last.end - s.start, lv.start - s.start) : "";
        // "Vietnam and Japan elevated their ties to a …", "upgraded relations with Australia to a …",
        // "the Japan-Vietnam Comprehensive Strategic Partnership".
        const verbFirst =
          last && RELATION_VERB.test(s.text.slice(prevEnd - s.start, last.start - s.start)) && TO_LEVEL.test(gap);
        const compound = last && gap.replace(HOME_NAMES, "").replace(/[\s\-–—']|\bs\b/g, "") === "";
        if (last && (RELATION_VERB.test(gap) || verbFirst || compound)) linked = before;
      }
      if (linked.length === 0 && PAIR.test(s.text)) {
        const named = new Set(countries.map((c) => c.place.kind === "country" && c.place.code));
        const main = named.size === 1 ? (countries[0] ?? null) : mainPartner(places);
        if (main) linked = [main];
      }
      // A year in the level's own clause wins over one in the next ("… in 2023; in 2024 Vietnam did the same").
      const from = s.text.lastIndexOf(";", lv.start - s.start) + 1;
      const to = clauseEnd(lv.end) - s.start;
      const own = yearsIn(s.text.slice(from, to), lv.end - s.start - from);
      const years = own.length > 0 ? own : yearsIn(s.text, lv.end - s.start);
      for (const c of linked) emit(c, lv, years);
    });
  }
  return out;
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
