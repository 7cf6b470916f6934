import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";

/**
 * A holder a list or a comparison dates by a day or a month printed right after its name, where no other reader gave
 * the holder a year: "… the third in a month, after New Zealand on Feb 26 and Indonesia on Mar 10", "… after
 * Malaysia and Indonesia, Indonesia having done so on 10 March 2025", "… China (2008), Russia (2012) and South Korea
 * (last December)". A day or month without its year is of the story's year, or of the year before when it falls
 * later in the calendar than the story (or is said "last" and is not earlier than the story's month).
 */
export interface StoryDate {
  year: number | null;
  month?: number | null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// Capitalised, so the modal "may" is no month: "Feb", "Feb.", "February", "Sept".
const MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:[a-z]{0,6})\\.?";
const YEAR = "((?:19|20)\\d\\d)";
const END = "(?=\\s*(?:[,;.)]|and\\b|$))";
// "New Zealand on Feb 26", "Indonesia having done so on 10 March 2025", "Singapore on March 12, 2025".
const ON_DAY = new RegExp(
  `^\\s*(?:,?\\s*having\\s+done\\s+so\\s+|,?\\s*which\\s+did\\s+so\\s+)?on\\s+(?:${MONTH}\\s+\\d{1,2}(?:,?\\s+${YEAR})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+${YEAR})?)${END}`,
);
// "Malaysia (November 2024)", "South Korea (last December)", "Indonesia (in March)".
const IN_BRACKETS = new RegExp(`^\\s*\\(\\s*(?:in\\s+|since\\s+)?(last\\s+)?${MONTH}(?:\\s+${YEAR})?\\s*\\)`);
// A holder stands where a list or a comparison names it.
const HOLDER_LEAD = /(?:\bwith|\band|\bafter|\bbefore|,|:|\bthe)\s*$/i;

function monthYear(month: number, last: boolean, written: string | undefined, story: StoryDate): number | null {
  if (written) return Number(written);
  if (story.year === null) return null;
  if (story.month && (month > story.month || (last && month >= story.month))) return story.year - 1;
  if (last && !story.month) return story.year - 1;
  return story.year;
}

/** The year the words right after a holder's name give, or null. */
export function holderDateYear(after: string, story: StoryDate): number | null {
  const day = ON_DAY.exec(after);
  if (day) {
    const name = (day[1] ?? day[3] ?? "").toLowerCase();
    const month = MONTHS[name.slice(0, name === "sept" ? 4 : 3)] ?? MONTHS[name.slice(0, 3)];
    return month ? monthYear(month, false, day[2] ?? day[4], story) : null;
  }
  const bracket = IN_BRACKETS.exec(after);
  if (bracket) {
    const month = MONTHS[(bracket[2] ?? "").toLowerCase().slice(0, 3)];
    return month ? monthYear(month, Boolean(bracket[1]), bracket[3], story) : null;
  }
  return null;
}

export function datedHolders(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  story: StoryDate,
): PartnershipFinding[] {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  for (const p of out) {
    if (p.year !== null) continue;
    const s = byIndex.get(p.sentenceIndex);
    if (!s || s.text !== p.sentence) continue;
    const own = places.filter(
      (m) => m.sentenceIndex === s.index && m.place.kind === "country" && m.place.code === p.countryCode,
    );
    // any of the holder's mentions may carry the date: "after Malaysia and Indonesia, Indonesia having done so on …"
    for (const m of own) {
      if (!HOLDER_LEAD.test(s.text.slice(0, m.start - s.start))) continue;
      const after = s.text.slice(m.end - s.start);
      const year = holderDateYear(after, story);
      if (year === null) continue;
      // a year printed beside the holder is the sentence's; a month or day alone is dated by the story
      const printed = after.slice(0, 40).includes(String(year));
      Object.assign(p, { year, yearSource: printed ? "sentence" : "context" });
      break;
    }
  }
  return out;
}
