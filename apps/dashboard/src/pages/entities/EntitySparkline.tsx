import { useTimeline } from "../../api/shared-queries.js";
import { offAxisText, periodLabel } from "../../text/periods.js";
import { sparklinePoints } from "./sparkline-points.js";

/** A tiny line of articles per period mentioning the entity; its numbers are in the title for hover and screen readers. */
export function EntitySparkline({ id, name }: { id: number; name: string }) {
  const timeline = useTimeline({ entity: id, staleTime: 60_000 });
  if (!timeline.data) return <span className="sparkline-empty" aria-hidden="true" />;
  const { buckets, coarser, undated, granularity } = timeline.data;
  const values = buckets.map((b) => b.articles);
  const dated = buckets.filter((b) => b.articles > 0).map((b) => `${periodLabel(b.period)}: ${b.articles}`);
  const apart = offAxisText(
    coarser.map((c) => ({ period: c.period, count: c.articles })),
    undated.articles,
  );
  const text = [...dated, ...(apart ? [apart] : [])].join(", ") || "no articles";
  return (
    <svg
      className="sparkline"
      viewBox="0 0 100 24"
      width="100"
      height="24"
      role="img"
      aria-label={`${name}, articles per ${granularity}: ${text}`}
    >
      <title>{text}</title>
      {values.length === 1 ? (
        <circle cx="50" cy="12" r="3" />
      ) : (
        <polyline points={sparklinePoints(values, 100, 24)} fill="none" />
      )}
    </svg>
  );
}
