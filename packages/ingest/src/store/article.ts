import { type ArticleToStore, type ChanceryDatabase, type StoreOutcome, writerFor } from "@chancery/db";
import { type PostgresDatabase, postgresWriterFor } from "@chancery/db/postgres";
import { ANALYZER_VERSION } from "../analyse/index.js";
import type { PreparedArticle } from "../pipeline/prepare.js";
import {
  findStoredStoryPostgres,
  findStoredStoryWhileWriting,
  storedWithFingerprint,
  storedWithFingerprintPostgres,
} from "../stories/assign.js";
import { fingerprintFromStored, fingerprintToBlob } from "../stories/fingerprint.js";
import { lshKeys } from "../stories/lsh.js";

export type { StoreOutcome };

/** A prepared article in the writer's terms: the columns, findings, fingerprint and where it was seen. */
function toStore(prepared: PreparedArticle): ArticleToStore & { prepared: PreparedArticle } {
  const buckets = lshKeys(prepared.fingerprint);
  const { published, document } = prepared;
  return {
    prepared,
    article: {
      contentHash: prepared.contentHash,
      title: prepared.title,
      outlet: prepared.outlet,
      author: prepared.author,
      source: prepared.source,
      datelinePlace: prepared.datelinePlace,
      url: prepared.url,
      language: prepared.language,
      publishedAt: published?.date ?? null,
      publishedPrecision: published?.precision ?? null,
      publishedSource: published?.source ?? null,
      publishedEvidence: published?.evidence ?? null,
      wordCount: prepared.wordCount,
      removedNoise: JSON.stringify(prepared.noise),
      sourcePath: document.sourcePath,
      sourceFormat: document.format,
      analyzerVersion: ANALYZER_VERSION,
      body: prepared.body,
      rawText: document.raw,
    },
    findings: prepared.analysis,
    fingerprint: {
      minhash: fingerprintToBlob(prepared.fingerprint),
      features: JSON.stringify({ figures: prepared.fingerprint.figures }),
      buckets,
    },
    sighting: { sourcePath: document.sourcePath, url: prepared.url, outlet: prepared.outlet },
  };
}

export function findByContentHash(database: ChanceryDatabase, hash: string): Omit<StoreOutcome, "status"> | null {
  return writerFor(database).findByContentHash(hash);
}

/**
 * Stores whole articles through the one writer, each in its story: the near-duplicate search runs inside the
 * write transaction, so an article stored a moment ago by another process is seen.
 */
export function storeArticles(database: ChanceryDatabase, batch: readonly PreparedArticle[]): StoreOutcome[] {
  const writer = writerFor(database);
  indexOlderFingerprints(database);
  const outcomes = writer.storeArticles(
    batch.map(toStore),
    (item) =>
      findStoredStoryWhileWriting(database, writer, item.prepared.fingerprint, item.fingerprint.buckets)?.storyId ??
      null,
  );
  // Only once committed: a rolled-back article's id is given to the next one stored.
  for (const [i, outcome] of outcomes.entries()) {
    const prepared = batch[i];
    if (prepared && outcome.status === "new") storedWithFingerprint(database, outcome.id, prepared.fingerprint);
  }
  return outcomes;
}

/**
 * The same on PostgreSQL, where several ingest processes may write at once: the story search runs inside each
 * article's transaction, after its buckets are locked, so a near-duplicate another process is storing is waited for
 * and then seen (store/postgres-writer.ts).
 */
export async function storeArticlesPostgres(
  database: PostgresDatabase,
  batch: readonly PreparedArticle[],
): Promise<StoreOutcome[]> {
  const outcomes = await postgresWriterFor(database).storeArticles(batch.map(toStore), async (item, read) => {
    const match = await findStoredStoryPostgres(
      read,
      database.pool,
      item.prepared.fingerprint,
      item.fingerprint.buckets,
    );
    return match?.storyId ?? null;
  });
  for (const [i, outcome] of outcomes.entries()) {
    const prepared = batch[i];
    if (prepared && outcome.status === "new")
      storedWithFingerprintPostgres(database.pool, outcome.id, prepared.fingerprint);
  }
  return outcomes;
}

const indexed = new WeakSet<ChanceryDatabase["sqlite"]>();
/** A database written before `lsh_keys` (migration 0012) gets its stored fingerprints bucketed once, on first store. */
function indexOlderFingerprints(database: ChanceryDatabase): void {
  if (indexed.has(database.sqlite)) return;
  writerFor(database).indexUnkeyedFingerprints((minhash, features) =>
    lshKeys(fingerprintFromStored(minhash, features)),
  );
  indexed.add(database.sqlite);
}

export function storeArticle(database: ChanceryDatabase, prepared: PreparedArticle): StoreOutcome {
  const [outcome] = storeArticles(database, [prepared]);
  if (!outcome) throw new Error("storing the article returned nothing");
  return outcome;
}
