import type { ChanceryDatabase } from "@chancery/db";
import type { ReadPool } from "./reads/pool.js";

/** What every route needs: the open database, its path (for the separate read-only SQL process) and settings. */
export interface AppContext {
  database: ChanceryDatabase;
  /** Runs the `@chancery/query` reads on worker threads with their own read-only connections. */
  reads: ReadPool;
  dbPath: string;
  token: string | undefined;
  uploadLimitBytes: number;
}
