import { type ChanceryDatabase, CorrectionLog, type LoggedCorrection } from "@chancery/db";
import { prepared } from "../statements.js";

/**
 * The whole corrections log in order, undos included, as the file `chancery corrections import` reads: another
 * database that ingested the same articles gets the same corrected picture from it.
 */
export function exportCorrections(database: ChanceryDatabase): CorrectionLog {
  const rows = prepared(
    database.sqlite,
    "SELECT id, kind, target, payload, author, reason, created_at AS createdAt FROM corrections ORDER BY id",
  ).all() as Array<Omit<LoggedCorrection, "target" | "payload"> & { target: string; payload: string }>;
  return {
    format: "chancery-corrections",
    version: 1,
    exportedAt: new Date().toISOString(),
    corrections: rows.map((row) => ({ ...row, target: JSON.parse(row.target), payload: JSON.parse(row.payload) })),
  };
}

export { CorrectionLog };
