import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { useThemes } from "../../api/shared-queries.js";
import { ArticleList } from "../../components/ArticleList.js";
import { Chart } from "../../components/Chart.js";
import { EmptyDatabase } from "../../components/EmptyDatabase.js";
import { QueryState } from "../../components/QueryState.js";
import { keyLabel } from "../../text/labels.js";

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
                Share of the {t.totalStories} stories in which each theme is present, and its trend by month. Choose a
                theme to list its stories.
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
                <section className="panel" aria-labelledby="trend">
                  <h2 id="trend">Trend</h2>
                  {t.months.length === 0 ? (
                    <p className="empty">No story has a known month yet.</p>
                  ) : (
                    <Chart
                      label="Stories per month for each theme"
                      height={320}
                      option={{
                        tooltip: { trigger: "axis" },
                        legend: { type: "scroll", top: 0 },
                        grid: { left: 40, right: 16, top: 40, bottom: 28 },
                        xAxis: { type: "category", data: t.months },
                        yAxis: { type: "value", minInterval: 1 },
                        series: items.map((i) => ({
                          name: keyLabel(i.key),
                          type: "line",
                          data: t.months.map((m) => i.trend.find((p) => p.month === m)?.stories ?? 0),
                        })),
                      }}
                      onItemClick={({ seriesIndex }) => {
                        const item = items[seriesIndex];
                        if (item) select(item.key);
                      }}
                      table={{
                        columns: ["Theme", ...t.months],
                        rows: items.map((i) => [
                          keyLabel(i.key),
                          ...t.months.map((m) => i.trend.find((p) => p.month === m)?.stories ?? 0),
                        ]),
                      }}
                    />
                  )}
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
