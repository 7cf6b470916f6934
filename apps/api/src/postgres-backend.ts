import type { ChanceryDatabase } from "@chancery/db";
import type { PostgresDatabase } from "@chancery/db/postgres";
import type { ExportSearch } from "@chancery/query";
import type { PostgresWrites } from "./context.js";
import { postgresReaders } from "./reads/postgres-readers.js";
import type { Readers } from "./reads/readers.js";

/** Where the API's PostgreSQL data lives: the primary (`CHANCERY_DB`) and, optionally, a replica to read from. */
export interface PostgresSetting {
  url: string;
  /** `CHANCERY_DB_READ`: every read goes there (a streaming replica); the primary when unset. */
  readUrl?: string | undefined;
}

/**
 * Opens the API's PostgreSQL side: the primary, whose committed migrations are applied on open as a SQLite file's
 * are, and which the routes that write write to; then the read address for the reads on this thread (change stamps,
 * coverage, exports) and the workers.
 */
export async function openPostgresBackend(setting: PostgresSetting): Promise<{
  database: ChanceryDatabase;
  readers: Readers;
  searchPages: (input: Record<string, unknown>) => Promise<ExportSearch>;
  readUrl: string;
  primary: PostgresDatabase;
  writes: PostgresWrites;
  close(): Promise<void>;
}> {
  const { openPostgres, postgresWriterFor } = await import("@chancery/db/postgres");
  const primary = await openPostgres(setting.url);
  const readUrl = setting.readUrl ?? setting.url;
  const readers = await postgresReaders(readUrl).catch(async (error) => {
    await primary.close();
    throw error;
  });
  const { openPostgresReads } = await import("@chancery/query/postgres");
  let primaryReads: ChanceryDatabase | undefined = readUrl === setting.url ? readers.database : undefined;
  return {
    ...readers,
    readUrl,
    primary,
    writes: {
      writer: postgresWriterFor(primary),
      reads: () => {
        primaryReads ??= openPostgresReads(setting.url);
        return primaryReads;
      },
    },
    close: async () => {
      if (primaryReads && primaryReads !== readers.database) primaryReads.close();
      await readers.close();
      await primary.close();
    },
  };
}
