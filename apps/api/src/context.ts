import type { ChanceryDatabase } from "@chancery/db";
import type { PostgresDatabase, PostgresWriter } from "@chancery/db/postgres";
import type { ExportSearch, SqlLimits, SqlParams, SqlResult } from "@chancery/query";
import type { ReadPool } from "./reads/pool.js";

/** What every route needs: the open database, its path (for the separate read-only SQL process) and settings. */
export interface AppContext {
  database: ChanceryDatabase;
  /** On PostgreSQL, the primary (`CHANCERY_DB`): uploads write there, while `database` reads (`CHANCERY_DB_READ`). */
  primary?: PostgresDatabase | undefined;
  /** Runs the `@chancery/query` reads on worker threads with their own read-only connections. */
  reads: ReadPool;
  dbPath: string;
  /** Runs one read-only SQL statement on the backend the reads come from (the console and query exports). */
  runSql(sql: string, params: SqlParams | undefined, limits?: SqlLimits): Promise<SqlResult>;
  /** On PostgreSQL, whose search is asynchronous: the search export's pages, read ahead. */
  searchPages: ((input: Record<string, unknown>) => Promise<ExportSearch>) | undefined;
  /**
   * On PostgreSQL, the writes that run there: the primary's writer, and reads of the primary for their answers
   * (a replica given as CHANCERY_DB_READ may not have the new rows yet).
   */
  postgresWrites?: PostgresWrites | undefined;
  token: string | undefined;
  uploadLimitBytes: number;
}

/** The PostgreSQL primary's writer and its reads (`openPostgresBackend`). */
export interface PostgresWrites {
  writer: PostgresWriter;
  /** Opened on first use, so a server that writes nothing holds no read connection to the primary. */
  reads(): ChanceryDatabase;
}
