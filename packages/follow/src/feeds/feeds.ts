import { type ChanceryDatabase, deleteFeed, type FeedRow, feedRow, feeds, insertFeed } from "@chancery/db";
import { parseHttpUrl } from "@chancery/ingest";
import { asc, eq } from "drizzle-orm";
import { z } from "zod";

/** A feed as users see it: its row, and in one word how its polling goes. */
export const FeedView = feedRow.extend({
  /** `new`: never polled; `ok`: the last poll succeeded; `failing`: the last poll failed (see lastError). */
  status: z.enum(["new", "ok", "failing"]),
});
export type FeedView = z.infer<typeof FeedView>;

/** How often a feed is polled unless told otherwise: news sites update every few minutes, most feeds hourly. */
export const DEFAULT_INTERVAL_SECONDS = 30 * 60;

export class FeedInputError extends Error {}

function view(row: FeedRow): FeedView {
  const status = row.lastPolledAt === null ? "new" : row.consecutiveFailures > 0 ? "failing" : "ok";
  return { ...row, status };
}

/**
 * Follows a feed (RSS 2.0 or Atom), due for polling at once. Adding a URL already followed returns that feed.
 * Throws `FeedInputError` for a URL that is not http(s) or an interval that is not a positive number of seconds.
 * @example addFeed(database, { url: "https://example.org/rss.xml", intervalSeconds: 900 })
 */
export function addFeed(
  database: ChanceryDatabase,
  input: { url: string; intervalSeconds?: number },
): { feed: FeedView; created: boolean } {
  const url = parseHttpUrl(input.url);
  if (typeof url === "string") throw new FeedInputError(url);
  const intervalSeconds = input.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 1) {
    throw new FeedInputError(`the interval must be a whole number of seconds, at least 1 (got ${intervalSeconds})`);
  }
  const { feed, created } = insertFeed(database, { url: url.href, intervalSeconds });
  return { feed: view(feed), created };
}

/** Every followed feed with its status, oldest first. */
export function listFeeds(database: ChanceryDatabase): FeedView[] {
  return database.db.select().from(feeds).orderBy(asc(feeds.id)).all().map(view);
}

export function getFeed(database: ChanceryDatabase, feedId: number): FeedView | null {
  const row = database.db.select().from(feeds).where(eq(feeds.id, feedId)).get();
  return row ? view(row) : null;
}

/** Stops following a feed (by id or URL); the articles it brought and their ledger rows stay. False if unknown. */
export function removeFeed(database: ChanceryDatabase, feed: number | string): boolean {
  const id =
    typeof feed === "number"
      ? feed
      : database.db.select({ id: feeds.id }).from(feeds).where(eq(feeds.url, feed)).get()?.id;
  return id === undefined ? false : deleteFeed(database, id);
}
