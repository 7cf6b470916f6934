import { eq, sql } from "drizzle-orm";
import type { ChanceryDatabase } from "../open.js";
import { feedItems, feeds } from "../schema/index.js";

export type FeedRowStored = typeof feeds.$inferSelect;
/** What a poll learnt about a feed: validators, status and when to come back. */
export type FeedPollToRecord = Partial<
  Pick<
    typeof feeds.$inferInsert,
    | "title"
    | "etag"
    | "lastModified"
    | "lastPolledAt"
    | "lastSuccessAt"
    | "lastError"
    | "lastErrorAt"
    | "consecutiveFailures"
    | "nextPollAt"
  >
>;
export type FeedItemToRecord = Omit<typeof feedItems.$inferInsert, "id" | "feedId" | "seenAt">;

/** Adds a feed to poll, due at once; a URL already followed returns the existing row unchanged. */
export function insertFeed(
  database: ChanceryDatabase,
  input: { url: string; intervalSeconds: number },
  at?: string,
): { feed: FeedRowStored; created: boolean } {
  const now = at ?? new Date().toISOString();
  return database.sqlite
    .transaction(() => {
      const inserted = database.db
        .insert(feeds)
        .values({ url: input.url, intervalSeconds: input.intervalSeconds, createdAt: now, nextPollAt: now })
        .onConflictDoNothing()
        .returning()
        .get();
      if (inserted) return { feed: inserted, created: true };
      const existing = database.db.select().from(feeds).where(eq(feeds.url, input.url)).get();
      if (!existing) throw new Error(`the feed ${input.url} could be neither added nor found`);
      return { feed: existing, created: false };
    })
    .immediate();
}

/** Removes a feed and the items it listed; the coverage ledger keeps its rows. False when no such feed. */
export function deleteFeed(database: ChanceryDatabase, feedId: number): boolean {
  return database.db.delete(feeds).where(eq(feeds.id, feedId)).run().changes > 0;
}

/** Records the result of polling a feed. */
export function recordFeedPoll(database: ChanceryDatabase, feedId: number, poll: FeedPollToRecord): void {
  database.db.update(feeds).set(poll).where(eq(feeds.id, feedId)).run();
}

/**
 * Marks items as seen (an item already marked is left as it was) and counts the new ones in the feed's total.
 * Returns how many were new.
 */
export function recordFeedItems(
  database: ChanceryDatabase,
  feedId: number,
  items: readonly FeedItemToRecord[],
  at?: string,
): number {
  if (items.length === 0) return 0;
  const seenAt = at ?? new Date().toISOString();
  return database.sqlite
    .transaction(() => {
      let added = 0;
      for (const item of items) {
        added += database.db
          .insert(feedItems)
          .values({ ...item, feedId, seenAt })
          .onConflictDoNothing()
          .run().changes;
      }
      if (added > 0) {
        database.db
          .update(feeds)
          .set({ itemsSeen: sql`${feeds.itemsSeen} + ${added}` })
          .where(eq(feeds.id, feedId))
          .run();
      }
      return added;
    })
    .immediate();
}
