import { Chart } from "../../components/Chart.js";
import { TimelinePanel } from "../../components/TimelinePanel.js";
import { periodLabel } from "../../text/periods.js";

export function StoriesOverTime() {
  return (
    <TimelinePanel
      id="stories-over-time"
      title="Stories over time"
      empty="No article has a known publication date yet."
    >
      {(t) => (
        <Chart
          label={`Stories and articles published per ${t.granularity}`}
          option={{
            tooltip: { trigger: "axis" },
            legend: { data: ["Stories", "Articles"], top: 0 },
            grid: { left: 40, right: 16, top: 36, bottom: 28 },
            // Consecutive periods from the API's time model: equal steps are equal spans of time.
            xAxis: { type: "category", data: t.buckets.map((b) => periodLabel(b.period)) },
            yAxis: { type: "value", minInterval: 1 },
            series: [
              { name: "Stories", type: "bar", data: t.buckets.map((b) => b.stories) },
              { name: "Articles", type: "line", data: t.buckets.map((b) => b.articles) },
            ],
          }}
          table={{
            columns: ["Period", "Stories", "Articles"],
            rows: [
              ...t.buckets.map((b) => [periodLabel(b.period), b.stories, b.articles]),
              ...t.coarser.map((c) => [`Dated only to ${periodLabel(c.period)}`, c.stories, c.articles]),
              ...(t.undated.articles > 0 ? [["Undated", t.undated.stories, t.undated.articles]] : []),
            ],
          }}
        />
      )}
    </TimelinePanel>
  );
}
