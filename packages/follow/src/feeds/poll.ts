import {
  type ChanceryDatabase,
  type FailureReason,
  type FeedItemToRecord,
  type FeedPollToRecord,
  type FeedRow,
  failureReasons,
  feedItems,
  feeds,
  type IngestStatus,
  type OutcomeToRecord,
  recordFeedItems,
  recordFeedPoll,
  recordOutcomes,
} from "@chancery/db";
import { type PostgresDatabase, postgresWriterFor } from "@chancery/db/postgres";
import {
  type FetchOptions,
  fetchUrl,
  findKnownUrl,
  findKnownUrlPostgres,
  type IngestReport,
  ingestUrls,
  type KnownUrl,
  outletOfUrl,
} from "@chancery/ingest";
import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { z } from "zod";
import { HostQueue } from "./host-queue.js";
import { type FeedEntry, readFeed } from "./parse.js";

export interface PollOptions {
  /** Only these feeds (default: every feed). */
  feedIds?: readonly number[];
  /** Only feeds whose next poll is due (what the continuous poller asks); default false: poll now. */
  dueOnly?: boolean;
  /** Fetch limits for the feeds and their pages (time limit, size, retries, backoff). */
  fetch?: Omit<FetchOptions, "schedule" | "etag" | "lastModified" | "accept">;
  /** Pause between two requests to the same host (default 1 s). */
  hostDelayMs?: number;
  /** Fetch and store the new items' pages (default true); false only marks them seen. */
  ingest?: boolean;
  /** The clock, for tests of scheduling. */
  now?: () => Date;
}

/** What one poll of one feed did. */
export const FeedPollResult = z.object({
  feedId: z.number().int(),
  url: z.string(),
  /** `notModified`: the server answered 304 and nothing was fetched; `busy`: another poll of it was running. */
  status: z.enum(["fetched", "notModified", "error", "busy"]),
  error: z.string().nullable(),
  reason: z.enum(failureReasons).nullable(),
  /** Items the feed listed, and those never seen before (the ones fetched). */
  listed: z.number().int(),
  newItems: z.number().int(),
  stored: z.number().int(),
  duplicates: z.number().int(),
  failed: z.number().int(),
  nextPollAt: z.string().nullable(),
});
export type FeedPollResult = z.infer<typeof FeedPollResult>;

/** A feed that keeps failing is polled less often: the interval doubles per failure in a row, up to 64 times. */
const MAX_BACKOFF_DOUBLINGS = 6;
const DEFAULT_HOST_DELAY_MS = 1000;

/** A SQLite database, or a PostgreSQL primary (`openPostgres`), which the feeds are read from and written to. */
export type FeedDatabase = ChanceryDatabase | PostgresDatabase;

const polling = new WeakMap<object, Set<number>>();
const queues = new WeakMap<object, Map<number, HostQueue>>();

/** One queue per database and pause, shared by overlapping polls (the server's poller and a "poll now"). */
function hostQueue(store: PollStore, delayMs: number): HostQueue {
  const byDelay = queues.get(store.key) ?? new Map<number, HostQueue>();
  queues.set(store.key, byDelay);
  const queue = byDelay.get(delayMs) ?? new HostQueue(delayMs);
  byDelay.set(delayMs, queue);
  return queue;
}

/**
 * What a poll reads and writes, on either backend: SQLite's one writer, or the PostgreSQL primary's (its reads from
 * the primary too, so a poll sees the items it just recorded).
 */
interface PollStore {
  /** The connection overlapping polls share their busy feeds and host queues by. */
  key: object;
  database: FeedDatabase;
  feeds(filter: { feedIds?: readonly number[]; dueBy?: string }): Promise<Feed[]>;
  seenKeys(feedId: number, keys: readonly string[]): Promise<Set<string>>;
  recordPoll(feedId: number, poll: FeedPollToRecord): Promise<void>;
  recordOutcomes(rows: readonly OutcomeToRecord[]): Promise<void>;
  recordItems(feedId: number, items: readonly FeedItemToRecord[]): Promise<number>;
  knownUrl(url: string): Promise<KnownUrl | null>;
}

function storeOf(database: FeedDatabase): PollStore {
  if ("pool" in database) {
    const writer = postgresWriterFor(database);
    return {
      key: database.pool,
      database,
      feeds: (filter) => writer.feeds.feedsToPoll(filter),
      seenKeys: (feedId, keys) => writer.feeds.seenKeys(feedId, keys),
      recordPoll: (feedId, poll) => writer.feeds.recordFeedPoll(feedId, poll),
      recordOutcomes: (rows) => writer.recordOutcomes(rows),
      recordItems: (feedId, items) => writer.feeds.recordFeedItems(feedId, items),
      knownUrl: (url) => findKnownUrlPostgres(database, url),
    };
  }
  return {
    key: database.sqlite,
    database,
    feeds: async ({ feedIds, dueBy }) =>
      database.db
        .select()
        .from(feeds)
        .where(
          and(feedIds ? inArray(feeds.id, [...feedIds]) : undefined, dueBy ? lte(feeds.nextPollAt, dueBy) : undefined),
        )
        .orderBy(asc(feeds.id))
        .all(),
    seenKeys: async (feedId, keys) => {
      const seen = new Set<string>();
      // 500 keys per lookup stays well inside SQLite's bound-parameter limit.
      for (let i = 0; i < keys.length; i += 500) {
        const rows = database.db
          .select({ key: feedItems.key })
          .from(feedItems)
          .where(and(eq(feedItems.feedId, feedId), inArray(feedItems.key, keys.slice(i, i + 500))))
          .all();
        for (const row of rows) seen.add(row.key);
      }
      return seen;
    },
    recordPoll: async (feedId, poll) => recordFeedPoll(database, feedId, poll),
    recordOutcomes: async (rows) => recordOutcomes(database, rows),
    recordItems: async (feedId, items) => recordFeedItems(database, feedId, items),
    knownUrl: async (url) => findKnownUrl(database, url),
  };
}

function later(now: Date, seconds: number): string {
  return new Date(now.getTime() + seconds * 1000).toISOString();
}

/**
 * Polls feeds: a conditional request each (ETag / Last-Modified, so an unchanged feed answers 304 and nothing else
 * is fetched), then every item not seen before is fetched and ingested like a URL. One request at a time per host,
 * with a pause; a failing feed records its error, is retried with a growing interval, and never stops the others.
 * `database` may be a PostgreSQL primary (`openPostgres`): then every write goes through its PostgreSQL writer.
 * @example const results = await pollFeeds(database, { feedIds: [1] });
 */
export async function pollFeeds(database: FeedDatabase, options: PollOptions = {}): Promise<FeedPollResult[]> {
  const now = options.now ?? (() => new Date());
  const store = storeOf(database);
  const due = await store.feeds({
    feedIds: options.feedIds,
    dueBy: options.dueOnly ? now().toISOString() : undefined,
  });
  const queue = hostQueue(store, options.hostDelayMs ?? DEFAULT_HOST_DELAY_MS);
  const busy = polling.get(store.key) ?? new Set<number>();
  polling.set(store.key, busy);
  return Promise.all(
    due.map(async (feed): Promise<FeedPollResult> => {
      if (busy.has(feed.id)) return { ...emptyResult(feed), status: "busy" };
      busy.add(feed.id);
      try {
        return await pollOne(store, feed, queue, options, now);
      } finally {
        busy.delete(feed.id);
      }
    }),
  );
}

type Feed = FeedRow;

function emptyResult(feed: Feed): FeedPollResult {
  return {
    feedId: feed.id,
    url: feed.url,
    status: "fetched",
    error: null,
    reason: null,
    listed: 0,
    newItems: 0,
    stored: 0,
    duplicates: 0,
    failed: 0,
    nextPollAt: null,
  };
}

async function pollOne(
  store: PollStore,
  feed: Feed,
  queue: HostQueue,
  options: PollOptions,
  now: () => Date,
): Promise<FeedPollResult> {
  const result = emptyResult(feed);
  const schedule = <T>(url: URL, attempt: () => Promise<T>) => queue.run(url, attempt);
  const fetched = await fetchUrl(feed.url, {
    ...options.fetch,
    schedule,
    etag: feed.etag,
    lastModified: feed.lastModified,
  });
  const failed = async (reason: FailureReason, error: string): Promise<FeedPollResult> => {
    const at = now();
    const failures = feed.consecutiveFailures + 1;
    const nextPollAt = later(at, feed.intervalSeconds * 2 ** Math.min(failures, MAX_BACKOFF_DOUBLINGS));
    await store.recordPoll(feed.id, {
      lastPolledAt: at.toISOString(),
      lastError: error,
      lastErrorAt: at.toISOString(),
      consecutiveFailures: failures,
      nextPollAt,
    });
    await store.recordOutcomes([
      {
        origin: "feed",
        status: "feedError",
        source: feed.url,
        outlet: outletOfUrl(feed.url),
        day: null,
        reason,
        detail: error,
        feedId: feed.id,
      },
    ]);
    return { ...result, status: "error", error, reason, nextPollAt };
  };
  if (!fetched.ok) return failed(fetched.reason, fetched.message);
  const succeeded = async (update: { title?: string | null; etag?: string | null; lastModified?: string | null }) => {
    const at = now();
    const nextPollAt = later(at, feed.intervalSeconds);
    await store.recordPoll(feed.id, {
      ...update,
      lastPolledAt: at.toISOString(),
      lastSuccessAt: at.toISOString(),
      lastError: null,
      consecutiveFailures: 0,
      nextPollAt,
    });
    return nextPollAt;
  };
  if (fetched.notModified) return { ...result, status: "notModified", nextPollAt: await succeeded({}) };
  const read = readFeed(new TextDecoder("utf-8").decode(fetched.bytes), fetched.url);
  if (!read.ok) return failed("notAFeed", read.error);
  const fresh = await unseen(store, feed.id, read.entries);
  const report =
    options.ingest === false ? null : await ingestEntries(store.database, feed.id, fresh, options, schedule);
  const items: FeedItemToRecord[] = [];
  for (const entry of fresh) items.push(await itemOutcome(store, entry, report));
  await store.recordItems(feed.id, items);
  const count = (status: IngestStatus) => items.filter((i) => i.status === status).length;
  const nextPollAt = await succeeded({
    title: read.title ?? feed.title,
    // A server that stops sending a validator must not be asked with a stale one.
    etag: fetched.etag,
    lastModified: fetched.lastModified,
  });
  return {
    ...result,
    listed: read.entries.length,
    newItems: fresh.length,
    stored: count("stored"),
    duplicates: count("duplicate"),
    failed: count("failed"),
    nextPollAt,
  };
}

/** The entries never seen in this feed, each once (a feed listing an item twice fetches it once). */
async function unseen(store: PollStore, feedId: number, entries: readonly FeedEntry[]): Promise<FeedEntry[]> {
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  const seen = await store.seenKeys(feedId, [...byKey.keys()]);
  return [...byKey.values()].filter((entry) => !seen.has(entry.key));
}

function ingestEntries(
  database: FeedDatabase,
  feedId: number,
  entries: readonly FeedEntry[],
  options: PollOptions,
  schedule: NonNullable<FetchOptions["schedule"]>,
): Promise<IngestReport> {
  const withLinks = entries.flatMap((e) => (e.link ? [{ url: e.link, title: e.title, published: e.published }] : []));
  return ingestUrls(database, withLinks, { ledger: { origin: "feed", feedId }, fetch: { ...options.fetch, schedule } });
}

/** What became of an entry, from the ingest report (or, for a URL known before, from the database). */
async function itemOutcome(store: PollStore, entry: FeedEntry, report: IngestReport | null): Promise<FeedItemToRecord> {
  const base = { key: entry.key, link: entry.link, title: entry.title, publishedAt: entry.published };
  if (!report || !entry.link) return { ...base, status: null, articleId: null };
  if (report.failed.some((f) => f.file === entry.link)) return { ...base, status: "failed", articleId: null };
  const line = report.articles.find((a) => a.file === entry.link);
  if (line) return { ...base, status: line.status === "new" ? "stored" : "duplicate", articleId: line.id };
  const known = await store.knownUrl(entry.link);
  return { ...base, status: known ? "duplicate" : null, articleId: known?.articleId ?? null };
}
