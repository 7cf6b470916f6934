import { type ChanceryDatabase, type OutcomeToRecord, recordOutcomes } from "@chancery/db";
import { type PostgresDatabase, type PostgresReader, postgresWriterFor } from "@chancery/db/postgres";
import type { SourceDocument } from "../read/document.js";
import {
  type DiscoveredFile,
  discoverSources,
  isReadFailure,
  type ReadOptions,
  readBuffer,
  readSourceFile,
} from "../read/index.js";
import {
  findByContentHash,
  type StoreOutcome,
  storeArticle,
  storeArticles,
  storeArticlesPostgres,
} from "../store/article.js";
import { findPendingStory, findStoredStory, findStoredStoryPostgres, type StoryMatch } from "../stories/assign.js";
import type { Fingerprint } from "../stories/fingerprint.js";
import { lshKeys } from "../stories/lsh.js";
import { type FailureContext, Ledger, type LedgerContext } from "./ledger.js";
import { type PreparedArticle, prepareArticle } from "./prepare.js";
import { PreparePool } from "./prepare-pool.js";
import { ARTICLES_LISTED, FAILURES_LISTED, type IngestedArticle, type IngestReport } from "./report.js";
import { summariseArticle } from "./summary.js";

export interface IngestProgress {
  /** Files finished so far, out of `total` files found. */
  done: number;
  total: number;
  file: string;
  articles: number;
}

export interface IngestOptions {
  /** Read, clean and analyse everything, report what would happen, write nothing. */
  dryRun?: boolean;
  read?: ReadOptions;
  /** Analysis threads for bulk input; by default one per core but the one that reads and commits. */
  workers?: number;
  /**
   * List each article's line in the report (default true) — while the run has at most `ARTICLES_LISTED` articles;
   * a larger run is reported by its counts and failures alone, so memory stays bounded whatever the input's size.
   */
  keepArticles?: boolean;
  /** Each article's report line as soon as it is committed (predicted, in a dry run), in input order. */
  onArticle?: (article: IngestedArticle) => void;
  onProgress?: (progress: IngestProgress) => void;
  /** Where the run's outcomes go in the coverage ledger (default: files, or uploads); a dry run records nothing. */
  ledger?: LedgerContext;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (code === "SQLITE_FULL") return "the disk is full: the article was not stored";
    if (code === "SQLITE_READONLY") return "the database is read-only: the article was not stored";
    if (code === "SQLITE_BUSY") return "the database stayed locked by another process: the article was not stored";
    return error.message;
  }
  return String(error);
}

export function isPostgres(database: ChanceryDatabase | PostgresDatabase): database is PostgresDatabase {
  return "pool" in database;
}

/** A dry run compares a new article with this many of the batch's latest new ones: linear cost on huge inputs. */
const PENDING_COMPARED = 2000;

/** Accumulates the report; in a dry run it also plays the database's part for the batch itself. */
export class Batch {
  private readonly report: IngestReport = { new: 0, alreadyPresent: 0, failed: [], articles: [] };
  private failedOmitted = 0;
  /** Whether article lines are still being listed: up to `ARTICLES_LISTED`, then the run is only counted. */
  private listing: boolean;
  /** Dry run: the batch's new content by hash (a compact key), and its latest new articles for story grouping. */
  private readonly pendingByHash = new Map<string, { file: string; story: string }>();
  private readonly pending: Array<{ fingerprint: Fingerprint; story: string }> = [];
  /** The coverage ledger's rows for this run; none in a dry run. */
  private readonly ledger: Ledger | null;

  constructor(
    /** A SQLite database, or a PostgreSQL one. */
    private readonly database: ChanceryDatabase | PostgresDatabase,
    private readonly dryRun: boolean,
    keepArticles = true,
    private readonly onArticle: ((article: IngestedArticle) => void) | null = null,
    ledger: LedgerContext = { origin: "file" },
  ) {
    this.listing = keepArticles;
    const record = isPostgres(database)
      ? (rows: readonly OutcomeToRecord[]) => postgresWriterFor(database).recordOutcomes(rows)
      : (rows: readonly OutcomeToRecord[]) => recordOutcomes(database, rows);
    this.ledger = dryRun ? null : new Ledger(record, ledger);
  }

  /** Articles handled so far, listed in the report or not. */
  handled = 0;
  /** Called every few articles, so one large bulk file still shows progress. */
  onArticles: ((handled: number) => void) | null = null;

  /** The report once the coverage ledger is written (on PostgreSQL, its writes are asynchronous). */
  async finished(): Promise<IngestReport> {
    const report = this.finish();
    await this.ledger?.settled();
    return report;
  }

  /** The report as it stands: counts, failures, and the article lines when the run was small enough to list. */
  finish(): IngestReport {
    this.ledger?.flush();
    const listed = this.report.articles.length;
    return {
      ...this.report,
      ...(listed < this.handled ? { articlesOmitted: this.handled - listed } : {}),
      ...(this.failedOmitted > 0 ? { failedOmitted: this.failedOmitted } : {}),
    };
  }

  /** Counts an article; its report line is built only when someone reads it (listed or streamed). */
  private push(prepared: PreparedArticle, outcome: Parameters<typeof summariseArticle>[1]): void {
    this.handled++;
    if (this.handled % ARTICLES_PER_PROGRESS === 0) this.onArticles?.(this.handled);
    if (!this.listing && !this.onArticle) return;
    const line = summariseArticle(prepared, outcome);
    this.onArticle?.(line);
    if (!this.listing) return;
    if (this.report.articles.length < ARTICLES_LISTED) this.report.articles.push(line);
    else {
      this.listing = false;
      this.report.articles = [];
    }
  }

  fail(file: string, error: string, context?: FailureContext): void {
    this.ledger?.failed(file, error, context);
    if (this.report.failed.length < FAILURES_LISTED) this.report.failed.push({ file, error });
    else this.failedOmitted++;
  }

  async add(document: SourceDocument): Promise<void> {
    let prepared: PreparedArticle;
    try {
      prepared = prepareArticle(document);
    } catch (error) {
      this.fail(document.sourcePath, describeError(error));
      return;
    }
    await this.acceptMany([prepared]);
  }

  /**
   * Stores a group in one transaction; if it fails, each article is tried alone so only the bad one fails. On
   * PostgreSQL every article is its own transaction already (store/postgres-writer.ts), so only a failing one fails.
   */
  async acceptMany(group: PreparedArticle[]): Promise<void> {
    if (group.length === 0) return;
    const { database } = this;
    if (isPostgres(database)) {
      for (const prepared of group) {
        try {
          if (this.dryRun) {
            this.predict(prepared, ...(await storedPostgres(database, prepared)));
            continue;
          }
          const [outcome] = await storeArticlesPostgres(database, [prepared]);
          if (outcome) this.record(prepared, outcome);
        } catch (error) {
          this.fail(prepared.document.sourcePath, describeError(error));
        }
      }
      return;
    }
    if (this.dryRun) {
      for (const prepared of group)
        this.guard(prepared, () => this.predict(prepared, ...storedSqlite(database, prepared)));
      return;
    }
    try {
      const outcomes = storeArticles(database, group);
      for (const [i, prepared] of group.entries()) this.record(prepared, outcomes[i] as StoreOutcome);
    } catch (error) {
      if (group.length === 1) {
        this.fail((group[0] as PreparedArticle).document.sourcePath, describeError(error));
        return;
      }
      for (const prepared of group) {
        this.guard(prepared, () => this.record(prepared, storeArticle(database, prepared)));
      }
    }
  }

  private guard(prepared: PreparedArticle, action: () => void): void {
    try {
      action();
    } catch (error) {
      this.fail(prepared.document.sourcePath, describeError(error));
    }
  }

  /** Counts an article recognised by its URL before it was fetched: no report line, one ledger row. */
  knownUrl(url: string, articleId: number, outlet: string | null, day: string | null): void {
    this.report.alreadyPresent++;
    this.ledger?.knownUrl(url, articleId, outlet, day);
  }

  private record(prepared: PreparedArticle, outcome: StoreOutcome): void {
    const isNew = outcome.status === "new";
    this.ledger?.stored(prepared, isNew ? "stored" : "duplicate", outcome.id);
    if (isNew) this.report.new++;
    else this.report.alreadyPresent++;
    this.push(prepared, {
      id: outcome.id,
      status: outcome.status,
      story: String(outcome.storyId),
      duplicateOf: isNew ? null : outcome.id,
    });
  }

  /** A dry run's line for an article, given what the database holds: the same content, or a story it joins. */
  private predict(prepared: PreparedArticle, stored: StoredContent | null, storyOf: () => StoryMatch | null): void {
    const { contentHash, fingerprint } = prepared;
    // 16 hex digits of a SHA-256 keep a million hashes apart while taking a quarter of the memory.
    const key = contentHash.slice(0, 16);
    const earlier = this.pendingByHash.get(key);
    if (stored || earlier) {
      this.report.alreadyPresent++;
      this.push(prepared, {
        id: stored?.id ?? null,
        status: "alreadyPresent",
        story: stored ? String(stored.storyId) : (earlier?.story ?? ""),
        duplicateOf: stored?.id ?? earlier?.file ?? null,
      });
      return;
    }
    const storedMatch = storyOf();
    const story =
      storedMatch !== null
        ? String(storedMatch.storyId)
        : (findPendingStory(this.pending, fingerprint)?.story ?? `new-${this.report.new + 1}`);
    this.pending.push({ fingerprint, story });
    if (this.pending.length > PENDING_COMPARED) this.pending.shift();
    this.pendingByHash.set(key, { file: prepared.document.sourcePath, story });
    this.report.new++;
    this.push(prepared, { id: null, status: "wouldBeNew", story, duplicateOf: null });
  }
}

type StoredContent = Omit<StoreOutcome, "status">;

/** What a dry run asks SQLite about an article: its content stored, else (when asked) the stored story it joins. */
function storedSqlite(
  database: ChanceryDatabase,
  prepared: PreparedArticle,
): [StoredContent | null, () => StoryMatch | null] {
  return [findByContentHash(database, prepared.contentHash), () => findStoredStory(database, prepared.fingerprint)];
}

/** The same questions asked of PostgreSQL, outside any transaction: a dry run writes nothing and locks nothing. */
async function storedPostgres(
  database: PostgresDatabase,
  prepared: PreparedArticle,
): Promise<[StoredContent | null, () => StoryMatch | null]> {
  const stored = await postgresWriterFor(database).findByContentHash(prepared.contentHash);
  if (stored) return [stored, () => null];
  const read: PostgresReader = async (text, values) => (await database.pool.query(text, values)).rows;
  const match = await findStoredStoryPostgres(read, database.pool, prepared.fingerprint, lshKeys(prepared.fingerprint));
  return [null, () => match];
}

/** Bulk files and large folders are worth starting analysis workers for; a handful of files is not. */
function worthWorkers(files: DiscoveredFile[]): boolean {
  return files.length >= 50 || files.some((f) => /\.(jsonl|ndjson|json)$/i.test(f.path));
}

/**
 * Articles committed per transaction in bulk ingest. A commit flushes the full-text index's pending terms and the
 * pages every insert touched; at 64 articles that was a quarter of the writer's time, while from 256 to 512 the
 * writer's CPU time per article no longer moves (3.9 against 4.0 ms at 10,000 articles).
 */
const COMMIT_GROUP = 256;
/**
 * How many articles may be in analysis ahead of the one being stored: a commit group and one and a half more, so the
 * workers still have a backlog to analyse while a group is written (with a quarter group ahead they waited through
 * most of each commit). Bounds memory on huge inputs (a prepared article is ~20 KB).
 */
const IN_FLIGHT = COMMIT_GROUP * 2.5;
/** How often, in articles, progress is reported within a file. */
const ARTICLES_PER_PROGRESS = 50;

/**
 * Ingests files and folders: one bad file never stops the others, and each article is stored whole or not at all.
 * Articles are stored in input order, so "the earlier copy" and story grouping do not depend on thread timing.
 * `database` may be a PostgreSQL one (`openPostgres`), which several ingests can write to at once (a dry run there
 * only reads, outside any transaction).
 * @example const report = await ingestPaths(openDatabase(), ["seeds"]);
 */
export async function ingestPaths(
  database: ChanceryDatabase | PostgresDatabase,
  inputs: string[],
  options: IngestOptions = {},
): Promise<IngestReport> {
  const batch = new Batch(
    database,
    options.dryRun ?? false,
    options.keepArticles ?? true,
    options.onArticle,
    options.ledger,
  );
  const { files, failures } = await discoverSources(inputs);
  for (const failure of failures) batch.fail(failure.sourcePath, failure.error);
  const pool = worthWorkers(files) ? new PreparePool(options.workers) : null;
  const inFlight: Array<{ file: string; outcome: ReturnType<PreparePool["prepare"]> }> = [];
  // Ready articles are committed in groups, in input order; a failed preparation ends the group before it.
  const settle = async () => {
    const group: PreparedArticle[] = [];
    for (let taken = 0; taken < COMMIT_GROUP && inFlight.length > 0; taken++) {
      const head = inFlight.shift() as (typeof inFlight)[number];
      const outcome = await head.outcome;
      if ("error" in outcome) {
        await batch.acceptMany(group.splice(0));
        batch.fail(head.file, outcome.error);
      } else group.push(outcome.prepared);
    }
    await batch.acceptMany(group);
  };
  let done = 0;
  let current = "";
  batch.onArticles = (articles) => options.onProgress?.({ done, total: files.length, file: current, articles });
  try {
    for (const file of files) {
      current = file.path;
      try {
        for await (const item of readSourceFile(file, options.read)) {
          if (isReadFailure(item)) batch.fail(item.sourcePath, item.error);
          else if (!pool) await batch.add(item);
          else {
            inFlight.push({ file: item.sourcePath, outcome: pool.prepare(item) });
            if (inFlight.length >= IN_FLIGHT) await settle();
          }
        }
      } catch (error) {
        batch.fail(file.path, describeError(error));
      }
      done++;
      options.onProgress?.({ done, total: files.length, file: file.path, articles: batch.handled });
    }
    while (inFlight.length > 0) await settle();
  } finally {
    await pool?.close();
  }
  return batch.finished();
}

/** Ingests uploaded files (name + bytes), as the API receives them. */
export async function ingestBuffers(
  database: ChanceryDatabase | PostgresDatabase,
  files: Array<{ name: string; bytes: Uint8Array }>,
  options: Pick<IngestOptions, "dryRun" | "ledger"> = {},
): Promise<IngestReport> {
  const batch = new Batch(database, options.dryRun ?? false, true, null, options.ledger ?? { origin: "upload" });
  for (const file of files) {
    try {
      for (const item of readBuffer(file.name, file.bytes)) {
        if (isReadFailure(item)) batch.fail(item.sourcePath, item.error);
        else await batch.add(item);
      }
    } catch (error) {
      batch.fail(file.name, describeError(error));
    }
  }
  return batch.finished();
}
