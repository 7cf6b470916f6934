import { useMonthlyTimeline } from "../../api/shared-queries.js";
import { sparklinePoints } from "./sparkline-points.js";

/** A tiny line of articles per month mentioning the entity; its numbers are in the title for hover and screen readers. */
export function EntitySparkline({ id, name }: { id: number; name: string }) {
  const timeline = useMonthlyTimeline({ entity: id, staleTime: 60_000 });
  if (!timeline.data) return <span className="sparkline-empty" aria-hidden="true" />;
  const values = timeline.data.buckets.map((b) => b.articles);
  const dated = timeline.data.buckets.map((b) => `${b.period}: ${b.articles}`);
  const undated = timeline.data.undated > 0 ? [`undated: ${timeline.data.undated}`] : [];
  const text = [...dated, ...undated].join(", ") || "no articles";
  return (
    <svg
      className="sparkline"
      viewBox="0 0 100 24"
      width="100"
      height="24"
      role="img"
      aria-label={`${name}, articles per month: ${text}`}
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
