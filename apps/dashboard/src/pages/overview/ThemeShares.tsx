import { useNavigate } from "@tanstack/react-router";
import { useThemes } from "../../api/shared-queries.js";
import { Chart } from "../../components/Chart.js";
import { QueryState } from "../../components/QueryState.js";
import { keyLabel } from "../../text/labels.js";

export function ThemeShares() {
  const navigate = useNavigate();
  const themes = useThemes();
  return (
    <section className="panel" aria-labelledby="theme-shares">
      <h2 id="theme-shares">Theme shares</h2>
      <QueryState query={themes} what="themes" isEmpty={(t) => t.items.length === 0}>
        {(t) => {
          const items = [...t.items].sort((a, b) => a.share - b.share);
          return (
            <Chart
              label={`Share of the ${t.totalStories} stories touching each theme`}
              height={Math.max(200, items.length * 26 + 40)}
              option={{
                tooltip: { trigger: "axis", valueFormatter: (v: unknown) => `${Math.round(Number(v) * 100)}%` },
                grid: { left: 220, right: 24, top: 8, bottom: 24 },
                xAxis: { type: "value", max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
                yAxis: { type: "category", data: items.map((i) => keyLabel(i.key)) },
                series: [{ type: "bar", data: items.map((i) => i.share) }],
              }}
              onItemClick={({ dataIndex }) => {
                const item = items[dataIndex];
                if (item) void navigate({ to: "/themes", search: { theme: item.key } });
              }}
              table={{
                columns: ["Theme", "Stories", "Share"],
                rows: [...items].reverse().map((i) => [keyLabel(i.key), i.stories, `${Math.round(i.share * 100)}%`]),
              }}
            />
          );
        }}
      </QueryState>
    </section>
  );
}
