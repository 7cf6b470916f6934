import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import { alternation } from "../../clean/patterns.js";
import data from "../data/partnership-example-lists.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import { HOME_NAME, HOME_POSSESSIVE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import { alreadyRead, foundInSentence } from "./finding.js";

/**
 * A group named by a common noun, then given by examples: "Vietnam has raised ties with several partners in recent
 * years, including the US, Japan and South Korea, to Comprehensive Strategic Partnership"; "Vietnam, which counts
 * countries like China, Russia and India as comprehensive strategic partners"; "envoys of its strategic partners, such
 * as Germany and Italy". The examples hold the level the group is raised to or counted as right after the list, or
 * the level the group noun itself names. The other readers look for a holder beside its level and lose it behind the
 * group noun, so this reading only adds holders they did not read. A list inside a hedged or negated clause is not
 * read, nor one whose group belongs to another country ("China's strategic partners, like Laos").
 */
const ExampleLists = z.object({
  groupNouns: z.array(z.string().min(1)),
  gapWords: z.number().int().nonnegative(),
  cues: z.array(z.string().min(1)),
  levelLinks: z.array(z.string().min(1)),
});
const config = ExampleLists.parse(data);

// "partners in recent years, including ", "countries like ": the group noun, a short phrase, the cue
const GROUP_CUE = new RegExp(
  `\\b(${alternation(config.groupNouns)})\\b((?:\\s+[\\w'’-]+){0,${config.gapWords}}?)\\s*,?\\s+(?:${alternation(config.cues)})\\s+`,
  "gi",
);
// between two examples only commas, "and", "or" and "the"
const NAME_GAP = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?$/i;
// ", to Comprehensive Strategic Partnership", " as comprehensive strategic partners": the list's end joined to a level
const LEVEL_LINK = new RegExp(
  `^\\s*,?\\s*(?:${alternation(config.levelLinks)})\\s+(?:(?:a|an|the|its|their|${HOME_POSSESSIVE})\\s+)?(?:(?:top|highest)\\s+)?["“‘']?$`,
  "i",
);
// the phrase between the noun and the cue names a time or place, never a clause of its own
const GAP_CLAUSE = /\b(?:who|which|that|and|but|while|with|to)\b/i;

// ", which are comprehensive strategic partners, followed by strategic ": a relative clause opened and closed
const CLOSED_RELATIVE = /,\s*(?:which|who)\b[^,;]*,/i;

const OTHER_OWNER = new RegExp(`(?<!\\b${HOME_NAME})['’]s?\\s+(?:own\\s+)?$`, "i");

type LevelAt = { level: PartnershipLevel; index: number; length: number };

/** What the partnership reader tells this module about a sentence. */
export interface ExampleListReader {
  foreign(s: Sentence): PlaceMention[];
  levels(s: Sentence): LevelAt[];
  /** Whether a stretch of text hedges or negates what it says. */
  hedged(text: string): boolean;
}

/** Holders given as examples of a group at a level, as new findings for countries not read yet. */
export function exampleLists(
  sentences: readonly Sentence[],
  out: readonly PartnershipFinding[],
  reader: ExampleListReader,
): PartnershipFinding[] {
  const added: PartnershipFinding[] = [];
  const read = alreadyRead(out, added);
  for (const s of sentences) {
    // the levels first: they are read once for every reader, and most sentences name none
    const levels = reader.levels(s);
    if (levels.length === 0) continue;
    // search, not test: a global pattern's test would leave its lastIndex behind for the next sentence's
    if (s.text.search(GROUP_CUE) < 0) continue;
    const countries = reader.foreign(s).filter((c) => c.place.kind === "country");
    for (const m of allMatches(GROUP_CUE, s.text)) {
      if (GAP_CLAUSE.test(m[2] ?? "")) continue;
      const nounAt = m.index ?? 0;
      const nounEnd = nounAt + (m[1] ?? "").length;
      const listAt = nounAt + m[0].length;
      const names = examplesFrom(s, countries, listAt);
      const last = names.at(-1);
      if (!last) continue;
      const listEnd = last.end - s.start;
      const level = levelOfGroup(s, levels, nounAt, nounEnd, listEnd);
      if (!level) continue;
      // the clause up to the level (or the list's end) must state it, not weigh or deny it
      const clauseStart = Math.max(s.text.lastIndexOf(";", nounAt) + 1, 0);
      if (reader.hedged(s.text.slice(clauseStart, Math.max(level.end, listEnd)))) continue;
      // "China's strategic partners, like …", "Japan counts countries like …": another country's group
      // "China and India, which are comprehensive strategic partners, followed by strategic partners including …": a
      // country whose own relative clause closes before the group is an earlier item of the same roster, not its owner.
      if (
        countries.some(
          (c) =>
            c.start - s.start >= clauseStart &&
            c.end - s.start <= nounAt &&
            !CLOSED_RELATIVE.test(s.text.slice(c.end - s.start, nounAt)),
        )
      )
        continue;
      for (const c of names) {
        if (c.place.kind !== "country" || read(c.place.code)) continue;
        added.push(foundInSentence(s, c.place.code, c.place.name, level.level, null, c.start, c.end));
      }
    }
  }
  return added;
}

/** The countries that follow one another from `at` (sentence offset) with nothing but commas and "and" between. */
function examplesFrom(s: Sentence, countries: readonly PlaceMention[], at: number): PlaceMention[] {
  const names: PlaceMention[] = [];
  let end = at;
  for (const c of countries) {
    const from = c.start - s.start;
    if (from < at) continue;
    const gap = s.text.slice(end, from);
    if (!(names.length === 0 ? /^\s*(?:the\s+)?$/i : NAME_GAP).test(gap)) break;
    names.push(c);
    end = c.end - s.start;
  }
  return names;
}

/** The group's level: named by the group noun itself, or joined to the list's end by "to"/"as". */
function levelOfGroup(
  s: Sentence,
  levels: readonly LevelAt[],
  nounAt: number,
  nounEnd: number,
  listEnd: number,
): { level: PartnershipLevel; end: number } | null {
  const own = levels.find((l) => l.index < nounAt && l.index + l.length === nounEnd);
  // "the EU's strategic partners, such as …": a group another party owns
  if (own && OTHER_OWNER.test(s.text.slice(0, own.index))) return null;
  if (own) return { level: own.level, end: own.index + own.length };
  const after = levels.find((l) => l.index >= listEnd && LEVEL_LINK.test(s.text.slice(listEnd, l.index)));
  return after ? { level: after.level, end: after.index + after.length } : null;
}
