import type { FailureReason, IngestOrigin, OutcomeToRecord } from "@chancery/db";
import type { PreparedArticle } from "./prepare.js";

/** Where the outcomes of one ingest run go in the coverage ledger, and what they share. */
export interface LedgerContext {
  origin: IngestOrigin;
  /** The feed whose items these are. */
  feedId?: number | null;
}

/** What is known of an item that failed: where it came from, and the outlet and day if anything told them. */
export interface FailureContext {
  reason?: FailureReason;
  outlet?: string | null;
  day?: string | null;
}

/** Outcomes are written in groups, so a bulk ingest adds one small insert per commit group, not one per article. */
const FLUSH_AT = 512;

/** The findings a reader counts in an article: figures, partnerships, quotes and the people named. */
function findingsOf(prepared: PreparedArticle): number {
  const { analysis } = prepared;
  const people = analysis.entities.filter((e) => e.type === "person").length;
  return analysis.indicators.length + analysis.partnerships.length + analysis.quotes.length + people;
}

/** A publication date as a ledger day: only a date known to the day counts for a day; the rest are "undated". */
function dayOf(prepared: PreparedArticle): string | null {
  return prepared.published?.precision === "day" ? prepared.published.date : null;
}

/**
 * The reason class of a failure the reader or the analysis reported as a sentence: the pipeline's failures carry
 * no class of their own, so the sentence's known openings give it.
 */
export function classifyFailure(error: string): FailureReason {
  if (/^(?:no article text|empty file)/i.test(error)) return "empty";
  if (/database|disk is full|SQLITE/i.test(error)) return "store";
  return "unreadable";
}

/** Collects an ingest run's outcomes for the coverage ledger and hands them to the writer. */
export class Ledger {
  private rows: OutcomeToRecord[] = [];
  /** Writes still under way on an asynchronous backend (PostgreSQL); SQLite's are done when `flush` returns. */
  private pending: Promise<void> = Promise.resolve();

  constructor(
    /** The writer's `recordOutcomes` for the run's database. */
    private readonly record: (rows: readonly OutcomeToRecord[]) => void | Promise<void>,
    private readonly context: LedgerContext,
  ) {}

  stored(prepared: PreparedArticle, status: "stored" | "duplicate", articleId: number | null): void {
    this.push({
      status,
      source: prepared.document.sourcePath,
      outlet: prepared.outlet,
      day: dayOf(prepared),
      articleId,
      findings: findingsOf(prepared),
    });
  }

  failed(source: string, detail: string, context: FailureContext = {}): void {
    this.push({
      status: "failed",
      source,
      outlet: context.outlet ?? null,
      day: context.day ?? null,
      reason: context.reason ?? classifyFailure(detail),
      detail,
    });
  }

  /** A duplicate recognised by its URL before anything was fetched. */
  knownUrl(source: string, articleId: number, outlet: string | null, day: string | null): void {
    this.push({ status: "duplicate", source, outlet, day, articleId, detail: "URL already ingested" });
  }

  private push(row: Omit<OutcomeToRecord, "origin" | "feedId">): void {
    this.rows.push({ ...row, origin: this.context.origin, feedId: this.context.feedId ?? null });
    if (this.rows.length >= FLUSH_AT) this.flush();
  }

  flush(): void {
    const rows = this.rows;
    this.rows = [];
    // The ledger describes the ingest; a ledger that cannot be written (disk full, locked) must not fail it.
    try {
      const writing = this.record(rows);
      if (writing) {
        const caught = writing.catch(() => undefined);
        this.pending = this.pending.then(() => caught);
      }
    } catch {}
  }

  /** Resolves once every flushed row is written. */
  settled(): Promise<void> {
    return this.pending;
  }
}
