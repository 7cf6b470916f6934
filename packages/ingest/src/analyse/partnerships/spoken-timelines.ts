import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import { alternation } from "../../clean/patterns.js";
import { monthNamePattern } from "../../metadata/months.js";
import data from "../data/partnership-spoken-timelines.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { foundInSentence } from "./finding.js";
import { TOP_REFERENCE, topNamedIn } from "./vocabulary.js";

/**
 * A chronology of holders told entry by entry once the level is the topic, the way analysts and podcast guests tell
 * it: "Who is at the top now? — China came first in 2008, then Russia in 2012 and India in 2016. South Korea joined in
 * 2022, and then in 2023 you had a busy year, with the United States in September and Japan in November." No entry
 * names the level: it is the one named last in the few sentences before (or the top, when that sentence only speaks of
 * "the top"), and it carries on from one timeline sentence to the next. Only a sentence that is nothing but entries
 * is read (it opens on its first holder, each holder is followed by its date, and only joiners stand between), so a
 * trade or visit chronology told in full clauses is left to the other readers.
 */
const SpokenTimelines = z.object({
  entryVerbs: z.array(z.string().min(1)),
  topWords: z.array(z.string().min(1)),
  reach: z.number().int().positive(),
  minEntries: z.number().int().min(2),
});
const config = SpokenTimelines.parse(data);

const YEAR = String.raw`((?:19|20)\d\d)`;
const MONTH = `(?:${monthNamePattern})`;
// what may open the sentence before its first holder: a joiner and a year that heads the entries ("This year …")
const OPENING = new RegExp(
  String.raw`^[\W_]*(?:(?:and|so|then|but)\s+)?(?:then\s+)?(?:((?:this|last)\s+year)|in\s+${YEAR})?,?\s*(?:then\s+)?(?:the\s+)?$`,
  "i",
);
// a holder's entry: maybe a verb of arrival, then its date ("came first in 2008", " in March", " last month"); the verb
// may stress how recent the step was ("was added only last month")
const ENTRY = new RegExp(
  String.raw`^\s+(?:(?:${config.entryVerbs.join("|")})\s+(?:(?:only|just)\s+)?)?(?:(?:in|since)\s+(?:(?:early|mid|late)[-\s]+)?(?:(${MONTH})\.?\s+)?${YEAR}\b|(?:in|since)\s+(?:(?:early|mid|late)[-\s]+)?(${MONTH})\b|(last\s+month|this\s+month|last\s+year|this\s+year)\b)`,
  "i",
);
// between two entries: a joiner, maybe after a short "which …" aside on the entry before
const JOINER = /^\s*(?:,\s*(?:which|who)\b[^,.;()]{0,80},)?\s*[,;]?\s*(?:and\s+)?(?:then\s+)?(?:the\s+)?$/i;
// … or a year that heads the entries after it ("…, and then in 2023 you had a busy year, with the …", "…, and then,
// within weeks of each other last year, the …")
const YEAR_HEAD = new RegExp(
  String.raw`^\s*,?\s*(?:and\s+)?(?:then\s*,?\s*)?(?:in\s+${YEAR}\b[^,.;()]{0,50},\s*with|[^,.;()]{0,40}\b((?:this|last)\s+year)\s*,)\s+(?:the\s+)?$`,
  "i",
);
// after the last entry: the end of the sentence, or a tally closing it ("…, so that makes nine")
const CLOSE = /^\s*(?:[.!]?["”’]?\s*$|,\s*(?:so|which|bringing|making|taking)\b)/i;
const TOP = new RegExp(`\\b(?:${alternation(config.topWords)})\\b`, "i");
// When every top word names "top" or "highest" as a word, only a sentence the main pass found naming one (cached) can
// speak of the top: a cheap gate before TOP, which is tried on nearly every sentence. A top word without them turns it off.
const TOP_WORDS_NAMED = config.topWords.every((w) => TOP_REFERENCE.test(w));

type LevelAt = { level: PartnershipLevel; index: number; length: number };

/** What the partnership reader tells this module. */
export interface SpokenTimelineReader {
  foreign(s: Sentence): PlaceMention[];
  levels(s: Sentence): LevelAt[];
  hedged(s: Sentence): boolean;
  /** The top level ("the top tier" names it). */
  top: PartnershipLevel;
  /** The year and month the story speaks from. */
  story: { year: number | null; month?: number | null };
}

type Entry = { holder: PlaceMention; year: number | null };

/** Holders of spoken timelines as new findings; years given to undated holders of the same level in `out`. */
export function spokenTimelines(
  sentences: readonly Sentence[],
  out: readonly PartnershipFinding[],
  reader: SpokenTimelineReader,
): PartnershipFinding[] {
  const added: PartnershipFinding[] = [];
  let topic: { level: PartnershipLevel; index: number } | null = null;
  for (const s of sentences) {
    const levels = reader.levels(s);
    if (levels.length > 0) {
      // a sentence naming several levels (a ladder explained) sets no one topic
      topic =
        new Set(levels.map((l) => l.level)).size === 1 ? { level: (levels[0] as LevelAt).level, index: s.index } : null;
      continue;
    }
    if ((!TOP_WORDS_NAMED || topNamedIn(s)) && TOP.test(s.text)) {
      topic = { level: reader.top, index: s.index };
      continue;
    }
    if (!topic || s.index - topic.index > config.reach) continue;
    const entries = timeline(s, reader);
    if (entries.length < config.minEntries || reader.hedged(s)) continue;
    topic = { level: topic.level, index: s.index };
    for (const { holder, year } of entries) {
      if (holder.place.kind !== "country") continue;
      const code = holder.place.code;
      const held = [...out, ...added].filter((p) => p.countryCode === code && p.level === topic?.level);
      if (held.length > 0) {
        for (const p of held) if (p.year === null && year !== null) Object.assign(p, { year, yearSource: "sentence" });
        continue;
      }
      added.push(foundInSentence(s, code, holder.place.name, topic.level, year, holder.start, holder.end));
    }
  }
  return added;
}

/** The entries of a sentence made of nothing but dated holders, or none. */
function timeline(s: Sentence, reader: SpokenTimelineReader): Entry[] {
  const countries = reader.foreign(s).filter((c) => c.place.kind === "country");
  const first = countries[0];
  if (!first) return [];
  const opening = OPENING.exec(s.text.slice(0, first.start - s.start));
  if (!opening) return [];
  let head = opening[2] ? Number(opening[2]) : opening[1] ? spokenYear(opening[1], reader) : null;
  const entries: Entry[] = [];
  let pending: PlaceMention[] = [];
  for (const [i, c] of countries.entries()) {
    const next = countries[i + 1];
    const rest = s.text.slice(c.end - s.start, next ? next.start - s.start : undefined);
    const entry = ENTRY.exec(rest);
    if (!entry) {
      // an undated name joined to the next shares that entry's date ("Australia and France in 2024")
      if (next && /^\s*(?:,\s*)?and\s+(?:the\s+)?$/i.test(rest)) {
        pending.push(c);
        continue;
      }
      return [];
    }
    const year = entry[2]
      ? Number(entry[2])
      : entry[4]
        ? spokenYear(entry[4], reader)
        : entry[1] || entry[3]
          ? head
          : null;
    for (const p of [...pending, c]) entries.push({ holder: p, year });
    pending = [];
    const gap = rest.slice(entry[0].length);
    if (!next) {
      if (!CLOSE.test(gap)) return [];
      continue;
    }
    const headed = YEAR_HEAD.exec(gap);
    if (headed) head = headed[1] ? Number(headed[1]) : spokenYear(headed[2] ?? "", reader);
    else if (!JOINER.test(gap)) return [];
  }
  return entries;
}

/** The year of "this year", "last year", "last month" said on the story's date. */
function spokenYear(words: string, reader: SpokenTimelineReader): number | null {
  const { year, month } = reader.story;
  if (year === null) return null;
  if (/^last\s+year/i.test(words)) return year - 1;
  if (/^last\s+month/i.test(words)) return month === 1 ? year - 1 : month ? year : null;
  return year;
}
