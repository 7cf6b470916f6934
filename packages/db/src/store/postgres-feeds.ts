import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import * as tables from "../postgres/tables.js";
import { type FeedRow, feedRow } from "../validation.js";
import type { FeedItemToRecord, FeedPollToRecord } from "./feeds.js";

/** Runs work in one transaction of the PostgreSQL writer, again after a deadlock or serialization failure. */
export type PostgresTransaction = <R>(work: (client: pg.PoolClient) => Promise<R>) => Promise<R>;

/** Rows per multi-row insert of feed items: 8 columns, far under PostgreSQL's 65,535 parameters. */
const ITEMS_PER_STATEMENT = 2_000;

/**
 * The feeds' writes on PostgreSQL (store/feeds.ts on SQLite), the same drizzle statements over the tables derived
 * from the same schema, and the reads a poll needs from the primary it writes to. The database's unique indexes (a
 * feed's URL, an item's feed and key) keep one feed per URL and count each item once, however many processes poll.
 */
export class PostgresFeeds {
  constructor(
    private readonly pool: pg.Pool,
    private readonly transaction: PostgresTransaction,
  ) {}

  /** Adds a feed to poll, due at once; a URL already followed returns the existing row unchanged (`insertFeed`). */
  async insertFeed(
    input: { url: string; intervalSeconds: number },
    at?: string,
  ): Promise<{ feed: FeedRow; created: boolean }> {
    const now = at ?? new Date().toISOString();
    const db = drizzle(this.pool);
    const [inserted] = await db
      .insert(tables.feeds)
      .values({ url: input.url, intervalSeconds: input.intervalSeconds, createdAt: now, nextPollAt: now })
      .onConflictDoNothing()
      .returning();
    if (inserted) return { feed: feedRow.parse(inserted), created: true };
    // ON CONFLICT waited for the other insert to commit, so its row is visible to this next statement.
    const existing = await this.feedByUrl(input.url);
    if (!existing) throw new Error(`the feed ${input.url} could be neither added nor found`);
    return { feed: existing, created: false };
  }

  /** Removes a feed and the items it listed; the coverage ledger keeps its rows. False when no such feed. */
  async deleteFeed(feedId: number): Promise<boolean> {
    const { rowCount } = await this.pool.query("DELETE FROM feeds WHERE id = $1", [feedId]);
    return (rowCount ?? 0) > 0;
  }

  /** Records the result of polling a feed. */
  async recordFeedPoll(feedId: number, poll: FeedPollToRecord): Promise<void> {
    await drizzle(this.pool).update(tables.feeds).set(poll).where(eq(tables.feeds.id, feedId));
  }

  /**
   * Marks items as seen (an item already marked is left as it was) and counts the new ones in the feed's total, in
   * one transaction (`recordFeedItems`). Items go in key order, so two polls of one feed never wait on each other in
   * a circle. Returns how many were new.
   */
  async recordFeedItems(feedId: number, items: readonly FeedItemToRecord[], at?: string): Promise<number> {
    if (items.length === 0) return 0;
    const seenAt = at ?? new Date().toISOString();
    const sorted = [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return this.transaction(async (client) => {
      const tx = drizzle(client);
      let added = 0;
      for (let from = 0; from < sorted.length; from += ITEMS_PER_STATEMENT) {
        const rows = sorted.slice(from, from + ITEMS_PER_STATEMENT).map((item) => ({ ...item, feedId, seenAt }));
        added += (await tx.insert(tables.feedItems).values(rows).onConflictDoNothing().returning({ id: sql`1` }))
          .length;
      }
      if (added > 0) {
        await tx
          .update(tables.feeds)
          .set({ itemsSeen: sql`${tables.feeds.itemsSeen} + ${added}` })
          .where(eq(tables.feeds.id, feedId));
      }
      return added;
    });
  }

  /** A feed by its URL, read from the primary. */
  async feedByUrl(url: string): Promise<FeedRow | null> {
    const [row] = await drizzle(this.pool).select().from(tables.feeds).where(eq(tables.feeds.url, url));
    return row ? feedRow.parse(row) : null;
  }

  /** The feeds a poll takes, oldest first: these ids (default all), only those due by `dueBy` when given. */
  async feedsToPoll(filter: { feedIds?: readonly number[]; dueBy?: string }): Promise<FeedRow[]> {
    const f = tables.feeds;
    const rows = await drizzle(this.pool)
      .select()
      .from(f)
      .where(
        and(
          filter.feedIds ? inArray(f.id, [...filter.feedIds]) : undefined,
          filter.dueBy ? lte(f.nextPollAt, filter.dueBy) : undefined,
        ),
      )
      .orderBy(asc(f.id));
    return rows.map((row) => feedRow.parse(row));
  }

  /** Which of these keys the feed has listed before. */
  async seenKeys(feedId: number, keys: readonly string[]): Promise<Set<string>> {
    const { rows } = await this.pool.query<{ key: string }>(
      "SELECT key FROM feed_items WHERE feed_id = $1 AND key = ANY($2::text[])",
      [feedId, [...keys]],
    );
    return new Set(rows.map((row) => row.key));
  }
}
