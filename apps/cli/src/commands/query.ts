import { existsSync } from "node:fs";
import { resolveDatabasePath } from "@chancery/db";
import { QueryError, runReadOnlySql, type SqlResult, toCsv } from "@chancery/query";

export interface QueryCommandOptions {
  sql: string;
  params: string[];
  dbPath: string | undefined;
  /** A postgres:// address: the API's PostgreSQL console, logged in as `chancery_reader`, instead of a file. */
  postgresUrl?: string;
  format: "table" | "json" | "csv";
  timeoutMs: number | undefined;
  maxRows: number | undefined;
}

function cell(value: unknown): string {
  if (value === null) return "NULL";
  const text = String(value).replace(/\s+/g, " ");
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** `chancery query`: the same read-only runner as the API (SQLite's or PostgreSQL's), printed as a table, JSON or CSV. */
export async function runQueryCommand(options: QueryCommandOptions): Promise<number> {
  const limits = { timeoutMs: options.timeoutMs, maxRows: options.maxRows };
  let run: () => Promise<SqlResult>;
  if (options.postgresUrl) {
    const { consoleUrl, runReadOnlyPostgresSql } = await import("@chancery/query/postgres");
    const url = consoleUrl(options.postgresUrl);
    run = () => runReadOnlyPostgresSql(url, options.sql, options.params, limits);
  } else {
    const dbPath = resolveDatabasePath(options.dbPath);
    // Checked here because SQLite's own message names neither the file nor the fix, and a query must create nothing.
    if (!existsSync(dbPath)) {
      process.stderr.write(
        `chancery query: no database at ${dbPath}. Run \`npm start\` or \`npm run ingest -- seeds\` to create it, or pass --db FILE (or set CHANCERY_DB).\n`,
      );
      return 1;
    }
    run = () => runReadOnlySql(dbPath, options.sql, options.params, limits);
  }
  try {
    const result = await run();
    if (options.format === "json") {
      process.stdout.write(`${JSON.stringify(result)}\n`);
    } else if (options.format === "csv") {
      for (const chunk of toCsv(result.columns, result.rows)) process.stdout.write(chunk);
    } else {
      const rows = [result.columns, ...result.rows.map((row) => row.map(cell))];
      const widths = result.columns.map((_, i) => Math.max(...rows.map((row) => cell(row[i] ?? "").length)));
      const line = (row: unknown[]) => row.map((value, i) => String(value).padEnd(widths[i] ?? 0)).join(" | ");
      process.stdout.write(`${line(result.columns)}\n${widths.map((w) => "-".repeat(w)).join("-+-")}\n`);
      for (const row of rows.slice(1)) process.stdout.write(`${line(row)}\n`);
      process.stderr.write(
        `${result.rowCount} row${result.rowCount === 1 ? "" : "s"}${result.truncated ? " (truncated)" : ""} in ${result.elapsedMs.toFixed(0)} ms\n`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof QueryError) {
      process.stderr.write(`chancery query: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
