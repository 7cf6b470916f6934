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

const migrationsFolder = fileURLToPath(new URL("../../drizzle-pg", import.meta.url));

/**
 * Connects to a PostgreSQL database and applies the committed PostgreSQL migrations (drizzle-pg/, generated from the
 * tables derived from the one schema), as `openDatabase` does for a SQLite file.
 */
export async function openPostgres(url: string): Promise<PostgresDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const db = drizzle(pool, { schema: tables });
  try {
    await migrate(db, { migrationsFolder });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { pool, db, close: () => pool.end() };
}
