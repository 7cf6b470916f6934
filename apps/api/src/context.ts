import type { ChanceryDatabase } from "@chancery/db";

/** What every route needs: the open database, its path (for the separate read-only SQL process) and settings. */
export interface AppContext {
  database: ChanceryDatabase;
  dbPath: string;
  token: string | undefined;
  uploadLimitBytes: number;
}
