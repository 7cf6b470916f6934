import { sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgTable } from "drizzle-orm/pg-core";
import pg from "pg";
import type { PostgresDatabase } from "../postgres/open.js";
import * as tables from "../postgres/tables.js";
import type { AppendOptions, CorrectionEntry } from "./corrections.js";
import { type OutcomeToRecord, outcomeRow } from "./coverage.js";
import { lshKeysToBlob, lshRowId } from "./lsh.js";
import { PostgresCorrections } from "./postgres-corrections.js";
import { PostgresFeeds } from "./postgres-feeds.js";
import { POSTGRES_ALL_FOLLOWS, PostgresWatch, recordChangesOnPostgres } from "./postgres-watch.js";
import { ENTITIES_OF_ARTICLE, entityId, entityRows, findingRows, listedEntities } from "./rows.js";
import { postgresArticleSubtracts, postgresSummaryAdds, postgresSummarySubtracts } from "./summaries.js";
import {
  type ArticleToStore,
  type FindingsToStore,
  type ReanalysisToStore,
  reanalysedColumns,
  type StoreOutcome,
} from "./types.js";
import type { StoredFollow } from "./watch.js";

/*
 * The one writer's PostgreSQL side for ingest: the same inputs and outcomes as the SQLite writer (store/writer.ts),
 * asynchronous over `pg`, safe with several ingest processes writing to one database at once. Each article is one
 * transaction (whole or absent) that takes its locks in one global order, so two writers never deadlock:
 *   1. its LSH buckets, as transaction-scoped advisory locks in ascending key order, before the content hash is looked
 *      up and the story searched: a near-duplicate (or the same content) stored by another writer shares a bucket, so
 *      it is committed and seen before this one chooses its story; then the corrections lock, shared, so the
 *      corrections log it applies cannot change before it commits;
 *   2. its story's row (one);
 *   3. its entities' rows, upserted in one statement in sorted (type, key) order;
 *   4. one advisory lock for the corpus-wide summaries and totals, then their rows; under it, the follows are read
 *      and the article's change events detected and written (postgres-watch.ts): held to the commit by every
 *      article, that lock runs the detections one at a time, each seeing the articles committed before it.
 * A correction takes the corrections lock exclusively, first (so it waits for the articles being stored, and they for
 * it), then the summaries lock, and re-derives the findings of the articles it touches in one transaction.
 * A serialization failure or deadlock reported anyway is retried, never surfaced as lost work.
 *
 * Round trips, not statements, were the cost (bench/postgres-results.md): the statements an article needs without
 * waiting for an answer go to the server together, as one multi-statement query of the simple protocol, with their
 * parameters written in as literals (`inlined`): the bucket locks with the content-hash look-up; the sighting,
 * fingerprint, LSH keys and entity upsert; the findings, summaries and totals. The same statements, in the same order
 * and the same transaction: about 8 round trips an article instead of 30.
 */

/** Advisory lock classes (the first of the two keys), so Chancery's locks cannot meet another application's. */
const LSH_BUCKET_LOCK = 0x43480001;
const SUMMARIES_LOCK = 0x43480002;
const CORRECTIONS_LOCK = 0x43480003;
/** SQLSTATEs after which the whole transaction is run again: serialization_failure, deadlock_detected. */
const RETRIED = new Set(["40001", "40P01"]);
const ATTEMPTS = 8;
/** Rows per multi-row insert: under PostgreSQL's 65,535 parameters for the widest finding table (13 columns). */
const ROWS_PER_STATEMENT = 2_000;

/** Runs a read inside the writer's transaction (the story search), so it sees what the locks made visible. */
export type PostgresReader = <R extends Record<string, unknown>>(text: string, values: unknown[]) => Promise<R[]>;

type Tx = NodePgDatabase<Record<string, never>>;

/** The stored article with this content, if any: read in the writer's transaction, and by a dry run. */
const STORED_BY_HASH = "SELECT id::integer AS id, story_id::integer AS story_id FROM articles WHERE content_hash = $1";
type StoredRow = { id: number; story_id: number | null };

class InsertRaced extends Error {}

/**
 * A value as a SQL literal, for a statement sent without parameters. The derived tables hold only bigint, double,
 * text and bytea (postgres/derive.ts), so a driver value is a number, a string, a Buffer or null; the literal is
 * quoted (a constant of unknown type, cast to the column's type as a parameter would be).
 */
function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (Buffer.isBuffer(value)) return `'\\x${value.toString("hex")}'`;
  if (typeof value === "string") return pg.escapeLiteral(value);
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return `'${value}'`;
  throw new Error(`the PostgreSQL writer cannot write ${typeof value} ${String(value)} as a literal`);
}

/** A statement built with `$n` parameters (by drizzle, or summaries.ts), with its parameters written in. */
function inlined(statement: { sql: string; params: readonly unknown[] }): string {
  return statement.sql.replace(/\$(\d+)/g, (_, n: string) => literal(statement.params[Number(n) - 1]));
}

/** The statements that add an article's findings (and, with `article`, the article itself) to the summaries. */
function summaryAdds(articleId: number, article: boolean): string[] {
  const params: Record<string, unknown> = { lo: articleId, hi: articleId, findings: true, article };
  return postgresSummaryAdds.map((statement) =>
    inlined({ sql: statement.text, params: statement.names.map((name) => params[name]) }),
  );
}

/** Sends statements as one query (one round trip); the results of each, in order. */
async function together(client: pg.PoolClient, statements: readonly string[]): Promise<pg.QueryResult[]> {
  const results = (await client.query(statements.join(";\n"))) as unknown as pg.QueryResult | pg.QueryResult[];
  return Array.isArray(results) ? results : [results];
}

function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string") return e.code;
  }
  return undefined;
}

async function insertRows(tx: Tx, table: PgTable, rows: readonly object[]): Promise<void> {
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    // biome-ignore lint/suspicious/noExplicitAny: the rows are built by store/rows.ts from the same schema's insert types.
    await tx.insert(table).values(rows.slice(from, from + ROWS_PER_STATEMENT) as any);
  }
}

/** The same inserts, as statements to send together. */
function insertStatements(tx: Tx, table: PgTable, rows: readonly object[]): string[] {
  const statements: string[] = [];
  for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
    // biome-ignore lint/suspicious/noExplicitAny: the rows are built by store/rows.ts from the same schema's insert types.
    const chunk = rows.slice(from, from + ROWS_PER_STATEMENT) as any;
    statements.push(inlined(tx.insert(table).values(chunk).toSQL()));
  }
  return statements;
}

/**
 * Stores articles in PostgreSQL, as `Writer.storeArticles` does in SQLite.
 * @example await postgresWriterFor(await openPostgres(url)).storeArticles([{ article, findings, fingerprint, sighting }]);
 */
export class PostgresWriter {
  /** Follows and the webhook delivery state of their change events (the events themselves are written here). */
  readonly watch: PostgresWatch;
  /** Followed feeds and what their polls learnt (the articles their items bring are stored by `storeArticles`). */
  readonly feeds: PostgresFeeds;
  /** Analysts' corrections, applied to every article's findings as they are written (store/corrections.ts). */
  private readonly corrections = new PostgresCorrections({
    deleteFindings: (client, articleId) => this.deleteFindings(client, articleId),
    insertFindings: async (client, articleId, findings, publishedAt) => {
      await this.insertFindings(client, articleId, findings, publishedAt);
      await this.addSummaries(client, articleId, false);
    },
  });

  constructor(private readonly database: PostgresDatabase) {
    this.watch = new PostgresWatch(database.pool);
    this.feeds = new PostgresFeeds(database.pool, (work) => this.retried(work));
  }

  /**
   * Stores each article whole — with its findings, fingerprint, story and sighting — or records a sighting when the
   * same content is already stored, one transaction per article. `findStory` names the stored story an article
   * belongs to (read through the transaction it is given), or null for a new story.
   */
  async storeArticles<T extends ArticleToStore>(
    batch: readonly T[],
    findStory?: (item: T, read: PostgresReader) => Promise<number | null>,
    at?: string,
  ): Promise<StoreOutcome[]> {
    const outcomes: StoreOutcome[] = [];
    for (const item of batch) outcomes.push(await this.retried((client) => this.storeOne(client, item, findStory, at)));
    return outcomes;
  }

  /** The stored article with this content, as `Writer.findByContentHash` (a dry run's question; it writes nothing). */
  async findByContentHash(hash: string): Promise<Omit<StoreOutcome, "status"> | null> {
    const stored = (await this.database.pool.query<StoredRow>(STORED_BY_HASH, [hash])).rows[0];
    return stored ? { id: stored.id, storyId: stored.story_id } : null;
  }

  /** Appends outcomes to the coverage ledger (`recordOutcomes` on SQLite). */
  async recordOutcomes(rows: readonly OutcomeToRecord[], at?: string): Promise<void> {
    if (rows.length === 0) return;
    const recordedAt = at ?? new Date().toISOString();
    const tx = drizzle(this.database.pool);
    await insertRows(
      tx,
      tables.ingestOutcomes,
      rows.map((row) => outcomeRow(row, recordedAt)),
    );
  }

  /**
   * Appends corrections to the log and applies them to the findings of the articles they touch, in one transaction
   * (`Writer.correct` on SQLite): an invalid entry, or (unless imported) one that matches nothing, throws a
   * CorrectionError and changes nothing.
   */
  async correct(entries: readonly unknown[], options?: AppendOptions): Promise<CorrectionEntry[]> {
    return this.retried(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1, 0)", [CORRECTIONS_LOCK]);
      await client.query("SELECT pg_advisory_xact_lock($1, 0)", [SUMMARIES_LOCK]);
      const appended = await this.corrections.append(client, entries, options);
      if (appended.length > 0) await this.moveChangeStamp(client);
      return appended;
    });
  }

  /**
   * Replaces a stored article's cleaning and findings with a new analysis, the active corrections applied, in one
   * transaction (`Writer.replaceAnalysis` on SQLite). An article whose stored analyzer version `unless` accepts (read
   * under the transaction's lock) is left alone and false returned, so a concurrent reanalysis never redoes one.
   * A re-derivation, locked as a correction's: the corrections lock exclusively (it waits for the articles being
   * stored, and they for it, so no other writer holds an entity row when it takes one), then the summaries lock.
   */
  async replaceAnalysis(
    reanalysis: ReanalysisToStore,
    options: { unless?: (storedVersion: string) => boolean } = {},
  ): Promise<boolean> {
    const { articleId, article, findings } = reanalysis;
    return this.retried(async (client) => {
      await together(client, [
        `SELECT pg_advisory_xact_lock(${CORRECTIONS_LOCK}, 0)`,
        `SELECT pg_advisory_xact_lock(${SUMMARIES_LOCK}, 0)`,
      ]);
      const stored = (
        await client.query<{ word_count: number; analyzer_version: string }>(
          "SELECT word_count::integer AS word_count, analyzer_version FROM articles WHERE id = $1 FOR NO KEY UPDATE",
          [articleId],
        )
      ).rows[0];
      if (!stored) throw new Error(`article ${articleId} is not stored`);
      if (options.unless?.(stored.analyzer_version)) return false;
      await this.deleteFindings(client, articleId);
      // Its date may change: the article leaves its period's counts and comes back under its new date.
      const params: Record<string, unknown> = { lo: articleId, hi: articleId, findings: false, article: true };
      await together(
        client,
        postgresArticleSubtracts.map((statement) =>
          inlined({ sql: statement.text, params: statement.names.map((name) => params[name]) }),
        ),
      );
      const columns = Object.fromEntries(reanalysedColumns.map((column) => [column, article[column]]));
      await drizzle(client).update(tables.articles).set(columns).where(sql`${tables.articles.id} = ${articleId}`);
      await this.insertFindings(client, articleId, findings, article.publishedAt);
      await together(client, [
        ...summaryAdds(articleId, true),
        ...this.totals({ articles: 0, stories: 0, words: article.wordCount - stored.word_count }),
      ]);
      return true;
    });
  }

  /** Runs `work` in a transaction, again after a serialization failure or deadlock, with a growing random pause. */
  private async retried<R>(work: (client: pg.PoolClient) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.database.pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        const again = error instanceof InsertRaced || RETRIED.has(sqlState(error) ?? "");
        if (!again || attempt === ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      } finally {
        client.release();
      }
    }
  }

  private async storeOne<T extends ArticleToStore>(
    client: pg.PoolClient,
    item: T,
    findStory: ((item: T, read: PostgresReader) => Promise<number | null>) | undefined,
    at: string | undefined,
  ): Promise<StoreOutcome> {
    const now = at ?? new Date().toISOString();
    const tx: Tx = drizzle(client);
    const { article, fingerprint, sighting } = item;
    const buckets = [...new Set(fingerprint.buckets.map((key) => key | 0))].sort((a, b) => a - b);
    // Scanned in array order, so the locks are taken in ascending order; the look-up runs once they are held.
    // The corrections lock, shared, after the bucket locks: no article commits under a log that changed meanwhile.
    const [, , existing] = await together(client, [
      `SELECT pg_advisory_xact_lock(${LSH_BUCKET_LOCK}, k) FROM unnest(${literal(`{${buckets.join(",")}}`)}::integer[]) AS k`,
      `SELECT pg_advisory_xact_lock_shared(${CORRECTIONS_LOCK}, 0)`,
      inlined({ sql: STORED_BY_HASH, params: [article.contentHash] }),
    ]);
    const stored = existing?.rows[0] as StoredRow | undefined;
    if (stored) {
      await tx.insert(tables.articleSightings).values({ articleId: stored.id, ...sighting, seenAt: now });
      return { id: stored.id, storyId: stored.story_id, status: "alreadyPresent" };
    }
    const read: PostgresReader = async (text, values) => (await client.query(text, values)).rows;
    const found = (await findStory?.(item, read)) ?? null;
    let storyId: number;
    if (found === null) {
      const [story] = await tx
        .insert(tables.stories)
        .values({ title: article.title, articleCount: 1, createdAt: now })
        .returning({ id: tables.stories.id });
      if (!story) throw new Error("the database did not return the new story's id");
      storyId = story.id;
    } else {
      storyId = found;
      await tx
        .update(tables.stories)
        .set({
          title: sql`coalesce(${tables.stories.title}, ${article.title})`,
          articleCount: sql`${tables.stories.articleCount} + 1`,
        })
        .where(sql`${tables.stories.id} = ${storyId}`);
    }
    const [row] = await tx
      .insert(tables.articles)
      .values({ ...article, ingestedAt: now, storyId })
      .onConflictDoNothing({ target: tables.articles.contentHash })
      .returning({ id: tables.articles.id });
    // Only when the same content came with other buckets (so another lock): run again, and find it stored.
    if (!row) throw new InsertRaced(`content ${article.contentHash} was stored meanwhile`);
    const id = row.id as number;
    // One round trip: the article's own rows, then its entities (whose ids its findings need).
    const findings = await this.corrections.correct(client, id, item.findings);
    const merged = listedEntities(findings);
    const upsert = this.entityUpsert(tx, merged);
    const results = await together(client, [
      inlined(
        tx
          .insert(tables.articleSightings)
          .values({ articleId: id, ...sighting, seenAt: now })
          .toSQL(),
      ),
      inlined(
        tx
          .insert(tables.articleFingerprints)
          .values({
            articleId: id,
            minhash: fingerprint.minhash,
            features: fingerprint.features,
            lshKeys: lshKeysToBlob(fingerprint.buckets),
          })
          .toSQL(),
      ),
      `INSERT INTO lsh_keys (id) SELECT unnest(${literal(`{${fingerprint.buckets.map((key) => lshRowId(key, id)).join(",")}}`)}::bigint[]) ON CONFLICT DO NOTHING`,
      ...(upsert ? [upsert] : []),
    ]);
    const ids = new Map<string, number>();
    if (upsert)
      for (const r of results[results.length - 1]?.rows ?? [])
        ids.set(entityId(r.type as string, r.key as string), Number(r.id));
    // One round trip: the findings; then the totals and summaries, one writer at a time (the rows every article
    // touches are held for the commit alone); then the follows, read under that lock.
    const tail = await together(client, [
      ...this.findingInserts(tx, id, findings, merged, ids, article.publishedAt),
      `SELECT pg_advisory_xact_lock(${SUMMARIES_LOCK}, 0)`,
      ...summaryAdds(id, true),
      ...this.totals({ articles: 1, stories: found === null ? 1 : 0, words: article.wordCount }),
      POSTGRES_ALL_FOLLOWS,
    ]);
    // Change events, only when something is followed (then a round trip per look-up), in this transaction.
    const follows = (tail[tail.length - 1]?.rows ?? []) as StoredFollow[];
    if (follows.length > 0) await recordChangesOnPostgres(client, follows, id, item, now);
    return { id, storyId, status: "new" };
  }

  /** Adds an article's share to the summaries (with `article`, the article itself), under the summaries lock. */
  private async addSummaries(client: pg.PoolClient, articleId: number, article: boolean): Promise<void> {
    await together(client, summaryAdds(articleId, article));
  }

  /**
   * Writes an article's findings again, with the active corrections applied, and adds their share to the entities'
   * counts (a correction's re-application; a new article's findings go with its other rows in `storeOne`).
   */
  private async insertFindings(
    client: pg.PoolClient,
    articleId: number,
    analysed: FindingsToStore,
    publishedAt: string | null,
  ): Promise<void> {
    const tx: Tx = drizzle(client);
    const findings = await this.corrections.correct(client, articleId, analysed);
    const merged = listedEntities(findings);
    const upsert = this.entityUpsert(tx, merged);
    const ids = new Map<string, number>();
    if (upsert)
      for (const r of (await client.query(upsert)).rows)
        ids.set(entityId(r.type as string, r.key as string), Number(r.id));
    const inserts = this.findingInserts(tx, articleId, findings, merged, ids, publishedAt);
    if (inserts.length > 0) await together(client, inserts);
  }

  /** The upsert that adds an article's share to its entities' counts, entities in sorted order (their lock order). */
  private entityUpsert(tx: Tx, merged: ReturnType<typeof listedEntities>): string | null {
    const upserts = entityRows(merged).sort((a, b) =>
      a.type === b.type ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.type < b.type ? -1 : 1,
    );
    if (upserts.length === 0) return null;
    const e = tables.entities;
    return inlined(
      tx
        .insert(e)
        .values(upserts.map((row) => ({ ...row, articleCount: 1 })))
        .onConflictDoUpdate({
          target: [e.type, e.key],
          set: {
            mentionCount: sql`${e.mentionCount} + excluded.mention_count`,
            articleCount: sql`${e.articleCount} + 1`,
            code: sql`coalesce(${e.code}, excluded.code)`,
            acronym: sql`coalesce(${e.acronym}, excluded.acronym)`,
          },
        })
        .returning({ id: e.id, type: e.type, key: e.key })
        .toSQL(),
    );
  }

  /** The inserts of an article's findings, given its entities' ids. */
  private findingInserts(
    tx: Tx,
    articleId: number,
    findings: FindingsToStore,
    merged: ReturnType<typeof listedEntities>,
    ids: Map<string, number>,
    publishedAt: string | null,
  ): string[] {
    const rows = findingRows(articleId, findings, merged, ids, publishedAt);
    return [
      ...insertStatements(tx, tables.mentions, rows.mentions),
      ...insertStatements(tx, tables.personRoles, rows.roles),
      ...insertStatements(tx, tables.indicators, rows.indicators),
      ...insertStatements(tx, tables.partnerships, rows.partnerships),
      ...insertStatements(tx, tables.quotes, rows.quotes),
      ...insertStatements(tx, tables.articleThemes, rows.themes),
    ];
  }

  /**
   * Removes an article's findings, taking its share out of the summaries and the entities' counts first (one article
   * from each entity its rows point at, `ENTITIES_OF_ARTICLE`, mentioned or not); an entity no article lists any more goes unless something else points at it (`Writer.deleteFindings` on SQLite, whose
   * `max(0, …)` is PostgreSQL's `greatest(0, …)`). Called under the corrections and summaries locks.
   */
  private async deleteFindings(client: pg.PoolClient, articleId: number): Promise<void> {
    const params: Record<string, unknown> = { lo: articleId, hi: articleId, findings: true, article: false };
    for (const statement of postgresSummarySubtracts) {
      await client.query(
        statement.text,
        statement.names.map((name) => params[name]),
      );
    }
    const { rows } = await client.query<{ id: string }>(
      `UPDATE entities SET mention_count = greatest(0, entities.mention_count - m.mentions),
         article_count = greatest(0, entities.article_count - 1)
       FROM (${ENTITIES_OF_ARTICLE.replaceAll(":article", "$1")}) m
       WHERE entities.id = m.entity_id RETURNING entities.id`,
      [articleId],
    );
    for (const table of ["mentions", "person_roles", "indicators", "partnerships", "quotes", "article_themes"]) {
      await client.query(`DELETE FROM ${table} WHERE article_id = $1`, [articleId]);
    }
    if (rows.length === 0) return;
    await client.query(
      `DELETE FROM entities e WHERE e.id = ANY($1::bigint[]) AND e.article_count = 0
         AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id)
         AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_entity_id = e.id)
         AND NOT EXISTS (SELECT 1 FROM partnerships p WHERE p.country_entity_id = e.id)
         AND NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.entity_id = e.id)`,
      [rows.map((r) => r.id)],
    );
  }

  /**
   * Corpus totals and the change stamp, which SQLite keeps by trigger (migration 0004) and the change stamp by its
   * writer. Kept here rather than by triggers: a row trigger would lock these rows, which every article updates, from
   * the article's insert to its commit; here they are written under the summaries' lock, only at the very end.
   */
  private totals(added: { articles: number; stories: number; words: number }): string[] {
    return [
      `INSERT INTO meta (key, value) VALUES ('articles', ${literal(String(added.articles))}), ('stories', ${literal(String(added.stories))}), ('words', ${literal(String(added.words))})
       ON CONFLICT (key) DO UPDATE SET value = (meta.value::bigint + excluded.value::bigint)::text`,
      changeStamp(),
    ];
  }

  /** Moves the change stamp alone (a correction changes no totals). */
  private async moveChangeStamp(client: pg.PoolClient): Promise<void> {
    await client.query(changeStamp());
  }
}

/**
 * The statement that moves the change stamp read caches compare: strictly forward, even for two commits in the same
 * millisecond (ISO times in UTC compare as strings; the previous one plus a millisecond when it is not earlier than
 * this one).
 */
function changeStamp(): string {
  return `INSERT INTO meta (key, value)
       SELECT 'last_changed_at', CASE WHEN p.value ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[.][0-9]{3}Z$' AND p.value >= n.value
         THEN to_char((p.value::timestamptz + interval '1 millisecond') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
         ELSE n.value END
       FROM (SELECT ${literal(new Date().toISOString())}::text AS value) n
       LEFT JOIN meta p ON p.key = 'last_changed_at' WHERE true
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`;
}

const writers = new WeakMap<PostgresDatabase["pool"], PostgresWriter>();

/** The PostgreSQL writer of a database connection. */
export function postgresWriterFor(database: PostgresDatabase): PostgresWriter {
  let writer = writers.get(database.pool);
  if (!writer) {
    writer = new PostgresWriter(database);
    writers.set(database.pool, writer);
  }
  return writer;
}
