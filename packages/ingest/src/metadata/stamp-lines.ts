import { type PublishedDate, parseWholeDay } from "./dates.js";

/**
 * Page dates printed on lines the cleaner set aside under another name than dateline or byline: a labelled field
 * ("date: 24.01.2024"), a byline that carries the day ("By A. Writer in World on 16 November 2023") or gives it a
 * cell of its row ("By A Writer | 16 November, 2023 | Topics: News"), or an author line with the stamp glued to its
 * end ("…, Deputy Minister20/12/2024 08:15"). Each gives the whole day or nothing.
 */
type Line = { kind: string; text: string };
export type StampDate = PublishedDate & { evidence: string };

const MAX_LINE = 90;
// "date: 24.01.2024", "Published: 5 March 2024": a label and a date, nothing else on the line.
const LABELLED = /^(?:date|published|posted|updated|last\s+updated)\s*[:：]\s*(\S.{5,40})$/iu;
// "For Immediate Release July 25, 2013": a press office's release line, its colon optional; the release's own day.
const RELEASE_LINE = /^for\s+immediate\s+release\b\s*[:：–—-]?\s*(\S.{5,40})$/iu;
// "By A. Writer in World on 16 November 2023", "by A Writer May 20, 2014": a byline ending on a year.
const BYLINE = /^[Bb]y\s+\p{Lu}[^|:;]{0,70}?(?:(?:19|20)\d\d)\s*$/u;
// "By U.S. Mission Vietnam | 27 October, 2023 | Topics: News": a byline row of cells split by pipes, the cell after
// the author the day.
const BYLINE_ROW = /^[Bb]y\s+\p{Lu}[^|:;]{0,60}?\|\s*([^|]{6,30}?)\s*(?:\||$)/u;
// "…Deputy Minister of Defence20/12/2024 08:15": a day and a time of day closing a longer line.
const CLOSING_STAMP = /(?:^|[^\d/.])(\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\s+\d{1,2}:\d{2})\s*$/u;
// "Ulaanbaatar, September 30, 2024 /MONTSAME/": an agency's dateline on its own line, a place, the whole day and the
// agency's tag in capitals between slashes; the day is the story's.
const SLASHED_DATELINE = /^\p{Lu}[\p{L}.'’ -]{1,30},\s+(\S.{5,30}?)\s+\/\p{Lu}[\p{Lu}\p{N}.& -]{1,20}\/$/u;
// Lists of other stories keep their own stamps.
const SKIPPED_KINDS = new Set(["related"]);

export function dateFromStampLines(noise: readonly Line[]): StampDate | null {
  for (const item of noise) {
    if (SKIPPED_KINDS.has(item.kind) || item.text.includes("\n")) continue;
    const text = item.text.trim();
    const label = text.length <= MAX_LINE ? (LABELLED.exec(text) ?? RELEASE_LINE.exec(text))?.[1] : undefined;
    const byline =
      text.length <= MAX_LINE
        ? BYLINE.test(text)
          ? text
          : text.includes("|")
            ? BYLINE_ROW.exec(text)?.[1]
            : undefined
        : undefined;
    const closing = CLOSING_STAMP.exec(text)?.[1];
    const slashed = text.endsWith("/") && text.length <= MAX_LINE ? SLASHED_DATELINE.exec(text)?.[1] : undefined;
    for (const candidate of [label, byline, closing, slashed]) {
      const parsed = candidate ? parseWholeDay(candidate) : null;
      if (parsed) return { ...parsed, evidence: text };
    }
  }
  return null;
}
