import type { ChanceryDatabase } from "@chancery/db";
import { ANALYZER_VERSION } from "../analyse/index.js";
import type { PreparedArticle } from "../pipeline/prepare.js";
import { findStoredStory } from "../stories/assign.js";
import { fingerprintToBlob } from "../stories/fingerprint.js";
import { lshKeys } from "../stories/lsh.js";
import { insertFindings } from "./findings.js";
import { storeStatements } from "./statements.js";

export interface StoredRef {
  id: number;
  storyId: number | null;
}

export interface StoreOutcome extends StoredRef {
  status: "new" | "alreadyPresent";
}

export function findByContentHash(database: ChanceryDatabase, hash: string): StoredRef | null {
  const row = storeStatements(database).articleByHash.get(hash);
  return row ? { id: row.id, storyId: row.story_id } : null;
}

/** Another copy of stored content was seen: remember where, store nothing else. */
function recordSighting(database: ChanceryDatabase, articleId: number, prepared: PreparedArticle, now: string): void {
  storeStatements(database).insertSighting.run(
    articleId,
    prepared.document.sourcePath,
    prepared.url,
    prepared.outlet,
    now,
  );
}

function storeOne(database: ChanceryDatabase, prepared: PreparedArticle, now: string): StoreOutcome {
  const existing = findByContentHash(database, prepared.contentHash);
  if (existing) {
    recordSighting(database, existing.id, prepared, now);
    return { ...existing, status: "alreadyPresent" };
  }
  const statements = storeStatements(database);
  const match = findStoredStory(database, prepared.fingerprint);
  let storyId = match?.storyId ?? null;
  if (storyId === null) {
    storyId = statements.insertStory.get(prepared.title, now)?.id ?? null;
    statements.bumpCounter.run("stories", "1", 1);
  } else {
    statements.joinStory.run(prepared.title, storyId);
  }
  const { published } = prepared;
  const row = statements.insertArticle.get(
    prepared.contentHash,
    prepared.title,
    prepared.outlet,
    prepared.author,
    prepared.url,
    prepared.language,
    published?.date ?? null,
    published?.precision ?? null,
    published?.source ?? null,
    published?.evidence ?? null,
    prepared.wordCount,
    JSON.stringify(prepared.noise),
    prepared.document.sourcePath,
    prepared.document.format,
    now,
    ANALYZER_VERSION,
    storyId,
    prepared.body,
    prepared.document.raw,
  );
  if (!row) throw new Error("the database did not return the new article's id");
  recordSighting(database, row.id, prepared, now);
  statements.insertFingerprint.run(
    row.id,
    fingerprintToBlob(prepared.fingerprint),
    JSON.stringify({ figures: prepared.fingerprint.figures }),
  );
  for (const key of lshKeys(prepared.fingerprint)) statements.insertBucket.run(key.band, key.bucket, row.id);
  insertFindings(database, row.id, prepared.analysis, published?.date ?? null);
  statements.bumpCounter.run("articles", "1", 1);
  statements.bumpCounter.run("words", String(prepared.wordCount), prepared.wordCount);
  return { id: row.id, storyId, status: "new" };
}

/**
 * Stores whole articles — each with its findings, fingerprint and story — in one write transaction, or records a
 * sighting when the same content is already stored. Checking inside the transaction keeps two concurrent ingests
 * of one file from storing it twice; a crash at any point leaves every article either whole or absent.
 * Several articles per transaction is what bulk ingest uses: one commit per article costs more than storing it.
 */
export function storeArticles(database: ChanceryDatabase, batch: readonly PreparedArticle[]): StoreOutcome[] {
  return database.sqlite
    .transaction((): StoreOutcome[] => {
      const now = new Date().toISOString();
      const outcomes = batch.map((prepared) => storeOne(database, prepared, now));
      if (outcomes.some((o) => o.status === "new")) storeStatements(database).setMeta.run("last_changed_at", now);
      return outcomes;
    })
    .immediate();
}

export function storeArticle(database: ChanceryDatabase, prepared: PreparedArticle): StoreOutcome {
  const [outcome] = storeArticles(database, [prepared]);
  if (!outcome) throw new Error("storing the article returned nothing");
  return outcome;
}
