import type { ArticleDetail } from "../../api/types.js";
import { formatNumber, keyLabel } from "../../text/labels.js";

export type HighlightKind = "person" | "place" | "org" | "figure" | "quote";
export type Highlight = { start: number; end: number; kind: HighlightKind; title: string; id: string };

/** What each highlight colour marks, in the order the reader's legend lists them. */
export const highlightLegend: ReadonlyArray<{ kind: HighlightKind; label: string }> = [
  { kind: "person", label: "person" },
  { kind: "place", label: "country" },
  { kind: "org", label: "organisation" },
  { kind: "figure", label: "figure" },
  { kind: "quote", label: "quote" },
];

const mentionKinds: Record<string, { kind: HighlightKind; label: string }> = {
  person: { kind: "person", label: "Person" },
  country: { kind: "place", label: "Country" },
  organization: { kind: "org", label: "Organisation" },
  domestic_body: { kind: "org", label: "Domestic body" },
};

/** The findings of an article as highlight spans over its body, each with the hover text saying what it is. */
export function highlightsOf(findings: ArticleDetail["findings"]): Highlight[] {
  const spans: Highlight[] = [];
  for (const m of findings.mentions) {
    const kind = mentionKinds[m.type] ?? { kind: "org", label: m.type };
    spans.push({ start: m.start, end: m.end, kind: kind.kind, title: `${kind.label}: ${m.name}`, id: `m${m.id}` });
  }
  for (const i of findings.indicators) {
    const of = i.of != null ? ` of ${formatNumber(i.of)}` : "";
    const what = i.key ? ` — ${keyLabel(i.key)}` : "";
    const qualifier = i.qualifier ? `${i.qualifier} ` : "";
    spans.push({
      start: i.start,
      end: i.end,
      kind: "figure",
      title: `Figure: ${qualifier}${formatNumber(i.value)}${of}${i.unit ? ` ${i.unit}` : ""}${what}`,
      id: `i${i.id}`,
    });
  }
  for (const q of findings.quotes) {
    spans.push({
      start: q.start,
      end: q.end,
      kind: "quote",
      title: `Quote by ${q.speakerName ?? "an unknown speaker"}`,
      id: `q${q.id}`,
    });
  }
  // Longer spans first, so that a quote wraps the names inside it.
  return spans.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
}
