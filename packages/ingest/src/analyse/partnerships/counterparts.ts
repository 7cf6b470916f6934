import { z } from "zod";
import { alternation } from "../../clean/patterns.js";
import { countryName } from "../countries.js";
import leadersJson from "../data/leaders.json" with { type: "json" };
import data from "../data/partnership-counterparts.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import { PhraseIndex } from "../phrases.js";
import type { Sentence } from "../sentences.js";
import { REPORTED_STEP } from "./vocabulary.js";

/**
 * A summit roundup names a counterpart once with a title that gives the country ("Indian Prime Minister Manmohan
 * Singh", "Brazil's President Luiz Inácio Lula da Silva") and then only by name when it reports the pair's level:
 * "With Singh, he discussed the strategic partnership the two countries set up in 2007", "he held talks with Lula,
 * with whom he raised ties to a strategic partnership". The pair is Vietnam and that counterpart's country.
 */
// A cue opening its sentence is capitalised ("With Singh, he …"); the name's capital must stay case-sensitive.
const CUES = data.counterpartCues.flatMap((c) => [c, c.charAt(0).toUpperCase() + c.slice(1)]);
// "with Singh", "met Prime Minister Abe": the last capitalised word after the cue is the name said.
const CUE = new RegExp(`\\b(?:${alternation(CUES)})\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+)*\\p{Lu}[\\p{L}'’-]+)`, "gu");
// The titled name after a country's mention: capitalised words (title and name), with lower-case name particles.
const TITLED_RUN = /^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}.'’-]*|da|de|do|dos|van|von|bin|binti|al|el|la|le))+/u;

/** The one foreign country whose titled mention earlier in the text ends in a name said before the level. */
export function counterpartCountry(
  s: Sentence,
  levelStart: number,
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PlaceMention | null {
  const before = s.text.slice(0, levelStart - s.start);
  const names = [...before.matchAll(CUE)]
    .map((m) => (m[1] ?? "").split(/\s+/).at(-1) ?? "")
    .filter((n) => n.length > 2);
  return titledCountry(names, s.index, sentences, places);
}

/**
 * The one foreign country whose titled mention ("Indian Prime Minister Manmohan Singh", "U.S. Ambassador Daniel
 * Kritenbrink") in a sentence up to `upTo` ends in one of `names`: the country a person later named alone speaks for.
 */
export function titledCountry(
  names: readonly string[],
  upTo: number,
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PlaceMention | null {
  if (names.length === 0) return null;
  const found = new Map<string, PlaceMention>();
  for (const p of places) {
    if (p.sentenceIndex > upTo || p.place.kind !== "country" || p.place.code === HOME_CODE) continue;
    const own = sentences[p.sentenceIndex];
    if (!own) continue;
    const run = TITLED_RUN.exec(own.text.slice(p.end - own.start))?.[0] ?? "";
    // a title and a name: at least two words after the country, one of them the name said later
    const words = run
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.replace(/\.$/, ""));
    if (words.length < 2) continue;
    if (names.some((n) => words.includes(n))) found.set(p.place.code, p);
  }
  return found.size === 1 ? ([...found.values()][0] ?? null) : null;
}

const Leaders = z.object({ leaders: z.record(z.string().min(3), z.string().length(2)) });
const leaderIndex = new PhraseIndex<string>();
for (const [name, code] of Object.entries(Leaders.parse(leadersJson).leaders)) leaderIndex.add(name, code);

/**
 * "President Joe Biden and Vietnamese Communist Party leader Nguyen Phu Trong raised relations between their two
 * countries to …": the one foreign country whose known leader (data/leaders.json) the sentence names before the level,
 * when it names no country. A mention at the leader's name stands for the country.
 */
export function leaderCountry(s: Sentence, levelStart: number, dated = false): PlaceMention | null {
  // Only a step the two take: "… agreed to put flesh on the partnership the two countries launched six months ago"
  // recalls a level whose date the story gives elsewhere, unless the sentence dates the level itself ("the …
  // partnership forged in 2016").
  if (!dated && !REPORTED_STEP.test(s.text.slice(0, levelStart - s.start))) return null;
  const found = leaderIndex
    .scan(s.tokens)
    .filter((m) => m.value !== HOME_CODE && (s.tokens[m.to - 1]?.end ?? Number.POSITIVE_INFINITY) <= levelStart);
  const codes = new Set(found.map((m) => m.value));
  const first = found[0];
  if (codes.size !== 1 || !first) return null;
  const from = s.tokens[first.from];
  const to = s.tokens[first.to - 1];
  if (!from || !to) return null;
  return {
    place: { kind: "country", code: first.value, name: countryName(first.value) },
    sentenceIndex: s.index,
    from: first.from,
    to: first.to,
    start: from.start,
    end: to.end,
    surface: s.text.slice(from.start - s.start, to.end - s.start),
  };
}
