import { and, eq, inArray, sql } from "drizzle-orm";
import type { ChanceryDatabase } from "../open.js";
import {
  articles,
  articleThemes,
  entities,
  indicators,
  mentions,
  partnerships,
  personRoles,
  quotes,
  stories,
} from "../schema/index.js";
import { type AppendOptions, type CorrectionEntry, CorrectionStore } from "./corrections.js";
import { type LshCandidate, LshIndex, lshKeysToBlob } from "./lsh.js";
import { ENTITIES_OF_ARTICLE, entityRows, findingRows, listedEntities } from "./rows.js";
import { prepareStatements, type WriterStatements } from "./statements.js";
import { SummaryKeeper } from "./summaries.js";
import type { ArticleToStore, FindingsToStore, ReanalysisToStore, StoreOutcome } from "./types.js";
import { WatchWriter } from "./watch.js";

/** The writing connection's page cache, in KiB. */
const WRITER_CACHE_KIB = 64 * 1024;
/** WAL pages written before a checkpoint copies them back: one per commit group instead of several. */
const WAL_AUTOCHECKPOINT_PAGES = 16_384;
/** Fingerprints indexed per transaction when a database from before `lsh_keys` is brought up to date. */
const UNKEYED_PER_TRANSACTION = 2_000;

/**
 * The one way into the database: every insert, update and delete Chancery makes goes through here.
 * Corpus totals (articles, words, stories, a story's article count) are kept by triggers (migration 0004);
 * the entities' mention and article counts, and the corpus-wide summaries (store/summaries.ts), are kept by this
 * writer alone; the change stamp that read caches key on moves, strictly forward, in every transaction that changed
 * something.
 * @example writerFor(openDatabase()).storeArticles([{ article, findings, fingerprint, sighting }]);
 */
export class Writer {
  private readonly statements: WriterStatements;
  /** Follows, change events and their webhook delivery state. */
  readonly watch: WatchWriter;
  /** Analysts' corrections, applied to every article's findings as they are written (store/corrections.ts). */
  private readonly corrections: CorrectionStore;
  /** Near-duplicate buckets (`lsh_keys`). */
  private readonly lsh: LshIndex;
  /** The corpus-wide summaries, updated once per commit group and before any findings are deleted. */
  private readonly summaries: SummaryKeeper;

  constructor(private readonly database: ChanceryDatabase) {
    this.statements = prepareStatements(database.db, database.sqlite);
    this.lsh = new LshIndex(database.sqlite);
    this.summaries = new SummaryKeeper(database.sqlite);
    this.watch = new WatchWriter(database);
    this.corrections = new CorrectionStore(database, {
      deleteFindings: (articleId) => this.deleteFindings(articleId),
      insertFindings: (articleId, findings, publishedAt) => {
        this.insertFindings(articleId, findings, publishedAt);
        this.summaries.added(articleId, articleId, false);
      },
    });
    // Every article touches pages all over the LSH, mention and full-text indexes; with SQLite's default 2 MB cache
    // they are read back from the file again and again as the corpus grows. 64 MB keeps the hot ones in memory while
    // staying well inside the ingest's memory budget.
    database.sqlite.pragma(`cache_size = -${WRITER_CACHE_KIB}`);
    // A bulk ingest rewrites the same index pages commit after commit; checkpointing every 4 MB (the default) copied
    // them back to the file, with an fsync, several times per commit group.
    database.sqlite.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  }

  /** The stored article with this content, if any (a read the writer needs, exposed for dry runs). */
  findByContentHash(contentHash: string): { id: number; storyId: number | null } | null {
    return this.statements.articleByHash.get({ contentHash }) ?? null;
  }

  /**
   * Stores whole articles — each with its findings, fingerprint and story — in one write transaction, or records a
   * sighting when the same content is already stored. Checking inside the transaction keeps two concurrent ingests
   * of one file from storing it twice; a crash at any point leaves every article either whole or absent.
   * `findStory` names the stored story an article belongs to (a near-duplicate's), or null for a new story;
   * `at` is the ingest time to record (default now), for imports that keep their original time.
   */
  storeArticles<T extends ArticleToStore>(
    batch: readonly T[],
    findStory?: (item: T) => number | null,
    at?: string,
  ): StoreOutcome[] {
    try {
      return this.storeInTransaction(batch, findStory, at);
    } catch (error) {
      // Rolled back: buckets kept in memory may name articles that are not stored.
      this.lsh.forget();
      throw error;
    }
  }

  /**
   * The story candidates of an article with these LSH bucket keys, for the story search run inside `storeArticles`
   * (`findStory`): per bucket its newest `sample` members, counted per article, the `limit` most shared (ties to the
   * newest), with their stories — the rows the SQL over `lsh_keys` gives, most of them read from memory.
   */
  storyCandidates(keys: readonly number[], sample: number, limit: number): LshCandidate[] {
    return this.lsh.candidates(keys, sample, limit);
  }

  private storeInTransaction<T extends ArticleToStore>(
    batch: readonly T[],
    findStory: ((item: T) => number | null) | undefined,
    at: string | undefined,
  ): StoreOutcome[] {
    return this.database.sqlite
      .transaction((): StoreOutcome[] => {
        this.lsh.begin();
        const now = at ?? new Date().toISOString();
        // Only newly stored articles raise change events, so a reanalysis or a second copy never fires one again.
        const detector = this.watch.detector();
        const outcomes = batch.map((item) => {
          const outcome = this.storeOne(item, now, findStory);
          if (detector && outcome.status === "new") detector.articleStored(outcome.id, item, now);
          return outcome;
        });
        const stored = outcomes.filter((o) => o.status === "new").map((o) => o.id);
        if (stored.length > 0) {
          // New articles take ids above every stored one, so the group's rows are one range of article ids.
          this.summaries.added(Math.min(...stored), Math.max(...stored), true);
          this.moveChangeStamp();
        }
        return outcomes;
      })
      .immediate();
  }

  /**
   * Puts the fingerprints stored before `lsh_keys` existed (migration 0012) into their buckets, `keysOf` giving an
   * article's bucket keys from its stored signature. A few thousand per transaction; returns how many it indexed.
   */
  indexUnkeyedFingerprints(keysOf: (minhash: Buffer, features: string) => readonly number[]): number {
    let total = 0;
    for (;;) {
      const done = this.database.sqlite
        .transaction(() => this.lsh.indexUnkeyed(keysOf, UNKEYED_PER_TRANSACTION))
        .immediate();
      total += done;
      if (done < UNKEYED_PER_TRANSACTION) return total;
    }
  }

  /** Replaces a stored article's cleaning and findings with a new analysis, in one transaction. */
  replaceAnalysis(reanalysis: ReanalysisToStore): void {
    const { articleId, article, findings } = reanalysis;
    this.database.sqlite
      .transaction(() => {
        const row = this.database.db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).get();
        if (!row) throw new Error(`article ${articleId} is not stored`);
        this.deleteFindings(articleId);
        // Its date may change: the article leaves its period's counts and comes back under its new date.
        this.summaries.removingArticle(articleId);
        this.statements.updateArticle.run({ id: articleId, ...article });
        this.insertFindings(articleId, findings, article.publishedAt);
        this.summaries.added(articleId, articleId, true);
        this.moveChangeStamp();
      })
      .immediate();
  }

  /**
   * Appends corrections to the log and applies them to the findings of the articles they touch, in one transaction:
   * a correction that is invalid or (unless imported) matches nothing throws a CorrectionError and changes nothing.
   */
  correct(entries: readonly unknown[], options?: AppendOptions): CorrectionEntry[] {
    return this.database.sqlite
      .transaction((): CorrectionEntry[] => {
        const appended = this.corrections.append(entries, options);
        if (appended.length > 0) this.moveChangeStamp();
        return appended;
      })
      .immediate();
  }

  /**
   * Removes a stored article with its findings, fingerprint and sightings; a story left with no article goes too.
   * Returns false when no such article is stored.
   */
  deleteArticle(articleId: number): boolean {
    return this.database.sqlite
      .transaction((): boolean => {
        const row = this.database.db
          .select({ storyId: articles.storyId })
          .from(articles)
          .where(eq(articles.id, articleId))
          .get();
        if (!row) return false;
        this.deleteFindings(articleId);
        this.summaries.removingArticle(articleId);
        this.lsh.remove(articleId);
        // Fingerprint and sightings go with the article (ON DELETE CASCADE); totals follow by trigger.
        this.database.db.delete(articles).where(eq(articles.id, articleId)).run();
        if (row.storyId !== null) {
          this.database.db
            .delete(stories)
            .where(and(eq(stories.id, row.storyId), eq(stories.articleCount, 0)))
            .run();
        }
        this.moveChangeStamp();
        return true;
      })
      .immediate();
  }

  private storeOne<T extends ArticleToStore>(
    item: T,
    now: string,
    findStory: ((item: T) => number | null) | undefined,
  ): StoreOutcome {
    const s = this.statements;
    const existing = this.findByContentHash(item.article.contentHash);
    if (existing) {
      s.insertSighting.run({ articleId: existing.id, ...item.sighting, seenAt: now });
      return { ...existing, status: "alreadyPresent" };
    }
    let storyId = findStory?.(item) ?? null;
    if (storyId === null) storyId = s.insertStory.get({ title: item.article.title, createdAt: now })?.id ?? null;
    else s.nameStory.run({ id: storyId, title: item.article.title });
    const row = s.insertArticle.get({ ...item.article, ingestedAt: now, storyId });
    if (!row) throw new Error("the database did not return the new article's id");
    s.insertSighting.run({ articleId: row.id, ...item.sighting, seenAt: now });
    s.insertFingerprint.run({
      articleId: row.id,
      minhash: item.fingerprint.minhash,
      features: item.fingerprint.features,
      lshKeys: lshKeysToBlob(item.fingerprint.buckets),
    });
    this.lsh.insert(row.id, item.fingerprint.buckets, storyId);
    this.insertFindings(row.id, item.findings, item.article.publishedAt);
    return { id: row.id, storyId, status: "new" };
  }

  /** Writes an article's findings and adds its share to the entities' counts. */
  private insertFindings(articleId: number, analysed: FindingsToStore, publishedAt: string | null): void {
    const findings = this.corrections.correct(articleId, analysed);
    const s = this.statements;
    const merged = listedEntities(findings);
    const ids = s.upsertEntities.upsert(entityRows(merged));
    const rows = findingRows(articleId, findings, merged, ids, publishedAt);
    s.insertMentions.insert(rows.mentions);
    s.insertRoles.insert(rows.roles);
    s.insertIndicators.insert(rows.indicators);
    s.insertPartnerships.insert(rows.partnerships);
    s.insertQuotes.insert(rows.quotes);
    s.insertThemes.insert(rows.themes);
  }

  /** Removes an article's findings and takes its share out of the entities' counts. */
  private deleteFindings(articleId: number): void {
    const { db } = this.database;
    this.summaries.removingFindings(articleId);
    const perEntity = this.database.sqlite
      .prepare(ENTITIES_OF_ARTICLE.replaceAll(":article", "@articleId"))
      .all({ articleId }) as Array<{ entity_id: number; mentions: number }>;
    for (const { entity_id: entityId, mentions: count } of perEntity) {
      db.update(entities)
        .set({
          mentionCount: sql`max(0, ${entities.mentionCount} - ${count})`,
          articleCount: sql`max(0, ${entities.articleCount} - 1)`,
        })
        .where(eq(entities.id, entityId))
        .run();
    }
    for (const table of [mentions, personRoles, indicators, partnerships, quotes, articleThemes]) {
      db.delete(table).where(eq(table.articleId, articleId)).run();
    }
    const emptied = perEntity.map((e) => e.entity_id);
    if (emptied.length > 0) {
      // An entity no article lists any more is removed unless something else still points at it.
      db.delete(entities)
        .where(
          sql`${inArray(entities.id, emptied)} AND ${entities.articleCount} = 0
            AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ${entities.id})
            AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_entity_id = ${entities.id})
            AND NOT EXISTS (SELECT 1 FROM partnerships p WHERE p.country_entity_id = ${entities.id})
            AND NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.entity_id = ${entities.id})`,
        )
        .run();
    }
  }

  /** Read caches compare this stamp: it must differ after every change, even two in the same millisecond. */
  private moveChangeStamp(): void {
    const previous = Date.parse(this.statements.changeStamp.get()?.value ?? "");
    const now = Date.now();
    const next = Number.isFinite(previous) && previous >= now ? previous + 1 : now;
    this.statements.setChangeStamp.run({ value: new Date(next).toISOString() });
  }
}

const writers = new WeakMap<ChanceryDatabase["sqlite"], Writer>();

/** The writer of a connection, its statements prepared once. */
export function writerFor(database: ChanceryDatabase): Writer {
  let writer = writers.get(database.sqlite);
  if (!writer) {
    writer = new Writer(database);
    writers.set(database.sqlite, writer);
  }
  return writer;
}
