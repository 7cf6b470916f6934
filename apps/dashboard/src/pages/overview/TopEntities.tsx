import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { QueryState } from "../../components/QueryState.js";

type EntityType = "person" | "country" | "organization";

export function TopEntities({ type, title }: { type: EntityType; title: string }) {
  const entities = useQuery({
    queryKey: ["entities", type, "top"],
    queryFn: () => unwrap(api.api.entities.$get({ query: { type, sort: "mentions", limit: "8" } })),
  });
  const id = `top-${type}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <QueryState query={entities} what={title.toLowerCase()} isEmpty={(d) => d.items.length === 0}>
        {(d) => {
          const max = Math.max(1, ...d.items.map((e) => e.mentionCount));
          return (
            <ol className="bar-list">
              {d.items.map((e) => (
                <li key={e.id}>
                  <Link to="/entities/$id" params={{ id: String(e.id) }}>
                    {e.name}
                    {e.acronym && e.acronym !== e.name ? ` (${e.acronym})` : ""}
                  </Link>
                  <span className="bar" style={{ width: `${(e.mentionCount / max) * 100}%` }} aria-hidden="true" />
                  <span className="meta">
                    {e.mentionCount} mentions · {e.articleCount} articles
                  </span>
                </li>
              ))}
            </ol>
          );
        }}
      </QueryState>
      <p>
        <Link to="/entities" search={{ type }}>
          All →
        </Link>
      </p>
    </section>
  );
}
