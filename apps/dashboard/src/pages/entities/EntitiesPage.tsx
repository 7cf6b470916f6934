import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import type { EntitySummary } from "../../api/types.js";
import { useCursorPages } from "../../api/use-cursor-pages.js";
import { ExportLinks } from "../../components/ExportLinks.js";
import { LoadMoreButton } from "../../components/LoadMoreButton.js";
import { QueryState } from "../../components/QueryState.js";
import { type Column, SortableTable } from "../../components/SortableTable.js";
import { entityTypeTabs } from "../../router.js";
import { EntitySparkline } from "./EntitySparkline.js";
import { entityTypeLabel } from "./entity-type-label.js";

const route = getRouteApi("/entities");

const columns: ReadonlyArray<Column<EntitySummary>> = [
  {
    key: "name",
    header: "Name",
    sortValue: (e) => e.name,
    render: (e) => (
      <Link to="/entities/$id" params={{ id: String(e.id) }}>
        {e.name}
        {e.acronym && e.acronym !== e.name ? ` (${e.acronym})` : ""}
      </Link>
    ),
  },
  {
    key: "mentions",
    header: "Mentions",
    sortValue: (e) => e.mentionCount,
    render: (e) => e.mentionCount,
    numeric: true,
  },
  {
    key: "articles",
    header: "Articles",
    sortValue: (e) => e.articleCount,
    render: (e) => e.articleCount,
    numeric: true,
  },
  { key: "trend", header: "Articles per month", render: (e) => <EntitySparkline id={e.id} name={e.name} /> },
];

export function EntitiesPage() {
  const search = route.useSearch();
  const type = search.type ?? "person";
  const navigate = useNavigate({ from: "/entities" });
  const [draft, setDraft] = useState(search.filter ?? "");
  const entities = useCursorPages({
    queryKey: ["entities", type, "list", search.filter ?? ""],
    fetchPage: (page) =>
      unwrap(
        api.api.entities.$get({
          query: { type, sort: "mentions", limit: "50", ...(search.filter ? { q: search.filter } : {}), ...page },
        }),
      ),
  });

  return (
    <section className="page">
      <h1>Entities</h1>
      <nav aria-label="Entity types" className="tabs">
        {entityTypeTabs.map((t) => (
          <Link
            key={t}
            to="/entities"
            search={{ type: t }}
            className={t === type ? "tab active" : "tab"}
            aria-current={t === type ? "page" : undefined}
          >
            {entityTypeLabel(t, true)}
          </Link>
        ))}
      </nav>
      <form
        className="filters"
        aria-label="Filter by name"
        onSubmit={(e) => {
          e.preventDefault();
          void navigate({ search: { type, filter: draft.trim() || undefined } });
        }}
      >
        <label>
          Name starts with <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit">Filter</button>
      </form>
      <QueryState
        query={entities}
        what={entityTypeLabel(type, true).toLowerCase()}
        isEmpty={(d) => (d.pages[0]?.items.length ?? 0) === 0}
        empty={
          <p className="empty">
            No {entityTypeLabel(type, true).toLowerCase()} found
            {search.filter ? ` starting with “${search.filter}”` : ""}.
          </p>
        }
      >
        {(d) => {
          const rows = d.pages.flatMap((p) => p.items);
          return (
            <>
              <ExportLinks dataset="entities" query={{ type }} />
              <SortableTable
                caption={`${entityTypeLabel(type, true)} by mentions (${rows.length} shown)`}
                rows={rows}
                columns={columns}
                rowKey={(e) => e.id}
              />
              <LoadMoreButton pages={entities} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
