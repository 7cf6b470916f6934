import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import { monthNamePattern } from "../../metadata/months.js";
import data from "../data/partnership-dated-runs.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import { HOME_POSSESSIVE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { foundInSentence } from "./finding.js";

/**
 * A run of dated holders set before the group it completes: "Adding the earlier three - Chile since 2008, Peru since
 * 2012, and Mexico and Cuba since 2016 - the list of comprehensive strategic partners reached seven." The other
 * readers link a dated run to a level named before it or beside it; here the level comes after the run, as the group
 * ("the list of …", "the number of …") the run fills. Each name, or names joined by "and", carries the year written
 * right after it. Only a sentence with one level and no hedge is read, and only holders not read elsewhere are added
 * (a holder read without a year takes the run's year).
 */
const DatedRuns = z.object({
  groupNouns: z.array(z.string().min(1)),
  minItems: z.number().int().min(2),
});
const config = DatedRuns.parse(data);

// "the list of ", "the number of Vietnam's ": the group phrase right before the level
const GROUP_BEFORE = new RegExp(
  `\\b(?:${config.groupNouns.join("|")})\\s+of\\s+(?:(?:its|${HOME_POSSESSIVE})\\s+)?$`,
  "i",
);
// "on Vietnam's list of ", "the number of Hanoi's ": Vietnam named as the group's owner
const HOME_OWNED = new RegExp(`\\b${HOME_POSSESSIVE}\\s+(?:[\\w-]+\\s+){0,3}$`, "i");
// the dating after a name: " since 2008", " in March 2012", " (2016)"
const DATED = new RegExp(
  `^\\s*(?:(?:since|in)\\s+(?:(?:${monthNamePattern})\\.?\\s+)?((?:19|20)\\d\\d)\\b|\\(\\s*((?:19|20)\\d\\d)\\s*\\))`,
  "i",
);
// between two names of one entry, or two entries of the run: commas, "and", "the"
const JOINED = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;

type LevelAt = { level: PartnershipLevel; index: number; length: number };

/** What the partnership reader tells this module about a sentence. */
export interface DatedRunReader {
  foreign(s: Sentence): PlaceMention[];
  levels(s: Sentence): LevelAt[];
  hedged(s: Sentence): boolean;
}

/** Holders of a dated run before the group it completes, as new findings; years given to undated holders in `out`. */
export function datedRuns(
  sentences: readonly Sentence[],
  out: readonly PartnershipFinding[],
  reader: DatedRunReader,
): PartnershipFinding[] {
  const added: PartnershipFinding[] = [];
  for (const s of sentences) {
    const levels = reader.levels(s);
    const level = levels[0];
    if (!level || new Set(levels.map((l) => l.level)).size !== 1) continue;
    if (!GROUP_BEFORE.test(s.text.slice(0, level.index)) || reader.hedged(s)) continue;
    const countries = reader.foreign(s).filter((c) => c.place.kind === "country" && c.end - s.start <= level.index);
    const run = runBefore(s, countries);
    // "Canada has added Chile (2019) and Peru (2021) to its own list of …": a country outside the run owns the group,
    // unless the group is Vietnam's by name ("Japan follows Chile (2008), … on Vietnam's list of …")
    const homeOwned = HOME_OWNED.test(s.text.slice(0, level.index));
    if (!homeOwned && countries.some((c) => !run.some(([r]) => r === c))) continue;
    for (const [c, year] of run) {
      if (c.place.kind !== "country") continue;
      const code = c.place.code;
      const held = [...out, ...added].filter((p) => p.countryCode === code);
      if (held.length > 0) {
        for (const p of held)
          if (p.level === level.level && p.year === null) Object.assign(p, { year, yearSource: "sentence" });
        continue;
      }
      added.push(foundInSentence(s, code, c.place.name, level.level, year, c.start, c.end));
    }
  }
  return added;
}

/** The longest run of dated entries among `countries`, each name with its entry's year. */
function runBefore(s: Sentence, countries: readonly PlaceMention[]): [PlaceMention, number][] {
  let best: [PlaceMention, number][] = [];
  let run: [PlaceMention, number][] = [];
  let entries = 0;
  let bestEntries = 0;
  let pending: PlaceMention[] = [];
  const close = () => {
    if (entries > bestEntries) [best, bestEntries] = [run, entries];
    run = [];
    entries = 0;
    pending = [];
  };
  for (const [i, c] of countries.entries()) {
    const rest = s.text.slice(c.end - s.start);
    const dated = DATED.exec(rest);
    const next = countries[i + 1];
    if (dated) {
      const year = Number(dated[1] ?? dated[2]);
      for (const p of [...pending, c]) run.push([p, year]);
      entries++;
      pending = [];
      // the run goes on when the next name follows the year with only a comma or "and" between
      const after = c.end - s.start + dated[0].length;
      if (!next || !JOINED.test(s.text.slice(after, next.start - s.start))) close();
      continue;
    }
    // an undated name joined to the next shares that entry's year ("Australia and France since 2024")
    if (next && JOINED.test(s.text.slice(c.end - s.start, next.start - s.start))) pending.push(c);
    else close();
  }
  close();
  return bestEntries >= config.minItems ? best : [];
}
