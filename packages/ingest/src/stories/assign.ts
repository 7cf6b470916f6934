import { type ChanceryDatabase, lshBucketRange, newestBucketMembersSql, type Writer } from "@chancery/db";
import type { PostgresReader } from "@chancery/db/postgres";
import type { Statement } from "better-sqlite3";
import { type Fingerprint, fingerprintFromStored } from "./fingerprint.js";
import { lshKeys } from "./lsh.js";
import { storySimilarity } from "./similarity.js";

/** Per bucket, only the newest members are looked at, so a bucket shared by thousands of articles stays cheap. */
const BUCKET_SAMPLE = 50;
const CANDIDATES_VERIFIED = 20;
/**
 * Stored fingerprints kept parsed per connection, most recently used last: candidates are mostly recent articles,
 * met again and again. ~1.5 KB each, so the cache stays under 10 MB whatever the corpus size.
 */
const FINGERPRINTS_CACHED = 6_000;

export interface StoryMatch {
  articleId: number;
  storyId: number;
  score: number;
}

type StoredCandidate = { article_id: number; story_id: number | null };

interface StorySearch {
  /** Candidate statements by number of bucket keys. */
  byCount: Map<number, Statement<unknown[], StoredCandidate>>;
  fingerprintOf: Statement<[number], { minhash: Buffer; features: string }>;
  fingerprints: Map<number, Fingerprint>;
}

/**
 * The story search in one statement per article: for each of the article's LSH buckets its newest `BUCKET_SAMPLE`
 * members (a range of `lsh_keys` rowids read backwards, so its cost does not grow with the bucket), counted per
 * article, the `CANDIDATES_VERIFIED` most shared (ties to the newest) with their story. Prepared once per connection
 * and number of buckets (reads need not go through the writer).
 */
const searches = new WeakMap<ChanceryDatabase["sqlite"], StorySearch>();
function searchOf(database: ChanceryDatabase): StorySearch {
  let search = searches.get(database.sqlite);
  if (!search) {
    search = {
      byCount: new Map(),
      fingerprintOf: database.sqlite.prepare("SELECT minhash, features FROM article_fingerprints WHERE article_id = ?"),
      fingerprints: new Map(),
    };
    searches.set(database.sqlite, search);
  }
  return search;
}

function candidateSearch(search: StorySearch, database: ChanceryDatabase, keyCount: number) {
  let statement = search.byCount.get(keyCount);
  if (!statement) {
    const perBucket = newestBucketMembersSql(keyCount, BUCKET_SAMPLE);
    statement = database.sqlite.prepare<unknown[], StoredCandidate>(
      `SELECT c.article_id, a.story_id
       FROM (SELECT id & ${0x7fffffff} AS article_id, count(*) AS shared FROM (${perBucket}) GROUP BY article_id
             ORDER BY shared DESC, article_id DESC LIMIT ${CANDIDATES_VERIFIED}) c
       JOIN articles a ON a.id = c.article_id
       ORDER BY c.shared DESC, c.article_id DESC`,
    );
    search.byCount.set(keyCount, statement);
  }
  return statement;
}

/** A stored article's fingerprint, parsed once and kept while it is in use. */
function storedFingerprint(search: StorySearch, articleId: number): Fingerprint | null {
  const cached = search.fingerprints.get(articleId);
  if (cached) {
    search.fingerprints.delete(articleId);
    search.fingerprints.set(articleId, cached);
    return cached;
  }
  const row = search.fingerprintOf.get(articleId);
  if (!row) return null;
  const fingerprint = fingerprintFromStored(row.minhash, row.features);
  rememberFingerprint(search, articleId, fingerprint);
  return fingerprint;
}

function rememberFingerprint(search: StorySearch, articleId: number, fingerprint: Fingerprint): void {
  remember(search.fingerprints, articleId, fingerprint);
}

function remember(fingerprints: Map<number, Fingerprint>, articleId: number, fingerprint: Fingerprint): void {
  fingerprints.set(articleId, fingerprint);
  if (fingerprints.size > FINGERPRINTS_CACHED) fingerprints.delete(fingerprints.keys().next().value as number);
}

/**
 * Tells the search about an article just stored with this fingerprint, so it is not read back and parsed when it
 * becomes a candidate (fingerprints never change, and article ids are never reused).
 */
export function storedWithFingerprint(database: ChanceryDatabase, articleId: number, fingerprint: Fingerprint): void {
  rememberFingerprint(searchOf(database), articleId, fingerprint);
}

/** The stored story this fingerprint belongs to, if any: the best verified candidate. */
export function findStoredStory(
  database: ChanceryDatabase,
  fingerprint: Fingerprint,
  keys: readonly number[] = lshKeys(fingerprint),
): StoryMatch | null {
  if (keys.length === 0) return null;
  const search = searchOf(database);
  const bounds = keys.flatMap((key) => lshBucketRange(key));
  const candidates = candidateSearch(search, database, keys.length).all(bounds);
  return bestVerified(fingerprint, candidates, (articleId) => storedFingerprint(search, articleId));
}

/**
 * The same search inside the writer's transaction (`storeArticles`' `findStory`): the same candidates, given by the
 * writer from the buckets it keeps in memory (`Writer.storyCandidates`) instead of one SQL read of every bucket.
 */
export function findStoredStoryWhileWriting(
  database: ChanceryDatabase,
  writer: Writer,
  fingerprint: Fingerprint,
  keys: readonly number[],
): StoryMatch | null {
  if (keys.length === 0) return null;
  const search = searchOf(database);
  const candidates = writer.storyCandidates(keys, BUCKET_SAMPLE, CANDIDATES_VERIFIED);
  return bestVerified(fingerprint, candidates, (articleId) => storedFingerprint(search, articleId));
}

/** Of the candidates (most shared buckets first), the one whose story this fingerprint verifiably belongs to. */
function bestVerified(
  fingerprint: Fingerprint,
  candidates: readonly StoredCandidate[],
  storedOf: (articleId: number) => Fingerprint | null,
): StoryMatch | null {
  let best: StoryMatch | null = null;
  for (const row of candidates) {
    if (row.story_id === null) continue;
    const stored = storedOf(row.article_id);
    if (!stored) continue;
    const { score, sameStory } = storySimilarity(fingerprint, stored);
    if (sameStory && (!best || score > best.score)) best = { articleId: row.article_id, storyId: row.story_id, score };
  }
  return best;
}

/**
 * The same search on PostgreSQL, through the writer's transaction (`read`): the same buckets of `lsh_keys`, the same
 * newest `BUCKET_SAMPLE` per bucket, the same candidates in the same order. `cache` keeps parsed fingerprints per
 * database, as the SQLite search does per connection.
 */
export async function findStoredStoryPostgres(
  read: PostgresReader,
  cache: object,
  fingerprint: Fingerprint,
  keys: readonly number[],
): Promise<StoryMatch | null> {
  if (keys.length === 0) return null;
  const candidates = (
    await read<{ article_id: number; story_id: number | null }>(
      `SELECT c.article_id::integer AS article_id, a.story_id::integer AS story_id
       FROM (SELECT b.id & ${0x7fffffff} AS article_id, count(*) AS shared
             FROM unnest($1::bigint[]) AS k(low),
                  LATERAL (SELECT id FROM lsh_keys WHERE id BETWEEN k.low AND k.low + ${0x7fffffff}
                           ORDER BY id DESC LIMIT ${BUCKET_SAMPLE}) b
             GROUP BY 1 ORDER BY shared DESC, article_id DESC LIMIT ${CANDIDATES_VERIFIED}) c
       JOIN articles a ON a.id = c.article_id
       ORDER BY c.shared DESC, c.article_id DESC`,
      [keys.map((key) => String(lshBucketRange(key)[0]))],
    )
  ).map((row) => ({
    article_id: Number(row.article_id),
    story_id: row.story_id === null ? null : Number(row.story_id),
  }));
  let fingerprints = postgresFingerprints.get(cache);
  if (!fingerprints) {
    fingerprints = new Map();
    postgresFingerprints.set(cache, fingerprints);
  }
  const search = fingerprints;
  const missing = candidates.map((c) => c.article_id).filter((id) => !search.has(id));
  if (missing.length > 0) {
    const rows = await read<{ article_id: number; minhash: Buffer; features: string }>(
      "SELECT article_id::integer AS article_id, minhash, features FROM article_fingerprints WHERE article_id = ANY($1::bigint[])",
      [missing],
    );
    for (const row of rows) remember(search, Number(row.article_id), fingerprintFromStored(row.minhash, row.features));
  }
  return bestVerified(fingerprint, candidates, (articleId) => search.get(articleId) ?? null);
}

const postgresFingerprints = new WeakMap<object, Map<number, Fingerprint>>();

/** Tells the PostgreSQL search about an article just committed with this fingerprint (see `storedWithFingerprint`). */
export function storedWithFingerprintPostgres(cache: object, articleId: number, fingerprint: Fingerprint): void {
  let fingerprints = postgresFingerprints.get(cache);
  if (!fingerprints) {
    fingerprints = new Map();
    postgresFingerprints.set(cache, fingerprints);
  }
  remember(fingerprints, articleId, fingerprint);
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
