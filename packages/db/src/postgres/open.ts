import { fileURLToPath } from "node:url";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as tables from "./tables.js";

export type PostgresDb = NodePgDatabase<typeof tables>;

export interface PostgresDatabase {
  pool: pg.Pool;
  db: PostgresDb;
  close(): Promise<void>;
}

/** The advisory lock class (first key) held while migrations are applied. */
const MIGRATIONS_LOCK = 0x43480000;

const migrationsFolder = fileURLToPath(new URL("../../drizzle-pg", import.meta.url));

/**
 * Connects to a PostgreSQL database and applies the committed PostgreSQL migrations (drizzle-pg/, generated from the
 * tables derived from the one schema), as `openDatabase` does for a SQLite file.
 */
export async function openPostgres(url: string): Promise<PostgresDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = drizzle(pool, { schema: tables });
  try {
    // Several ingest processes may open one new database at once: one applies the migrations, the others wait.
    const lock = await pool.connect();
    try {
      await lock.query("SELECT pg_advisory_lock($1, 0)", [MIGRATIONS_LOCK]);
      await migrate(db, { migrationsFolder });
    } finally {
      await lock.query("SELECT pg_advisory_unlock($1, 0)", [MIGRATIONS_LOCK]).catch(() => undefined);
      lock.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { pool, db, close: () => pool.end() };
}

/**
 * Connects to a PostgreSQL database without applying migrations: for a streaming replica, which refuses writes, or
 * a reader of a database another process keeps migrated.
 */
export function connectPostgres(url: string, max = 4): PostgresDatabase {
  const pool = new pg.Pool({ connectionString: url, max });
  return { pool, db: drizzle(pool, { schema: tables }), close: () => pool.end() };
}
