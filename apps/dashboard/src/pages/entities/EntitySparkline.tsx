import { useEffect, useRef, useState } from "react";
import { useTimeline } from "../../api/shared-queries.js";
import { offAxisText, periodLabel } from "../../text/periods.js";
import { sparklinePoints } from "./sparkline-points.js";

/**
 * A tiny line of articles per period mentioning the entity; its numbers are in the title for hover and screen readers.
 * Asked for only once its row comes near the screen: a page of fifty rows would otherwise send fifty requests and
 * redraw fifty times while its first screenful is still being drawn.
 */
export function EntitySparkline({ id, name }: { id: number; name: string }) {
  const placeholder = useRef<HTMLSpanElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = placeholder.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: "200px 0px",
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  const timeline = useTimeline({ entity: id, staleTime: 60_000, enabled: near });
  if (!timeline.data) return <span ref={placeholder} className="sparkline-empty" aria-hidden="true" />;
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
