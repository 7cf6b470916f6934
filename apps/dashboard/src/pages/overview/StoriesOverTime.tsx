import { Chart } from "../../components/Chart.js";
import { TimelinePanel } from "../../components/TimelinePanel.js";

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
            xAxis: { type: "category", data: t.buckets.map((b) => b.period) },
            yAxis: { type: "value", minInterval: 1 },
            series: [
              { name: "Stories", type: "bar", data: t.buckets.map((b) => b.stories) },
              { name: "Articles", type: "line", data: t.buckets.map((b) => b.articles) },
            ],
          }}
          table={{
            columns: ["Period", "Stories", "Articles"],
            rows: t.buckets.map((b) => [b.period, b.stories, b.articles]),
          }}
        />
      )}
    </TimelinePanel>
  );
}
