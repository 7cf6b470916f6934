import { getTableColumns, is, sql } from "drizzle-orm";
import { getTableConfig as getPgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../open.js";
import * as sqliteSchema from "../schema/index.js";
import { postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "./cluster.js";
import { openPostgres, type PostgresDatabase } from "./open.js";
import * as pgModule from "./tables.js";

const sqliteTables = Object.entries(sqliteSchema as Record<string, unknown>).filter((e): e is [string, SQLiteTable] =>
  is(e[1], SQLiteTable),
);
const exportedPgTables = Object.entries(pgModule as Record<string, unknown>).filter((e): e is [string, PgTable] =>
  is(e[1], PgTable),
);

describe("the PostgreSQL schema derived from the one schema description", () => {
  it("exports a PostgreSQL table for every SQLite table, under the same name", () => {
    expect(exportedPgTables.map(([name]) => name).sort()).toEqual(sqliteTables.map(([name]) => name).sort());
  });

  it("gives every table the same columns, nullability, keys, indexes and foreign keys", () => {
    const pgByName = new Map(exportedPgTables.map(([name, table]) => [name, table]));
    for (const [name, table] of sqliteTables) {
      const s = getTableConfig(table);
      const p = getPgTableConfig(pgByName.get(name) as PgTable);
      expect(p.name).toBe(s.name);
      const shape = (cols: Record<string, { name: string; notNull: boolean; primary: boolean; hasDefault: boolean }>) =>
        Object.entries(cols).map(([key, c]) => [key, c.name, c.notNull, c.primary, c.hasDefault]);
      expect(shape(getTableColumns(pgByName.get(name) as PgTable))).toEqual(shape(getTableColumns(table)));
      expect(p.indexes.map((i) => i.config.name).sort()).toEqual(s.indexes.map((i) => i.config.name).sort());
      expect(p.foreignKeys.map((f) => f.getName()).sort()).toEqual(s.foreignKeys.map((f) => f.getName()).sort());
      expect(p.primaryKeys.map((k) => k.getName())).toEqual(s.primaryKeys.map((k) => k.getName()));
    }
  });

  it("declares every index the SQLite migrations create, so PostgreSQL has it too", () => {
    // An index made by a hand-written SQLite migration alone is missing from the derived PostgreSQL tables.
    // SQLite-only, each with its reason: person_roles' case-free role index (COLLATE NOCASE is SQLite's; the
    // PostgreSQL look-up folds case itself and probes person_roles_entity_idx).
    const sqliteOnly = new Set(["person_roles_entity_role_idx"]);
    const sqlite = openDatabase({ path: ":memory:" });
    const tableNames = new Set(sqliteTables.map(([, table]) => getTableConfig(table).name));
    const created = (
      sqlite.sqlite
        .prepare("SELECT name, tbl_name AS tableName FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        .all() as Array<{ name: string; tableName: string }>
    )
      .filter((i) => tableNames.has(i.tableName) && !sqliteOnly.has(i.name))
      .map((i) => i.name)
      .sort();
    sqlite.close();
    // A unique column is declared on the column (`.unique()`): PostgreSQL keeps it as a constraint of that name.
    const declared = sqliteTables.flatMap(([, table]) => [
      ...getTableConfig(table).indexes.map((i) => i.config.name),
      ...Object.values(getTableColumns(table)).flatMap((c) => (c.isUnique && c.uniqueName ? [c.uniqueName] : [])),
    ]);
    expect(created.filter((name) => !declared.includes(name))).toEqual([]);
  });
});

const serverTests = postgresSuitesRun() ? describe : describe.skip;

serverTests("the committed PostgreSQL migrations on a real server", () => {
  let cluster: ThrowawayCluster;
  let database: PostgresDatabase;
  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    database = await openPostgres(cluster.url);
  }, 60_000);
  afterAll(async () => {
    await database?.close();
    cluster?.stop();
  });

  it("create every table and column the SQLite migrations create, with the same nullability", async () => {
    const sqlite = openDatabase({ path: ":memory:" });
    const expected = new Map<string, string[]>();
    for (const [, table] of sqliteTables) {
      const name = getTableConfig(table).name;
      const columns = sqlite.sqlite.pragma(`table_info(${name})`) as Array<{
        name: string;
        notnull: number;
        pk: number;
      }>;
      expected.set(
        name,
        columns.map((c) => `${c.name} ${c.notnull || c.pk ? "not null" : "null"}`),
      );
    }
    sqlite.close();
    const { rows } = await database.pool.query<{ table_name: string; column_name: string; is_nullable: string }>(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    );
    const actual = new Map<string, string[]>();
    for (const r of rows) {
      // PostgreSQL's own machinery, as FTS5's tables are SQLite's: not part of the shared description.
      if (r.table_name === "articles" && r.column_name === "search") continue;
      const list = actual.get(r.table_name) ?? [];
      list.push(`${r.column_name} ${r.is_nullable === "YES" ? "null" : "not null"}`);
      actual.set(r.table_name, list);
    }
    // Compared as sets: SQLite appends a column added by a later migration, the derived table keeps schema order.
    for (const [table, columns] of expected) expect(actual.get(table)?.sort(), table).toEqual(columns.sort());
  });

  it("store and read back an article row: identity key, defaults, bytea and a foreign key that cascades", async () => {
    const { db } = database;
    const [story] = await db.insert(pgModule.stories).values({ createdAt: "2025-01-01T00:00:00Z" }).returning();
    const [article] = await db
      .insert(pgModule.articles)
      .values({
        contentHash: "hash:postgres",
        wordCount: 3,
        sourceFormat: "txt",
        ingestedAt: "2025-01-02T00:00:00Z",
        analyzerVersion: "test",
        storyId: story?.id,
        body: "Vietnam and Japan.",
        rawText: "Vietnam and Japan.",
      } as never)
      .returning();
    expect(article?.id).toBeGreaterThan(0);
    expect(article?.removedNoise).toBe("[]");
    await db
      .insert(pgModule.articleFingerprints)
      .values({ articleId: article?.id, minhash: Buffer.from([1, 2, 255]) } as never);
    const [fingerprint] = await db.select().from(pgModule.articleFingerprints);
    expect(Buffer.compare(fingerprint?.minhash as Buffer, Buffer.from([1, 2, 255]))).toBe(0);
    expect(fingerprint?.features).toBe("{}");
    await db.execute(sql`DELETE FROM articles WHERE id = ${article?.id}`);
    const left = await db.select().from(pgModule.articleFingerprints);
    expect(left).toHaveLength(0);
  });

  it("refuse a second article with the same content hash", async () => {
    const row = {
      contentHash: "hash:twice",
      wordCount: 1,
      sourceFormat: "txt",
      ingestedAt: "2025-01-02T00:00:00Z",
      analyzerVersion: "test",
      body: "Once.",
      rawText: "Once.",
    } as never;
    await database.db.insert(pgModule.articles).values(row);
    const refused = await database.db
      .insert(pgModule.articles)
      .values(row)
      .then(() => null)
      .catch((error: Error) => error);
    // drizzle wraps the driver's error; the server's reason is its cause.
    expect(String((refused?.cause as Error | undefined)?.message)).toMatch(/duplicate key value violates unique/);
  });
});
