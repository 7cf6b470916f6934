import type { ChanceryDatabase } from "@chancery/db";
import type { ExportSearch } from "@chancery/query";
import { type Readers, readers } from "./readers.js";

/**
 * The reads on PostgreSQL (issue 17): every read through `openPostgresReads` (the same query functions, their SQL
 * rewritten by @chancery/query's dialect.ts and run synchronously), except search, which has its own PostgreSQL form.
 * Loaded only for a `postgres://` database, so a SQLite server never loads the PostgreSQL driver.
 */
export async function postgresReaders(url: string): Promise<{
  database: ChanceryDatabase;
  readers: Readers;
  searchPages: (input: Record<string, unknown>) => Promise<ExportSearch>;
  close(): Promise<void>;
}> {
  const { openPostgresReads, searchPagesPostgres, searchPostgres } = await import("@chancery/query/postgres");
  const { connectPostgres } = await import("@chancery/db/postgres");
  const database = openPostgresReads(url);
  const searching = connectPostgres(url, 2);
  return {
    database,
    readers: { ...readers, search: (_, input) => searchPostgres(searching, input) },
    searchPages: (input) => searchPagesPostgres(searching, input),
    close: async () => {
      database.close();
      await searching.close();
    },
  };
}
