// Lists where each holder carries its own year: segments, "whose" clauses, bracketed levels, year series.
import type { PlaceMention } from "../gazetteer.js";
import { HOME_NAME } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import {
  addOrDate,
  alt,
  CHANGE_VERB,
  CLAUSE_HEDGE,
  CLAUSES,
  foreignOf,
  HEDGE_ANY,
  HOME_WORDS,
  LEVEL_GATE,
  levelOf,
  levelsIn,
  listFrom,
  namedLevels,
  namedLevelsIn,
  PARTNERS_WHICH,
  RELATIONS_WORDS,
  ROLE,
  SPAN_WORDS,
  TIME,
  TOP_LEVEL,
  yearsIn,
} from "./vocabulary.js";
import { timeYear, type YearContext } from "./years.js";

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
export function ownSegmentYears(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
  only?: ReadonlySet<number>,
) {
  const bySentence = new Map<number, PartnershipFinding[]>();
  for (const p of out) {
    if (only && !only.has(p.sentenceIndex)) continue;
    bySentence.set(p.sentenceIndex, [...(bySentence.get(p.sentenceIndex) ?? []), p]);
  }
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
      const t = allMatches(TIME, `${m[0]}${tail}`)[0];
      const year = t ? timeYear(t, ctx, null) : null;
      if (year === null) continue;
      // A relative clause must speak of the ties: "Brazil, which hosted the G20 summit in 2024" dates nothing.
      if (/\b(?:which|who)\b/i.test(m[0]) && !SEGMENT_STEP.test(m[0]) && !CHANGE_VERB.test(m[0])) continue;
      if (RELATIONS_WORDS.test(m[0])) continue;
      claimed.add(year);
      // "…, and Australia, France and Malaysia, all upgraded last year": the group is the bare names before the aside;
      // a member dated in parentheses ("Japan (2023), and …") belongs to an earlier group.
      const members = m[1] || m[2] || m[3] || PARTNERS_WHICH.test(seg) ? listFrom(s, countries, k, -1) : [c];
      for (const g of members) if (g.place.kind === "country") own.set(g.place.code, year);
      // "China (2008), …, and Australia, France and Malaysia, all upgraded last year": a dated group that closes a
      // list the main pass read holds the level of the member right before it.
      const head = members[0] as PlaceMention;
      const lead = countries[countries.indexOf(head) - 1];
      const leadCode = lead?.place.kind === "country" ? lead.place.code : "";
      const held = found.find((p) => p.countryCode === leadCode);
      // a second reading (`only`) dates the holders the later passes found and adds none: their levels are set
      if (only || !lead || !held || !LIST_TAIL_GAP.test(s.text.slice(lead.end - s.start, head.start - s.start)))
        continue;
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
export function whoseLevels(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
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
export function parenthesisedLevels(
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

// "strategic partnerships with Russia (2001, raised to comprehensive in 2012), Japan (2006), …": a member's bracket that
// reports its own later raise holds the member at the level it was raised to, dated by the raise (the current level
// wins over the one the list names). "comprehensive" alone after a strategic partnership is the rung above it.
const RAISED_IN_BRACKET =
  /^\s*\(\s*(?:(?:19|20)\d\d\s*[,;]\s*)?(?:later\s+|then\s+|and\s+)?(?:raised|upgraded|elevated|lifted|promoted)\s+(?:to\s+)?(?:(?:a|the)\s+)?(comprehensive(?:\s+strategic)?|top|highest)(?:\s+(?:partnership|partner|level|tier|rung))?\s+(?:in|since)\s+((?:19|20)\d\d)\s*\)/i;
const STEPPED_IN_BRACKET =
  /^\s*\(\s*((?:19|20)\d\d)\s*,\s*(?:later\s+|then\s+|and\s+)?(?:made|raised|upgraded|elevated|lifted|renamed|expanded|enhanced)\b[^()]{0,40}?\b(?:in|since)\s+((?:19|20)\d\d)\s*\)/i;
export function raisedInBrackets(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  for (const p of out) {
    const s = sentences[p.sentenceIndex];
    if (!s?.text.includes("(") || p.level === TOP_LEVEL) continue;
    const c = foreignOf(s, places).find((x) => x.place.kind === "country" && x.place.code === p.countryCode);
    const m = c ? RAISED_IN_BRACKET.exec(s.text.slice(c.end - s.start)) : null;
    if (!m) {
      // "Japan (2009, made \"extensive\" in 2014)": a later step that names no rung above keeps the level, dated by
      // the step (the year a framework was last raised).
      const step = c ? STEPPED_IN_BRACKET.exec(s.text.slice(c.end - s.start)) : null;
      if (step && p.year === Number(step[1])) Object.assign(p, { year: Number(step[2]), yearSource: "sentence" });
      continue;
    }
    const word = (m[1] ?? "").toLowerCase();
    // "raised to comprehensive" from a comprehensive partnership names no rung above it
    if (word === "comprehensive" && p.level !== "Strategic Partnership") continue;
    Object.assign(p, { level: TOP_LEVEL, year: Number(m[2]), yearSource: "sentence" });
  }
}

// "China, Russia and India, with which we set up the framework in 2008, 2012 and 2016 respectively", "China and Russia,
// comprehensive strategic partners since 2008 and 2012", "China and Russia, … – the first since 2008, the second since
// 2012": a bare group of holders followed, in its own clause, by as many years as it has members takes them in order.
const GROUP_SERIES =
  /(?<!\b(?:between|from)\s+)\b(?:19|20)\d\d(?:\s*(?:,\s*and|,|and)\s+(?:the\s+(?:first|second|third|fourth|fifth|former|latter|other)\s+(?:since|in)\s+)?(?:19|20)\d\d)+\b/;
const SERIES_ABOUT = /partner|framework|\b(?:ties|relations)\b/i;
const SERIES_END = /;|,\s*(?:and|but|while)\b|\s(?:while|but|whereas)\s/i;
export function groupSeriesYears(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
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
    const times = allMatches(TIME, clause);
    if (times.length !== 1 || !times[0]) continue;
    const earlier = allMatches(TIME, s.text.slice(0, a)).at(-1);
    const prev = earlier ? timeYear(earlier, ctx, null) : null;
    const year = timeYear(times[0], ctx, prev);
    if (year !== null) Object.assign(p, { year, yearSource: "sentence" });
  }
}
