import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import type { EntityDetail } from "../../api/types.js";
import { Chart } from "../../components/Chart.js";
import { EntityCorrections } from "../../components/corrections/EntityCorrections.js";
import { DetailPage } from "../../components/DetailPage.js";
import { FollowButton } from "../../components/follow/FollowButton.js";
import { InContext } from "../../components/InContext.js";
import { datesText, QuoteGroupList } from "../../components/QuoteGroupList.js";
import { SourceLink } from "../../components/SourceLink.js";
import { TimelinePanel } from "../../components/TimelinePanel.js";
import { formatDate } from "../../text/labels.js";
import { periodLabel } from "../../text/periods.js";
import { entityTypeLabel } from "./entity-type-label.js";

const route = getRouteApi("/entities/$id");

export function EntityPage() {
  const { id } = route.useParams();
  const entity = useQuery({
    queryKey: ["entity", id],
    queryFn: () => unwrap(api.api.entities[":id"].$get({ param: { id } })),
  });
  return (
    <DetailPage back={<Link to="/entities">Entities</Link>} query={entity} what="this entity">
      {(d) => <EntityView detail={d} />}
    </DetailPage>
  );
}

function EntityView({ detail }: { detail: EntityDetail }) {
  const { entity, mentions, coMentioned, roles, quotes, seen } = detail;
  return (
    <>
      <h1>
        {entity.name}
        {entity.acronym && entity.acronym !== entity.name ? ` (${entity.acronym})` : ""}
        {(entity.type === "person" || (entity.type === "country" && entity.code)) && (
          <FollowButton
            kind={entity.type === "person" ? "person" : "partnership"}
            target={entity.type === "person" ? entity.name : (entity.code ?? "")}
            label={entity.type === "person" ? entity.name : `${entity.name}'s partnership`}
          />
        )}
      </h1>
      <p className="lede">
        {entityTypeLabel(entity.type)}
        {entity.code ? ` · ${entity.code}` : ""} · {entity.mentionCount} mentions in {entity.articleCount} articles ·{" "}
        <Link to="/articles" search={{ entity: entity.id }}>
          list the articles
        </Link>
      </p>
      <EntityCorrections entity={entity} />
      <p className="meta" data-testid="entity-seen">
        {seen.firstSeen || seen.lastSeen
          ? `First seen ${formatDate(seen.firstSeen)}, last seen ${formatDate(seen.lastSeen)} (publication dates)`
          : "No mentioning article has a publication date"}
        {seen.undated > 0 ? ` · ${seen.undated} undated ${seen.undated === 1 ? "article" : "articles"}` : ""}
      </p>
      <MentionsOverTime id={entity.id} name={entity.name} />
      <div className="grid two">
        <section className="panel" aria-labelledby="mentions">
          <h2 id="mentions">Mentions in context</h2>
          {mentions.groups.length === 0 ? (
            <p className="empty">No mentions stored.</p>
          ) : (
            <>
              <p className="meta">
                {mentions.total.toLocaleString("en")} mentions; the latest {mentions.window.toLocaleString("en")} read
                here, {mentions.groupCount.toLocaleString("en")} distinct sentences
                {mentions.groupCount > mentions.groups.length ? `, the newest ${mentions.groups.length} shown` : ""}.
                Repeated sentences (republished copies) appear once.{" "}
                <Link to="/articles" search={{ entity: entity.id }}>
                  Show all {entity.articleCount.toLocaleString("en")} articles
                </Link>
              </p>
              <ul className="context-list">
                {mentions.groups.map((m) => (
                  <li key={`${m.sources[0]?.articleId}-${m.sources[0]?.start}`} data-articles={m.articles}>
                    <p>
                      …<InContext context={m.context} phrase={m.surface} />…
                    </p>
                    {m.articles === 1 && m.sources[0] ? (
                      <SourceLink source={m.sources[0]} />
                    ) : (
                      <details>
                        <summary>
                          <span className="repeat-count">{m.articles} articles</span> ·{" "}
                          {datesText(m.firstSeen, m.lastSeen, m.undated)}
                        </summary>
                        <ul className="sources-list">
                          {m.sources.map((source) => (
                            <li key={source.articleId}>
                              <SourceLink source={source} />
                            </li>
                          ))}
                          {m.sources.length < m.articles && (
                            <li className="meta">and {m.articles - m.sources.length} more</li>
                          )}
                        </ul>
                      </details>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <div className="stack">
          {entity.type === "person" && (
            <section className="panel" aria-labelledby="roles">
              <h2 id="roles">Roles over time</h2>
              {roles.length === 0 ? (
                <p className="empty">The articles give this person no title.</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Role</th>
                      <th scope="col">First seen</th>
                      <th scope="col">Last seen</th>
                      <th scope="col" className="num">
                        Articles
                      </th>
                      <th scope="col" className="num">
                        Undated
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {roles.map((r) => (
                      <tr key={r.role}>
                        <td>{r.role}</td>
                        <td>{formatDate(r.firstSeen)}</td>
                        <td>{formatDate(r.lastSeen)}</td>
                        <td className="num">{r.articles}</td>
                        <td className="num">{r.undated}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          )}
          <section className="panel" aria-labelledby="co-mentioned">
            <h2 id="co-mentioned">Co-mentioned</h2>
            {coMentioned.length === 0 ? (
              <p className="empty">Nothing else is mentioned alongside.</p>
            ) : (
              <ul className="chips">
                {coMentioned.map((c) => (
                  <li key={c.id}>
                    <Link
                      to="/entities/$id"
                      params={{ id: String(c.id) }}
                      className="chip"
                      title={entityTypeLabel(c.type)}
                    >
                      {c.name} <span className="meta">{c.articles}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {(entity.type === "person" || quotes.total > 0) && (
            <section className="panel" aria-labelledby="quotes">
              <h2 id="quotes">Quotes</h2>
              {quotes.total === 0 ? (
                <p className="empty">No quote attributed to {entity.name}.</p>
              ) : (
                <EntityQuotes id={entity.id} first={quotes} />
              )}
            </section>
          )}
        </div>
      </div>
    </>
  );
}

type QuotePage = EntityDetail["quotes"];

/** The entity's quotes grouped by wording: the first page came with the entity, more on request. */
function EntityQuotes({ id, first }: { id: number; first: QuotePage }) {
  const [more, setMore] = useState(false);
  const pages = useInfiniteQuery({
    queryKey: ["quote-groups", "speaker", id],
    enabled: more && first.nextOffset !== null,
    initialPageParam: first.nextOffset ?? 0,
    queryFn: ({ pageParam }) =>
      unwrap(api.api.quotes.groups.$get({ query: { speaker: String(id), offset: String(pageParam), limit: "20" } })),
    getNextPageParam: (last) => last.nextOffset ?? undefined,
  });
  const groups = [...first.items, ...(pages.data?.pages.flatMap((page) => page.items) ?? [])];
  const hasMore = more ? pages.hasNextPage : first.nextOffset !== null;
  return (
    <>
      <p className="meta">
        {first.quotes.toLocaleString("en")} quotes, {first.total.toLocaleString("en")} distinct; each shown once with
        the articles that carry it. {groups.length} of {first.total} shown.
      </p>
      <QuoteGroupList groups={groups} showSpeaker={false} />
      {hasMore && (
        <button
          type="button"
          disabled={pages.isFetching}
          onClick={() => (more ? void pages.fetchNextPage() : setMore(true))}
        >
          {pages.isFetching ? "Loading…" : `Show more quotes (${first.total - groups.length} left)`}
        </button>
      )}
    </>
  );
}

function MentionsOverTime({ id, name }: { id: number; name: string }) {
  return (
    <TimelinePanel
      id="entity-timeline"
      title={`Articles mentioning ${name} over time`}
      entity={id}
      empty="None of these articles has a known date."
    >
      {(t) => (
        <Chart
          label={`Articles and stories mentioning ${name} per ${t.granularity}`}
          height={180}
          option={{
            tooltip: { trigger: "axis" },
            grid: { left: 40, right: 16, top: 16, bottom: 28 },
            xAxis: { type: "category", data: t.buckets.map((b) => periodLabel(b.period)) },
            yAxis: { type: "value", minInterval: 1 },
            series: [{ name: "Articles", type: "bar", data: t.buckets.map((b) => b.articles) }],
          }}
          table={{
            columns: ["Period", "Articles", "Stories"],
            rows: [
              ...t.buckets.map((b) => [periodLabel(b.period), b.articles, b.stories]),
              ...t.coarser.map((c) => [`Dated only to ${periodLabel(c.period)}`, c.articles, c.stories]),
              ...(t.undated.articles > 0 ? [["Undated", t.undated.articles, t.undated.stories]] : []),
            ],
          }}
        />
      )}
    </TimelinePanel>
  );
}
