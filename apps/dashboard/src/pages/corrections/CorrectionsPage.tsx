import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { CorrectionError } from "../../components/corrections/CorrectionError.js";
import { currentAuthor, setAuthor, useUndo } from "../../components/corrections/use-corrections.js";
import { correctionKinds } from "../../router.js";

const route = getRouteApi("/corrections");
const kinds = correctionKinds;
const kindLabels: Record<(typeof kinds)[number], string> = {
  merge_entity: "Merge",
  rename_entity: "Rename",
  split_mention: "Split mention",
  reject_finding: "Reject",
  add_finding: "Add",
  undo: "Undo",
};

/** The corrections log: who changed what and why, filters, undo, and the entries that no longer match (stale). */
export function CorrectionsPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/corrections" });
  const [author, setAuthorField] = useState(currentAuthor());
  const undo = useUndo();
  const log = useInfiniteQuery({
    queryKey: ["corrections", "log", search],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.api.corrections.$get({
          query: {
            ...(search.kind ? { kind: search.kind } : {}),
            ...(search.author ? { author: search.author } : {}),
            ...(search.stale !== undefined ? { stale: String(search.stale) } : {}),
            limit: "50",
            ...(pageParam ? { cursor: pageParam } : {}),
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  const staleCount = log.data?.pages[0]?.staleCount ?? 0;
  return (
    <>
      <h1>Corrections</h1>
      <p className="lede">
        Every merge, rename, rejected or added finding, newest first. Corrections are re-applied after reanalysis and
        re-ingest; an entry whose finding has gone is marked stale.{" "}
        {staleCount > 0 && <strong>{staleCount} stale.</strong>}{" "}
        <a href="/api/corrections/export" download>
          Export the log (JSON)
        </a>
      </p>
      <form className="filters" aria-label="Filter the log" onSubmit={(e) => e.preventDefault()}>
        <label>
          Kind{" "}
          <select
            value={search.kind ?? ""}
            onChange={(e) =>
              navigate({ search: (s) => ({ ...s, kind: (e.target.value || undefined) as typeof search.kind }) })
            }
          >
            <option value="">all</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {kindLabels[k]}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          By{" "}
          <input
            value={search.author ?? ""}
            placeholder="any author"
            onChange={(e) => navigate({ search: (s) => ({ ...s, author: e.target.value || undefined }) })}
          />
        </label>{" "}
        <label>
          State{" "}
          <select
            value={search.stale === undefined ? "" : String(search.stale)}
            onChange={(e) =>
              navigate({
                search: (s) => ({ ...s, stale: e.target.value === "" ? undefined : e.target.value === "true" }),
              })
            }
          >
            <option value="">all</option>
            <option value="true">stale only</option>
            <option value="false">applying</option>
          </select>
        </label>{" "}
        <label>
          Your name{" "}
          <input
            value={author}
            onChange={(e) => {
              setAuthorField(e.target.value);
              setAuthor(e.target.value);
            }}
          />
        </label>
      </form>
      <CorrectionError error={undo.error} />
      {log.isSuccess && items.length === 0 && <p className="empty">No corrections yet.</p>}
      <table className="table corrections-log">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">When</th>
            <th scope="col">By</th>
            <th scope="col">What</th>
            <th scope="col">Why</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((entry) => (
            <tr key={entry.id} data-kind={entry.kind} data-stale={entry.stale}>
              <td>{entry.id}</td>
              <td>{new Date(entry.createdAt).toLocaleString("en-GB")}</td>
              <td>{entry.author}</td>
              <td>
                <span className="badge">{kindLabels[entry.kind]}</span> {entry.summary}
              </td>
              <td>{entry.reason}</td>
              <td>
                {entry.kind === "undo"
                  ? `undoes #${entry.undoes}`
                  : entry.undoneBy !== null
                    ? `undone by #${entry.undoneBy}`
                    : entry.stale
                      ? "stale: matches nothing stored"
                      : `applies to ${entry.articles} ${entry.articles === 1 ? "article" : "articles"}`}
              </td>
              <td>
                {entry.active && (
                  <button
                    type="button"
                    disabled={undo.isPending}
                    aria-label={`Undo correction ${entry.id}`}
                    onClick={() => undo.mutate({ id: entry.id, reason: "" })}
                  >
                    Undo
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {log.hasNextPage && (
        <button type="button" onClick={() => log.fetchNextPage()} disabled={log.isFetchingNextPage}>
          Load more
        </button>
      )}
    </>
  );
}
