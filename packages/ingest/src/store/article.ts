import {
  articleFingerprints,
  articleSightings,
  articles,
  type ChanceryDatabase,
  lshBuckets,
  meta,
  stories,
} from "@chancery/db";
import { eq, sql } from "drizzle-orm";
import type { PreparedArticle } from "../pipeline/prepare.js";
import { ANALYZER_VERSION } from "../pipeline/prepare.js";
import { findStoredStory } from "../stories/assign.js";
import { fingerprintToBlob } from "../stories/fingerprint.js";
import { lshKeys } from "../stories/lsh.js";
import { insertFindings } from "./findings.js";

export interface StoredRef {
  id: number;
  storyId: number | null;
}

export function findByContentHash(database: ChanceryDatabase, hash: string): StoredRef | null {
  return (
    database.db
      .select({ id: articles.id, storyId: articles.storyId })
      .from(articles)
      .where(eq(articles.contentHash, hash))
      .get() ?? null
  );
}

function bumpCounter(database: ChanceryDatabase, key: string, by: number): void {
  database.db
    .insert(meta)
    .values({ key, value: String(by) })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`CAST(${meta.value} AS INTEGER) + ${by}` } })
    .run();
}

function touch(database: ChanceryDatabase, now: string): void {
  database.db
    .insert(meta)
    .values({ key: "last_changed_at", value: now })
    .onConflictDoUpdate({ target: meta.key, set: { value: now } })
    .run();
}

/** Another copy of stored content was seen: remember where, store nothing else. */
export function recordSighting(database: ChanceryDatabase, articleId: number, prepared: PreparedArticle): void {
  database.db
    .insert(articleSightings)
    .values({
      articleId,
      sourcePath: prepared.source.sourcePath,
      url: prepared.url,
      outlet: prepared.outlet,
      seenAt: new Date().toISOString(),
    })
    .run();
}

export interface StoreOutcome extends StoredRef {
  status: "new" | "alreadyPresent";
}

/**
 * Stores the article with all its findings, fingerprint and story in one write transaction, or records a sighting
 * when the same content is already stored. Checking inside the transaction keeps two concurrent ingests of one file
 * from storing it twice; a crash at any point leaves either the whole article or nothing.
 */
export function storeArticle(database: ChanceryDatabase, prepared: PreparedArticle): StoreOutcome {
  return database.sqlite
    .transaction((): StoreOutcome => {
      const existing = findByContentHash(database, prepared.contentHash);
      if (existing) {
        recordSighting(database, existing.id, prepared);
        return { ...existing, status: "alreadyPresent" };
      }
      const match = findStoredStory(database, prepared.fingerprint);
      return { ...insertArticle(database, prepared, match?.storyId ?? null), status: "new" };
    })
    .immediate();
}

function insertArticle(database: ChanceryDatabase, prepared: PreparedArticle, storyId: number | null): StoredRef {
  const { db } = database;
  const now = new Date().toISOString();
  let story = storyId;
  if (story === null) {
    const [created] = db
      .insert(stories)
      .values({ title: prepared.title, articleCount: 1, createdAt: now })
      .returning({ id: stories.id })
      .all();
    story = created?.id ?? null;
    bumpCounter(database, "stories", 1);
  } else {
    db.update(stories)
      .set({
        articleCount: sql`${stories.articleCount} + 1`,
        title: sql`coalesce(${stories.title}, ${prepared.title})`,
      })
      .where(eq(stories.id, story))
      .run();
  }
  const [row] = db
    .insert(articles)
    .values({
      contentHash: prepared.contentHash,
      rawText: prepared.source.raw,
      body: prepared.body,
      title: prepared.title,
      outlet: prepared.outlet,
      author: prepared.author,
      url: prepared.url,
      language: prepared.language,
      publishedAt: prepared.published?.date ?? null,
      publishedPrecision: prepared.published?.precision ?? null,
      publishedSource: prepared.published?.source ?? null,
      publishedEvidence: prepared.published?.evidence ?? null,
      wordCount: prepared.wordCount,
      removedNoise: JSON.stringify(prepared.noise),
      sourcePath: prepared.source.sourcePath,
      sourceFormat: prepared.source.format,
      ingestedAt: now,
      analyzerVersion: ANALYZER_VERSION,
      storyId: story,
    })
    .returning({ id: articles.id })
    .all();
  if (!row) throw new Error("the database did not return the new article's id");
  recordSighting(database, row.id, prepared);
  db.insert(articleFingerprints)
    .values({
      articleId: row.id,
      minhash: fingerprintToBlob(prepared.fingerprint),
      features: JSON.stringify({ figures: prepared.fingerprint.figures }),
    })
    .run();
  db.insert(lshBuckets)
    .values(lshKeys(prepared.fingerprint).map((key) => ({ ...key, articleId: row.id })))
    .onConflictDoNothing()
    .run();
  insertFindings(db, row.id, prepared.analysis);
  bumpCounter(database, "articles", 1);
  bumpCounter(database, "words", prepared.wordCount);
  touch(database, now);
  return { id: row.id, storyId: story };
}
