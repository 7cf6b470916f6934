import { sql } from "drizzle-orm";
import type { ChanceryDatabase } from "../open.js";
import { ingestOutcomes } from "../schema/index.js";

/** One outcome for the coverage ledger, as the ingest pipeline, the URL fetcher and the feed poller report it. */
export type OutcomeToRecord = Omit<typeof ingestOutcomes.$inferInsert, "id" | "recordedAt">;

type Row = Required<Omit<typeof ingestOutcomes.$inferInsert, "id">>;
const columns = [
  "recordedAt",
  "origin",
  "status",
  "source",
  "outlet",
  "day",
  "reason",
  "detail",
  "articleId",
  "findings",
  "feedId",
] as const satisfies ReadonlyArray<keyof Row>;

const statements = new WeakMap<ChanceryDatabase["sqlite"], { run(row: Row): unknown }>();

/** One prepared single-row insert per connection: building a multi-row insert in JS cost more than running it. */
function insertStatement(database: ChanceryDatabase) {
  let statement = statements.get(database.sqlite);
  if (!statement) {
    const values = Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as unknown as Row;
    statement = database.db.insert(ingestOutcomes).values(values).prepare();
    statements.set(database.sqlite, statement);
  }
  return statement;
}

/**
 * Appends outcomes to the coverage ledger in one transaction. The ledger is a log: rows are never updated, and an
 * article deleted later keeps its row (its link set to null), so the day it was read still counts.
 * @example recordOutcomes(database, [{ origin: "url", status: "failed", source: url, reason: "timeout", … }]);
 */
/**
 * The ledger row of one outcome, the same on both backends. Typed as the whole row: a column added to the table fails
 * to compile here until it is set.
 */
export function outcomeRow(row: OutcomeToRecord, recordedAt: string): Row {
  return {
    recordedAt,
    origin: row.origin,
    status: row.status,
    source: row.source,
    outlet: row.outlet ?? null,
    day: row.day ?? null,
    reason: row.reason ?? null,
    detail: row.detail ?? null,
    articleId: row.articleId ?? null,
    findings: row.findings ?? 0,
    feedId: row.feedId ?? null,
  };
}

export function recordOutcomes(database: ChanceryDatabase, rows: readonly OutcomeToRecord[], at?: string): void {
  if (rows.length === 0) return;
  const recordedAt = at ?? new Date().toISOString();
  const statement = insertStatement(database);
  database.sqlite
    .transaction(() => {
      for (const row of rows) {
        statement.run(outcomeRow(row, recordedAt));
      }
    })
    .immediate();
}
