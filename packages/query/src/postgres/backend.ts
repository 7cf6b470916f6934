import type { ChanceryDatabase } from "@chancery/db";

/** The connections that are PostgreSQL behind the SQLite face (`openPostgresReads`), for the reads that ask the catalog. */
const onPostgres = new WeakSet<ChanceryDatabase>();

export function markPostgresReads(database: ChanceryDatabase): void {
  onPostgres.add(database);
}

/** True when `database` was opened by `openPostgresReads`. */
export function isPostgresReads(database: ChanceryDatabase): boolean {
  return onPostgres.has(database);
}
