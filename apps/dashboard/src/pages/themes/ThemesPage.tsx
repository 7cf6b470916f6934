import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { useThemes } from "../../api/shared-queries.js";
import type { ThemeList } from "../../api/types.js";
import { ArticleList } from "../../components/ArticleList.js";
import { Chart } from "../../components/Chart.js";
import { EmptyDatabase } from "../../components/EmptyDatabase.js";
import { QueryState } from "../../components/QueryState.js";
import { OffAxis } from "../../components/TimelinePanel.js";
import { keyLabel } from "../../text/labels.js";
import { periodLabel } from "../../text/periods.js";

const route = getRouteApi("/themes");
const percent = (share: number) => `${Math.round(share * 100)}%`;

export function ThemesPage() {
  const { theme } = route.useSearch();
  const navigate = useNavigate({ from: "/themes" });
  const themes = useThemes();
  return (
    <section className="page">
      <h1>Themes</h1>
      <QueryState
        query={themes}
        what="themes"
        isEmpty={(t) => t.items.length === 0}
        empty={<EmptyDatabase what="themes" />}
      >
        {(t) => {
          const items = [...t.items].sort((a, b) => b.share - a.share);
          const select = (key: string) => void navigate({ search: { theme: key } });
          return (
            <>
              <p className="lede">
                Share of the {t.totalStories} stories in which each theme is present, and its trend: the share of each
                period&rsquo;s stories that carry it, so a busy period does not look like a surge of every theme. Choose
                a theme to list its stories.
              </p>
              <div className="grid two">
                <section className="panel" aria-labelledby="shares">
                  <h2 id="shares">Share of stories</h2>
                  <Chart
                    label="Share of stories per theme"
                    height={Math.max(220, items.length * 26 + 40)}
                    option={{
                      tooltip: { trigger: "axis", valueFormatter: (v: unknown) => percent(Number(v)) },
                      grid: { left: 220, right: 24, top: 8, bottom: 24 },
                      xAxis: { type: "value", max: 1, axisLabel: { formatter: (v: number) => percent(v) } },
                      yAxis: { type: "category", inverse: true, data: items.map((i) => keyLabel(i.key)) },
                      series: [{ type: "bar", data: items.map((i) => i.share) }],
                    }}
                    onItemClick={({ dataIndex }) => {
                      const item = items[dataIndex];
                      if (item) select(item.key);
                    }}
                    table={{
                      columns: ["Theme", "Stories", "Share"],
                      rows: items.map((i) => [
                        <Link key="t" to="/themes" search={{ theme: i.key }}>
                          {keyLabel(i.key)}
                        </Link>,
                        i.stories,
                        percent(i.share),
                      ]),
                    }}
                  />
                </section>
                <section
                  className="panel"
                  aria-labelledby="trend"
                  data-time-axis={t.all.granularity}
                  data-periods={t.all.buckets.map((b) => b.period).join(",")}
                >
                  <h2 id="trend">Trend: share of each {t.all.granularity}&rsquo;s stories</h2>
                  {t.all.buckets.length === 0 ? (
                    <p className="empty">No story has a known date yet.</p>
                  ) : (
                    <ThemeTrend themes={t} items={items} onSelect={select} />
                  )}
                  <OffAxis
                    coarser={t.all.coarser.map((c) => ({ period: c.period, count: c.stories }))}
                    undated={t.all.undated.stories}
                    noun="stories"
                  />
                </section>
              </div>
              <nav aria-label="Themes" className="chips">
                {items.map((i) => (
                  <Link
                    key={i.key}
                    to="/themes"
                    search={{ theme: i.key }}
                    className={i.key === theme ? "chip active" : "chip"}
                    aria-current={i.key === theme ? "true" : undefined}
                  >
                    {keyLabel(i.key)} <span className="meta">{i.stories}</span>
                  </Link>
                ))}
              </nav>
              {theme && <ThemeStories theme={theme} />}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

type ThemeItem = ThemeList["items"][number];

/** One line per theme: its share of each period's stories, with the counts in the tooltip and the table. */
function ThemeTrend({
  themes,
  items,
  onSelect,
}: {
  themes: ThemeList;
  items: readonly ThemeItem[];
  onSelect: (key: string) => void;
}) {
  const periods = themes.all.buckets;
  const labels = periods.map((b) => periodLabel(b.period));
  return (
    <Chart
      label={`Share of each ${themes.all.granularity}'s stories carrying each theme`}
      height={320}
      option={{
        tooltip: {
          trigger: "axis",
          formatter: (params: unknown) => {
            const rows = params as Array<{ seriesName: string; dataIndex: number; axisValueLabel: string }>;
            const first = rows[0];
            if (!first) return "";
            const all = periods[first.dataIndex]?.stories ?? 0;
            const lines = rows.map((row) => {
              const bucket = items.find((i) => keyLabel(i.key) === row.seriesName)?.trend.buckets[row.dataIndex];
              return `${row.seriesName}: ${percent(bucket?.share ?? 0)} (${bucket?.stories ?? 0} of ${all})`;
            });
            return [`${first.axisValueLabel}: ${all} stories`, ...lines].join("\n");
          },
        },
        legend: { type: "scroll", top: 0 },
        grid: { left: 48, right: 16, top: 40, bottom: 28 },
        xAxis: { type: "category", data: labels },
        yAxis: { type: "value", max: 1, axisLabel: { formatter: (v: number) => percent(v) } },
        series: items.map((i) => ({
          name: keyLabel(i.key),
          type: "line",
          // A period with no story at all has no share: a gap in the line, not a fall to 0 %.
          data: i.trend.buckets.map((b, index) => ((periods[index]?.stories ?? 0) > 0 ? b.share : null)),
        })),
      }}
      onItemClick={({ seriesIndex }) => {
        const item = items[seriesIndex];
        if (item) onSelect(item.key);
      }}
      table={{
        columns: ["Theme", ...labels],
        rows: [
          ["All stories", ...periods.map((b) => b.stories)],
          ...items.map((i) => [
            keyLabel(i.key),
            ...i.trend.buckets.map((b) => (b.stories ? `${percent(b.share)} (${b.stories})` : "0")),
          ]),
        ],
      }}
    />
  );
}

function ThemeStories({ theme }: { theme: string }) {
  const stories = useQuery({
    queryKey: ["articles", "theme", theme],
    queryFn: () => unwrap(api.api.articles.$get({ query: { theme, stories: "true", limit: "100" } })),
  });
  return (
    <section className="panel" aria-labelledby="theme-stories">
      <h2 id="theme-stories">Stories on {keyLabel(theme).toLowerCase()}</h2>
      <QueryState query={stories} what="stories" isEmpty={(d) => d.items.length === 0}>
        {(d) => <ArticleList articles={d.items} versions />}
      </QueryState>
      <p>
        <Link to="/articles" search={{ theme }}>
          Open in the article list →
        </Link>
      </p>
    </section>
  );
}
