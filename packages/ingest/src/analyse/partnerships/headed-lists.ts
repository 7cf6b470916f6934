import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import data from "../data/headed-lists.json" with { type: "json" };
import { MONTH_NAMES } from "../dates.js";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import type { Sentence } from "../sentences.js";

/**
 * The scope of a level over the lines under it. Structured pages state a level once, in a heading, a table's caption,
 * a slide's title or a lead-in ("Below are the countries that hold that rung:"), and list its holders one a line,
 * one a row or one a bullet, each with its date: "China ........ 2008", "1 | China | 2008 | —", "May 2008 - China",
 * "China, since 2008", or a date alone on the line above the country. Each listed country holds the heading's level.
 */
const HeadedLists = z.object({
  maxHeadingWords: z.number().int().positive(),
  maxItemRest: z.number().int().nonnegative(),
  maxGapLines: z.number().int().nonnegative(),
  maxGapWords: z.number().int().positive(),
  references: z.array(z.string().min(1)),
  itemWords: z.array(z.string().min(1)),
});
const config = HeadedLists.parse(data);

/** What the partnership reader knows and this module asks: the levels a line names, its hedges, its time words. */
export interface LevelReader {
  /** Levels named in the sentence (outside names), in text order, with their offsets in the sentence's text. */
  levels(s: Sentence): { level: PartnershipLevel; index: number; length: number }[];
  /** Whether the sentence hedges what it says ("expected", "talks on"). */
  hedged(s: Sentence): boolean;
  /** The year a time word without a year names ("since last December"), or null. */
  timeWordYear(text: string): number | null;
  /** The levels a table's cells write in initials ("CSP", "SP"). */
  initials: Readonly<Record<string, PartnershipLevel>>;
  /** The level given most recently before the sentence, for a heading that points back at it ("that rung"). */
  levelBefore(sentenceIndex: number): PartnershipLevel | null;
}

/** One listed holder: the country, the heading's level and the year its own line gives. */
export interface HeldItem {
  heading: Sentence;
  country: PlaceMention;
  level: PartnershipLevel;
  year: number | null;
  /** The level's span in the heading, in body offsets (the heading's start when it points back at a level). */
  start: number;
  end: number;
}

const REFERENCE = new RegExp(`\\b(?:${config.references.join("|")})\\b`, "i");
/**
 * A line closed by a full stop or an exclamation mark, maybe with one closing mark after it and white space to the end
 * (`/[.!]["”’)\]]?\s*$/`), read back from the end rather than tried at every position of the line.
 */
function closed(text: string): boolean {
  const end = text.trimEnd().length;
  const last = text.charAt(end - 1);
  if (last === "." || last === "!") return true;
  if (end < 2 || !CLOSING_MARKS.includes(last)) return false;
  const stop = text.charAt(end - 2);
  return stop === "." || stop === "!";
}
const CLOSING_MARKS = `"”’)]`;
const OPENS_ON_QUESTION_OR_LIST = /[:?]\s*$/;
// "… upgraded from strategic partnership (2001)": the level a holder left is its history, not a heading.
const FROM_BEFORE = /\bfrom\s+(?:a|an|the|its)?\s*$/i;
const YEAR = /(?<![\d/])(?:19|20)\d\d(?![\d])/g;
const RANGE = /(?:19|20)\d\d\s*[–—-]\s*(?:19|20)?\d\d\b/;
// "1 | Spain | 2009 | First in the EU": the reader's table row, its cells set apart by bars.
const ROW = /\s\|\s/;
const NOTE = /\([^()]*\)/g;
const MONTH = new RegExp(`\\b(?:${MONTH_NAMES.join("|")})\\.?(?=\\s|$|,)`, "gi");
// "strategic and comprehensive strategic partners": a level whose shared words stand for a second one before it.
const ELIDED_BEFORE = /\b(?:strategic|comprehensive)\s+(?:and|or|&)\s+$/i;
const ITEM_WORDS = new RegExp(`\\b(?:${config.itemWords.join("|")})\\b`, "gi");
// A date alone on its line, over the country it dates: "2008", "12/2022", "May 2008".
const DATE_LINE = new RegExp(
  `^\\W*(?:(?:${MONTH_NAMES.join("|")})\\.?\\s+)?(?:\\d{1,2}[/.])?((?:19|20)\\d\\d)\\W*$`,
  "i",
);
// "China (2008), Russia (2012)" on one line: the year in brackets right after a country is that country's own.
const OWN_YEAR = /^\s*\(\s*(?:[A-Za-z]+\.?\s+)?((?:19|20)\d\d)\s*\)/;

const initialsRead = new WeakMap<object, RegExp>();
/** A table's level cells in initials, the keys of `reader.initials`, as one pattern. */
function initialsOf(reader: LevelReader): RegExp {
  let re = initialsRead.get(reader.initials);
  if (!re) {
    re = new RegExp(`(?<![\\w-])(?:${Object.keys(reader.initials).join("|")})(?![\\w-])`, "g");
    initialsRead.set(reader.initials, re);
  }
  return re;
}

interface Line {
  sentences: Sentence[];
  text: string;
  start: number;
}

function linesOf(sentences: readonly Sentence[]): Line[] {
  const out: Line[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && last.sentences[0]?.line === s.line) {
      // the gap kept as spaces, so a mention's body offset less the line's start falls on it in the line's text
      last.text = `${last.text}${" ".repeat(Math.max(1, s.start - (last.start + last.text.length)))}${s.text}`;
      last.sentences.push(s);
    } else out.push({ sentences: [s], text: s.text, start: s.start });
  }
  return out;
}

const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

// "Russia – 2012, upgraded from a strategic partnership set in 2001": after the item's date, a comma or a semicolon
// opens a note on the holder's history.
const DATED_NOTE = /(?<![\d/])(?:19|20)\d\d\s*[,;]\s/;
/**
 * Where an item line's note on its history starts (the line's length when it has none): the stretch after the
 * item's date that names an older level or year ("…, up from 2007", "…; strategic partners since 2009"). Its levels
 * are the holder's past, not a level of its own.
 */
function historyNote(line: Line, reader: LevelReader): number {
  const m = DATED_NOTE.exec(line.text);
  if (!m) return line.text.length;
  const at = (m.index ?? 0) + m[0].length;
  const note = line.text.slice(at);
  const named = line.sentences.some((s) => reader.levels(s).some((l) => s.start - line.start + l.index >= at));
  return named || new RegExp(YEAR.source).test(note) ? at : line.text.length;
}

/** The levels a line names as its own: not one it was raised from, nor one inside a bracketed note. */
function ownLevels(line: Line, reader: LevelReader) {
  return line.sentences.flatMap((s) =>
    reader
      .levels(s)
      .filter((m) => !FROM_BEFORE.test(s.text.slice(0, m.index)))
      .filter((m) => !/\([^()]*$/.test(s.text.slice(0, m.index)))
      .map((m) => ({ ...m, s })),
  );
}

/**
 * Every holder listed under a heading that names a level (or points back at one), with the year its own line gives.
 * `foreign` gives a sentence's foreign countries, capitals read as their countries.
 */
export function headedLists(
  sentences: readonly Sentence[],
  foreign: (s: Sentence) => PlaceMention[],
  reader: LevelReader,
): HeldItem[] {
  const lines = linesOf(sentences);
  const countriesOn = (line: Line) =>
    line.sentences.flatMap((s) => foreign(s).filter((c) => c.place.kind === "country" && c.place.code !== HOME_CODE));
  const out: HeldItem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i] as Line;
    const heading = head.sentences[0] as Sentence;
    // a closed line (nearly every line of prose) is no heading: tested before the word count, which costs more. Tested on
    // the line's last sentence, with which its text ends (a stop and a closer cannot reach across the space before that
    // sentence, which holds more than space), so the line's text is not flattened for it.
    if (closed((head.sentences.at(-1) as Sentence).text)) continue;
    if (wordCount(head.text) > config.maxHeadingWords || countriesOn(head).length > 0) continue;
    if (head.sentences.some((s) => reader.hedged(s))) continue;
    const named = ownLevels(head, reader);
    const kinds = new Set(named.map((m) => m.level));
    if (named.some((m) => ELIDED_BEFORE.test(m.s.text.slice(0, m.index)))) continue;
    let level: PartnershipLevel | null = null;
    let start = head.start;
    let end = head.start;
    if (kinds.size === 1 && named[0]) {
      level = named[0].level;
      start = named[0].s.start + named[0].index;
      end = start + named[0].length;
    } else if (kinds.size === 0 && OPENS_ON_QUESTION_OR_LIST.test(head.text) && REFERENCE.test(head.text)) {
      level = reader.levelBefore(heading.index);
    }
    if (!level) continue;
    const items: HeldItem[] = [];
    let gap = 0;
    let pendingYear: number | null = null;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] as Line;
      const countries = countriesOn(line);
      const noteAt = historyNote(line, reader);
      const levels = ownLevels(line, reader).filter((m) => m.s.start - line.start + m.index < noteAt);
      // a row writing its own level in initials ("Japan SP 2009") under another level's heading is no holder of it
      const cells = [...line.text.replace(NOTE, " ").matchAll(initialsOf(reader))].map((m) => reader.initials[m[0]]);
      if (cells.some((l) => l !== level)) break;
      if (countries.length === 0) {
        // another level's heading, or a paragraph of prose, ends the list
        if (levels.some((m) => m.level !== level)) break;
        const date = DATE_LINE.exec(line.text);
        if (date?.[1]) {
          pendingYear = Number(date[1]);
          continue;
        }
        if (wordCount(line.text) > config.maxGapWords || (closed(line.text) && wordCount(line.text) > 6)) break;
        if (++gap > config.maxGapLines) break;
        continue;
      }
      if (levels.some((m) => m.level !== level)) break;
      // A table's row is a record whatever its notes column says; a row that hedges ("CSP expected in May") is left
      // to the sentence readers, a hedged line of a list ends it.
      const row = ROW.test(line.text);
      if (line.sentences.some((s) => reader.hedged(s))) {
        if (row) continue;
        break;
      }
      const year = lineYear(line, countries, levels, pendingYear, reader, row, noteAt);
      if (year === undefined) break;
      for (const c of countries) {
        const own = OWN_YEAR.exec(line.text.slice(c.end - line.start));
        items.push({ heading, country: c, level, year: own?.[1] ? Number(own[1]) : year, start, end });
      }
      gap = 0;
      pendingYear = null;
    }
    if (new Set(items.map((x) => x.country.place.kind === "country" && x.country.place.code)).size < 2) continue;
    out.push(...items);
    i = j - 1;
  }
  return out;
}

/**
 * The year an item's line gives, null when it gives none (or a range, "2004–2011"), undefined when the line says
 * more than its holders, their dates and notes: then it is no item but a sentence about them.
 */
function lineYear(
  line: Line,
  countries: readonly PlaceMention[],
  levels: readonly { s: Sentence; index: number; length: number }[],
  pendingYear: number | null,
  reader: LevelReader,
  row: boolean,
  noteAt: number,
): number | null | undefined {
  const chars = [...line.text];
  const blank = (from: number, to: number) => {
    for (let k = Math.max(0, from); k < Math.min(chars.length, to); k++) chars[k] = " ";
  };
  blank(noteAt, chars.length);
  for (const c of countries) blank(c.start - line.start, c.end - line.start);
  for (const m of levels) blank(m.s.start - line.start + m.index, m.s.start - line.start + m.index + m.length);
  const bare = chars.join("");
  const outside = bare.replace(NOTE, " ");
  const rest = outside
    .replace(RANGE, " ")
    .replace(YEAR, " ")
    .replace(MONTH, " ")
    .replace(ITEM_WORDS, " ")
    .replace(initialsOf(reader), " ")
    .replace(/[^\p{L}\s]+/gu, " ");
  if (!row && wordCount(rest) > config.maxItemRest) return undefined;
  if (RANGE.test(outside)) return null;
  const written = outside.match(YEAR) ?? bare.match(YEAR);
  if (written?.[0]) return Number(written[0]);
  if (pendingYear !== null) return pendingYear;
  return reader.timeWordYear(outside);
}
