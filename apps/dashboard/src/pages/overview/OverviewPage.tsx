import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { ArticleList } from "../../components/ArticleList.js";
import { EmptyDatabase } from "../../components/EmptyDatabase.js";
import { KpiCard } from "../../components/KpiCard.js";
import { QueryState } from "../../components/QueryState.js";
import { formatDate } from "../../text/labels.js";
import { LatestQuotes } from "./LatestQuotes.js";
import { StoriesOverTime } from "./StoriesOverTime.js";
import { ThemeShares } from "./ThemeShares.js";
import { TopEntities } from "./TopEntities.js";

export function OverviewPage() {
  const metrics = useQuery({ queryKey: ["overview"], queryFn: () => unwrap(api.api.metrics.overview.$get()) });
  return (
    <section className="page">
      <h1>Overview</h1>
      <QueryState query={metrics} what="overview metrics" isEmpty={(m) => m.articles === 0} empty={<EmptyDatabase />}>
        {(m) => (
          <>
            <p className="lede">
              {m.articles.toLocaleString("en")} articles from {m.outlets.toLocaleString("en")} outlets, published{" "}
              {span(m.firstPublishedAt, m.lastPublishedAt)}; last ingest{" "}
              {m.lastIngestAt ? new Date(m.lastIngestAt).toLocaleString("en-GB") : "never"}. A story counts its
              duplicates and translations once.
            </p>
            <dl className="kpis">
              <KpiCard label="Stories" value={m.stories} />
              <KpiCard label="Articles" value={m.articles} />
              <KpiCard label="Outlets" value={m.outlets} />
              <KpiCard label="People" value={m.people} />
              <KpiCard label="Countries" value={m.countries} />
              <KpiCard label="Organisations" value={m.organisations} />
              <KpiCard label="Indicators tracked" value={m.indicatorsTracked} />
              <KpiCard label="Partnerships" value={m.partnerships} />
            </dl>
            <div className="grid two">
              <StoriesOverTime />
              <ThemeShares />
            </div>
            <div className="grid three">
              <TopEntities type="person" title="Most-mentioned people" />
              <TopEntities type="country" title="Most-mentioned countries" />
              <TopEntities type="organization" title="Most-mentioned organisations" />
            </div>
            <div className="grid two">
              <LatestQuotes />
              <LatestArticles />
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
}

function span(first: string | null, last: string | null): string {
  if (!first && !last) return "on unknown dates";
  const from = formatDate(first);
  const to = formatDate(last);
  return from === to ? `in ${from}` : `${from} – ${to}`;
}

function LatestArticles() {
  const articles = useQuery({
    queryKey: ["articles", "latest"],
    queryFn: () => unwrap(api.api.articles.$get({ query: { limit: "10" } })),
  });
  return (
    <section className="panel" aria-labelledby="latest-articles">
      <h2 id="latest-articles">Latest articles</h2>
      <QueryState query={articles} what="articles" isEmpty={(d) => d.items.length === 0}>
        {(d) => <ArticleList articles={d.items} testId="latest-articles" />}
      </QueryState>
      <p>
        <Link to="/articles">All articles →</Link>
      </p>
    </section>
  );
}
