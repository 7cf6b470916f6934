import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { resolveDatabasePath } from "./paths.js";
import * as schema from "./schema/index.js";

export type Db = BetterSQLite3Database<typeof schema>;

export interface ChanceryDatabase {
  /** The raw connection, for prepared statements on hot paths and transactions. */
  sqlite: Database.Database;
  db: Db;
  path: string;
  close(): void;
}

const migrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

/**
 * Opens (and creates) the database read-write, applying committed migrations.
 * @example const { db, close } = openDatabase({ path: "data/chancery.db" });
 */
export function openDatabase(options: { path?: string } = {}): ChanceryDatabase {
  const path = options.path === ":memory:" ? ":memory:" : resolveDatabasePath(options.path);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { sqlite, db, path, close: () => sqlite.close() };
}

/**
 * Opens an existing database for reading only: `readonly` at the driver and `query_only` in SQLite,
 * so nothing sent through this connection can change the file.
 */
export function openReadOnlyDatabase(options: { path?: string } = {}): ChanceryDatabase {
  const path = resolveDatabasePath(options.path);
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("query_only = ON");
  const db = drizzle(sqlite, { schema });
  return { sqlite, db, path, close: () => sqlite.close() };
}
