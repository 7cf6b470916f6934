// Figures a page writes twice: a headline and its lead, a key-figures box, a gloss in brackets, a table beside the
// prose, one place in one ranking. Apart: it reads the findings, not the text.
import type { Sentence } from "../sentences.js";
import type { IndicatorFinding } from "../types.js";
import { MONEY, RANK_ROLES } from "./figure-words.js";
import { tableRowSentences } from "./table-figures.js";

/** Sentences at the top of a story (standfirst, lead) that may restate one figure. */
const LEAD = 3;
/** A standfirst and the lead under it often write one figure twice ("trade to $20 billion"): keep the first. */
export function dropLeadRepeats(found: IndicatorFinding[]): IndicatorFinding[] {
  return found.filter(
    (f, n) =>
      !restatedCount(found, f, n) &&
      (f.key === null ||
        f.unit === "rank" ||
        !found
          .slice(0, n)
          .some(
            (e) =>
              (f.sentenceIndex < LEAD || headlineBefore(e, f)) &&
              e.sentenceIndex !== f.sentenceIndex &&
              e.value === f.value &&
              e.unit === f.unit &&
              e.key === f.key,
          )),
  );
}

/**
 * "More than 300 companies met in Hanoi … The forum brought together more than 300 companies": a count of ten or more
 * things written again with the same hedge later in the story is the same figure, read once. Money, percentages and
 * ranks repeat for different things too often ("$2 billion" of trade and of aid) to be merged on the value alone.
 */
function restatedCount(found: readonly IndicatorFinding[], f: IndicatorFinding, n: number): boolean {
  if (f.unit === null || f.unit === "rank" || PERCENT_UNITS.has(f.unit) || MONEY.has(f.unit) || f.value < 10)
    return false;
  return found
    .slice(0, n)
    .some(
      (e) =>
        e.sentenceIndex !== f.sentenceIndex && e.value === f.value && e.unit === f.unit && e.qualifier === f.qualifier,
    );
}
const PERCENT_UNITS = new Set(["percent", "%", "bp"]);

/**
 * A headline (a line with no closing stop) and the lead just under it write one figure twice, wherever page furniture
 * (a channel's name, a subscriber count) pushed them down the page.
 */
// Three sentences: a deck under the headline ("Trade goal set at $150b by 2030") may stand above a dateline and a lead.
// A deck opening the body sums the whole story, so the paragraph that gives its figure may stand further down.
const headlineBefore = (e: IndicatorFinding, f: IndicatorFinding) =>
  (e.sentenceIndex === 0 || f.sentenceIndex - e.sentenceIndex <= 3) && !/[.!?:;"”’)]\s*$/.test(e.sentence);

// "Australia's 10th-largest trading partner": the possessor just before a place and the role just after it.
const RANK_POSSESSOR = /(\p{Lu}[\p{L}.-]+)['’]s\s+(?:[\p{L}-]+\s+){0,1}$/u;

/** The holder's possessor and the role of a place in a ranking ("australia|partner"), or null when either is unsaid. */
function rankSignature(f: IndicatorFinding, sentenceStart: number): string | null {
  const from = f.start - sentenceStart;
  // An unnumbered first place's phrase opens on its possessor ("Brazil's largest trading partner").
  const possessor =
    RANK_POSSESSOR.exec(f.sentence.slice(Math.max(0, from - 40), from))?.[1] ??
    /^(\p{Lu}[\p{L}.-]+)['’]s\s/u.exec(f.sentence.slice(from))?.[1];
  if (!possessor) return null;
  // The role is one of the first words after the place: "10th-largest trading partner", "largest export market".
  const role = f.sentence
    .slice(from, from + 60)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .slice(0, 7)
    .find((word) => RANK_ROLES.has(word));
  return role ? `${f.value}|${possessor.toLowerCase()}|${role}` : null;
}

/**
 * A summary's bullet ("Key Points") or a subtitle and the story under it give one place twice: "Vietnam is
 * Australia's 10th-largest trading partner" in both, or "Brazil's largest trading partner in Southeast Asia after
 * Singapore" above "Brazil's second-largest trading partner in Southeast Asia". The same place in the same possessor's
 * ranking of the same role is one figure.
 */
export function dropRankRestatements(found: IndicatorFinding[], sentences: readonly Sentence[]): IndicatorFinding[] {
  const starts = new Map(sentences.map((s) => [s.index, s.start]));
  const seen = new Set<string>();
  return found.filter((f) => {
    if (f.unit !== "rank") return true;
    const signature = rankSignature(f, starts.get(f.sentenceIndex) ?? 0);
    if (signature === null) return true;
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}

// "Total registered FDI: US$21.52 billion (+32.6% YoY)", "US$36.6b: Total FDI pledged in 2023": a key-figures line, a
// short label and its figure on either side of a colon.
const KEY_FIGURE_LINE = /^(?:[•*–—-]\s*)?(?:[^.!?:]{1,80}:\s+(?:[A-Z]{2,3}\$?\s?|[$€£¥+−-])?\d|[^\s:]{1,20}:\s+\p{L})/u;
const MAX_KEY_FIGURE_LINE = 140;

/**
 * A "by the numbers" box or a figure's gloss writes a figure the story already gave: a key-figures line repeating the
 * value and unit of a figure read before it ("US$36.6 billion" in the lead, "US$36.6b: Total FDI pledged" in the box),
 * and "1.5 tỷ USD (about USD 1.5 bn)", one amount glossed in brackets, are each one figure.
 */
export function dropBoxRestatements(found: IndicatorFinding[], sentences: readonly Sentence[]): IndicatorFinding[] {
  const starts = new Map(sentences.map((s) => [s.index, s.start]));
  // The text between an earlier finding and a later one in the same sentence.
  const gap = (e: IndicatorFinding, f: IndicatorFinding) => {
    const start = starts.get(f.sentenceIndex) ?? 0;
    return f.sentence.slice(e.end - start, f.start - start);
  };
  return found.filter((f, n) => {
    if (f.unit === "rank") return true;
    const earlier = found.slice(0, n).filter((e) => e.value === f.value && e.unit === f.unit);
    if (earlier.length === 0) return true;
    const glossed = earlier.some(
      (e) => e.sentenceIndex === f.sentenceIndex && /^[^()]{0,20}\(\s*[^()]{0,20}$/u.test(gap(e, f)),
    );
    const boxed =
      f.sentence.length <= MAX_KEY_FIGURE_LINE &&
      KEY_FIGURE_LINE.test(f.sentence) &&
      earlier.some((e) => e.sentenceIndex !== f.sentenceIndex);
    return !glossed && !boxed;
  });
}

/** A table or fact box beside the story restates the story's own figures ("$4.92B" in prose and in the row): keep the prose one. */
/**
 * "18 Viet Nam-Singapore Industrial Parks (VSIPs)" in the prose, then "VSIPs: 18" in a fact box: a later count under the
 * acronym an earlier figure's sentence gave the counted noun counts the same thing.
 */
export function dropAcronymRestatements(found: IndicatorFinding[]): IndicatorFinding[] {
  const definedAs = (g: IndicatorFinding, unit: string) => g.sentence.toLowerCase().includes(`(${unit})`);
  return found.filter(
    (f, n) =>
      f.unit === null ||
      !/^[a-z]{2,8}$/.test(f.unit) ||
      !found.some((g, m) => m < n && g.value === f.value && g.unit !== f.unit && definedAs(g, f.unit as string)),
  );
}

export function dropTableRestatements(found: IndicatorFinding[], sentences: readonly Sentence[]): IndicatorFinding[] {
  const rows = tableRowSentences(sentences);
  if (rows.size === 0) return found;
  // A place in a ranking table restates the prose only where the prose gives the row's holder that place: "1 |
  // Singapore" does not restate Japan's first place as a donor.
  const holder = (f: IndicatorFinding) => (f.about?.split(":")[0] ?? "").match(/\p{Lu}[\p{L}.]{2,}/gu) ?? [];
  return found.filter(
    (f) =>
      !rows.has(f.sentenceIndex) ||
      !found.some(
        (g) =>
          !rows.has(g.sentenceIndex) &&
          g.value === f.value &&
          g.unit === f.unit &&
          (f.unit !== "rank" || holder(f).length === 0 || holder(f).some((name) => g.sentence.includes(name))),
      ),
  );
}
