import type { ReactNode } from "react";
import { useMonthlyTimeline } from "../api/shared-queries.js";
import type { Timeline } from "../api/types.js";
import { QueryState } from "./QueryState.js";

/** A panel over the monthly timeline (all articles, or those mentioning `entity`); `children` draws it. */
export function TimelinePanel({
  id,
  title,
  entity,
  empty,
  children,
}: {
  id: string;
  title: ReactNode;
  entity?: number;
  /** Said when no article in the timeline has a known date. */
  empty: string;
  children: (timeline: Timeline) => ReactNode;
}) {
  const timeline = useMonthlyTimeline({ entity });
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <QueryState
        query={timeline}
        what="the timeline"
        isEmpty={(t) => t.buckets.length === 0}
        empty={<p className="empty">{empty}</p>}
      >
        {children}
      </QueryState>
    </section>
  );
}
