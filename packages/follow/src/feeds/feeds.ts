import { type ChanceryDatabase, deleteFeed, type FeedRow, feedRow, feeds, insertFeed } from "@chancery/db";
import type { PostgresFeeds } from "@chancery/db/postgres";
import { parseHttpUrl } from "@chancery/ingest";
import { eq, getTableColumns } from "drizzle-orm";
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

/** The feed to store: an http(s) URL and a positive whole number of seconds, or a `FeedInputError` saying which. */
function checked(input: { url: string; intervalSeconds?: number }): { url: string; intervalSeconds: number } {
  const url = parseHttpUrl(input.url);
  if (typeof url === "string") throw new FeedInputError(url);
  const intervalSeconds = input.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS;
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 1) {
    throw new FeedInputError(`the interval must be a whole number of seconds, at least 1 (got ${intervalSeconds})`);
  }
  return { url: url.href, intervalSeconds };
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
  const { feed, created } = insertFeed(database, checked(input));
  return { feed: view(feed), created };
}

/** `addFeed` on PostgreSQL, through the primary's writer (`postgresWriterFor(primary).feeds`). */
export async function addFeedOnPostgres(
  writer: PostgresFeeds,
  input: { url: string; intervalSeconds?: number },
): Promise<{ feed: FeedView; created: boolean }> {
  const { feed, created } = await writer.insertFeed(checked(input));
  return { feed: view(feed), created };
}

/**
 * The feeds' columns under their row names, from the schema: one SQL text that SQLite and the PostgreSQL reads
 * (`openPostgresReads`, which has no drizzle handle) both run.
 */
const SELECT_FEEDS = `SELECT ${Object.entries(getTableColumns(feeds))
  .map(([key, column]) => (key === column.name ? key : `${column.name} AS ${key}`))
  .join(", ")} FROM feeds`;

/** Every followed feed with its status, oldest first. */
export function listFeeds(database: ChanceryDatabase): FeedView[] {
  const rows = database.sqlite.prepare(`${SELECT_FEEDS} ORDER BY id`).all() as FeedRow[];
  return rows.map(view);
}

export function getFeed(database: ChanceryDatabase, feedId: number): FeedView | null {
  const row = database.sqlite.prepare(`${SELECT_FEEDS} WHERE id = ?`).get(feedId) as FeedRow | undefined;
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

/** `removeFeed` on PostgreSQL, through the primary's writer. */
export async function removeFeedOnPostgres(writer: PostgresFeeds, feed: number | string): Promise<boolean> {
  const id = typeof feed === "number" ? feed : (await writer.feedByUrl(feed))?.id;
  return id === undefined ? false : writer.deleteFeed(id);
}
