import { useQuery } from "@tanstack/react-query";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { Chart } from "../../components/Chart.js";
import { QueryState } from "../../components/QueryState.js";

export function StoriesOverTime() {
  const timeline = useQuery({
    queryKey: ["timeline", "month"],
    queryFn: () => unwrap(api.api.timeline.$get({ query: { granularity: "month" } })),
  });
  return (
    <section className="panel" aria-labelledby="stories-over-time">
      <h2 id="stories-over-time">Stories over time</h2>
      <QueryState
        query={timeline}
        what="the timeline"
        isEmpty={(t) => t.buckets.length === 0}
        empty={<p className="empty">No article has a known publication date yet.</p>}
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
      </QueryState>
    </section>
  );
}
