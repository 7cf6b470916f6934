// A table of partners: short rows of a country, a level (named or by initials) and a date.
import type { PartnershipLevel } from "@chancery/db";
import { tableCells } from "../../read/table-row.js";
import { MONTH_NAMES } from "../dates.js";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { foundInSentence } from "./finding.js";
import { config, LEVEL_RE, levelOf, namedLevelsIn } from "./vocabulary.js";

// A table's row: a short line that opens on a country and holds one level — named, or by the initials tables print in
// capitals ("China  CSP  2008", "Japan | Strategic Partnership | 2009") — and a date, with nothing else to say.
const ROW_INITIALS = new RegExp(`(?<![\\w-])(?:${Object.keys(config.tableInitials).join("|")})(?![\\w-])`, "g");
const ROW_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
const ROW_FILLER = new RegExp(`\\b(?:${MONTH_NAMES.join("|")}|upgraded|established|since|in)\\b|[^\\p{L}]+`, "giu");
const ROW_WORDS = 10;
type Row =
  | { kind: "header"; level: PartnershipLevel }
  | {
      kind: "row";
      s: Sentence;
      c: PlaceMention;
      level: PartnershipLevel | null;
      year: number | null;
      at: number;
      end: number;
    };
const CELL_BREAK = /\||:\s/;
function tableRow(s: Sentence, places: readonly PlaceMention[]): Row | null {
  // a closed sentence is no row whatever its length: that cheap test first spares most sentences the word split
  if (/[.!?]["”’]?$/.test(s.text) || (s.text.split(/\s+/).length > ROW_WORDS && !levelCell(s.text))) return null;
  const here = places.filter((m) => m.sentenceIndex === s.index);
  const c = here[0];
  if (here.length === 0) {
    // "Country | Comprehensive strategic partner since": a header row naming one level gives it to the rows below.
    const named = namedLevelsIn(s);
    const level = named.length === 1 && CELL_BREAK.test(s.text) ? levelOf(named[0] as RegExpExecArray) : undefined;
    return level ? { kind: "header", level } : null;
  }
  if (here.length !== 1 || !c || c.place.kind !== "country" || c.place.code === HOME_CODE) return null;
  if (!/^\W*(?:the\s+)?$/i.test(s.text.slice(0, c.start - s.start))) return null;
  const rest = s.text.slice(c.end - s.start);
  const cell = levelCell(s.text);
  if (cell) return { kind: "row", s, c, ...cell, at: s.start + cell.at, end: s.start + cell.at + cell.length };
  const named = namedLevelsIn(s).filter((m) => (m.index ?? 0) >= c.end - s.start);
  const initials = [...rest.matchAll(ROW_INITIALS)];
  if (named.length + initials.length > 1) return null;
  const m = named[0] ?? initials[0];
  const level = m ? (named[0] ? levelOf(m) : config.tableInitials[m[0]]) : null;
  if (level === undefined) return null;
  // Nothing but the level and a date: a row, not a sentence about the country.
  if ((m ? rest.replace(m[0], " ") : rest).replace(ROW_FILLER, " ").trim() !== "") return null;
  const years = rest.match(ROW_YEAR);
  // a row naming no level is only a row under a header that names one, and must be dated
  if (!m && !years) return null;
  const at = m ? c.end + (rest.indexOf(m[0]) ?? 0) : c.start;
  return { kind: "row", s, c, level, year: years?.[0] ? Number(years[0]) : null, at, end: at + (m?.[0].length ?? 0) };
}

const CELL_YEAR = new RegExp(`^(?:(?:${MONTH_NAMES.join("|")})\\.?\\s+)?((?:19|20)\\d\\d)$`, "i");
/**
 * "Thailand | SP | 2013 | "Enhanced" SP; CSP expected in May": a row whose one level cell holds nothing but the level
 * is at that level, with the year of its year cell, whatever its notes cell says of other levels.
 */
function levelCell(text: string): { level: PartnershipLevel; year: number | null; at: number; length: number } | null {
  const cells = tableCells(text, { shape: "as written", empty: true })?.map((c) => ({ text: c.text, at: c.start }));
  if (!cells) return null;
  const levels = cells.flatMap((cell) => {
    const initial = config.tableInitials[cell.text];
    if (initial) return [{ cell, level: initial }];
    const m = cell.text.match(LEVEL_RE);
    return m && m[0].length === cell.text.length && levelOf(m) ? [{ cell, level: levelOf(m) as PartnershipLevel }] : [];
  });
  const only = levels.length === 1 ? levels[0] : undefined;
  if (!only) return null;
  const year = cells.map((cell) => CELL_YEAR.exec(cell.text)?.[1]).find(Boolean);
  return { level: only.level, year: year ? Number(year) : null, at: only.cell.at, length: only.cell.text.length };
}

/**
 * Rows of a table of partners: each holds the level it names, or the one its header names ("| Partner | Strategic
 * partner since |" over "| Spain | 2009 |"). Two or more rows make a table; one row-shaped line alone may be a
 * headline.
 */
export function tableRows(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PartnershipFinding[] {
  const held: {
    s: Sentence;
    c: PlaceMention;
    level: PartnershipLevel;
    year: number | null;
    at: number;
    end: number;
  }[] = [];
  let header: PartnershipLevel | null = null;
  for (const s of sentences) {
    const r = tableRow(s, places);
    if (r === null) header = null;
    else if (r.kind === "header") header = r.level;
    else if (r.level ?? header) held.push({ ...r, level: (r.level ?? header) as PartnershipLevel });
  }
  if (held.length < 2) return out;
  for (const r of held) {
    if (r.c.place.kind !== "country") continue;
    const code = r.c.place.code;
    // the row's level cell is its level: another level its notes name ("CSP expected in May") is not the row's
    for (let k = out.length - 1; k >= 0; k--) {
      const p = out[k] as PartnershipFinding;
      if (p.sentenceIndex === r.s.index && p.countryCode === code && p.level !== r.level && levelCell(r.s.text))
        out.splice(k, 1);
    }
    const have = out.find((p) => p.countryCode === code && p.level === r.level);
    if (have) {
      if (have.year === null && r.year !== null) Object.assign(have, { year: r.year, yearSource: "sentence" });
      continue;
    }
    out.push(foundInSentence(r.s, code, r.c.place.name, r.level, r.year, r.at, r.end));
  }
  return out;
}
