// An undated holder whose upgrade a later sentence times without naming the level again: "France joins China, …, the
// United States and Japan at that level. … Last year Hanoi upgraded relations with the United States and Japan within
// three months of each other." The step reported is the one that took the holder to the level it holds.
import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { capitalMentions, namedLevelsIn } from "./vocabulary.js";
import { timeWordYear, type YearContext } from "./years.js";

// "upgraded relations with", "raised its ties with", "elevated their relationship with": a step with no level named.
const UPGRADE_WITH =
  /\b(?:upgraded|raised|elevated|lifted)\s+(?:(?:its|their|the|bilateral|diplomatic)\s+){0,2}(?:relations|ties|relationship)\s+with\s+/i;
// Members of one list after "with": "the United States and Japan", "Japan, Australia and France".
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
const LEAD = /^\s*(?:the\s+)?$/i;
// "has not upgraded relations with …", "never raised ties with …": no step taken.
const NEGATED = /\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$|n['’]t\s+(?:\w+\s+)?$/i;
// A year written in the sentence: the step's, when it is the only one.
const WRITTEN_YEAR = /\b(?:19|20)\d\d\b/g;

// "Washington reached the level in September, jumping two rungs from …": a holder opening the sentence that reached
// the level just named, the time of the step in its own clause (a year further on may date the level it left).
const REACHED =
  /^\s+(?:reached|joined|attained|took|gained)\s+(?:the|that|this)\s+(?:same\s+|top\s+|highest\s+)?(?:level|tier|rung|status|step)\b([^,;]*)/i;

/** The holder opening the sentence that "reached the level", and the clause after that says when. */
function reachedHolder(s: Sentence, places: readonly PlaceMention[]): { holder: PlaceMention; when: string } | null {
  // a capital standing for its government ("Washington reached …") opens the sentence as its country does
  const first = [
    ...places.filter((m) => m.sentenceIndex === s.index && m.place.kind === "country"),
    ...capitalMentions(s),
  ].sort((a, b) => a.start - b.start)[0];
  if (!first || !LEAD.test(s.text.slice(0, first.start - s.start))) return null;
  const reached = REACHED.exec(s.text.slice(first.end - s.start));
  return reached ? { holder: first, when: reached[1] ?? "" } : null;
}

/** Dates the one undated reading of a holder, read before the step's sentence, with the step's year. */
function dateHolder(out: PartnershipFinding[], h: PlaceMention, s: Sentence, year: number, ctx: YearContext): void {
  const code = h.place.kind === "country" ? h.place.code : null;
  const found = out.filter((p) => p.countryCode === code);
  // one reading of the holder, undated and read before the step: a holder with a history has its years already
  if (found.length !== 1) return;
  const p = found[0] as PartnershipFinding;
  if (p.year !== null || p.sentenceIndex >= s.index) return;
  if (ctx.year !== null && year > ctx.year) return;
  Object.assign(p, { year, yearSource: "context" });
}

/** The countries of one list right after the step's "with". */
function stepHolders(s: Sentence, at: number, places: readonly PlaceMention[]): PlaceMention[] {
  const after = places
    .filter((m) => m.sentenceIndex === s.index && m.place.kind === "country" && m.start - s.start >= at)
    .sort((a, b) => a.start - b.start);
  const holders: PlaceMention[] = [];
  let from = at;
  for (const m of after) {
    const gap = s.text.slice(from, m.start - s.start);
    if (!(holders.length === 0 ? LEAD : LIST_JOIN).test(gap)) break;
    holders.push(m);
    from = m.end - s.start;
  }
  return holders;
}

function stepYear(s: Sentence, ctx: YearContext): number | null {
  const written = [...new Set(s.text.match(WRITTEN_YEAR) ?? [])];
  if (written.length === 1) return Number(written[0]);
  if (written.length > 1) return null;
  return timeWordYear("", s.text, ctx);
}

export function laterUpgradeYears(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
): PartnershipFinding[] {
  if (!out.some((p) => p.year === null)) return out;
  for (const s of sentences) {
    // cheap test first: the step's verb and the level referred back to
    if (s.text.includes(" the level") || s.text.includes(" that level") || s.text.includes(" tier")) {
      const reached = reachedHolder(s, places);
      const written = reached ? [...new Set(reached.when.match(WRITTEN_YEAR) ?? [])] : [];
      const year = !reached
        ? null
        : written.length === 1
          ? Number(written[0])
          : written.length === 0
            ? timeWordYear("", reached.when, ctx)
            : null;
      if (reached && year !== null) dateHolder(out, reached.holder, s, year, ctx);
    }
    // cheap test first: most sentences report no step
    if (!s.text.includes(" with ")) continue;
    const step = UPGRADE_WITH.exec(s.text);
    if (!step || namedLevelsIn(s).length > 0 || NEGATED.test(s.text.slice(0, step.index))) continue;
    const holders = stepHolders(s, step.index + step[0].length, places);
    if (holders.length === 0) continue;
    const year = stepYear(s, ctx);
    if (year === null) continue;
    for (const h of holders) dateHolder(out, h, s, year, ctx);
  }
  return out;
}
