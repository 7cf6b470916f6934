import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import type { EntityDetail } from "../../api/types.js";
import { Chart } from "../../components/Chart.js";
import { DetailPage } from "../../components/DetailPage.js";
import { InContext } from "../../components/InContext.js";
import { QuoteList } from "../../components/QuoteList.js";
import { SourceLink } from "../../components/SourceLink.js";
import { TimelinePanel } from "../../components/TimelinePanel.js";
import { formatDate } from "../../text/labels.js";
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
  const { entity, mentions, coMentioned, roles, quotes } = detail;
  return (
    <>
      <h1>
        {entity.name}
        {entity.acronym && entity.acronym !== entity.name ? ` (${entity.acronym})` : ""}
      </h1>
      <p className="lede">
        {entityTypeLabel(entity.type)}
        {entity.code ? ` · ${entity.code}` : ""} · {entity.mentionCount} mentions in {entity.articleCount} articles ·{" "}
        <Link to="/articles" search={{ entity: entity.id }}>
          list the articles
        </Link>
      </p>
      <MentionsOverTime id={entity.id} name={entity.name} />
      <div className="grid two">
        <section className="panel" aria-labelledby="mentions">
          <h2 id="mentions">Mentions in context ({mentions.length})</h2>
          {mentions.length === 0 ? (
            <p className="empty">No mentions stored.</p>
          ) : (
            <ul className="context-list">
              {mentions.map((m) => (
                <li key={`${m.articleId}-${m.start}`}>
                  <p>
                    …<InContext context={m.context} phrase={m.surface} />…
                  </p>
                  <SourceLink source={m} />
                </li>
              ))}
            </ul>
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
                    </tr>
                  </thead>
                  <tbody>
                    {roles.map((r) => (
                      <tr key={r.role}>
                        <td>{r.role}</td>
                        <td>{formatDate(r.firstSeen)}</td>
                        <td>{formatDate(r.lastSeen)}</td>
                        <td className="num">{r.articles}</td>
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
          {(entity.type === "person" || quotes.length > 0) && (
            <section className="panel" aria-labelledby="quotes">
              <h2 id="quotes">Quotes ({quotes.length})</h2>
              {quotes.length === 0 ? (
                <p className="empty">No quote attributed to {entity.name}.</p>
              ) : (
                <QuoteList quotes={quotes} />
              )}
            </section>
          )}
        </div>
      </div>
    </>
  );
}

function MentionsOverTime({ id, name }: { id: number; name: string }) {
  return (
    <TimelinePanel
      id="entity-timeline"
      title={`Articles mentioning ${name}, per month`}
      entity={id}
      empty="None of these articles has a known date."
    >
      {(t) => (
        <Chart
          label={`Articles and stories mentioning ${name} per month`}
          height={180}
          option={{
            tooltip: { trigger: "axis" },
            grid: { left: 40, right: 16, top: 16, bottom: 28 },
            xAxis: { type: "category", data: t.buckets.map((b) => b.period) },
            yAxis: { type: "value", minInterval: 1 },
            series: [{ name: "Articles", type: "bar", data: t.buckets.map((b) => b.articles) }],
          }}
          table={{
            columns: ["Month", "Articles", "Stories"],
            rows: t.buckets.map((b) => [b.period, b.articles, b.stories]),
          }}
        />
      )}
    </TimelinePanel>
  );
}
