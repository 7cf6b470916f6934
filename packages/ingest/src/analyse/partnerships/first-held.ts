// A level's year as the year it was first held, when the text writes an earlier one than the story's.
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import { CHANGE_VERB, LEVEL_RE, levelOf, levelsIn, RELATIONS_WORDS } from "./vocabulary.js";

/**
 * A level's year is the year it was first held. "Russia and Vietnam agreed to deepen their comprehensive strategic
 * partnership" dates it by the story; "… raised to a comprehensive strategic partnership in 2012" further down
 * writes the year itself. A year the text writes, earlier than the story's, wins over the story's.
 */
export function firstHeld(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PartnershipFinding[] {
  for (const p of out) {
    if (p.yearSource !== "context" || p.year === null) continue;
    const written = out
      .filter(
        (q) =>
          q.countryCode === p.countryCode &&
          q.level === p.level &&
          q.yearSource === "sentence" &&
          (yearOfLevel(q) || entryYear(q)),
      )
      .map((q) => q.year ?? Number.POSITIVE_INFINITY);
    // the only news of its level the story dates by itself may have its origin given in a sentence naming no holder
    const alone = out.filter((q) => q.level === p.level && q.yearSource === "context").length === 1;
    const year = Math.min(...written, ...originYears(p, alone ? sentences : [], places));
    if (year < p.year) Object.assign(p, { year, yearSource: "sentence" });
  }
  return out;
}

// "raise the Strategic Partnership, established in 2009, to the Extensive Strategic Partnership": a level set off by an
// aside that gives its origin, right after the level's name.
const ORIGIN_AFTER =
  /^["”’']?\s*(?:,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:established|set\s+up|signed|forged|launched|formed|founded|agreed)\s+(?:in|since)\s+|\(\s*(?:established\s+|set\s+up\s+|since\s+|in\s+)?)((?:19|20)\d\d)\b/i;

/**
 * The years `p`'s own sentence gives a mention of the same level as its origin: a framework renamed or deepened at the
 * same rank ("raise the Strategic Partnership, established in 2009, to the Extensive Strategic Partnership") was first
 * held in that year, not the story's.
 */
function originYears(p: PartnershipFinding, sentences: readonly Sentence[], places: readonly PlaceMention[]): number[] {
  const out: number[] = [];
  const read = (text: string, definite: boolean) => {
    for (const m of allMatches(LEVEL_RE, text)) {
      if (levelOf(m) !== p.level) continue;
      if (definite && !DEFINITE_BEFORE.test(text.slice(0, m.index ?? 0))) continue;
      const origin = ORIGIN_AFTER.exec(text.slice((m.index ?? 0) + m[0].length));
      if (origin?.[1]) out.push(Number(origin[1]));
      // "The two countries set up their strategic partnership in 2015": the verb of its founding before the level
      else if (definite && ORIGIN_VERB_BEFORE.test(text.slice(0, m.index ?? 0))) {
        const year = ORIGIN_YEAR_AFTER.exec(text.slice((m.index ?? 0) + m[0].length));
        if (year?.[1]) out.push(Number(year[1]));
      }
    }
  };
  read(p.sentence, false);
  // "… would deepen the strategic partnership set up in 2009": a sentence naming no other holder speaks of the
  // story's own pair when it says "the" level
  for (const s of sentences) {
    // levelsIn is read once per sentence and already cached by the main pass: a sentence it found no level in gives
    // `read` nothing, so it is passed over before its places are filtered.
    if (s.text === p.sentence || levelsIn(s).length === 0) continue;
    const named = places.filter(
      (m) => m.sentenceIndex === s.index && m.place.kind === "country" && m.place.code !== HOME_CODE,
    );
    if (named.some((m) => m.place.kind === "country" && m.place.code !== p.countryCode)) continue;
    read(s.text, true);
  }
  return out;
}
// "2016: Modi visits Hanoi and the two sides raise ties to a …": a timeline's entry opens on its year as a label.
const YEAR_LABEL = /^\W*((?:19|20)\d\d)\s*[:–—]\s/;
/** The year of `p` is the label its timeline entry opens on, and the entry reports a change of the ties. */
function entryYear(p: PartnershipFinding): boolean {
  const label = YEAR_LABEL.exec(p.sentence);
  return label?.[1] !== undefined && Number(label[1]) === p.year && CHANGE_VERB.test(p.sentence);
}
const DEFINITE_BEFORE = /\b(?:the|their|its)\s+$/i;
const ORIGIN_VERB_BEFORE = /\b(?:set\s+up|established|signed|forged|launched|formed|declared)\s+(?:the|their|its)\s+$/i;
const ORIGIN_YEAR_AFTER = /^\s+in\s+((?:19|20)\d\d)\b/;

/**
 * The year of `p` is written for its own level: right after it in the same stretch of clause ("raised to a
 * comprehensive strategic partnership in 2012", "the strategic partnership … set up in 2009"), with no comma, quote
 * or talk of diplomatic relations between ("…, after Japan, whose ties … in 2011" is another pair's).
 */
function yearOfLevel(p: PartnershipFinding): boolean {
  const at = p.year === null ? -1 : p.sentence.indexOf(String(p.year));
  if (at < 0) return false;
  const lv = allMatches(LEVEL_RE, p.sentence).findLast((m) => (m.index ?? 0) < at);
  if (!lv || levelOf(lv) !== p.level) return false;
  const gap = p.sentence.slice((lv.index ?? 0) + lv[0].length, at);
  // "New Zealand and ASEAN lifted their own relationship to …": another pair's framework, whoever read it.
  const own = /\b(?:their|its)\s+own\b/i.test(p.sentence.slice(0, lv.index ?? 0));
  return !own && gap.length <= 90 && !/[,;"“”]/.test(gap) && !RELATIONS_WORDS.test(gap);
}
