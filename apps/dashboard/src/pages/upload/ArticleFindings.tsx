import { Fragment } from "react";
import type { IngestReport } from "../../api/types.js";
import { formatNumber, keyLabel } from "../../text/labels.js";

type IngestedArticle = IngestReport["articles"][number];
type Indicator = IngestedArticle["indicators"][number];

/** How many names or values a row lists before "+N more". */
const shown = 3;

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function top(values: string[]): string {
  const unique = [...new Set(values)];
  if (unique.length === 0) return "—";
  const more = unique.length - shown;
  return more > 0 ? `${unique.slice(0, shown).join(", ")} +${more} more` : unique.join(", ");
}

function indicatorText(indicator: Indicator): string {
  const label = indicator.key ? keyLabel(indicator.key) : "Figure";
  const of = indicator.of == null ? "" : ` of ${formatNumber(indicator.of)}`;
  // "Cooperation agreements: 12", not "12 agreements": the unit is dropped when the label already says it.
  const unit =
    indicator.unit && !label.toLowerCase().includes(indicator.unit.toLowerCase()) ? ` ${indicator.unit}` : "";
  return `${label}: ${formatNumber(indicator.value)}${of}${unit}`;
}

/** What the analysis read out of one uploaded article: counts, and the first few names or values of each kind. */
export function ArticleFindings({ article }: { article: IngestedArticle }) {
  const rows: Array<[kind: string, label: string, values: string[]]> = [
    ["people", counted(article.people.length, "person", "people"), article.people.map((p) => p.name)],
    ["countries", counted(article.countries.length, "country", "countries"), article.countries.map((c) => c.name)],
    [
      "organisations",
      counted(article.organizations.length, "organisation", "organisations"),
      article.organizations.map((o) => o.name),
    ],
    [
      "indicators",
      counted(article.indicators.length, "indicator", "indicators"),
      article.indicators.map(indicatorText),
    ],
    [
      "partnerships",
      counted(article.partnerships.length, "partnership", "partnerships"),
      article.partnerships.map((p) => `${p.country}: ${p.level}${p.year == null ? "" : ` (${p.year})`}`),
    ],
    [
      "quotes",
      counted(article.quotes.length, "quote", "quotes"),
      article.quotes.map((q) => q.speaker ?? "unattributed"),
    ],
  ];
  return (
    <dl className="facts" data-testid="upload-findings">
      {rows.map(([kind, label, values]) => (
        <Fragment key={kind}>
          <dt>{label}</dt>
          <dd>{top(values)}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
