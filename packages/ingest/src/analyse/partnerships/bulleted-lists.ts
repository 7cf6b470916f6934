// A heading about Vietnam's partners followed by one country per line or bullet.
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { foundInSentence } from "./finding.js";
import { CLAUSE_HEDGE, HOME_WORDS, hedgeAnywhere, levelOf, MONTH, namedLevelsIn } from "./vocabulary.js";

// "- China (2008)", "• Japan – November 2023", "3. India: 2016": one list item per line, a country and maybe its date;
// "- United States, Japan (both 2023)": a dated line may hold a group.
const ITEM_MARK = /^\s*(?:[-–—•*·▪●]|\d{1,2}[.)])\s*/;
const ITEM_DATE = new RegExp(
  `[(:,–—-]?\\s*(?:(?:both|all|each)\\s+)?(?:in\\s+|since\\s+)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d\\d)\\s*\\)?`,
  "i",
);
const ITEM_NOTE = /\([^()]{0,120}\)/g;
/** Items a list may carry besides the country ("Republic of Korea" read as "Korea"). */
const ITEM_REST = 3;
/** How far a list may start below the level that heads it ("… 13 comprehensive strategic partners. In order:"). */
const LIST_INTRO = /^[^.!?]{0,40}:\s*$/;
/** Beside a level in a table's header row: column words ("Partner", "since", "Year"), cell rules, nothing else. */
const TABLE_HEAD_SIDE = /^[\s|/\t]*(?:\p{L}+[\s|/\t]*){0,2}$/u;

/**
 * "Vietnam now has 13 comprehensive strategic partners:" followed by one country per line or bullet: each listed
 * country holds the level, with the year its line gives (or none). Only a heading about Vietnam's own frameworks.
 */
export function bulletedList(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  const foreignIn = (i: number) =>
    places.filter((p) => p.sentenceIndex === i && p.place.kind === "country" && p.place.code !== HOME_CODE);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    const m = namedLevelsIn(s).at(-1);
    if (!m) continue;
    // Each reading below is asked only when the ones before it leave the sentence a heading: most sentences naming a
    // level are prose, and the hedges read the whole sentence.
    // "COMPREHENSIVE STRATEGIC PARTNERSHIP" on a line of its own: a factbox's section heading names its level bare.
    const bare = () =>
      /^\W*$/.test(s.text.slice(0, m.index)) && /^\W*$/.test(s.text.slice((m.index ?? 0) + m[0].length));
    // "Partner | Comprehensive strategic partnership | since": a table's header row names the level between a column
    // word or two, with no verb, digit or closing stop.
    const header = () =>
      TABLE_HEAD_SIDE.test(s.text.slice(0, m.index)) &&
      TABLE_HEAD_SIDE.test(s.text.slice((m.index ?? 0) + m[0].length)) &&
      !/[.!?]\s*$|\d/.test(s.text) &&
      !/\n/.test(s.text.trim());
    const heading = /s$/i.test(m[0]) || /:\s*$/.test(s.text) || bare() || header();
    if (!heading || (foreignIn(i).length > 0 && !HOME_WORDS.test(s.text))) continue;
    if (hedgeAnywhere(s) || CLAUSE_HEDGE.test(s.text)) continue;
    const level = levelOf(m);
    if (!level) continue;
    let j = i + 1;
    if (sentences[j] && LIST_INTRO.test(sentences[j]?.text ?? "") && foreignIn(j).length === 0) j++;
    const items: { c: PlaceMention; year: number | null }[] = [];
    for (; j < sentences.length; j++) {
      const item = sentences[j] as Sentence;
      const named = foreignIn(j);
      const codes = new Set(named.map((c) => c.place.kind === "country" && c.place.code));
      if (codes.size === 0) break;
      const marked = ITEM_MARK.test(item.text);
      let rest = item.text;
      for (const c of [...named].reverse()) rest = rest.slice(0, c.start - item.start) + rest.slice(c.end - item.start);
      const date = ITEM_DATE.exec(rest);
      if (date) rest = rest.replace(date[0], " ");
      // "Japan - 2009 (described since 2014 as …)": a dated item's parenthetical note is no part of its name.
      if (date) rest = rest.replace(ITEM_NOTE, " ");
      rest = rest.replace(ITEM_MARK, " ").replace(/[\s.;,]+$/, "");
      // "2023 – United States, Japan": several countries on one dated line, joined by nothing but commas and "and".
      if (codes.size > 1) rest = rest.replace(/(?:^|\s|,)(?:and|&|the)(?=\s|,|$)|,/gi, " ");
      const words = rest.trim().split(/\s+/).filter(Boolean).length;
      // A line with neither a bullet nor a date is an item only when it is the bare name ("Japan").
      if (words > ITEM_REST || /\d/.test(rest) || (!marked && !date && words > 0)) break;
      if (codes.size > 1 && (words > 0 || !date)) break;
      for (const c of named) items.push({ c, year: date ? Number(date[1]) : null });
    }
    if (items.length < 2) continue;
    const start = s.start + (m.index ?? 0);
    for (const { c, year } of items) {
      if (c.place.kind !== "country") continue;
      const code = c.place.code;
      if (out.some((p) => p.countryCode === code && p.level === level && p.year !== null)) continue;
      out.push(foundInSentence(s, code, c.place.name, level, year, start, start + m[0].length));
    }
    i = j - 1;
  }
}
