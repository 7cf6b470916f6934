import type { Sentence } from "./sentences.js";
import type { PartnershipFinding } from "./types.js";

/**
 * Timeline pages ("key moments in US-Vietnam ties") print each year on a line of its own and the entry below it:
 *
 *   2014
 *   March: President … and Prime Minister … upgrade ties to an Extensive Strategic Partnership …
 *
 * The entry's sentences write no year; a month label ("March:") or no time at all would otherwise be read against the
 * story's own year. A level read in the entry's paragraph takes the year its heading line gives.
 */
const YEAR_LINE = /^\s*((?:19|20)\d\d)\s*[:.–—-]?\s*$/;
const OWN_YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/;
// an entry that raises the tie: of two entries of one level, the later raise is the year the level was last raised
const RAISED = /\b(?:upgrad\w*|elevat\w*|rais\w*|lift\w*)\b/i;

/** The year line heading the paragraph `s` sits in, or null when the paragraph follows no year line. */
function headingYear(s: Sentence, sentences: readonly Sentence[]): number | null {
  let k = sentences.indexOf(s);
  if (k < 0) return null;
  while (k > 0 && (sentences[k - 1] as Sentence).line === s.line) k--;
  const prev = sentences[k - 1];
  if (!prev || prev.line !== s.line - 1) return null;
  const m = YEAR_LINE.exec(prev.text);
  return m ? Number(m[1]) : null;
}

export function timelineEntryYears(out: PartnershipFinding[], sentences: readonly Sentence[]): PartnershipFinding[] {
  // a page with one bare year line is no timeline: a dateline or a figure caption may stand alone
  if (sentences.filter((s) => YEAR_LINE.test(s.text)).length < 3) return out;
  const dated: PartnershipFinding[] = [];
  for (const p of out) {
    if (p.yearSource === "sentence" || OWN_YEAR.test(p.sentence)) continue;
    // "… the fifth country to hold the top tier after China, Russia, India and South Korea": holders listed beside
    // the entry's news keep the year the page gives them elsewhere
    if (out.some((q) => q !== p && q.sentenceIndex === p.sentenceIndex && q.countryCode !== p.countryCode)) continue;
    const s = sentences.find((x) => x.index === p.sentenceIndex);
    const year = s ? headingYear(s, sentences) : null;
    if (year === null) continue;
    Object.assign(p, { year, yearSource: "sentence" });
    dated.push(p);
  }
  for (const p of dated) {
    const raised = dated
      .filter((q) => q.countryCode === p.countryCode && q.level === p.level && RAISED.test(q.sentence))
      .map((q) => q.year ?? 0);
    const last = Math.max(0, ...raised);
    if (last > (p.year ?? 0)) p.year = last;
  }
  return out;
}
