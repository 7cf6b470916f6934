import { getRouteApi, Link } from "@tanstack/react-router";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { useCursorPages } from "../../api/use-cursor-pages.js";
import { type FollowKind, useFollowMutations, useFollows } from "../../components/follow/use-follows.js";
import { LoadMoreButton } from "../../components/LoadMoreButton.js";
import { ErrorMessage, QueryState } from "../../components/QueryState.js";

const route = getRouteApi("/changes");

export const changeKinds = ["partnership", "indicator", "person", "query"] as const satisfies readonly FollowKind[];
const kindLabels: Record<FollowKind, string> = {
  partnership: "Partnerships",
  indicator: "Indicators",
  person: "People",
  query: "Searches",
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });

export function ChangesPage() {
  const { kind } = route.useSearch();
  const events = useCursorPages({
    queryKey: ["watch", "events", kind ?? ""],
    fetchPage: (page) => unwrap(api.api.watch.events.$get({ query: { ...(kind ? { kind } : {}), ...page } })),
  });
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="page">
      <h1>Changes</h1>
      <p className="lede">
        What newly added articles changed about what you follow: a partnership raised or first reported, an official
        figure's latest value, a person's new role, a new match for a search. Newest first; also as an{" "}
        <a href="/api/watch/feed.atom">Atom feed</a>.
      </p>
      <nav aria-label="Kind of change" className="chips">
        <Link
          to="/changes"
          search={{}}
          className="chip"
          activeOptions={{ includeSearch: true }}
          activeProps={{ className: "chip active", "aria-current": "true" }}
        >
          All
        </Link>
        {changeKinds.map((k) => (
          <Link
            key={k}
            to="/changes"
            search={{ kind: k }}
            className="chip"
            activeOptions={{ includeSearch: true }}
            activeProps={{ className: "chip active", "aria-current": "true" }}
          >
            {kindLabels[k]}
          </Link>
        ))}
      </nav>
      <div className="grid two changes-grid">
        <section className="panel" aria-labelledby="change-list">
          <h2 id="change-list">{kind ? kindLabels[kind] : "All changes"}</h2>
          {events.isPending && (
            <p className="status" role="status">
              Loading changes…
            </p>
          )}
          {events.isError && <ErrorMessage error={events.error} what="changes" onRetry={() => void events.refetch()} />}
          {events.isSuccess && items.length === 0 && (
            <p className="empty">
              No changes yet. Follow a country on the Partnerships or entity pages, an indicator, a person or a search;
              articles added after that are compared with what was known.
            </p>
          )}
          <ol className="change-list">
            {items.map((event) => (
              <li key={event.id} id={`event-${event.id}`} className="change" data-kind={event.kind}>
                <p className="change-summary">
                  <strong>{event.summary}</strong>
                </p>
                <blockquote className="change-evidence">{event.evidence}</blockquote>
                <p className="change-meta">
                  <Link to="/articles/$id" params={{ id: String(event.articleId) }}>
                    {event.articleTitle ?? `Article ${event.articleId}`}
                  </Link>
                  {event.outlet ? ` · ${event.outlet}` : ""}
                  {event.publishedAt ? ` · published ${event.publishedAt.slice(0, 10)}` : ""} · recorded{" "}
                  <time dateTime={event.createdAt}>{when(event.createdAt)}</time> · {event.followLabel}
                </p>
              </li>
            ))}
          </ol>
          <LoadMoreButton pages={events} label="Older changes" />
        </section>
        <Watchlist />
      </div>
    </section>
  );
}

function Watchlist() {
  const follows = useFollows();
  const { remove } = useFollowMutations();
  return (
    <section className="panel" aria-labelledby="watchlist">
      <h2 id="watchlist">Following</h2>
      <QueryState
        query={follows}
        what="follows"
        isEmpty={(f) => f.items.length === 0}
        empty={<p className="empty">Nothing followed yet: use the Follow buttons, or `chancery follow add`.</p>}
      >
        {(f) => (
          <ul className="watchlist">
            {f.items.map((follow) => (
              <li key={follow.id}>
                <Link to="/changes" search={{ kind: follow.kind }}>
                  {kindLabels[follow.kind]}
                </Link>
                : {follow.label} <span className="muted">({follow.events} changes)</span>{" "}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Stop following ${follow.label}`}
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(follow.id)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      {remove.error && <ErrorMessage error={remove.error} what="the watchlist" />}
    </section>
  );
}
