import type { Line, QuoteContext, Unit } from "./context.js";
import { quoteSpans, type Span, UNOPENED_CREDIT } from "./marks.js";
import { refer } from "./references.js";
import {
  endsOnSecondVerb,
  INNER_ATTRIBUTION,
  sentenceBreak,
  sentenceBreakAt,
  trimQuote,
  twoDashes,
  VERB,
  wordCount,
} from "./rules.js";

// The candidates for quotations: the body's paragraphs, the spans its quotation marks enclose, and each span read as
// one quotation (run on across paragraphs, joined around its attribution, its inner attribution taken out).

// A line broken by a PDF's layout is a full line of print, at least this long.
const WRAPPED_MIN_CHARS = 40;
const WRAPPED_PAGE_MIN_CHARS = 20;
/**
 * '"Vietnam\'s journey from war' / 'to a manufacturing powerhouse …," Momen said': a line of any length that opens a
 * quotation with a mark and stops mid-sentence, no closing mark, is the first piece of a wrapped sentence.
 */
function opensUnclosed(text: string): boolean {
  const spans = quoteSpans(text);
  return spans.length === 1 && (spans[0] as Span).open >= 0 && (spans[0] as Span).close < 0;
}
const WRAPPED_LINE_MAX = 75;
/** Most lines of the page are of a column's width and stop mid-sentence: the text was broken at a fixed width. */
function isHardWrapped(lines: readonly Line[]): boolean {
  let open = 0;
  for (const l of lines) {
    const t = l.text.trim();
    if (t.length >= WRAPPED_PAGE_MIN_CHARS && t.length <= WRAPPED_LINE_MAX && /[\p{L}\p{N},-]$/u.test(t)) open++;
  }
  return open >= 8 && open >= lines.length * 0.4;
}

/** The body's paragraphs, with the lines a PDF's layout broke joined into one; offsets stay the body's. */
export function readParagraphs(body: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  for (const text of body.split("\n")) {
    if (text.trim()) lines.push({ text, start: pos });
    pos += text.length + 1;
  }
  // A PDF copied as text breaks every line of a paragraph ('… it is a fitting way to' / 'begin our anniversary year,"
  // Prime Minister Luxon said'): a long line that stops mid-sentence before a lower-case word runs on. The break is
  // read as a space, so offsets stay those of the body. A line may open a quotation mid-sentence ('… likened it to
  // bamboo, with' / '"strong roots, a sturdy').
  // Read forwards, so a short piece of a wrapped sentence ('"strong roots, a sturdy') joins the long line before it
  // first and then runs on.
  // A page broken at a fixed width throughout (a PDF's columns: most lines short and stopping mid-sentence) runs on
  // before a capital too ('… told the' / 'Bulletin that …'), and after a quotation closed on a comma ('… cooperation,"'
  // / 'Mr. Modi said …').
  const hardWrapped = isHardWrapped(lines);
  for (let li = 0; li < lines.length - 1; ) {
    const line = lines[li] as Line;
    const next = lines[li + 1] as Line;
    const text = line.text.trimEnd();
    const runsOn = hardWrapped
      ? text.length >= WRAPPED_PAGE_MIN_CHARS &&
        (/[\p{L}\p{N},;-]$/u.test(text) || /,[”"’]$/u.test(text)) &&
        /^\s*[“"‘]?[\p{L}\p{N}]/u.test(next.text)
      : // The line's last character is asked before its marks are read: most paragraphs end on a full stop, and reading
        // the marks of every line twice was a tenth of the quote reader.
        (/[\p{L}\p{N},-]$/u.test(text) &&
          (text.length >= WRAPPED_MIN_CHARS || opensUnclosed(text)) &&
          /^\s*[“"‘]?\p{Ll}/u.test(next.text)) ||
        // '"… Kenya wants to learn from' / 'Vietnam how a country …': a quotation still open that stops mid-sentence
        // runs on into a short next line before a capital too, when that line is of the same width and runs on itself.
        (/[\p{L}\p{N},]$/u.test(text) &&
          opensUnclosed(text) &&
          /^\s*\p{Lu}/u.test(next.text) &&
          next.text.trim().length <= WRAPPED_LINE_MAX &&
          /[\p{L}\p{N},-]$/u.test(next.text.trimEnd()));
    if (!runsOn) {
      li++;
      continue;
    }
    lines.splice(li, 2, {
      text: body.slice(line.start, next.start + next.text.length).replace(/\n/g, " "),
      start: line.start,
    });
  }
  return lines;
}

/** The spans of quotation marks in each paragraph. */
export function markedSpans(lines: readonly Line[]): Span[][] {
  // 'Chinh said: We must turn …."': an opening mark left out after "X said:" opens where the colon is.
  return lines.map((l) =>
    quoteSpans(l.text).map((x) => {
      if (x.open >= 0) return x;
      const colon = l.text.lastIndexOf(": ", x.close);
      const lead = colon > 0 ? l.text.slice(0, colon) : "";
      return colon > 0 && VERB.test(lead) && !/[.!?]\s/.test(lead) ? { open: colon + 1, close: x.close } : x;
    }),
  );
}

/**
 * Each span of marks as a quotation: one left unclosed at a paragraph's end runs on into the next paragraph that opens
 * with a mark, and one whose closing mark was left out before its attribution closes there.
 */
export function markedUnits(lines: readonly Line[], spansByLine: readonly Span[][]): Unit[] {
  const units: Unit[] = [];
  const consumed = new Set<number>();
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    const spans = spansByLine[li] as Span[];
    spans.forEach((s, k) => {
      if (k === 0 && consumed.has(li)) return;
      let last = li;
      let tail = s;
      const end = (l: Line, x: Span) => (x.close < 0 ? l.text.trimEnd().length : x.close);
      const piece = (l: Line, x: Span) => {
        const raw = l.text.slice(x.open + 1, end(l, x));
        const text = trimQuote(raw);
        const lead = Math.max(0, raw.indexOf(text.slice(0, 12)));
        return { text, start: l.start + x.open + 1 + lead, end: l.start + end(l, x) };
      };
      const parts = [piece(line, s)];
      // News style leaves a quotation that runs on into the next paragraph unclosed; the next one opens again.
      while (tail.close < 0 && last + 1 < lines.length) {
        const nl = lines[last + 1] as Line;
        const ns = (spansByLine[last + 1] as Span[])[0];
        // '"This agreement lifts …' / 'Vietnam is an important partner …," Kishi told …': a paragraph that closes a
        // mark it never opened carries on the quotation a stray break cut off.
        const closesOnly = ns !== undefined && ns.open < 0 && ns.close >= 0;
        if (!ns || (ns.open < 0 && !closesOnly) || (!closesOnly && nl.text.slice(0, ns.open).trim() !== "")) break;
        last++;
        consumed.add(last);
        tail = ns;
        parts.push(piece(nl, ns));
      }
      let close = tail.close;
      const endLine = lines[last] as Line;
      // A closing mark left out before the attribution: '"Vietnam's position is clear, she added.', or before one that
      // a sentence of the writer's follows ('"… clear, she added. The talks …'); or the opening mark left out of a
      // paragraph its credit splits ('Our position is clear, she added. We will …."').
      const comma =
        close < 0 ? creditComma(endLine.text, tail.open + 1) : s.open < 0 ? creditComma(line.text, 0, s.close) : -1;
      if (comma > 0) {
        close = comma + 1;
        const p = parts[parts.length - 1] as Unit["parts"][number];
        p.text = trimQuote(endLine.text.slice(tail.open + 1, comma));
        p.end = endLine.start + comma;
      }
      const first = parts[0] as Unit["parts"][number];
      units.push({
        first: li,
        last,
        open: s.open,
        close,
        text: first.text,
        start: first.start,
        end: (parts.at(-1) as Unit["parts"][number]).end,
        parts,
      });
    });
  }
  return units;
}

/**
 * The comma a credit follows: '…, she added.' closing the paragraph, else (its mark lost too) the first comma whose
 * clause up to its sentence's end is a named credit ('…, Minh told reporters. He said …').
 */
function creditComma(text: string, from: number, to = text.length): number {
  const last = text.lastIndexOf(", ");
  if (to === text.length && last > from) {
    const after = text.slice(last + 2);
    if (VERB.test(after) && wordCount(after) <= 10 && !/[.!?]\s/.test(after.trimEnd())) return last;
  }
  for (let comma = text.indexOf(", ", from); comma > from && comma < to; comma = text.indexOf(", ", comma + 2)) {
    const after = text.slice(comma + 1, to);
    const stop = sentenceBreakAt(after);
    if (stop >= 0 && wordCount(after.slice(0, stop)) <= 10 && UNOPENED_CREDIT.test(after)) return comma;
  }
  return -1;
}

/** '"Our countries," Lavrov said, "are linked by …"': one quotation split around its attribution is one unit. */
export function joinSplitQuotations(lines: readonly Line[], units: Unit[]): void {
  for (let k = units.length - 2; k >= 0; k--) {
    const u = units[k] as Unit;
    const v = units[k + 1] as Unit;
    if (u.last !== v.first || v.last !== v.first || u.close < 0 || v.open <= u.close) continue;
    const line = lines[u.last] as Line;
    const gap = line.text.slice(u.close + 1, v.open);
    if (/^[\p{Lu}\d]/u.test(v.text) || !/,\s*$/.test(gap) || sentenceBreak(gap) || wordCount(gap) > 16) continue;
    if (!VERB.test(gap) || !/[,—–-]\s*$/.test(line.text.slice(0, u.close).trimEnd())) continue;
    if (endsOnSecondVerb(gap)) continue;
    const lastPart = u.parts.at(-1) as Unit["parts"][number];
    lastPart.text = `${lastPart.text} ${v.text}`;
    lastPart.end = v.end;
    u.end = v.end;
    if (u.parts.length === 1) u.text = lastPart.text;
    u.joined = true;
    units.splice(k + 1, 1);
  }
}

/**
 * '“Vietnam is an old friend, – Lavrov said. – We will …”': translated copy puts the attribution between dashes inside
 * the marks. The words between the dashes are the attribution, not the quotation; their speaker is kept on the unit.
 */
export function takeInnerAttributions(ctx: QuoteContext, units: readonly Unit[]): void {
  for (const u of units) {
    const p = u.parts[0] as Unit["parts"][number];
    const m = twoDashes(p.text) ? INNER_ATTRIBUTION.exec(p.text) : null;
    if (!m || !VERB.test(m[2] ?? "") || wordCount(m[2] ?? "") > 8) continue;
    const from = p.start + p.text.indexOf(m[2] ?? "", (m[1] ?? "").length);
    const named = ctx.inRange(from, from + (m[2] ?? "").length);
    u.inner = named[0]?.person ?? refer(ctx, m[2] ?? "", from) ?? null;
    const rest = m[3] ?? "";
    p.text = /^\p{Lu}/u.test(rest) ? `${(m[1] ?? "").replace(/,$/, ".")} ${rest}` : `${m[1] ?? ""} ${rest}`;
    if (u.parts.length === 1) u.text = p.text;
  }
}
