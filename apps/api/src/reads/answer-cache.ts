import type { ChanceryDatabase } from "@chancery/db";
import { getChanges } from "@chancery/query";

/**
 * The database's version as this connection sees it: `PRAGMA data_version` moves when another connection (the
 * ingest CLI, a read-write process) commits, and `total_changes()` when this one writes (uploads, corrections).
 * Every commit to the file moves one of them, so an answer kept under one version is the answer to give.
 */
export function databaseVersion(database: ChanceryDatabase): () => string {
  const ownChanges = database.sqlite.prepare("SELECT total_changes() AS n").pluck();
  return () => `${database.sqlite.pragma("data_version", { simple: true })}:${ownChanges.get()}`;
}

/**
 * The version on PostgreSQL (issue 17), where no `data_version` exists: the writer's change stamp and article count
 * (`meta`), which every writer transaction that changes what a read answers moves (articles, reanalysis,
 * corrections), in the same transaction as the data. Because the stamp is data, a read that sees the new stamp sees
 * the new rows too, so an answer computed from rows older than its version is never kept. (A WAL position would
 * not do: a commit's WAL record is written before its rows become visible, so a read between the two would keep an
 * old answer under the new position.) On a streaming replica the stamp arrives with the rows it stamps.
 */
export function postgresVersion(database: ChanceryDatabase): () => string {
  return () => {
    const { lastChangedAt, articles } = getChanges(database);
    return `${lastChangedAt}|${articles}`;
  };
}

export interface AnswerCacheOptions {
  /** Answers kept at most, least recently used dropped first. */
  maxEntries?: number;
  /** Characters of JSON kept at most over all answers. */
  maxChars?: number;
  /** A longer answer is not kept (an export, a page of 1,000 rows). */
  maxEntryChars?: number;
}

/**
 * Read answers (JSON text) kept on the server's thread until the database version moves: a repeated read is served
 * without a worker, and reads asked again while the first is being computed wait for it instead of computing it
 * on every worker (the cold cost of a corpus-wide aggregate is paid once per change, not once per worker).
 */
export class AnswerCache {
  private version: string | null = null;
  private readonly answers = new Map<string, string>();
  private readonly pending = new Map<string, Promise<string>>();
  private chars = 0;
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private readonly maxEntryChars: number;

  constructor(
    private readonly versionOf: () => string,
    options: AnswerCacheOptions = {},
  ) {
    this.maxEntries = options.maxEntries ?? 1000;
    this.maxChars = options.maxChars ?? 32 * 1024 * 1024;
    this.maxEntryChars = options.maxEntryChars ?? 4 * 1024 * 1024;
  }

  /** How many answers are kept now. */
  get size(): number {
    return this.answers.size;
  }

  async get(key: string, compute: () => Promise<string>): Promise<string> {
    const version = this.versionOf();
    if (version !== this.version) {
      this.version = version;
      this.answers.clear();
      this.pending.clear();
      this.chars = 0;
    }
    const kept = this.answers.get(key);
    if (kept !== undefined) {
      // Map order is the recency order: move the answer to the end.
      this.answers.delete(key);
      this.answers.set(key, kept);
      return kept;
    }
    const waiting = this.pending.get(key);
    if (waiting) return waiting;
    const computing = compute();
    this.pending.set(key, computing);
    try {
      const answer = await computing;
      // Only an answer computed under the version still current is kept; a failure is never kept.
      if (this.pending.get(key) === computing && this.versionOf() === version) this.keep(key, answer);
      return answer;
    } finally {
      if (this.pending.get(key) === computing) this.pending.delete(key);
    }
  }

  private keep(key: string, answer: string): void {
    if (answer.length > this.maxEntryChars) return;
    this.answers.set(key, answer);
    this.chars += answer.length;
    for (const [oldest, text] of this.answers) {
      if (this.answers.size <= this.maxEntries && this.chars <= this.maxChars) break;
      this.answers.delete(oldest);
      this.chars -= text.length;
    }
  }
}
