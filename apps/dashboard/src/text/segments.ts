export type Range = { start: number; end: number };
export type Piece<S extends Range> = Range & { text: string; spans: S[] };

/**
 * Cuts text[from, to) at every span boundary into pieces, each listing the spans that cover it,
 * so nested and overlapping findings (a person inside a quote) can all be shown.
 * Spans outside the range or empty are ignored; offsets are clamped to the text.
 */
export function segment<S extends Range>(text: string, spans: readonly S[], from = 0, to = text.length): Piece<S>[] {
  const inside = spans
    .map((s) => ({ span: s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([from, to]);
  for (const s of inside) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece<S>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = inside.filter((s) => s.start <= start && s.end >= end).map((s) => s.span);
    pieces.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return pieces;
}

/** Paragraph ranges of a body: runs of text separated by line breaks, with their offsets kept. */
export function paragraphs(body: string): Array<Range & { text: string }> {
  const result: Array<Range & { text: string }> = [];
  const pattern = /[^\n]+/g;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    if (match[0].trim() === "") continue;
    result.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return result;
}
