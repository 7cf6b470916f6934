import type Database from "better-sqlite3";
import { is } from "drizzle-orm";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import pg from "pg";
import { inReferenceOrder } from "../postgres/derive.js";
import type { PostgresDatabase } from "../postgres/open.js";
import * as sqliteSchema from "../schema/index.js";

/*
 * The one writer's PostgreSQL side (every write to either backend lives in src/store/):
 * `chancery migrate --to postgres://…`: a SQLite database copied into PostgreSQL, table by table in reference order,
 * each table in batches ordered by rowid. Every batch is one PostgreSQL transaction that also records how far the
 * table has been copied (chancery_copy_progress), so a copy killed at any point resumes after its last committed batch
 * and never writes a row twice. The source is read inside one read transaction, so it is copied as of one moment even
 * while an ingest writes to it. FTS5 tables and SQLite's triggers are SQLite's own machinery and are not copied;
 * the totals they kept are, as rows of `meta` and `stories`.
 *
 * `chancery migrate --from postgres://…` is the way back (copyPostgresToSqlite): the same tables in the same order,
 * each read in primary-key order inside one read-only snapshot, every batch one SQLite transaction with its progress.
 */

export interface TableCopied {
  table: string;
  /** Rows in the source table. */
  rows: number;
  /** Rows this run copied (fewer than `rows` when resuming). */
  copiedNow: number;
}

export interface CopyOptions {
  /** Rows per batch (per PostgreSQL transaction); the default keeps a batch under PostgreSQL's 65,535 parameters. */
  batchRows?: number;
  /** Called after each committed batch. */
  onBatch?: (table: string, copied: number, rows: number) => void;
  /** Stops the copy after the batch in progress; the next run resumes from there. */
  signal?: AbortSignal;
}

interface TablePlan {
  name: string;
  columns: string[];
  /** Integer primary key columns, whose identity sequences must continue after the copied ids. */
  identities: string[];
  primaryKey: string[];
}

function plans(): TablePlan[] {
  const tables = Object.values(sqliteSchema as Record<string, unknown>).filter((t): t is SQLiteTable =>
    is(t, SQLiteTable),
  );
  return inReferenceOrder(tables).map((table) => {
    const config = getTableConfig(table);
    const primary = config.columns.filter((c) => c.primary).map((c) => c.name);
    const composite = config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
    return {
      name: config.name,
      columns: config.columns.map((c) => c.name),
      identities: config.columns.filter((c) => c.primary && c.columnType === "SQLiteInteger").map((c) => c.name),
      primaryKey: primary.length > 0 ? primary : composite,
    };
  });
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const PROGRESS = "chancery_copy_progress";

export class CopyRefusedError extends Error {
  override name = "CopyRefusedError";
}

/** Copies every table of `source` into `target` (already migrated by `openPostgres`), resuming a copy left unfinished. */
export async function copySqliteToPostgres(
  source: Database.Database,
  target: PostgresDatabase,
  options: CopyOptions = {},
): Promise<TableCopied[]> {
  const { pool } = target;
  await pool.query(
    `CREATE TABLE IF NOT EXISTS ${PROGRESS} (table_name text PRIMARY KEY, last_rowid bigint NOT NULL, finished boolean NOT NULL DEFAULT false)`,
  );
  const progress = new Map(
    (
      await pool.query<{ table_name: string; last_rowid: string; finished: boolean }>(`SELECT * FROM ${PROGRESS}`)
    ).rows.map((r) => [r.table_name, { last: BigInt(r.last_rowid), finished: r.finished }]),
  );
  const tables = plans();
  if (progress.size === 0) {
    // A database someone already filled (by an ingest on PostgreSQL, or another copy) is never merged into.
    for (const t of tables) {
      const { rows } = await pool.query(`SELECT 1 FROM ${quote(t.name)} LIMIT 1`);
      if (rows.length > 0) {
        throw new CopyRefusedError(
          `the PostgreSQL database already holds rows in ${t.name} that no earlier copy wrote; copy into an empty database`,
        );
      }
    }
  }
  const perBatch = options.batchRows ?? 500;
  const results: TableCopied[] = [];
  // One read transaction: every table is read as of the same moment.
  source.prepare("BEGIN").run();
  try {
    for (const t of tables) {
      const rows = (source.prepare(`SELECT count(*) AS n FROM ${quote(t.name)}`).get() as { n: number }).n;
      const state = progress.get(t.name);
      let last = state?.last ?? 0n;
      let copiedNow = 0;
      if (state?.finished) {
        // Rows added since are not copied on top: rows that changed (totals, counts) would be left stale beside them.
        const newer = source
          .prepare(`SELECT count(*) FROM ${quote(t.name)} WHERE rowid > ?`)
          .pluck()
          .get(state.last);
        if (Number(newer) > 0)
          throw new CopyRefusedError(
            `the SQLite database changed after it was copied (${t.name} has ${newer} newer rows); copy it into an empty PostgreSQL database`,
          );
      } else {
        const columnList = t.columns.map(quote).join(", ");
        // Counted once per table, so progress costs nothing per batch.
        const already = state ? Number(await copiedSoFar(target, t.name)) : 0;
        const batch = Math.max(1, Math.min(perBatch, Math.floor(60_000 / t.columns.length)));
        const read = source
          .prepare(`SELECT rowid, ${columnList} FROM ${quote(t.name)} WHERE rowid > ? ORDER BY rowid LIMIT ?`)
          .raw()
          .safeIntegers(true);
        for (;;) {
          if (options.signal?.aborted) return results;
          const page = read.all(last, batch) as unknown[][];
          if (page.length === 0) break;
          const values: unknown[] = [];
          const tuples = page.map((row) => {
            const start = values.length;
            values.push(...row.slice(1));
            return `(${t.columns.map((_, i) => `$${start + i + 1}`).join(", ")})`;
          });
          last = page.at(-1)?.[0] as bigint;
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            await client.query(`INSERT INTO ${quote(t.name)} (${columnList}) VALUES ${tuples.join(", ")}`, values);
            await client.query(
              `INSERT INTO ${PROGRESS} (table_name, last_rowid) VALUES ($1, $2)
               ON CONFLICT (table_name) DO UPDATE SET last_rowid = excluded.last_rowid`,
              [t.name, last],
            );
            await client.query("COMMIT");
          } catch (error) {
            await client.query("ROLLBACK").catch(() => undefined);
            throw new Error(`copying ${t.name} after rowid ${last}: ${(error as Error).message}`, { cause: error });
          } finally {
            client.release();
          }
          copiedNow += page.length;
          options.onBatch?.(t.name, already + copiedNow, rows);
        }
        // Ids given by PostgreSQL from now on continue after the copied ones.
        for (const column of t.identities) {
          await pool.query(
            `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT max(${quote(column)}) FROM ${quote(t.name)}), 1), (SELECT count(*) > 0 FROM ${quote(t.name)}))`,
            [quote(t.name), column],
          );
        }
        await pool.query(
          `INSERT INTO ${PROGRESS} (table_name, last_rowid, finished) VALUES ($1, $2, true)
           ON CONFLICT (table_name) DO UPDATE SET finished = true`,
          [t.name, last],
        );
      }
      results.push({ table: t.name, rows, copiedNow });
    }
  } finally {
    source.prepare("COMMIT").run();
  }
  return results;
}

async function copiedSoFar(target: PostgresDatabase, table: string): Promise<string> {
  const { rows } = await target.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`);
  return rows[0]?.n ?? "0";
}

export interface TableVerified {
  table: string;
  sourceRows: number;
  targetRows: number;
  sampled: number;
  /** Sampled rows missing or different in PostgreSQL, by primary key. */
  mismatches: string[];
}

/** A value as text, the same for both drivers: integers as decimal text, blobs as hex. */
function comparable(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (Buffer.isBuffer(value)) return `x${value.toString("hex")}`;
  return String(value);
}

/** Counts every table on both sides and compares a random sample of rows (`sample` per table) column by column. */
export async function verifyCopy(
  source: Database.Database,
  target: PostgresDatabase,
  sample = 50,
): Promise<TableVerified[]> {
  const out: TableVerified[] = [];
  for (const t of plans()) {
    const sourceRows = (source.prepare(`SELECT count(*) AS n FROM ${quote(t.name)}`).get() as { n: number }).n;
    const { rows: counted } = await target.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(t.name)}`);
    const targetRows = Number(counted[0]?.n ?? 0);
    const columnList = t.columns.map(quote).join(", ");
    const picked = source
      .prepare(`SELECT ${columnList} FROM ${quote(t.name)} ORDER BY random() LIMIT ?`)
      .raw()
      .safeIntegers(true)
      .all(sample) as unknown[][];
    const keyIndexes = t.primaryKey.map((k) => t.columns.indexOf(k));
    const where = t.primaryKey.map((k, i) => `${quote(k)} = $${i + 1}`).join(" AND ");
    const mismatches: string[] = [];
    for (const row of picked) {
      const key = keyIndexes.map((i) => row[i]);
      const { rows: found } = await target.pool.query({
        text: `SELECT ${columnList} FROM ${quote(t.name)} WHERE ${where}`,
        values: key,
        rowMode: "array",
      });
      const other = found[0] as unknown[] | undefined;
      const same = other !== undefined && row.every((value, i) => comparable(value) === comparable(other[i]));
      if (!same) mismatches.push(key.map(comparable).join(","));
    }
    out.push({ table: t.name, sourceRows, targetRows, sampled: picked.length, mismatches });
  }
  return out;
}

/*
 * The way back: PostgreSQL into a fresh SQLite database. The rows copied are exactly PostgreSQL's, totals and
 * summaries included, so SQLite's triggers (which would count every copied finding a second time on top of the copied
 * summaries, and which forbid writing corrections) must not fire: each batch's transaction drops them, writes the
 * batch and its progress, and creates them again before it commits, so a copy killed at any moment leaves a database
 * with all its triggers and whole batches only. The full-text index, which those triggers keep, is rebuilt from the
 * copied articles once every table is in.
 */

const SQLITE_PROGRESS = "chancery_copy_progress";
/** Rows a freshly migrated SQLite database already holds (the totals, at zero); the copy overwrites them. */
const FILLED_BY_MIGRATIONS = new Set(["meta"]);

/** PostgreSQL's 64-bit integers read as BigInt, so ids past 2^53 (LSH keys) reach SQLite intact. */
const exactIntegers = {
  getTypeParser: (oid: number, format?: string) =>
    oid === pg.types.builtins.INT8 ? (value: string) => BigInt(value) : pg.types.getTypeParser(oid, format as "text"),
};

/** Copies every table of `source` into the SQLite database `target` (fresh, migrated), resuming a copy left unfinished. */
export async function copyPostgresToSqlite(
  source: PostgresDatabase,
  target: Database.Database,
  options: CopyOptions = {},
): Promise<TableCopied[]> {
  target.exec(
    `CREATE TABLE IF NOT EXISTS ${SQLITE_PROGRESS} (table_name TEXT PRIMARY KEY, last_key TEXT NOT NULL, finished INTEGER NOT NULL DEFAULT 0)`,
  );
  const progress = new Map(
    (
      target.prepare(`SELECT table_name, last_key, finished FROM ${SQLITE_PROGRESS}`).all() as {
        table_name: string;
        last_key: string;
        finished: number;
      }[]
    ).map((r) => [r.table_name, { last: JSON.parse(r.last_key) as string[], finished: r.finished === 1 }]),
  );
  const tables = plans();
  if (progress.size === 0) {
    for (const t of tables) {
      if (FILLED_BY_MIGRATIONS.has(t.name)) continue;
      if (target.prepare(`SELECT 1 FROM ${quote(t.name)} LIMIT 1`).get() !== undefined) {
        throw new CopyRefusedError(
          `the SQLite database already holds rows in ${t.name} that no earlier copy wrote; copy into a new database file`,
        );
      }
    }
  }
  const triggers = target
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql IS NOT NULL ORDER BY name")
    .all() as { name: string; sql: string }[];
  const saveProgress = target.prepare(
    `INSERT INTO ${SQLITE_PROGRESS} (table_name, last_key, finished) VALUES (?, ?, ?)
     ON CONFLICT (table_name) DO UPDATE SET last_key = excluded.last_key, finished = excluded.finished`,
  );
  const perBatch = options.batchRows ?? 500;
  const results: TableCopied[] = [];
  const client = await source.pool.connect();
  try {
    // One snapshot for the whole run: every table read as of the same moment, even while PostgreSQL takes writes.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    for (const t of tables) {
      if (t.primaryKey.length === 0) throw new Error(`copying ${t.name}: the table has no primary key to page by`);
      const counted = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quote(t.name)}`);
      const rows = Number(counted.rows[0]?.n ?? 0);
      const state = progress.get(t.name);
      let copiedNow = 0;
      if (state?.finished) {
        const have = Number(
          target
            .prepare(`SELECT count(*) FROM ${quote(t.name)}`)
            .pluck()
            .get(),
        );
        if (have !== rows)
          throw new CopyRefusedError(
            `the PostgreSQL database changed after it was copied (${t.name} has ${rows} rows, the copy ${have}); copy it into a new database file`,
          );
        results.push({ table: t.name, rows, copiedNow });
        continue;
      }
      const columnList = t.columns.map(quote).join(", ");
      const keyList = t.primaryKey.map(quote).join(", ");
      const keyIndexes = t.primaryKey.map((k) => t.columns.indexOf(k));
      const nonKey = t.columns.filter((c) => !t.primaryKey.includes(c));
      const insert = `INSERT INTO ${quote(t.name)} (${columnList}) VALUES (${t.columns.map(() => "?").join(", ")})
        ON CONFLICT (${keyList}) DO ${nonKey.length === 0 ? "NOTHING" : `UPDATE SET ${nonKey.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(", ")}`}`;
      const writeBatch = target.transaction((page: unknown[][], lastKey: string) => {
        for (const trigger of triggers) target.exec(`DROP TRIGGER IF EXISTS ${quote(trigger.name)}`);
        const statement = target.prepare(insert);
        for (const row of page) statement.run(row);
        saveProgress.run(t.name, lastKey, 0);
        for (const trigger of triggers) target.exec(trigger.sql);
      });
      const already = state
        ? Number(
            target
              .prepare(`SELECT count(*) FROM ${quote(t.name)}`)
              .pluck()
              .get(),
          )
        : 0;
      let last: unknown[] | undefined = state?.last.length ? state.last.map((k) => savedKey(k)) : undefined;
      for (;;) {
        if (options.signal?.aborted) return results;
        const after = last ? `WHERE (${keyList}) > (${last.map((_, i) => `$${i + 1}`).join(", ")})` : "";
        const page = (
          await client.query({
            text: `SELECT ${columnList} FROM ${quote(t.name)} ${after} ORDER BY ${keyList} LIMIT ${perBatch}`,
            values: last ?? [],
            rowMode: "array",
            types: exactIntegers,
          })
        ).rows as unknown[][];
        if (page.length === 0) break;
        const lastRow = page.at(-1) as unknown[];
        last = keyIndexes.map((i) => lastRow[i]);
        try {
          writeBatch(page, JSON.stringify(last.map((k) => (typeof k === "bigint" ? `n${k}` : `s${String(k)}`))));
        } catch (error) {
          throw new Error(`copying ${t.name} back into SQLite: ${(error as Error).message}`, { cause: error });
        }
        copiedNow += page.length;
        options.onBatch?.(t.name, already + copiedNow, rows);
      }
      saveProgress.run(t.name, JSON.stringify([]), 1);
      results.push({ table: t.name, rows, copiedNow });
    }
  } finally {
    // Read only: ending the snapshot has nothing to keep.
    await client.query("ROLLBACK").catch(() => undefined);
    client.release();
  }
  // The full-text indexes are SQLite's own: rebuilt from the copied rows they index, then the copy is complete.
  target.transaction(() => {
    const indexes = target
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")
      .pluck()
      .all() as string[];
    for (const name of indexes) target.prepare(`INSERT INTO ${quote(name)} (${quote(name)}) VALUES ('rebuild')`).run();
    target.exec(`DROP TABLE ${SQLITE_PROGRESS}`);
  })();
  return results;
}

/** Keys are kept with their kind, so a text key "12" and an integer key 12 resume at the same place. */
function savedKey(saved: string): unknown {
  return saved.startsWith("n") ? BigInt(saved.slice(1)) : saved.slice(1);
}
