// A list of the year's frameworks keyed by month ("- June: Indonesia – strategic partnership"): entries printed after
// the dated ones without a month of their own ("- Denmark – comprehensive partnership") are of the same year.
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { MONTH_LABEL } from "./years.js";

const BULLET = /^\s*[-–—•*·]\s/;

/** The year of the nearest month-keyed entry above `s` in the same bulleted run, or null. */
function runYear(s: Sentence, sentences: readonly Sentence[], out: readonly PartnershipFinding[]): number | null {
  let line = s.line;
  for (let k = sentences.indexOf(s) - 1; k >= 0; k--) {
    const prev = sentences[k] as Sentence;
    if (prev.line === line) continue;
    // a bulleted run: each entry opens on the line right after the one before
    if (prev.line !== line - 1 || !BULLET.test(prev.text)) return null;
    line = prev.line;
    if (!MONTH_LABEL.test(prev.text.toLowerCase())) continue;
    const dated = out.find((p) => p.sentenceIndex === prev.index && p.year !== null);
    if (dated) return dated.year;
  }
  return null;
}

export function monthListYears(out: PartnershipFinding[], sentences: readonly Sentence[]): PartnershipFinding[] {
  for (const p of out) {
    if (p.year !== null) continue;
    const s = sentences.find((x) => x.index === p.sentenceIndex);
    if (!s || !BULLET.test(s.text) || MONTH_LABEL.test(s.text.toLowerCase())) continue;
    const year = runYear(s, sentences, out);
    if (year !== null) Object.assign(p, { year, yearSource: "context" });
  }
  return out;
}
