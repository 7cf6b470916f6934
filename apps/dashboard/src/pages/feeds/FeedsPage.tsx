import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import type { InferResponseType } from "hono/client";
import { type FormEvent, useState } from "react";
import { unwrap } from "../../api/api-error.js";
import { api } from "../../api/client.js";
import { ErrorMessage, QueryState } from "../../components/QueryState.js";
import { authorised } from "./write-token.js";

type Feed = InferResponseType<typeof api.api.feeds.$get, 200>["feeds"][number];
type PollResult = InferResponseType<typeof api.api.feeds.poll.$post, 200>["results"][number];

const feedsKey = ["feeds"] as const;
const intervals = [
  { minutes: 15, label: "every 15 minutes" },
  { minutes: 30, label: "every 30 minutes" },
  { minutes: 60, label: "every hour" },
  { minutes: 360, label: "every 6 hours" },
  { minutes: 1440, label: "every day" },
] as const;

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "—";
}

function pollSummary(result: PollResult): string {
  if (result.status === "error") return `failed (${result.reason}): ${result.error}`;
  if (result.status === "notModified") return "not modified since the last poll: nothing fetched";
  if (result.status === "busy") return "already being polled";
  return `${result.listed} listed, ${result.newItems} new: ${result.stored} stored, ${result.duplicates} duplicates, ${result.failed} failed`;
}

export function FeedsPage() {
  const queryClient = useQueryClient();
  // A server polling by itself changes feed status without moving the corpus's change stamp: look again now and then.
  const feeds = useQuery({
    queryKey: feedsKey,
    queryFn: () => unwrap(api.api.feeds.$get()),
    refetchInterval: 30_000,
  });
  const [url, setUrl] = useState("");
  const [minutes, setMinutes] = useState(30);
  const [polls, setPolls] = useState<Map<number, PollResult>>(new Map());
  const refresh = () => void queryClient.invalidateQueries();
  const add = useMutation({
    mutationFn: () => unwrap(api.api.feeds.$post({ json: { url, intervalSeconds: minutes * 60 } }, authorised())),
    onSuccess: () => {
      setUrl("");
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: number) => unwrap(api.api.feeds[":id"].$delete({ param: { id: String(id) } }, authorised())),
    onSuccess: refresh,
  });
  const poll = useMutation({
    mutationFn: (feedIds: number[] | undefined) =>
      unwrap(api.api.feeds.poll.$post({ json: feedIds ? { feedIds } : {} }, authorised())),
    onSuccess: (answer) => {
      setPolls((previous) => new Map([...previous, ...answer.results.map((r) => [r.feedId, r] as const)]));
      // New articles change every page; refetch now rather than at the next live poll.
      refresh();
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (url.trim()) add.mutate();
  };

  return (
    <section className="page">
      <h1>Feeds</h1>
      <p className="lede">
        Follow outlets&rsquo; RSS or Atom feeds: each is polled on its interval with conditional requests (an unchanged
        feed costs one short answer), and every new item is fetched and read like an uploaded page. What was read and
        what failed is counted on the <Link to="/coverage">Coverage</Link> page.
      </p>
      <form className="filters" onSubmit={onSubmit} aria-label="Follow a feed">
        <label>
          Feed URL{" "}
          <input
            type="url"
            required
            size={48}
            placeholder="https://example.org/rss.xml"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            data-testid="feed-url"
          />
        </label>
        <label>
          Poll{" "}
          <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
            {intervals.map((i) => (
              <option key={i.minutes} value={i.minutes}>
                {i.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={add.isPending}>
          Follow
        </button>
      </form>
      {add.isError && <ErrorMessage error={add.error} what="the feed" />}
      {add.data && !add.data.created && (
        <p className="status" role="status">
          Already following {add.data.feed.url}.
        </p>
      )}
      {remove.isError && <ErrorMessage error={remove.error} what="the removal" />}
      {poll.isError && <ErrorMessage error={poll.error} what="the poll" />}
      <QueryState
        query={feeds}
        what="feeds"
        isEmpty={(f) => f.feeds.length === 0}
        empty={<p className="empty">No feeds followed yet: add one above.</p>}
      >
        {({ feeds: list }) => (
          <section className="panel" aria-labelledby="feed-list">
            <div className="panel-head">
              <h2 id="feed-list">Followed feeds</h2>
              <button type="button" onClick={() => poll.mutate(undefined)} disabled={poll.isPending}>
                Poll all now
              </button>
            </div>
            {poll.isPending && (
              <p className="status" role="status">
                Polling and reading new items…
              </p>
            )}
            <div className="table-scroll">
              <table data-testid="feeds-table">
                <caption className="visually-hidden">Followed feeds and how their polling goes</caption>
                <thead>
                  <tr>
                    <th scope="col">Feed</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Items seen
                    </th>
                    <th scope="col">Last success</th>
                    <th scope="col">Next poll</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((feed) => (
                    <FeedRow
                      key={feed.id}
                      feed={feed}
                      lastPoll={polls.get(feed.id)}
                      busy={poll.isPending || remove.isPending}
                      onPoll={() => poll.mutate([feed.id])}
                      onRemove={() => remove.mutate(feed.id)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )}
      </QueryState>
    </section>
  );
}

function FeedRow(props: {
  feed: Feed;
  lastPoll: PollResult | undefined;
  busy: boolean;
  onPoll: () => void;
  onRemove: () => void;
}) {
  const { feed, lastPoll } = props;
  const badge = feed.status === "ok" ? "badge ok" : feed.status === "failing" ? "badge bad" : "badge";
  return (
    <tr data-testid="feed-row">
      <td className="wrap">
        <strong>{feed.title ?? feed.url}</strong>
        {feed.title && <div className="meta">{feed.url}</div>}
        {lastPoll && (
          <div className="meta" role="status" data-testid="feed-poll-result">
            Last poll: {pollSummary(lastPoll)}
          </div>
        )}
      </td>
      <td>
        <span className={badge}>{feed.status}</span>
        {feed.lastError && (
          <div className="meta" data-testid="feed-error">
            {when(feed.lastErrorAt)}: {feed.lastError}
            {feed.consecutiveFailures > 1 ? ` (${feed.consecutiveFailures} times in a row)` : ""}
          </div>
        )}
      </td>
      <td className="num">{feed.itemsSeen.toLocaleString("en")}</td>
      <td>{when(feed.lastSuccessAt)}</td>
      <td>
        {when(feed.nextPollAt)}
        <div className="meta">every {Math.round(feed.intervalSeconds / 60)} min</div>
      </td>
      <td>
        <button type="button" onClick={props.onPoll} disabled={props.busy}>
          Poll now
        </button>{" "}
        <button type="button" onClick={props.onRemove} disabled={props.busy} aria-label={`Remove ${feed.url}`}>
          Remove
        </button>
      </td>
    </tr>
  );
}
