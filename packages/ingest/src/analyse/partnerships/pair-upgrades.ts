import type { PartnershipLevel } from "@chancery/db";
import { monthNamePatternCapitalised } from "../../metadata/months.js";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { holderDateYear, type StoryDate } from "./dated-holders.js";

/**
 * An upgrade whose holder is the story's own pair, named only as "our countries", "their countries" or "the two
 * countries": "In March, the two prime ministers elevated the relationship between our countries to a Comprehensive
 * Strategic Partnership". The level and its time belong to the story's main partner, when another sentence names it
 * at that level with no year: that sentence gives the partner, this one the year.
 */
type LevelAt = { level: PartnershipLevel; index: number; length: number };
const PAIR =
  /\b(?:between\s+(?:our|their|the\s+two)\s+(?:two\s+)?(?:countries|nations)|(?:the\s+two|both)\s+(?:countries|nations|sides)\b)/i;
const STEP = /\b(?:elevated|elevate|raised|raise|upgraded|upgrade|lifted|lift)\b/i;
const TO_LEVEL = /\b(?:to|into)\s+(?:a|an|the)?\s*["“‘']?$/i;
// "agreed to consider raising", "could be raised", "aim to lift": a step not taken.
const HEDGED =
  /\b(?:could|might|may|consider\w*|discuss\w*|explor\w*|aim\w*|hope\w*|plan\w*|propos\w*|look\s+forward|work\s+towards?|study\w*|prepar\w*|soon|next\s+year|future)\b/i;
// "on October 29", "In March", "on 7 March 2024": the time of the step.
const MONTH = `(?:${monthNamePatternCapitalised})\\.?`;
const TIME = new RegExp(
  `\\b(?:[Oo]n\\s+(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+(?:19|20)\\d\\d)?|\\d{1,2}\\s+${MONTH}(?:,?\\s+(?:19|20)\\d\\d)?)|[Ii]n\\s+${MONTH}(?:\\s+(?:19|20)\\d\\d)?)(?=[\\s,;.]|$)`,
);
const TODAY = /\b(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;

/** The year a step's own time words give: a dated day or month, or the story's day. */
function stepYear(text: string, story: StoryDate): number | null {
  const time = TIME.exec(text);
  if (time) {
    const words = time[0].replace(/^[Ii]n\s+/, "(").replace(/^[Oo]n\s+/, "on ");
    return holderDateYear(` ${words.startsWith("(") ? `${words})` : words}`, story);
  }
  return TODAY.test(text) ? story.year : null;
}

function mainPartner(places: readonly PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) {
    if (p.place.kind !== "country" || p.place.code === HOME_CODE) continue;
    counts.set(p.place.code, (counts.get(p.place.code) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const top = ranked[0];
  if (!top || top[1] < 2 || (ranked[1] && ranked[1][1] * 2 > top[1])) return null;
  return top[0];
}

export function pairUpgradeYears(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  story: StoryDate,
  levels: (s: Sentence) => LevelAt[],
): PartnershipFinding[] {
  if (story.year === null || !out.some((p) => p.year === null)) return out;
  const main = mainPartner(places);
  for (const s of sentences) {
    if (!PAIR.test(s.text) || !STEP.test(s.text)) continue;
    const named = places.filter(
      (m) => m.sentenceIndex === s.index && m.place.kind === "country" && m.place.code !== HOME_CODE,
    );
    for (const lv of levels(s)) {
      const before = s.text.slice(0, lv.index);
      // a step that names its holder before the level is read by the other readers
      if (named.some((m) => m.start - s.start < lv.index)) continue;
      if (!TO_LEVEL.test(before)) continue;
      const pair = PAIR.exec(before);
      if (!pair || !STEP.test(before) || HEDGED.test(before)) continue;
      const year = stepYear(s.text, story);
      if (year === null) continue;
      const undated = out.filter((p) => p.level === lv.level && p.year === null && p.countryCode !== HOME_CODE);
      const codes = new Set(undated.map((p) => p.countryCode));
      const holder = codes.size === 1 ? [...codes][0] : main && codes.has(main) ? main : null;
      if (!holder) continue;
      for (const p of undated) if (p.countryCode === holder) Object.assign(p, { year, yearSource: "context" });
    }
  }
  return out;
}
