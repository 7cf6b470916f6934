import type { ChanceryDatabase } from "@chancery/db";
import type { Statement } from "better-sqlite3";
import { type Fingerprint, fingerprintFromStored } from "./fingerprint.js";
import { type LshKey, lshKeys } from "./lsh.js";
import { storySimilarity } from "./similarity.js";

/** Per bucket, only the newest members are looked at, so a bucket shared by thousands of articles stays cheap. */
const BUCKET_SAMPLE = 50;
const CANDIDATES_VERIFIED = 20;

export interface StoryMatch {
  articleId: number;
  storyId: number;
  score: number;
}

type StoredCandidate = { article_id: number; minhash: Buffer; features: string; story_id: number | null };

/**
 * The story search in one statement per article: for each of the article's LSH buckets its newest `BUCKET_SAMPLE`
 * members (an index range on the bucket's primary key, read backwards, so its cost does not grow with the bucket),
 * counted per article, the `CANDIDATES_VERIFIED` most shared (ties to the newest) joined to their fingerprints.
 * Prepared once per connection and number of buckets (reads need not go through the writer).
 */
const searches = new WeakMap<ChanceryDatabase["sqlite"], Map<number, Statement<unknown[], StoredCandidate>>>();
function candidateSearch(database: ChanceryDatabase, keyCount: number): Statement<unknown[], StoredCandidate> {
  let byCount = searches.get(database.sqlite);
  if (!byCount) {
    byCount = new Map();
    searches.set(database.sqlite, byCount);
  }
  let statement = byCount.get(keyCount);
  if (!statement) {
    const perBucket = Array.from(
      { length: keyCount },
      () =>
        `SELECT * FROM (SELECT article_id FROM lsh_buckets WHERE band = ? AND bucket = ? ORDER BY article_id DESC LIMIT ${BUCKET_SAMPLE})`,
    ).join(" UNION ALL ");
    statement = database.sqlite.prepare<unknown[], StoredCandidate>(
      `SELECT c.article_id, f.minhash, f.features, a.story_id
       FROM (SELECT article_id, count(*) AS shared FROM (${perBucket}) GROUP BY article_id
             ORDER BY shared DESC, article_id DESC LIMIT ${CANDIDATES_VERIFIED}) c
       JOIN article_fingerprints f ON f.article_id = c.article_id JOIN articles a ON a.id = c.article_id
       ORDER BY c.shared DESC, c.article_id DESC`,
    );
    byCount.set(keyCount, statement);
  }
  return statement;
}

/** Stored candidates from shared LSH buckets, most shared first, with what verifying them needs. */
function candidates(database: ChanceryDatabase, keys: LshKey[]): StoredCandidate[] {
  if (keys.length === 0) return [];
  return candidateSearch(database, keys.length).all(keys.flatMap((key) => [key.band, key.bucket]));
}

/** The stored story this fingerprint belongs to, if any: the best verified candidate. */
export function findStoredStory(database: ChanceryDatabase, fingerprint: Fingerprint): StoryMatch | null {
  let best: StoryMatch | null = null;
  for (const row of candidates(database, lshKeys(fingerprint))) {
    if (row.story_id === null) continue;
    const { score, sameStory } = storySimilarity(fingerprint, fingerprintFromStored(row.minhash, row.features));
    if (sameStory && (!best || score > best.score)) best = { articleId: row.article_id, storyId: row.story_id, score };
  }
  return best;
}

/** The same decision among articles not stored (a dry run): compared one by one, as a batch is small. */
export function findPendingStory<T extends { fingerprint: Fingerprint; story: string }>(
  pending: readonly T[],
  fingerprint: Fingerprint,
): T | null {
  let best: { item: T; score: number } | null = null;
  for (const item of pending) {
    const { score, sameStory } = storySimilarity(fingerprint, item.fingerprint);
    if (sameStory && (!best || score > best.score)) best = { item, score };
  }
  return best?.item ?? null;
}
