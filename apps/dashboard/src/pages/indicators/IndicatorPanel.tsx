import { Link, useNavigate } from "@tanstack/react-router";
import type { IndicatorReading, IndicatorSeries, IndicatorValue } from "../../api/types.js";
import { Chart } from "../../components/Chart.js";
import { FollowButton } from "../../components/follow/FollowButton.js";
import { datesText } from "../../components/QuoteGroupList.js";
import { SourceLink } from "../../components/SourceLink.js";
import { OffAxis } from "../../components/TimelinePanel.js";
import { formatCount, formatDate, formatNumber, keyLabel } from "../../text/labels.js";
import { periodLabel } from "../../text/periods.js";

function valueText(v: Pick<IndicatorValue, "value" | "of" | "unit"> & { qualifier?: string | null }): string {
  const qualifier = v.qualifier ? `${v.qualifier} ` : "";
  const of = v.of != null ? ` of ${formatNumber(v.of)}` : "";
  return `${qualifier}${formatNumber(v.value)}${of}${v.unit ? ` ${v.unit}` : ""}`;
}

/** Distinct values shown at once under the chart; the rest of the most reported open on request. */
const readingsShown = 3;

const articlesText = (n: number) => (n === 1 ? "1 article" : `${formatCount(n)} articles`);

/**
 * One indicator: its latest value, the figures reported per period on a consecutive time axis (the most reported
 * few per period, sized by how many articles report them), and each distinct figure with its evidence summarised.
 */
export function IndicatorPanel({ series }: { series: IndicatorSeries }) {
  const navigate = useNavigate();
  const label = keyLabel(series.key);
  const headingId = `indicator-${series.key}`;
  const { chart } = series;
  const labels = chart.periods.map(periodLabel);
  const maxArticles = Math.max(1, ...chart.points.map((p) => p.articles));
  const coarse = new Map<string, number>();
  for (const p of chart.coarser) coarse.set(p.period, (coarse.get(p.period) ?? 0) + p.articles);

  return (
    <article
      className="panel indicator"
      aria-labelledby={headingId}
      data-indicator={series.key}
      data-time-axis={chart.granularity}
      data-periods={chart.periods.join(",")}
    >
      <header className="indicator-head">
        <h2 id={headingId}>{label}</h2>
        <FollowButton kind="indicator" target={series.key} label={label} />
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
          </Link>{" "}
          · {formatCount(series.valueCount)} values, {formatCount(series.readingCount)} distinct
        </span>
      </p>
      {chart.periods.length > 0 && (
        <Chart
          label={`${label}: values reported over time per ${chart.granularity}, the ${chart.pointsPerPeriod} most reported in each`}
          height={200}
          option={{
            tooltip: { trigger: "item" },
            grid: { left: 72, right: 16, top: 16, bottom: 28 },
            xAxis: { type: "category", data: labels },
            yAxis: { type: "value", scale: true, axisLabel: { formatter: (v: number) => formatNumber(v) } },
            series: [
              {
                type: "scatter",
                symbolSize: (_value: unknown, params: { dataIndex: number }) =>
                  6 + 14 * Math.sqrt((chart.points[params.dataIndex]?.articles ?? 1) / maxArticles),
                data: chart.points.map((p) => ({
                  value: [periodLabel(p.period), p.value],
                  name: `${valueText(p)}: ${articlesText(p.articles)}, ${periodLabel(p.period)}`,
                })),
              },
            ],
          }}
          onItemClick={({ dataIndex }) => {
            const p = chart.points[dataIndex];
            const reading = series.readings.find((r) => r.value === p?.value && r.of === p?.of && r.unit === p?.unit);
            const source = reading?.sources[0];
            if (source)
              void navigate({
                to: "/articles/$id",
                params: { id: String(source.articleId) },
                search: { at: source.start },
              });
          }}
          table={{
            columns: ["Period", "Value", "Articles"],
            rows: [
              ...chart.points.map((p) => [periodLabel(p.period), valueText(p), p.articles]),
              ...chart.coarser.map((p) => [`Dated only to ${periodLabel(p.period)}`, valueText(p), p.articles]),
              ...chart.undated.map((p) => ["Undated", valueText(p), p.articles]),
            ],
          }}
        />
      )}
      <OffAxis
        coarser={[...coarse.entries()].map(([period, count]) => ({ period, count }))}
        undated={chart.undated.reduce((sum, p) => sum + p.articles, 0)}
        noun="reports"
      />
      <section
        className={series.disagree ? "disagreement" : "readings"}
        aria-label={`${label}: values reported by different sources`}
      >
        {series.readings.slice(0, readingsShown).map((r) => (
          <Reading key={`${r.value}|${r.of}|${r.unit}`} reading={r} />
        ))}
        {series.readings.length > readingsShown && (
          <details className="more-readings">
            <summary>
              {series.readings.length - readingsShown} more of the most reported values
              {series.readingCount > series.readings.length
                ? ` (${formatCount(series.readingCount)} distinct in all)`
                : ""}
            </summary>
            {series.readings.slice(readingsShown).map((r) => (
              <Reading key={`${r.value}|${r.of}|${r.unit}`} reading={r} />
            ))}
          </details>
        )}
      </section>
      <details className="evidence">
        <summary>
          Latest sentences ({series.values.length} of {formatCount(series.valueCount)})
        </summary>
        <ul>
          {series.values.map((v) => (
            <li key={v.id}>
              <q>{v.sentence}</q> <SourceLink source={v} />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

/** One distinct figure: how many articles and outlets report it, when, the top outlets, and its sources on demand. */
function Reading({ reading: r }: { reading: IndicatorReading }) {
  return (
    <div className="reading" data-articles={r.articles}>
      <p className="reading-value">{valueText(r)}</p>
      <p className="meta">
        <span className="repeat-count">{articlesText(r.articles)}</span>
        {r.outlets > 1 ? `, ${r.outlets} outlets` : ""} · {datesText(r.firstPublishedAt, r.lastPublishedAt, r.undated)}
        {r.topOutlets.length > 0 &&
          ` · ${r.topOutlets.map((o) => `${o.outlet ?? "unknown outlet"} (${o.articles})`).join(", ")}`}
      </p>
      <details>
        <summary>
          Sources{r.sources.length < r.articles ? ` (newest ${r.sources.length} of ${r.articles})` : ""}
        </summary>
        <ul className="sources-list">
          {r.sources.map((s) => (
            <li key={s.id}>
              <SourceLink source={s} /> {s.outlet && <span className="meta">· {s.outlet}</span>}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
