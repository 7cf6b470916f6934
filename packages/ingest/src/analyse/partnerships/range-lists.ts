// "Vietnam has built a web of such ties, from Russia, its first strategic partner in 2001, to Japan, India and South
// Korea": the far end of a range and the members listed with it hold the level the range is about; an aside after
// the first member, with its level and year, is that member's own.
import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import {
  CHANGE_VERB,
  chain,
  foreignOf,
  levelOf,
  namedLevels,
  RELATIONS_WORDS,
  RELATIVE_DATED,
  RELATIVE_STEP,
  settle,
  TIES_WORDS,
  yearsIn,
} from "./vocabulary.js";

const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const TIES_BEFORE = /\b(?:ties|relations|partners|partnerships|frameworks)\b[^;.]*$/i;
const TO_BETWEEN = /^(\s*,[^,;.()]{1,60},)?\s+to\s+(?:the\s+)?$/i;

export function rangeLists(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PartnershipFinding[] {
  for (const s of sentences) {
    if (!/\bfrom\b[^.;]*\bto\b/i.test(s.text)) continue;
    const countries = foreignOf(s, places);
    for (let k = 0; k + 1 < countries.length; k++) {
      const start = countries[k] as PlaceMention;
      if (!FROM_BEFORE.test(s.text.slice(Math.max(0, start.start - s.start - 12), start.start - s.start))) continue;
      // "from Japan and Germany to France and Britain": the near end may be a group of its own
      const head = chain(s.text, s.start, countries, k, 1);
      const first = head.at(-1) as PlaceMention;
      const far = countries[k + head.length];
      if (!far) continue;
      const gap = TO_BETWEEN.exec(s.text.slice(first.end - s.start, far.start - s.start));
      if (!gap) continue;
      const aside = gap[1] ?? "";
      const named = namedLevels(aside)[0];
      const here = (c: PlaceMention) =>
        out.find((p) => c.place.kind === "country" && p.countryCode === c.place.code && p.sentenceIndex === s.index);
      // "exports went from China to Japan" is no range of partners: the words before it must speak of ties
      const ofTies = TIES_BEFORE.test(s.text.slice(0, start.start - s.start));
      const level =
        (named && levelOf(named)) ??
        (ofTies ? (head.map(here).find((p) => p !== undefined)?.level ?? here(far)?.level) : undefined);
      if (!level) continue;
      const year = named ? (yearsIn(aside, 0)[0] ?? null) : steppedIn(aside);
      const members = chain(s.text, s.start, countries, k + head.length, 1);
      // the first member's own year is no other member's
      for (const c of members) {
        const p = here(c);
        if (p && year !== null && p.year === year) Object.assign(p, { year: null, yearSource: null });
      }
      for (const c of head) settle(out, s, c, level, c === first ? year : null, false);
      for (const c of members) settle(out, s, c, level, null, false);
    }
  }
  return out;
}

// "from China, which has held the label since 2008, to …": a dated relative aside about the ties, naming no level,
// dates the first member at the level of the range.
function steppedIn(aside: string): number | null {
  const which = RELATIVE_DATED.exec(aside);
  if (!which || RELATIONS_WORDS.test(which[0])) return null;
  const aboutTies = TIES_WORDS.test(which[0]) || CHANGE_VERB.test(which[0]) || RELATIVE_STEP.test(which[0]);
  return aboutTies ? Number(which[1]) : null;
}
