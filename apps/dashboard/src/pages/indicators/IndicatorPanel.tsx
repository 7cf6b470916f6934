import { Link, useNavigate } from "@tanstack/react-router";
import type { IndicatorSeries, IndicatorValue } from "../../api/types.js";
import { Chart } from "../../components/Chart.js";
import { SourceLink } from "../../components/SourceLink.js";
import { formatDate, formatNumber, keyLabel } from "../../text/labels.js";
import { distinctReadings } from "./distinct-readings.js";

function valueText(v: Pick<IndicatorValue, "value" | "of" | "qualifier" | "unit">): string {
  const qualifier = v.qualifier ? `${v.qualifier} ` : "";
  const of = v.of != null ? ` of ${formatNumber(v.of)}` : "";
  return `${qualifier}${formatNumber(v.value)}${of}${v.unit ? ` ${v.unit}` : ""}`;
}

/** One indicator: its latest value, its values over time (each linked to its sentence) and any disagreement. */
export function IndicatorPanel({ series }: { series: IndicatorSeries }) {
  const navigate = useNavigate();
  const label = keyLabel(series.key);
  const headingId = `indicator-${series.key}`;
  const points = [...series.values].sort(
    (a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? "") || a.value - b.value,
  );
  const readings = distinctReadings(series.values);
  // One column per date (undated first); several sources on one date stack, so disagreement is visible.
  const dates = [...new Set(points.map((v) => formatDate(v.publishedAt)))];

  return (
    <article className="panel indicator" aria-labelledby={headingId} data-indicator={series.key}>
      <header className="indicator-head">
        <h2 id={headingId}>{label}</h2>
        {series.disagree && <span className="badge warn">Sources disagree</span>}
      </header>
      <p className="indicator-latest">
        <span className="big">{formatNumber(series.latest.value)}</span> {series.latest.unit ?? series.unit ?? ""}
        <span className="meta">
          {" "}
          latest, {formatDate(series.latest.publishedAt)} ·{" "}
          <Link
            to="/articles/$id"
            params={{ id: String(series.latest.articleId) }}
            search={{ at: series.latest.start }}
          >
            source
          </Link>
        </span>
      </p>
      {series.disagree && (
        <section className="disagreement" aria-label={`${label}: values reported by different sources`}>
          {readings.map((r) => (
            <div key={r.key} className="reading">
              <p className="reading-value">{valueText(r.sample)}</p>
              <ul>
                {r.values.map((v) => (
                  <li key={v.id}>
                    <SourceLink source={v} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <Chart
        label={`${label}: values reported over time, one point per source sentence`}
        height={200}
        option={{
          tooltip: { trigger: "item" },
          grid: { left: 72, right: 16, top: 16, bottom: 28 },
          xAxis: { type: "category", data: dates },
          yAxis: { type: "value", scale: true, axisLabel: { formatter: (v: number) => formatNumber(v) } },
          series: [
            {
              type: "scatter",
              symbolSize: 12,
              data: points.map((v) => ({
                value: [formatDate(v.publishedAt), v.value],
                name: `${valueText(v)} (${v.articleTitle ?? `article #${v.articleId}`})`,
              })),
            },
          ],
        }}
        onItemClick={({ dataIndex }) => {
          const v = points[dataIndex];
          if (v) void navigate({ to: "/articles/$id", params: { id: String(v.articleId) }, search: { at: v.start } });
        }}
        table={{
          columns: ["Date", "Value", "Source", "Sentence"],
          rows: points.map((v) => [
            formatDate(v.publishedAt),
            valueText(v),
            <Link key="a" to="/articles/$id" params={{ id: String(v.articleId) }} search={{ at: v.start }}>
              {v.articleTitle ?? `Article #${v.articleId}`}
            </Link>,
            v.sentence,
          ]),
        }}
      />
      <details className="evidence">
        <summary>Sentences ({series.values.length})</summary>
        <ul>
          {points.map((v) => (
            <li key={v.id}>
              <q>{v.sentence}</q> <SourceLink source={v} dated={false} />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
