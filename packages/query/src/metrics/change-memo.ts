import type { ChanceryDatabase } from "@chancery/db";
import { getChanges } from "./changes.js";

const memos = new WeakMap<ChanceryDatabase, { stamp: string; values: Map<string, unknown> }>();

/**
 * Keeps a corpus-wide aggregate per connection until the ingest's change stamp (`meta.last_changed_at`
 * and the article count) moves: the first read after a change pays, the rest cost one `meta` lookup.
 */
export function memoByChange<T>(database: ChanceryDatabase, key: string, compute: () => T): T {
  const changes = getChanges(database);
  if (changes.lastChangedAt === null) return compute();
  const stamp = `${changes.lastChangedAt}|${changes.articles}`;
  let memo = memos.get(database);
  if (!memo || memo.stamp !== stamp) {
    memo = { stamp, values: new Map() };
    memos.set(database, memo);
  }
  if (memo.values.has(key)) return memo.values.get(key) as T;
  const value = compute();
  memo.values.set(key, value);
  return value;
}
