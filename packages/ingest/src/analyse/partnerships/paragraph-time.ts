// "Last year was the busiest in a decade. Hanoi lifted its ties with … to …": a paragraph that opens on a time frame
// ("Last year …", "In 2025 …") dates the changes its next sentence reports without a time of its own; they are not
// the news of the page's own day.
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { MONTH, yearsIn } from "./vocabulary.js";
import { reviewedYear, type YearContext } from "./years.js";

const OPENING_TIME = /^\W*(?:(?:the\s+)?(?:last|previous|past)\s+year\b|in\s+((?:19|20)\d\d)\b)/i;
// any time word of the sentence's own keeps its reading
const OWN_TIME =
  /\b(?:19|20)\d\d\b|\b(?:this|last|next)\s+(?:year|month|week)\b|\b(?:today|yesterday|ago|now)\b|\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** The year a sentence opening on a time frame gives ("Last year …", "In 2025 …"). */
export function openingYear(s: Sentence, ctx: YearContext): number | null {
  const m = OPENING_TIME.exec(s.text);
  if (!m || ctx.year === null) return null;
  return m[1] ? Number(m[1]) : ctx.year - 1;
}

export function paragraphTimeYears(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  published: YearContext,
): PartnershipFinding[] {
  const ctx = reviewedYear(sentences, published);
  for (const p of out) {
    if (p.year === null || ctx.year === null) continue;
    const k = sentences.findIndex((x) => x.index === p.sentenceIndex);
    const s = sentences[k];
    const prev = sentences[k - 1];
    if (!s || !prev || prev.line !== s.line || OWN_TIME.test(s.text) || yearsIn(s.text, 0).length > 0) continue;
    // "Last year was the busiest … New Zealand was raised to … in February, Indonesia in March": a step dated by a
    // month alone is of the year the paragraph opened on, not the month's last passing before the page's day.
    const monthOnly = p.yearSource === "sentence" && BARE_MONTH.test(s.text);
    if (!monthOnly && (p.yearSource !== "context" || p.year !== ctx.year)) continue;
    const year = openingYear(prev, ctx);
    if (year !== null && year < ctx.year) p.year = year;
  }
  return out;
}

// "In 2025 alone Hanoi raised five relationships to …, with New Zealand in February and Indonesia in March": a sentence
// that opens on a past year frames its own months; a step it dates by a month alone is of that year, not of the year
// the page speaks from.
const OPENING_YEAR = /^\W*(?:in|during|throughout)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)/i;
const BARE_MONTH = new RegExp(`\\bin\\s+(?:(?:early|mid|late)[-\\s]+)?${MONTH}(?!\\s*,?\\s*\\d)`, "i");

export function openingYearMonths(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  published: YearContext,
): PartnershipFinding[] {
  if (published.year === null) return out;
  for (const p of out) {
    if (p.year === null) continue;
    const s = sentences.find((x) => x.index === p.sentenceIndex);
    const frame = s ? OPENING_YEAR.exec(s.text) : null;
    if (!s || !frame) continue;
    const year = Number(frame[1]);
    // a year the sentence writes is its own reading
    if (year >= published.year || p.year === year || yearsIn(s.text, 0).includes(p.year)) continue;
    if (BARE_MONTH.test(s.text)) Object.assign(p, { year, yearSource: "sentence" });
  }
  return out;
}
