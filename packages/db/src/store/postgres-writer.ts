import { sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import type { PgTable } from "drizzle-orm/pg-core";
import type pg from "pg";
import type { PostgresDatabase } from "../postgres/open.js";
import * as tables from "../postgres/tables.js";
import { type OutcomeToRecord, outcomeRow } from "./coverage.js";
import { lshKeysToBlob, lshRowId } from "./lsh.js";
import { entityId, entityRows, findingRows, mergeSameEntities } from "./rows.js";
import { postgresSummaryAdds } from "./summaries.js";
import type { ArticleToStore, StoreOutcome } from "./types.js";

/*
 * The one writer's PostgreSQL side for ingest: the same inputs and outcomes as the SQLite writer (store/writer.ts),
 * asynchronous over `pg`, safe with several ingest processes writing to one database at once. Each article is one
 * transaction (whole or absent) that takes its locks in one global order, so two writers never deadlock:
 *   1. its LSH buckets, as transaction-scoped advisory locks in ascending key order, before the content hash is looked
 *      up and the story searched: a near-duplicate (or the same content) stored by another writer shares a bucket, so
 *      it is committed and seen before this one chooses its story;
 *   2. its story's row (one);
 *   3. its entities' rows, upserted in one statement in sorted (type, key) order;
 *   4. one advisory lock for the corpus-wide summaries and totals, then their rows.
 * A serialization failure or deadlock reported anyway is retried, never surfaced as lost work.
 */

/** Advisory lock classes (the first of the two keys), so Chancery's locks cannot meet another application's. */
const LSH_BUCKET_LOCK = 0x43480001;
const SUMMARIES_LOCK = 0x43480002;
/** SQLSTATEs after which the whole transaction is run again: serialization_failure, deadlock_detected. */
const RETRIED = new Set(["40001", "40P01"]);
const ATTEMPTS = 8;
/** Rows per multi-row insert: under PostgreSQL's 65,535 parameters for the widest finding table (13 columns). */
const ROWS_PER_STATEMENT = 2_000;

/** Runs a read inside the writer's transaction (the story search), so it sees what the locks made visible. */
export type PostgresReader = <R extends Record<string, unknown>>(text: string, values: unknown[]) => Promise<R[]>;

type Tx = NodePgDatabase<Record<string, never>>;

class InsertRaced extends Error {}

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

/**
 * Stores articles in PostgreSQL, as `Writer.storeArticles` does in SQLite.
 * @example await postgresWriterFor(await openPostgres(url)).storeArticles([{ article, findings, fingerprint, sighting }]);
 */
export class PostgresWriter {
  private checked: Promise<void> | null = null;

  constructor(private readonly database: PostgresDatabase) {}

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
    this.checked ??= this.refuseWhatOnlySqliteDoes();
    await this.checked;
    const outcomes: StoreOutcome[] = [];
    for (const item of batch) outcomes.push(await this.retried((client) => this.storeOne(client, item, findStory, at)));
    return outcomes;
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
   * Corrections and follows act on every article the SQLite writer stores; here they would be silently skipped, so
   * a database that holds any is refused until they run on PostgreSQL too.
   */
  private async refuseWhatOnlySqliteDoes(): Promise<void> {
    const { rows } = await this.database.pool.query<{ corrections: boolean; follows: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM corrections) AS corrections, EXISTS (SELECT 1 FROM follows) AS follows`,
    );
    const found = rows[0];
    if (found?.corrections || found?.follows)
      throw new Error(
        `this PostgreSQL database holds ${found.corrections ? "corrections" : "follows"}, which ingest applies only on SQLite so far: ingest into the SQLite database and copy it over with chancery migrate`,
      );
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
    // Scanned in array order, so the locks are taken in ascending order.
    await client.query("SELECT pg_advisory_xact_lock($1, k) FROM unnest($2::integer[]) AS k", [
      LSH_BUCKET_LOCK,
      buckets,
    ]);
    const existing = await client.query<{ id: number; story_id: number | null }>(
      "SELECT id::integer AS id, story_id::integer AS story_id FROM articles WHERE content_hash = $1",
      [article.contentHash],
    );
    const stored = existing.rows[0];
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
    await tx.insert(tables.articleSightings).values({ articleId: id, ...sighting, seenAt: now });
    await tx.insert(tables.articleFingerprints).values({
      articleId: id,
      minhash: fingerprint.minhash,
      features: fingerprint.features,
      lshKeys: lshKeysToBlob(fingerprint.buckets),
    });
    await client.query("INSERT INTO lsh_keys (id) SELECT unnest($1::bigint[]) ON CONFLICT DO NOTHING", [
      fingerprint.buckets.map((key) => String(lshRowId(key, id))),
    ]);
    await this.insertFindings(tx, id, item);
    // Totals and summaries last, one writer at a time: the rows every article touches are held for the commit alone.
    await client.query("SELECT pg_advisory_xact_lock($1, 0)", [SUMMARIES_LOCK]);
    for (const statement of postgresSummaryAdds) {
      const params: Record<string, unknown> = { lo: id, hi: id, findings: true, article: true };
      await client.query(
        statement.text,
        statement.names.map((name) => params[name]),
      );
    }
    await this.keepTotals(client, { articles: 1, stories: found === null ? 1 : 0, words: article.wordCount });
    return { id, storyId, status: "new" };
  }

  /** Writes an article's findings and adds its share to the entities' counts, entities in sorted order. */
  private async insertFindings(tx: Tx, articleId: number, item: ArticleToStore): Promise<void> {
    const { findings, article } = item;
    const merged = mergeSameEntities(findings.entities);
    const upserts = entityRows(merged).sort((a, b) =>
      a.type === b.type ? (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) : a.type < b.type ? -1 : 1,
    );
    const ids = new Map<string, number>();
    if (upserts.length > 0) {
      const e = tables.entities;
      const returned = await tx
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
        .returning({ id: e.id, type: e.type, key: e.key });
      for (const r of returned) ids.set(entityId(r.type as string, r.key as string), r.id as number);
    }
    const rows = findingRows(articleId, findings, merged, ids, article.publishedAt);
    await insertRows(tx, tables.mentions, rows.mentions);
    await insertRows(tx, tables.personRoles, rows.roles);
    await insertRows(tx, tables.indicators, rows.indicators);
    await insertRows(tx, tables.partnerships, rows.partnerships);
    await insertRows(tx, tables.quotes, rows.quotes);
    await insertRows(tx, tables.articleThemes, rows.themes);
  }

  /**
   * Corpus totals and the change stamp, which SQLite keeps by trigger (migration 0004) and the change stamp by its
   * writer. Kept here rather than by triggers: a row trigger would lock these rows, which every article updates, from
   * the article's insert to its commit; here they are written under the summaries' lock, only at the very end.
   */
  private async keepTotals(client: pg.PoolClient, added: { articles: number; stories: number; words: number }) {
    await client.query(
      `INSERT INTO meta (key, value) VALUES ('articles', $1), ('stories', $2), ('words', $3)
       ON CONFLICT (key) DO UPDATE SET value = (meta.value::bigint + excluded.value::bigint)::text`,
      [String(added.articles), String(added.stories), String(added.words)],
    );
    // Read caches compare this stamp: strictly forward, even for two commits in the same millisecond.
    const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'last_changed_at'");
    const previous = Date.parse(rows[0]?.value ?? "");
    const now = Date.now();
    const next = Number.isFinite(previous) && previous >= now ? previous + 1 : now;
    await client.query(
      `INSERT INTO meta (key, value) VALUES ('last_changed_at', $1)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [new Date(next).toISOString()],
    );
  }
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
