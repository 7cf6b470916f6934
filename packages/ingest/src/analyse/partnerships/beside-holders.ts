// Countries set beside a holder ("on a par with", "in the same tier as") or counted as holding the level.
import type { PartnershipLevel } from "@chancery/db";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE, HOME_POSSESSIVE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import {
  chain,
  config,
  foreignCountries,
  HOME_WORDS,
  hedgeAnywhere,
  type Level,
  LIST_GAP,
  levelOf,
  levelsIn,
  RANK,
  REFERENCE_REACH,
  settle,
} from "./vocabulary.js";
import { positionalYears } from "./years.js";

// "Hanoi counts Spain (2009) and Italy (2013) as strategic partners, and Denmark as a comprehensive partner": the
// level follows its list, after "as".
const AS_VERB = new RegExp(`\\b(?:${config.anaphoricLevels.asVerbs.join("|")})\\b`, "gi");
const AS_BEFORE = new RegExp(String.raw`\bas\s+(?:(?:a|an|its|their|${HOME_POSSESSIVE})\s+)?$`, "i");
const LIST_HEAD = /^\s*,?\s*(?:and\s+)?(?:(?:only|now|also|currently|still)\s+)?(?:the\s+)?$/i;
const LIST_END = new RegExp(
  String.raw`^\s*(?:\([^()]{0,30}\)\s*)?as\s+(?:(?:a|an|its|their|${HOME_POSSESSIVE})\s+)?$`,
  "i",
);

// "putting the United States on par with China and Russia", "now counts France alongside China, Russia …", "puts
// Japan level with China and India": a country set beside a list of others, one of Vietnam's holders beside the rest.
const BESIDE = /^\s+(?:on\s+(?:a\s+)?par\s+with|level\s+with|alongside|along\s+with|together\s+with)\s+(?:the\s+)?$/i;
const SETS_BESIDE =
  /\b(?:puts?|putting|places?|placed|placing|brings?|bringing|brought|counts?|counted|counting|lists?|listed|ranks?|ranked)\s+(?:the\s+)?$/i;
// "… puts Australia in a club of seven, alongside China, …", "Thailand's arrival brings the number on it to 13,
// alongside China, …": a count of the group may stand between the country and the list it is set beside; the count
// is itself the ranking the comparison is made in.
const COUNTED_BESIDE =
  /^(?:['’]s\s+(?:arrival|entry|addition|admission|upgrade|elevation|promotion)\s+(?:brings|takes|lifts|raises|pushes|brought|took|lifted|raised|pushed)\s+the\s+(?:number|count|tally|total)\b[^,;.]{0,40}?\bto\s+(?:\d{1,2}|[a-z]+)|\s+in(?:to)?\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:club|group|circle|tier|league|company)\s+of\s+(?:\d{1,2}|[a-z]+))\s*,\s*(?:alongside|along\s+with|together\s+with)\s+(?:the\s+)?$/i;
// The counting verb is inside the gap ("'s arrival brings the number … to 13"): nothing need stand before the country.
const ARRIVAL_BESIDE = /^['’]s\s/;
/** "Thailand's arrival brings the number … to 13, alongside …": the possessor opening the sentence is the holder. */
function arrivingHolder(s: Sentence, places: readonly PlaceMention[], others: readonly PlaceMention[]): PlaceMention[] {
  const first = places.find(
    (p) => p.sentenceIndex === s.index && p.place.kind === "country" && p.place.code !== HOME_CODE,
  );
  if (!first || others.includes(first) || !/^\W*(?:the\s+)?$/i.test(s.text.slice(0, first.start - s.start))) return [];
  return ARRIVAL_BESIDE.test(s.text.slice(first.end - s.start)) ? [first] : [];
}
// After the list: the level it is counted among ("… among its comprehensive strategic partners").
const AMONG_LEVEL = new RegExp(
  String.raw`^\s*(?:\([^()]{0,30}\)\s*)?(?:among|as)\s+(?:${HOME_POSSESSIVE}\s+|its\s+|the\s+)?(?:(?:other|existing|current|fellow|own)\s+)?$`,
  "i",
);
// The subject opening the sentence is the holder's step itself ("The upgrade, …, puts …", "The new status puts …").
const STEP_SUBJECT =
  /^\W*(?:the|this|its)\s+(?:upgrade|elevation|new\s+(?:status|level|tier|framework|partnership))\b/i;
// … or a word of the diplomatic ranking the comparison is made in ("… in Vietnam's diplomatic ranking").
const RANKING_AFTER = /^[^.;]{0,60}?\b(?:ranking|hierarchy|ladder|pecking\s+order|tier)\b/i;

/**
 * "… lifted ties to a comprehensive strategic partnership, putting the United States on par with China and Russia in
 * Vietnam's diplomatic ranking"; "Vietnam now counts France alongside China, Russia … among its comprehensive strategic
 * partners". The countries set beside a holder hold the level named after them, else the level the holder itself was
 * read with (in this sentence or the few before). A comparison in anything else (trade, exports) names no ranking, no
 * level and no home subject, and is left.
 */
export function besideHolders(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  for (const s of sentences) {
    if (!/\b(?:par|level\s+with|alongside|along\s+with|together\s+with)\b/i.test(s.text) || hedgeAnywhere(s)) continue;
    const countries = foreignCountries(s, places);
    countries.unshift(...arrivingHolder(s, places, countries));
    for (const [k, holder] of countries.entries()) {
      const next = countries[k + 1];
      if (!next || holder.place.kind !== "country") continue;
      const gap = s.text.slice(holder.end - s.start, next.start - s.start);
      const counted = COUNTED_BESIDE.test(gap);
      if (!BESIDE.test(gap) && !counted) continue;
      const before = s.text.slice(Math.max(0, holder.start - s.start - 20), holder.start - s.start);
      if (!SETS_BESIDE.test(before) && !(counted && ARRIVAL_BESIDE.test(gap))) continue;
      const list = chain(s.text, s.start, countries, k + 1, 1);
      const end = (list.at(-1) as PlaceMention).end - s.start;
      const after = s.text.slice(end);
      const named = levelsIn(s).find((m) => (m.index ?? 0) >= end);
      const own =
        named && AMONG_LEVEL.test(s.text.slice(end, named.index ?? 0)) ? (levelOf(named) as PartnershipLevel) : null;
      const code = holder.place.code;
      // "…, and the upgrade puts Australia alongside China, …": the step named as the verb's subject is the holder's
      // top level however far back it was reported (an older level recalled in the same sentence is what it left).
      const stepped = NEW_STATUS.test(s.text.slice(0, holder.start - s.start));
      const held = out
        .filter(
          (p) =>
            p.countryCode === code &&
            p.sentenceIndex <= s.index &&
            (stepped || s.index - p.sentenceIndex <= REFERENCE_REACH),
        )
        .reduce<PartnershipLevel | null>((a, p) => (a === null || RANK[p.level] > RANK[a] ? p.level : a), null);
      const homeCounts = HOME_WORDS.test(s.text.slice(0, holder.start - s.start));
      // "The upgrade puts Japan level with China, …": a step of the ranking as the subject makes the comparison one
      // of the ranking, as a ranking word after the list does (tested last: the other signs settle most sentences).
      const level =
        own ??
        (held && (RANKING_AFTER.test(after) || homeCounts || counted || STEP_SUBJECT.test(s.text)) ? held : null);
      if (!level) continue;
      // the sentence's own older level, read onto the list by the first pass, gives way to the step's
      for (const c of list) settle(out, s, c, level, null, stepped && !own);
    }
  }
}

// "For Hanoi, the new status puts Wellington in the same tier as Canberra, …": "the new status" (or "the upgrade") is
// the country's own step, reported however far back, so the group holds the level that country was read with.
const NEW_STATUS =
  /\b(?:the|this|its)\s+(?:new\s+(?:status|level|tier|label|rank|partnership|framework)|upgrade|elevation)\b[^,;.]{0,20}$/i;
export function newStatusLevel(
  head: string,
  moved: readonly PlaceMention[],
  out: readonly PartnershipFinding[],
): Level | null {
  const one = moved.length === 1 ? moved[0] : undefined;
  if (one?.place.kind !== "country" || !NEW_STATUS.test(head)) return null;
  const code = one.place.code;
  const held = out
    .filter((p) => p.countryCode === code)
    .reduce<PartnershipFinding | null>((a, p) => (a === null || RANK[p.level] > RANK[a.level] ? p : a), null);
  return held ? { level: held.level, start: held.start, end: held.end } : null;
}

export function countedAsLevel(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  for (const s of sentences) {
    // Only a level named after the verb is read: a sentence naming none has nothing to give.
    if (levelsIn(s).length === 0) continue;
    AS_VERB.lastIndex = 0;
    const verb = AS_VERB.exec(s.text);
    if (!verb || (!HOME_WORDS.test(s.text.slice(0, verb.index)) && !/^\W*(?:It|Hanoi)\b/.test(s.text))) continue;
    if (hedgeAnywhere(s)) continue;
    const countries = foreignCountries(s, places);
    const years = positionalYears(s, countries);
    let from = verb.index + verb[0].length;
    for (const m of levelsIn(s)) {
      const at = m.index ?? 0;
      if (at < from || !AS_BEFORE.test(s.text.slice(Math.max(0, at - 30), at))) continue;
      const level = levelOf(m) as PartnershipLevel;
      // only a bare list of countries stands between the verb and "as": "treats companies from Japan … as strategic
      // partners" counts firms, not states
      const listed = countries.filter((c) => c.start - s.start >= from && c.start - s.start < at);
      const head = listed[0];
      const tail = listed.at(-1);
      const bare =
        head !== undefined &&
        tail !== undefined &&
        LIST_HEAD.test(s.text.slice(from, head.start - s.start)) &&
        LIST_END.test(s.text.slice(tail.end - s.start, at)) &&
        listed.every(
          (c, i) =>
            i === 0 || LIST_GAP.test(s.text.slice((listed[i - 1] as PlaceMention).end - s.start, c.start - s.start)),
        );
      if (bare) for (const c of listed) settle(out, s, c, level, years.get(c) ?? null, true);
      from = at + m[0].length;
    }
  }
}
