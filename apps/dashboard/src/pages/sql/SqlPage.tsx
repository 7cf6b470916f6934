import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { type KeyboardEvent, useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { ErrorMessage, QueryState } from "../../components/QueryState.js";
import { CsvDownload } from "./CsvDownload.js";
import examples from "./data/example-queries.json" with { type: "json" };
import { SchemaPanel } from "./SchemaPanel.js";

const route = getRouteApi("/sql");

export function SqlPage() {
  const { sql } = route.useSearch();
  const navigate = useNavigate({ from: "/sql" });
  const [draft, setDraft] = useState(sql ?? examples[0]?.sql ?? "");
  const result = useQuery({
    queryKey: ["sql", sql],
    enabled: Boolean(sql),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: () => unwrap(api.api.query.$post({ json: { sql: sql ?? "" } })),
  });

  const run = () => {
    const text = draft.trim();
    if (text === sql) void result.refetch();
    else void navigate({ search: { sql: text || undefined } });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    }
  };

  return (
    <section className="page">
      <h1>SQL</h1>
      <p className="lede">
        Read-only SQL over the whole database (one statement, time and row limits). The schema is on the right.
      </p>
      <div className="sql-layout">
        <div className="sql-main">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              run();
            }}
          >
            <label htmlFor="sql-editor">Query</label>
            <textarea
              id="sql-editor"
              className="sql-editor"
              spellCheck={false}
              rows={10}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={onKeyDown}
              aria-describedby="sql-hint"
            />
            <p id="sql-hint" className="meta">
              Ctrl+Enter runs the query.
            </p>
            <div className="actions">
              <button type="submit">Run</button>
              {sql && result.data && <CsvDownload sql={sql} />}
            </div>
          </form>
          <section aria-labelledby="examples" className="examples">
            <h2 id="examples">Examples</h2>
            <ul>
              {examples.map((e) => (
                <li key={e.title}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setDraft(e.sql);
                      void navigate({ search: { sql: e.sql } });
                    }}
                  >
                    {e.title}
                  </button>
                </li>
              ))}
            </ul>
          </section>
          {sql &&
            (result.isError ? (
              <ErrorMessage error={result.error} what="the query results" />
            ) : (
              <QueryState query={result} what="query results">
                {(r) => (
                  <section aria-labelledby="results">
                    <h2 id="results">Results</h2>
                    <p role="status" data-testid="sql-status">
                      {r.rowCount.toLocaleString("en")} rows in {r.elapsedMs.toFixed(0)} ms
                      {r.truncated && " · truncated at the row limit; add LIMIT or download the CSV for all rows"}
                    </p>
                    <ResultTable columns={r.columns} rows={r.rows} />
                  </section>
                )}
              </QueryState>
            ))}
        </div>
        <SchemaPanel onPick={(text) => setDraft((d) => `${d}${d.endsWith(" ") || d === "" ? "" : " "}${text}`)} />
      </div>
    </section>
  );
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function ResultTable({ columns, rows }: { columns: readonly string[]; rows: ReadonlyArray<ReadonlyArray<unknown>> }) {
  if (rows.length === 0) return <p className="empty">The query returned no rows.</p>;
  return (
    <div className="table-scroll results-table">
      <table>
        <thead>
          <tr>
            {columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: result columns can repeat a name
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: result rows have no identity
            <tr key={i}>
              {row.map((cell, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: positional cells
                <td key={j} className={cell === null ? "null" : typeof cell === "number" ? "num" : undefined}>
                  {cellText(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
