import { useQuery } from "@tanstack/react-query";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { QueryState } from "../../components/QueryState.js";

/** The tables and columns with their descriptions; clicking a name adds it to the editor. */
export function SchemaPanel({ onPick }: { onPick: (text: string) => void }) {
  const schema = useQuery({
    queryKey: ["schema"],
    queryFn: () => unwrap(api.api.schema.$get()),
    staleTime: 5 * 60_000,
  });
  return (
    <aside className="schema panel" aria-labelledby="schema-heading">
      <h2 id="schema-heading">Schema</h2>
      <QueryState query={schema} what="the schema">
        {(s) => (
          <ul className="schema-tables">
            {s.tables.map((t) => (
              <li key={t.name}>
                <details>
                  <summary>
                    <code>{t.name}</code> <span className="meta">{t.rowCount.toLocaleString("en")} rows</span>
                  </summary>
                  <p className="meta">{t.description}</p>
                  <button type="button" className="link-button" onClick={() => onPick(t.name)}>
                    insert table name
                  </button>
                  <dl className="schema-columns">
                    {t.columns.map((c) => (
                      <div key={c.name}>
                        <dt>
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onPick(c.name)}
                            title="Insert into the query"
                          >
                            <code>{c.name}</code>
                          </button>{" "}
                          <span className="meta">
                            {c.type}
                            {c.primaryKey ? " · key" : ""}
                            {c.notNull ? "" : " · nullable"}
                          </span>
                        </dt>
                        <dd>{c.description}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </aside>
  );
}
