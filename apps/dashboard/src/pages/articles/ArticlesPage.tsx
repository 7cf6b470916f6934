import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import type { FormEvent } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { useThemes } from "../../api/shared-queries.js";
import type { ArticleSummary } from "../../api/types.js";
import { useCursorPages } from "../../api/use-cursor-pages.js";
import { articleFilterQuery } from "../../article-filter-query.js";
import { DateRangeFields } from "../../components/DateRangeFields.js";
import { EmptyDatabase } from "../../components/EmptyDatabase.js";
import { ExportLinks } from "../../components/ExportLinks.js";
import { KeySelect } from "../../components/KeySelect.js";
import { LoadMoreButton } from "../../components/LoadMoreButton.js";
import { QueryState } from "../../components/QueryState.js";
import { type Column, SortableTable } from "../../components/SortableTable.js";
import { formValues } from "../../form-values.js";
import { compact } from "../../search-params.js";
import { displayTitle } from "../../text/display-title.js";
import { formatDate } from "../../text/labels.js";

const route = getRouteApi("/articles");

const columns: ReadonlyArray<Column<ArticleSummary>> = [
  {
    key: "title",
    header: "Title",
    sortValue: (a) => a.title,
    render: (a) => (
      <>
        <Link to="/articles/$id" params={{ id: String(a.id) }}>
          {displayTitle(a.title, a.excerpt, a.id)}
        </Link>
        {a.title && a.excerpt && <p className="excerpt">{a.excerpt}</p>}
      </>
    ),
  },
  { key: "outlet", header: "Outlet", sortValue: (a) => a.outlet, render: (a) => a.outlet ?? "—" },
  {
    key: "published",
    header: "Published",
    sortValue: (a) => a.publishedAt,
    render: (a) => formatDate(a.publishedAt, a.publishedPrecision),
  },
  {
    key: "words",
    header: "Words",
    sortValue: (a) => a.wordCount,
    render: (a) => a.wordCount.toLocaleString("en"),
    numeric: true,
  },
  {
    key: "story",
    header: "Versions",
    sortValue: (a) => a.storyArticleCount,
    render: (a) => (a.storyArticleCount > 1 ? `${a.storyArticleCount} in story` : "1"),
    numeric: true,
  },
  {
    key: "ingested",
    header: "Ingested",
    sortValue: (a) => a.ingestedAt,
    render: (a) => new Date(a.ingestedAt).toLocaleDateString("en-GB"),
  },
];

export function ArticlesPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/articles" });
  const themes = useThemes();
  const filters = articleFilterQuery(search);
  const articles = useCursorPages({
    queryKey: ["articles", "list", filters],
    fetchPage: (page) => unwrap(api.api.articles.$get({ query: { ...filters, limit: "50", ...page } })),
  });

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { text, checked } = formValues(new FormData(event.currentTarget));
    void navigate({
      search: compact({
        outlet: text("outlet"),
        theme: text("theme"),
        from: text("from"),
        to: text("to"),
        filter: text("filter"),
        stories: checked("stories"),
        entity: search.entity,
        sort: search.sort,
        dir: search.dir,
      }),
    });
  };

  const filterText = search.filter?.toLowerCase();
  return (
    <section className="page">
      <h1>Articles</h1>
      <form
        className="filters"
        onSubmit={apply}
        aria-label="Filter articles"
        key={`${JSON.stringify(search)}${themes.isSuccess}`}
      >
        <label>
          Text contains <input name="filter" type="search" defaultValue={search.filter ?? ""} />
        </label>
        <label>
          Outlet <input name="outlet" defaultValue={search.outlet ?? ""} />
        </label>
        <KeySelect label="Theme" name="theme" value={search.theme} keys={themes.data?.items.map((t) => t.key)} />
        <DateRangeFields from={search.from} to={search.to} />
        <label className="check">
          <input name="stories" type="checkbox" defaultChecked={search.stories ?? false} /> One per story
        </label>
        <button type="submit">Apply</button>
        {Object.keys(search).length > 0 && (
          <Link to="/articles" search={{}}>
            Clear
          </Link>
        )}
      </form>
      <ExportLinks dataset="articles" query={filters} />
      {search.entity !== undefined && (
        <p>
          Showing articles that mention{" "}
          <Link to="/entities/$id" params={{ id: String(search.entity) }}>
            entity #{search.entity}
          </Link>
          .
        </p>
      )}
      <QueryState
        query={articles}
        what="articles"
        isEmpty={(d) => (d.pages[0]?.items.length ?? 0) === 0}
        empty={
          Object.keys(filters).length > 0 ? (
            <p className="empty">No article matches these filters.</p>
          ) : (
            <EmptyDatabase />
          )
        }
      >
        {(d) => {
          const all = d.pages.flatMap((p) => p.items);
          const rows = filterText
            ? all.filter((a) => `${a.title ?? ""} ${a.excerpt ?? ""}`.toLowerCase().includes(filterText))
            : all;
          return (
            <>
              <SortableTable
                caption={`${rows.length} articles shown${articles.hasNextPage ? " (more available)" : ""}`}
                rows={rows}
                columns={columns}
                rowKey={(a) => a.id}
                sort={search.sort ? { key: search.sort, dir: search.dir ?? "asc" } : undefined}
                onSortChange={(s) =>
                  void navigate({
                    search: { ...search, sort: s.key as NonNullable<typeof search.sort>, dir: s.dir },
                    replace: true,
                  })
                }
              />
              <LoadMoreButton pages={articles} />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
