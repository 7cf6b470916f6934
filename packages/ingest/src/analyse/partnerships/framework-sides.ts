import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import data from "../data/framework-sides.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE, HOME_NAME } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";

/**
 * Who the two sides of a framework are, and which of a page's frameworks a year belongs to. A level the page names
 * holds between a holder (the clause's subject, a possessor "Russia's …", a relative "whose country …") and the
 * party after "with"; only frameworks with Vietnam on one side are Vietnam's. A level lumped over a list of holders
 * ("strategic partnerships with A, B and C") is the list's noun, not each holder's tier: the record of Vietnam's
 * frameworks (data/framework-sides.json) knows which tier a holder held in a year.
 */
export interface SideReader {
  /** Levels named in the sentence, in text order, with their offsets in the sentence's text. */
  levels(s: Sentence): { level: PartnershipLevel; index: number; length: number }[];
  /** The year a time word without a year names ("since last year"), or null. */
  timeWordYear(text: string): number | null;
  /** The story's own year, or null when unknown. */
  year: number | null;
  rank: Readonly<Record<PartnershipLevel, number>>;
  /** Each capital the sentence names, as a mention of its country ("Washington's … partnership with India"). */
  capitals?(s: Sentence): PlaceMention[];
}

const Config = z.object({
  about: z.string(),
  holderNouns: z.array(z.string()),
  rankNouns: z.array(z.string()),
  pairNouns: z.array(z.string()),
  groupNouns: z.array(z.string()),
  subjectVerbs: z.array(z.string()),
  record: z.array(z.object({ code: z.string(), level: z.string(), from: z.number().int() })),
});
const config = Config.parse(data);

const HOLDER_NOUN = config.holderNouns.join("|");
// "…, whose country signed …", "…, whose government has …": the relative's antecedent is the framework's holder.
const WHOSE_HOLDER = new RegExp(`,\\s*whose\\s+(?:${HOLDER_NOUN})\\b[^,;:]*$`, "i");
// "Russia's strategic partnerships with …": a possessor right before the level holds it.
const POSSESSED = /^['’]s\s+(?:(?:own|other|several|many|older|newer|long-standing|existing|first)\s+){0,2}$/i;
// "Washington's Comprehensive Global Strategic Partnership with India": the framework's own capitalised name around
// the level.
const POSSESSED_NAMED = /^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u;
// "Vietnam becomes the third Southeast Asian nation to have …": a ranking whose subject is Vietnam counts Vietnam's peers.
const HOME_RANKED = new RegExp(
  `\\b${HOME_NAME}\\s+(?:becomes|became|is|was|has become|will become)\\s+(?:(?:also|now|thus|so)\\s+)?(?:the|its)\\s+(?:\\w+(?:st|nd|rd|th)|first|second|third|latest|only)\\s+(?:[\\w-]+\\s+){0,3}(?:${config.rankNouns.join("|")})\\b`,
  "i",
);
const WITH_AFTER = /^\s+with\s+(?:the\s+)?$/i;
// "Indonesia has Comprehensive Strategic Partnerships with China, Australia, …": a foreign subject right before a verb
// of holding owns the frameworks the clause lists; the words between the verb and the level are only its modifiers.
const SUBJECT_HOLDS = new RegExp(
  `^\\s+(?:(?:now|also|already|currently|so\\s+far|itself|today)\\s+)*(?:${config.subjectVerbs.join("|")})\\s+(?:[a-z-]+\\s+){0,3}$`,
  "i",
);
// a country right after a preposition or a conjunction is an object or a second subject, not the clause's own subject
const NOT_SUBJECT_BEFORE = /\b(?:with|and|of|between|to|for|from|in|on|than|by|like)\s+(?:the\s+)?$/i;
const CLAUSE_BREAK = /[;:]|\b(?:while|whereas|but)\b/i;
// ", and with Brazil and Venezuela, from 2007": a further "with" group after a level's first one.
// ", and China, from 2008": after a holder dated by its own year, the next holder joins the list without "with".
const AND_WITH = /(?:,\s*|\s)(?:and|as\s+well\s+as)\s+(?:also\s+|later\s+|more\s+recently\s+)?(with\s+)?(?:the\s+)?/gi;
const DATED_STRETCH = /^\s*(?:\(\s*(?:19|20)\d\d\s*\)|,?\s*(?:in|since|from)\s+(?:19|20)\d\d)\s*$/i;
const GROUP_GAP = /^\s*(?:,|and|,\s*and|&)\s*(?:the\s+)?$/i;
const GROUP_YEAR = /^\s*(?:\(\s*|,?\s*(?:in|since|from)\s+)((?:19|20)\d\d)\b/i;
const GROUP_TIME = /^\s*,?\s*(?:in|since|from)\s+[^,;.()]{0,30}/i;

const HOME_WORD = new RegExp(`\\b${HOME_NAME}\\b`, "i");
// "Australia and Indonesia agreed to lift their own relationship to …": the tie a pair of subjects calls theirs, in the
// stretch between the pair and the level, with no comma or clause break on the way.
const THEIR_TIE = new RegExp(
  `^\\s+(?:[^,;:()"“”]{0,60}?\\s)?their\\s+(?:own\\s+)?(?:(?:bilateral|two-way|mutual)\\s+)?(?:${config.pairNouns.join("|")})\\b[^,;:()]{0,40}$`,
  "i",
);
// "Canada and the five Andean nations agreed to raise their cooperation to …": one foreign country and a group of
// countries named by a noun (counted or not) share the tie; the level is the multilateral framework's own.
const AND_GROUP = new RegExp(
  `^\\s+(?:and|together\\s+with)\\s+(?:the\\s+)?(?:(?:\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|other|fellow)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${config.groupNouns.join("|")})\\b`,
  "iu",
);

const HYPHENED = /^\s?[-–—/]\s?$/;
// only the level's own modifiers between the pair and the level: "Laos-China new comprehensive …"
const PAIR_BEFORE_LEVEL = /^\s+(?:[a-z-]+\s+){0,2}$/;

// the level may stand in quotation marks: 'a "comprehensive strategic partnership" between Russia and North Korea'
const BETWEEN =
  /^["”’']?\s+(?:(?:signed|established|agreed|set\s+up)\s+)?between\s+[^,;:()]{2,80}?\s+and\s+(?:the\s+)?[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*){0,3}/u;

const countriesOf = (places: readonly PlaceMention[], s: Sentence) =>
  places.filter((m) => m.sentenceIndex === s.index && m.place.kind === "country").sort((a, b) => a.start - b.start);
const codeOf = (m: PlaceMention) => (m.place.kind === "country" ? m.place.code : "");

/** The mentions chained to `list[k]` forwards by commas and "and": one group of a list. */
function groupFrom(s: Sentence, list: readonly PlaceMention[], k: number): PlaceMention[] {
  const group: PlaceMention[] = [];
  for (let i = k; i < list.length; i++) {
    const m = list[i] as PlaceMention;
    const prev = group.at(-1);
    if (prev && !GROUP_GAP.test(s.text.slice(prev.end - s.start, m.start - s.start))) break;
    group.push(m);
  }
  return group;
}

/**
 * Every framework of the sentence whose two sides are both foreign: the holder is a possessor or a relative's
 * antecedent that is not Vietnam, or a ranking of Vietnam among its peers lists other holders of the same tie with a
 * third country. The findings it names are not Vietnam's.
 */
function foreignSides(
  s: Sentence,
  countries: readonly PlaceMention[],
  reader: SideReader,
  homeHeld: HomeHeld[] = [],
): Set<PlaceMention> {
  const others = new Set<PlaceMention>();
  let last: { holder: PlaceMention; at: number } | null = null;
  for (const lv of reader.levels(s)) {
    const before = s.text.slice(0, lv.index);
    const end = lv.index + lv.length;
    const clauseEnd = (() => {
      const m = CLAUSE_BREAK.exec(s.text.slice(end));
      return m ? end + m.index : s.text.length;
    })();
    const after = countries.filter((c) => c.start - s.start >= end && c.start - s.start < clauseEnd);
    // "the strategic partnership between ASEAN and China": two sides named after "between", neither of them Vietnam
    const between = BETWEEN.exec(s.text.slice(end));
    // the second side's whole name runs to the clause's end ("… and the Socialist Republic of Vietnam")
    const sides = between ? (s.text.slice(end).split(/[,;.]/u)[0] ?? "") : "";
    if (between && !HOME_WORD.test(sides) && !after.some((c) => codeOf(c) === HOME_CODE)) {
      const stop = end + between[0].length;
      for (const c of after) if (c.start - s.start < stop) others.add(c);
      continue;
    }
    // the holder: a foreign possessor right before the level, or the antecedent of "whose country"
    // a capital stands for its country as a possessor too: "Washington's … partnership with India"
    const possessor = [...countries, ...(reader.capitals?.(s) ?? [])]
      .filter((c) => c.end - s.start <= lv.index)
      .sort((a, b) => a.end - b.end)
      .at(-1);
    let holder: PlaceMention | undefined;
    const owned = possessor ? s.text.slice(possessor.end - s.start, lv.index) : "";
    if (possessor && (POSSESSED.test(owned) || POSSESSED_NAMED.test(owned))) holder = possessor;
    const whose = WHOSE_HOLDER.exec(before);
    if (!holder && whose) holder = countries.findLast((c) => c.end - s.start <= (whose.index ?? 0));
    if (!holder) holder = subjectHolder(s, countries, lv.index);
    // "Cambodia's … partnership with China and its comprehensive strategic partnership with Japan": "its" right before
    // a level takes up the foreign holder of the level before it
    if (!holder && last && ITS_BEFORE.test(before) && !CLAUSE_BREAK.test(s.text.slice(last.at, lv.index)))
      holder = last.holder;
    // the holder's partners are the group right after "with": "Singapore's own … with Australia, …, and Viet Nam's
    // with Australia" names Vietnam's own tie after it
    if (holder && codeOf(holder) !== HOME_CODE) {
      last = { holder, at: end };
      const target = after[0];
      if (target && WITH_AFTER.test(s.text.slice(end, target.start - s.start))) {
        const group = groupFrom(s, after, 0);
        for (const c of group) if (codeOf(c) !== codeOf(holder)) others.add(c);
        // "Australia now has comprehensive strategic partnerships with Indonesia, …, India and Vietnam": Vietnam among
        // the subject's partners makes the subject Vietnam's holder of the level
        if (group.some((c) => codeOf(c) === HOME_CODE)) homeHeld.push({ holder, level: lv.level });
      }
      continue;
    }
    // "Vietnam becomes the third … nation to have a strategic partnership with Korea after Indonesia, … and the
    // Philippines": the ranking counts holders of a tie with Korea, so the holders after it are Korea's partners.
    const target = after[0];
    if (!target || codeOf(target) === HOME_CODE || !HOME_RANKED.test(before)) continue;
    if (!WITH_AFTER.test(s.text.slice(end, target.start - s.start))) continue;
    const group = new Set(groupFrom(s, after, 0));
    for (const c of after) if (!group.has(c)) others.add(c);
  }
  return others;
}

/** A foreign subject whose own list of partners at `level` names Vietnam. */
interface HomeHeld {
  holder: PlaceMention;
  level: PartnershipLevel;
}

const ITS_BEFORE = /\bits\s+(?:own\s+)?$/i;

/** The country that is the clause's subject right before a verb of holding and the level: "Indonesia has …". */
function subjectHolder(s: Sentence, countries: readonly PlaceMention[], at: number): PlaceMention | undefined {
  const c = countries.filter((m) => m.end - s.start <= at).at(-1);
  if (!c || !SUBJECT_HOLDS.test(s.text.slice(c.end - s.start, at))) return undefined;
  return NOT_SUBJECT_BEFORE.test(s.text.slice(0, c.start - s.start)) ? undefined : c;
}

/**
 * The foreign pairs that hold a level of the sentence between themselves: two or more countries joined by commas and
 * "and", none of them Vietnam, whose tie ("their relationship", "their own ties") is raised to the level; or one
 * country and a group of countries named by a noun ("Canada and the five Andean nations …").
 */
function foreignPairs(s: Sentence, countries: readonly PlaceMention[], reader: SideReader): Set<PlaceMention> {
  const pairs = new Set<PlaceMention>();
  for (const lv of reader.levels(s)) {
    for (let k = 0; k < countries.length; k++) {
      const group = groupFrom(s, countries, k);
      const tail = group.at(-1) as PlaceMention;
      k += group.length - 1;
      if (tail.end - s.start > lv.index) continue;
      if (group.some((c) => codeOf(c) === HOME_CODE)) continue;
      let gap = s.text.slice(tail.end - s.start, lv.index);
      if (group.length < 2) {
        // a single country pairs only with a group named by its noun
        const g = AND_GROUP.exec(gap);
        if (!g) continue;
        gap = gap.slice(g[0].length);
      }
      if (HOME_WORD.test(gap) || !THEIR_TIE.test(gap)) continue;
      for (const c of group) pairs.add(c);
    }
  }
  return pairs;
}

/**
 * "the Laos-China comprehensive strategic cooperative partnership": a hyphened pair right before a level names its two
 * sides; with neither of them Vietnam, the level is theirs. Each side's code, with the offset the level ends at: a
 * later mention ("… with Vietnam and Laos") may still hold a tie of Vietnam's.
 */
function hyphenedPairs(s: Sentence, countries: readonly PlaceMention[], reader: SideReader): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const lv of reader.levels(s)) {
    for (const [k, a] of countries.entries()) {
      const b = countries[k + 1];
      if (!b || codeOf(a) === HOME_CODE || codeOf(b) === HOME_CODE || b.end - s.start > lv.index) continue;
      if (!HYPHENED.test(s.text.slice(a.end - s.start, b.start - s.start))) continue;
      if (!PAIR_BEFORE_LEVEL.test(s.text.slice(b.end - s.start, lv.index))) continue;
      for (const c of [a, b]) pairs.set(codeOf(c), lv.index + lv.length);
    }
  }
  return pairs;
}

/**
 * ", and with Brazil and Venezuela, from 2007": a level's holders may come in several "with" groups, each dated by
 * its own year; a group after the first holds the same level.
 */
function laterWithGroups(
  s: Sentence,
  countries: readonly PlaceMention[],
  found: readonly PartnershipFinding[],
  out: PartnershipFinding[],
  reader: SideReader,
) {
  const levels = reader.levels(s);
  for (const [i, lv] of levels.entries()) {
    const end = lv.index + lv.length;
    const stop = levels[i + 1]?.index ?? s.text.length;
    const held = found.find((p) => p.level === lv.level);
    if (!held) continue;
    const holds = (c: PlaceMention) => found.some((p) => p.level === lv.level && p.countryCode === codeOf(c));
    for (const m of s.text.slice(0, stop).matchAll(AND_WITH)) {
      const at = m.index ?? 0;
      // the first group, read already, stands between the level and this one
      const first = countries.filter((c) => c.start - s.start >= end && c.end - s.start <= at && holds(c)).at(-1);
      if (!first || CLAUSE_BREAK.test(s.text.slice(end, at))) continue;
      if (!m[1] && !DATED_STRETCH.test(s.text.slice(first.end - s.start, at))) continue;
      const k = countries.findIndex((c) => c.start - s.start === at + m[0].length);
      if (k < 0) continue;
      const group = groupFrom(s, countries, k);
      const tail = s.text.slice((group.at(-1) as PlaceMention).end - s.start);
      const written = GROUP_YEAR.exec(tail);
      const time = written ? null : GROUP_TIME.exec(tail);
      const year = written ? Number(written[1]) : time ? reader.timeWordYear(time[0]) : null;
      for (const c of group) {
        const code = codeOf(c);
        if (code === HOME_CODE || out.some((p) => p.countryCode === code && p.level === lv.level)) continue;
        if (c.place.kind !== "country") continue;
        out.push({
          ...held,
          countryCode: code,
          countryName: c.place.name,
          year,
          yearSource: written ? "sentence" : year === null ? null : "context",
        });
      }
    }
  }
}

/** The tier the record says `code` held in `year`, or null when the record does not know it. */
function recordedLevel(code: string, year: number, rank: SideReader["rank"]): PartnershipLevel | null {
  let best: { level: PartnershipLevel; from: number } | null = null;
  for (const r of config.record) {
    if (r.code !== code || r.from > year) continue;
    const level = r.level as PartnershipLevel;
    if (!best || rank[level] > rank[best.level]) best = { level, from: r.from };
  }
  return best?.level ?? null;
}

/**
 * "Vietnam has signed strategic partnerships with Russia, India and China": a plural level over several holders names
 * the kind of list; a holder the record shows at a higher tier in that year (China's comprehensive strategic
 * cooperative partnership of 2008) holds that tier. One holder named alone keeps the level the page gives it.
 */
function liftLumped(
  s: Sentence,
  countries: readonly PlaceMention[],
  found: PartnershipFinding[],
  reader: SideReader,
): PartnershipFinding[] {
  const lifted: PartnershipFinding[] = [];
  const levels = reader.levels(s);
  for (const [i, lv] of levels.entries()) {
    const stop = levels[i + 1]?.index ?? s.text.length;
    const listed = new Set(
      countries.filter((c) => c.start - s.start >= lv.index + lv.length && c.start - s.start < stop).map(codeOf),
    );
    const lumped = found.filter((p) => p.level === lv.level && listed.has(p.countryCode));
    if (lumped.length < 2) continue;
    for (const p of lumped) {
      // "… with Russia, India and China -- all since 2001": a year older than the holder's first framework is the
      // list's, not the holder's; the story's year says which tier the holder holds
      // An undated holder keeps the page's word (the list may be as of any year), as does one the story dated
      if (p.year === null || p.yearSource !== "sentence" || !s.text.includes(String(p.year))) continue;
      const first = Math.min(...config.record.filter((r) => r.code === p.countryCode).map((r) => r.from));
      const when = p.year >= first ? p.year : reader.year;
      if (when === null) continue;
      const level = recordedLevel(p.countryCode, when, reader.rank);
      if (level && reader.rank[level] > reader.rank[p.level]) {
        p.level = level;
        lifted.push(p);
      }
    }
  }
  return lifted;
}

export function readSides(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  reader: SideReader,
): PartnershipFinding[] {
  const dropped = new Set<PartnershipFinding>();
  const lifted: PartnershipFinding[] = [];
  for (const s of sentences) {
    const found = out.filter((p) => p.sentenceIndex === s.index);
    if (!found.length) continue;
    const countries = countriesOf(places, s);
    laterWithGroups(s, countries, found, out, reader);
    const mine = out.filter((p) => p.sentenceIndex === s.index);
    lifted.push(...liftLumped(s, countries, mine, reader));
    const homeHeld: HomeHeld[] = [];
    const others = foreignSides(s, countries, reader, homeHeld);
    for (const h of homeHeld) {
      const code = codeOf(h.holder);
      if (h.holder.place.kind !== "country") continue;
      const like = mine.find((p) => p.level === h.level);
      if (!like || out.some((p) => p.countryCode === code && p.level === h.level)) continue;
      const holder: PartnershipFinding = {
        ...like,
        countryCode: code,
        countryName: h.holder.place.name,
        year: null,
        yearSource: null,
      };
      out.push(holder);
      mine.push(holder);
    }
    const pairs = foreignPairs(s, countries, reader);
    const hyphened = hyphenedPairs(s, countries, reader);
    for (const p of mine) {
      const pairEnd = hyphened.get(p.countryCode);
      if (
        pairEnd !== undefined &&
        !countries.some((c) => codeOf(c) === p.countryCode && c.start - s.start >= pairEnd)
      ) {
        dropped.add(p);
        continue;
      }
      // a holder named only as one of a foreign pair raising its own tie holds nothing with Vietnam here
      const all = countries.filter((c) => codeOf(c) === p.countryCode);
      if (all.length && all.every((c) => pairs.has(c))) {
        dropped.add(p);
        continue;
      }
      // "Australian Prime Minister …, whose country signed … with Australia": a mention before any level is no holder
      const firstLevel = reader.levels(s)[0]?.index ?? 0;
      const named = countries.filter((c) => codeOf(c) === p.countryCode && c.start - s.start >= firstLevel);
      if (named.length && named.every((c) => others.has(c))) dropped.add(p);
    }
  }
  // levels only go up: a tier lifted by the record leaves the lower reading of the same holder as history
  return out.filter(
    (p) =>
      !dropped.has(p) &&
      !lifted.some((q) => q.countryCode === p.countryCode && reader.rank[q.level] > reader.rank[p.level]),
  );
}
