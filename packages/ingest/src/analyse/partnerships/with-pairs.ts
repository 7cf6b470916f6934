import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { levelsNamedIn } from "./sentence-levels.js";
import { STEP_VERB } from "./vocabulary.js";

/**
 * One step taken with several partners, each named in its own "with <partner> to <level>" pair and the pairs joined:
 * "it had raised ties with Peru to a Strategic Partnership and with Chile to a Comprehensive Partnership in 2021".
 * Each pair is a holder at its own level; a year closing the run is the time of every pair before it that gives none
 * of its own, as "in 2021" closes the whole step. The sentence readers take the pairs as one list and may give the
 * first level to the wrong partner, or lose the second pair; this pass reads the pairs as the page joins them.
 */

// "with Peru to a", "with the United Arab Emirates to the": the text right before a pair's level.
const PAIR_BEFORE = /\bwith\s+(?:the\s+)?((?:(?!\bwith\b)[^,;.]){2,60}?)\s+(?:to|into)\s+(?:a|an|the)?\s*["“‘']?$/i;
// "in 2021", "in May 2021": the year closing a pair or the run.
const IN_YEAR = /^\s*["”’']?\s*in\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b/;
// "could raise", "plan to upgrade", "was discussed": a step not taken.
const HEDGED =
  /\b(?:could|might|may|would|should|consider\w*|discuss\w*|explor\w*|aim\w*|hope\w*|plan\w*|propos\w*|look\s+forward|towards?|study|studied|prepar\w*|wish\w*|seek\w*)\b/i;
const MIN_PAIRS = 2;

type Pair = {
  code: string;
  name: string;
  level: PartnershipFinding["level"];
  year: number | null;
  /** The level's offset in the sentence, and the offset of its pair's "with". */
  at: number;
  from: number;
};

function pairsIn(s: Sentence, places: readonly PlaceMention[]): Pair[] {
  const levels = levelsNamedIn(s);
  if (levels.length < MIN_PAIRS || !STEP_VERB.test(s.text)) return [];
  const countries = places.filter((m) => m.sentenceIndex === s.index && m.place.kind === "country");
  const pairs: Pair[] = [];
  for (const lv of levels) {
    const before = s.text.slice(0, lv.index);
    const pair = PAIR_BEFORE.exec(before);
    if (!pair) continue;
    const from = pair.index ?? 0;
    const holder = countries.find((m) => m.start >= s.start + from && m.end <= s.start + lv.index);
    if (holder?.place.kind !== "country" || holder.place.code === HOME_CODE) continue;
    const year = IN_YEAR.exec(s.text.slice(lv.index + lv.length));
    pairs.push({
      code: holder.place.code,
      name: holder.place.name,
      level: lv.level,
      year: year ? Number(year[1]) : null,
      at: lv.index,
      from,
    });
  }
  if (pairs.length < MIN_PAIRS) return [];
  const first = (pairs[0] as Pair).from;
  const opening = s.text.slice(0, first);
  // The step is the home side's: a partner named before the first pair is the subject of its own frameworks, and a
  // hedge anywhere before the pairs makes the step one not taken.
  if (HEDGED.test(opening.replace(/^.*\b(?:noting|adding|saying)\s+that\b/i, ""))) return [];
  if (!STEP_VERB.test(opening)) return [];
  const foreignSubject = countries.some(
    (m) => m.place.kind === "country" && m.place.code !== HOME_CODE && m.start < s.start + first,
  );
  if (foreignSubject) return [];
  // A year closing the run dates the pairs before it that give none.
  const closing = pairs.at(-1)?.year ?? null;
  return pairs.map((p) => ({ ...p, year: p.year ?? closing }));
}

/** Reads coordinated "with <partner> to <level>" pairs; a pair's own reading replaces the sentence readers' for it. */
export function withPairs(
  found: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PartnershipFinding[] {
  let out = found;
  for (const s of sentences) {
    // Cheap gate: a pair needs the word "with" and a level's word.
    if (!s.text.includes("with ") || !/artner/.test(s.text)) continue;
    const pairs = pairsIn(s, places);
    if (pairs.length === 0) continue;
    // The page sets each partner beside its own level: another level the readers gave a pair's partner in this
    // sentence is the next pair's.
    out = out.filter(
      (p) => p.sentenceIndex !== s.index || !pairs.some((q) => q.code === p.countryCode && q.level !== p.level),
    );
    for (const pair of pairs) {
      const same = out.filter(
        (p) => p.sentenceIndex === s.index && p.countryCode === pair.code && p.level === pair.level,
      );
      if (same.length > 0) {
        if (pair.year !== null) for (const p of same) Object.assign(p, { year: pair.year, yearSource: "sentence" });
        continue;
      }
      out.push({
        countryCode: pair.code,
        countryName: pair.name,
        level: pair.level,
        year: pair.year,
        yearSource: pair.year === null ? null : "sentence",
        sentence: s.text,
        sentenceIndex: s.index,
        start: s.start + pair.at,
        end: s.start + pair.at,
      });
    }
  }
  return out;
}
