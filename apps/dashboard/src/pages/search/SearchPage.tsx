import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { useIndicators, useThemes } from "../../api/shared-queries.js";
import type { SearchResults } from "../../api/types.js";
import { useCursorPages } from "../../api/use-cursor-pages.js";
import { articleFilterQuery } from "../../article-filter-query.js";
import { DateRangeFields } from "../../components/DateRangeFields.js";
import { ExportLinks } from "../../components/ExportLinks.js";
import { FollowButton } from "../../components/follow/FollowButton.js";
import { KeySelect } from "../../components/KeySelect.js";
import { LoadMoreButton } from "../../components/LoadMoreButton.js";
import { QueryState } from "../../components/QueryState.js";
import { Segments } from "../../components/Segments.js";
import { formValues } from "../../form-values.js";
import { compact } from "../../search-params.js";
import { formatDate, keyLabel } from "../../text/labels.js";
import { SyntaxHelp } from "./SyntaxHelp.js";

const route = getRouteApi("/search");
type Search = ReturnType<typeof route.useSearch>;
type FacetName = keyof SearchResults["facets"];

export function SearchPage() {
  const search = route.useSearch();
  const navigate = useNavigate({ from: "/search" });
  const [draft, setDraft] = useState(search.q ?? "");
  const indicators = useIndicators();
  const themes = useThemes();
  const params = compact({ q: search.q, ...articleFilterQuery(search), indicator: search.indicator });
  const results = useCursorPages({
    queryKey: ["search", params],
    enabled: Boolean(search.q),
    fetchPage: (page) => unwrap(api.api.search.$get({ query: { ...params, q: search.q ?? "", limit: "20", ...page } })),
  });

  const set = (changes: Partial<Search>) => void navigate({ search: compact({ ...search, ...changes }) });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { text, checked } = formValues(new FormData(event.currentTarget));
    set({
      q: draft.trim() || undefined,
      outlet: text("outlet"),
      from: text("from"),
      to: text("to"),
      theme: text("theme"),
      indicator: text("indicator"),
      stories: checked("stories"),
    });
  };

  return (
    <section className="page">
      <h1>
        Search
        {search.q && <FollowButton kind="query" target={search.q} label={`the search ${search.q}`} />}
      </h1>
      <search>
        <form
          className="search-form"
          onSubmit={submit}
          key={`${JSON.stringify({ ...search, q: undefined })}${themes.isSuccess}${indicators.isSuccess}`}
        >
          <div className="search-box">
            <label htmlFor="search-q" className="visually-hidden">
              Search articles
            </label>
            <input
              id="search-q"
              type="search"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              placeholder='e.g. "strategic partnership" AND Japan, partner*'
              aria-describedby="syntax-help"
            />
            <button type="submit">Search</button>
          </div>
          <SyntaxHelp id="syntax-help" />
          <fieldset className="filters">
            <legend>Filters</legend>
            <label>
              Outlet <input name="outlet" defaultValue={search.outlet ?? ""} />
            </label>
            <DateRangeFields from={search.from} to={search.to} />
            <KeySelect label="Theme" name="theme" value={search.theme} keys={themes.data?.items.map((t) => t.key)} />
            <KeySelect
              label="Indicator"
              name="indicator"
              value={search.indicator}
              keys={indicators.data?.items.map((i) => i.key)}
            />
            <label className="check">
              <input name="stories" type="checkbox" defaultChecked={search.stories ?? false} /> One hit per story
            </label>
            {search.entity !== undefined && (
              <button type="button" className="chip active" onClick={() => set({ entity: undefined })}>
                entity #{search.entity} ✕
              </button>
            )}
          </fieldset>
        </form>
      </search>
      {!search.q ? (
        <p className="empty">Type words to search the title and text of every article.</p>
      ) : (
        <QueryState
          query={results}
          what="search results"
          isEmpty={(d) => (d.pages[0]?.total ?? 0) === 0}
          empty={<p className="empty">No article matches “{search.q}”.</p>}
        >
          {(d) => {
            const first = d.pages[0] as SearchResults;
            const hits = d.pages.flatMap((p) => p.items);
            return (
              <div className="search-results">
                <aside className="facets" aria-label="Refine">
                  {(Object.keys(first.facets) as FacetName[]).map((name) => (
                    <Facet
                      key={name}
                      name={name}
                      values={first.facets[name]}
                      onPick={(value) => set(facetFilter(name, value))}
                    />
                  ))}
                </aside>
                <div>
                  <p role="status" data-testid="result-count">
                    {first.totalEstimated && "about "}
                    {first.total.toLocaleString("en")} {first.total === 1 ? "result" : "results"}
                    {first.order === "newest" && " · too many to rank: newest first"}
                    {first.repaired && (
                      <>
                        {" "}
                        · the query was repaired and run as <code>{first.query}</code>
                      </>
                    )}
                  </p>
                  <ExportLinks dataset="search" query={params} />
                  <ol className="hits">
                    {hits.map((h) => (
                      <li key={`${h.articleId}-${h.storyId ?? ""}`}>
                        <h2>
                          <Link to="/articles/$id" params={{ id: String(h.articleId) }}>
                            {h.titleSegments.length > 0 ? (
                              <Segments parts={h.titleSegments} />
                            ) : (
                              (h.title ?? `Article #${h.articleId}`)
                            )}
                          </Link>
                        </h2>
                        <p className="meta">
                          {h.outlet ?? "unknown outlet"} · {formatDate(h.publishedAt)}
                        </p>
                        <p className="snippet">
                          <Segments parts={h.snippet} />
                        </p>
                      </li>
                    ))}
                  </ol>
                  <LoadMoreButton pages={results} label="More results" />
                </div>
              </div>
            );
          }}
        </QueryState>
      )}
    </section>
  );
}

function facetFilter(name: FacetName, value: string): Partial<Search> {
  switch (name) {
    case "outlet":
      return { outlet: value };
    case "theme":
      return { theme: value };
    case "entity":
      return { entity: Number(value) };
    case "year":
      return { from: `${value}-01-01`, to: `${value}-12-31` };
    default:
      return {};
  }
}

function Facet({
  name,
  values,
  onPick,
}: {
  name: FacetName;
  values: SearchResults["facets"][FacetName];
  onPick: (value: string) => void;
}) {
  if (values.length === 0) return null;
  return (
    <section className="facet">
      <h3>{keyLabel(name)}</h3>
      <ul>
        {values.map((f) => (
          <li key={String(f.value)}>
            <button type="button" className="link-button" onClick={() => onPick(String(f.value))}>
              {name === "theme" ? keyLabel(f.label) : f.label}
            </button>{" "}
            <span className="meta">{f.count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
