import { type ReactNode, useState } from "react";
import { type GranularityChoice, useTimeline } from "../api/shared-queries.js";
import type { Timeline } from "../api/types.js";
import { offAxisText } from "../text/periods.js";
import { QueryState } from "./QueryState.js";

const choices: ReadonlyArray<[GranularityChoice, string]> = [
  ["auto", "Auto"],
  ["month", "Month"],
  ["quarter", "Quarter"],
  ["year", "Year"],
];

/**
 * A panel over the timeline (all articles, or those mentioning `entity`) at a granularity the reader may switch;
 * `children` draws the consecutive buckets, and the panel says what is off the axis (coarser dates, undated).
 */
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
  const [granularity, setGranularity] = useState<GranularityChoice>("auto");
  const timeline = useTimeline({ entity, granularity });
  const t = timeline.data;
  return (
    <section
      className="panel"
      aria-labelledby={id}
      data-time-axis={t?.granularity}
      data-periods={t?.buckets.map((b) => b.period).join(",")}
    >
      <div className="panel-head">
        <h2 id={id}>{title}</h2>
        <label className="granularity">
          Per{" "}
          <select value={granularity} onChange={(e) => setGranularity(e.target.value as GranularityChoice)}>
            {choices.map(([value, label]) => (
              <option key={value} value={value}>
                {value === "auto" && t ? `${label} (${t.granularity})` : label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryState
        query={timeline}
        what="the timeline"
        isEmpty={(d) => d.buckets.length === 0 && d.coarser.length === 0 && d.undated.articles === 0}
        empty={<p className="empty">{empty}</p>}
      >
        {(d) => (
          <>
            {d.buckets.length > 0 ? children(d) : <p className="empty">{empty}</p>}
            <OffAxis
              coarser={d.coarser.map((c) => ({ period: c.period, count: c.articles }))}
              undated={d.undated.articles}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

/** The counts a time axis leaves out, said beside it: dated only to a coarser period, or not dated at all. */
export function OffAxis({
  coarser,
  undated,
  noun,
}: {
  coarser: ReadonlyArray<{ period: string; count: number }>;
  undated: number;
  noun?: string;
}) {
  const text = offAxisText(coarser, undated, noun);
  return text ? (
    <p className="meta off-axis" data-testid="off-axis">
      {text}
    </p>
  ) : null;
}
