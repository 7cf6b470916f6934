import type { ChanceryDatabase } from "@chancery/db";
import type { ExportSearch, SqlLimits, SqlParams, SqlResult } from "@chancery/query";
import type { ReadPool } from "./reads/pool.js";

/** What every route needs: the open database, its path (for the separate read-only SQL process) and settings. */
export interface AppContext {
  database: ChanceryDatabase;
  /** Runs the `@chancery/query` reads on worker threads with their own read-only connections. */
  reads: ReadPool;
  dbPath: string;
  /** Runs one read-only SQL statement on the backend the reads come from (the console and query exports). */
  runSql(sql: string, params: SqlParams | undefined, limits?: SqlLimits): Promise<SqlResult>;
  /** On PostgreSQL, whose search is asynchronous: the search export's pages, read ahead. */
  searchPages: ((input: Record<string, unknown>) => Promise<ExportSearch>) | undefined;
  token: string | undefined;
  uploadLimitBytes: number;
}
