import type { Sentence } from "../sentences.js";
import type { IndicatorFinding } from "../types.js";
import { columnUnit, rowUnit } from "./table-figures.js";

// "2007 2008 2009 Growth 09/08": a header line of two or more years, and at most one last column named in words.
const HEADER = /^((?:(?:1[89]|20)\d\d\s+)+(?:1[89]|20)\d\d)(?:\s+(\p{L}[^\d]*(?:\d\d\/\d\d)?))?$/u;
// "Total trade 29,868 35,402 33,110 -6.5%": a row is a label in words, then its figures, nothing else.
const ROW = /^(\p{L}[^\d]*?)\s+((?:[-+−]?\d[\d,]*(?:\.\d+)?%?\s+)*[-+−]?\d[\d,]*(?:\.\d+)?%?)$/u;
const YEAR_OPENING = /^(?:1[89]|20)\d\d/;
const FIGURE = /^([-+−]?)(\d[\d,]*(?:\.\d+)?)(%?)$/;
// "Hong Kong - Vietnam Trade (HK$ million)", "Unit: USD million": the caption's unit for the year columns.
const CAPTION_UNIT = /\(([^)]*)\)|\bunits?\s*:\s*(.+)$/i;

/** One paragraph's text, and its line index, for every paragraph of the body. */
function paragraphs(sentences: readonly Sentence[]): Array<{ text: string; line: number; first: Sentence }> {
  const out: Array<{ text: string; line: number; first: Sentence }> = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && last.line === s.line) last.text += ` ${s.text}`;
    else out.push({ text: s.text, line: s.line, first: s });
  }
  return out;
}

/**
 * A table copied as text loses its bars: its columns are only spaces apart, and cleaning folds the spaces, so the
 * header is a line of years ("2007 2008 2009 Growth 09/08") and each row a label with as many figures after it. The
 * year columns take the unit the caption just above names ("… (HK$ million)") or, failing it, the one the row's label
 * names; a figure written with "%" is a percentage, signed as printed.
 */
export function spacedTableFigures(
  sentences: readonly Sentence[],
  keyFor: (window: string, unit: string | null) => string | null,
): IndicatorFinding[] {
  const out: IndicatorFinding[] = [];
  const all = paragraphs(sentences);
  all.forEach((p, n) => {
    // A paragraph's text opens with its first sentence's; one that opens with no year is no header, and its text, joined
    // from its sentences, is not flattened for the header's test.
    if (!YEAR_OPENING.test(p.first.text)) return;
    const header = HEADER.exec(p.text);
    if (!header) return;
    const years = (header[1] as string).split(/\s+/);
    const columns = [...years, ...(header[2] ? [header[2]] : [])];
    const above = all[n - 1];
    const note = above && above.line === p.line - 1 ? CAPTION_UNIT.exec(above.text) : null;
    const captionUnit = note ? columnUnit(`note (${(note[1] ?? note[2] ?? "").trim()})`) : null;
    for (let k = n + 1; k < all.length; k++) {
      const row = all[k];
      const prev = all[k - 1];
      const m = row && prev && row.line === prev.line + 1 ? ROW.exec(row.text) : null;
      if (!row || !m) break;
      const figures = (m[2] as string).split(/\s+/);
      if (figures.length !== columns.length) break;
      const label = (m[1] as string).trim();
      const unit = captionUnit ?? rowUnit(label);
      let at = row.text.length - (m[2] as string).length;
      figures.forEach((figure, c) => {
        const offset = row.text.indexOf(figure, at);
        at = offset + figure.length;
        const f = FIGURE.exec(figure);
        if (!f) return;
        const percent = f[3] === "%";
        const column = percent ? { unit: "percent", scale: 1 } : c < years.length ? unit : null;
        if (!column) return;
        const sign = f[1] === "" || f[1] === "+" ? 1 : -1;
        const value = Number((sign * Number((f[2] as string).replace(/,/g, "")) * column.scale).toPrecision(12));
        const heading = columns[c] ?? "";
        const s = sentences.findLast((x) => x.line === row.line && x.start - row.first.start <= offset) ?? row.first;
        out.push({
          sentenceIndex: s.index,
          start: row.first.start + offset,
          end: row.first.start + offset + figure.length,
          key: keyFor(`${label} ${heading}`.toLowerCase(), column.unit),
          value,
          of: null,
          unit: column.unit,
          qualifier: null,
          about: `${label}: ${heading}`,
          sentence: s.text,
        });
      });
    }
  });
  return out;
}
