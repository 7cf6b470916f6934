import type { ChanceryDatabase } from "@chancery/db";
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

/** The two reads of the story search, prepared once per connection (reads need not go through the writer). */
const readers = new WeakMap<ChanceryDatabase["sqlite"], ReturnType<typeof prepareReads>>();
function prepareReads(database: ChanceryDatabase) {
  return {
    bucketMembers: database.sqlite.prepare<[number, string, number], { article_id: number }>(
      "SELECT article_id FROM lsh_buckets WHERE band = ? AND bucket = ? ORDER BY article_id DESC LIMIT ?",
    ),
    storedFingerprint: database.sqlite.prepare<
      [number],
      { minhash: Buffer; features: string; story_id: number | null }
    >(
      `SELECT f.minhash, f.features, a.story_id FROM article_fingerprints f JOIN articles a ON a.id = f.article_id
       WHERE f.article_id = ?`,
    ),
  };
}
function reads(database: ChanceryDatabase): ReturnType<typeof prepareReads> {
  let prepared = readers.get(database.sqlite);
  if (!prepared) {
    prepared = prepareReads(database);
    readers.set(database.sqlite, prepared);
  }
  return prepared;
}

/** Candidates from shared LSH buckets, most shared first. */
function candidates(database: ChanceryDatabase, keys: LshKey[]): number[] {
  const hits = new Map<number, number>();
  const { bucketMembers } = reads(database);
  for (const key of keys) {
    for (const row of bucketMembers.all(key.band, key.bucket, BUCKET_SAMPLE)) {
      hits.set(row.article_id, (hits.get(row.article_id) ?? 0) + 1);
    }
  }
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, CANDIDATES_VERIFIED)
    .map(([id]) => id);
}

/** The stored story this fingerprint belongs to, if any: the best verified candidate. */
export function findStoredStory(database: ChanceryDatabase, fingerprint: Fingerprint): StoryMatch | null {
  const { storedFingerprint } = reads(database);
  let best: StoryMatch | null = null;
  for (const articleId of candidates(database, lshKeys(fingerprint))) {
    const row = storedFingerprint.get(articleId);
    if (!row || row.story_id === null) continue;
    const { score, sameStory } = storySimilarity(fingerprint, fingerprintFromStored(row.minhash, row.features));
    if (sameStory && (!best || score > best.score)) best = { articleId, storyId: row.story_id, score };
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
