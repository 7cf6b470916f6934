import type { PostgresDatabase, ThrowawayCluster } from "@chancery/db/postgres";
import { copySqliteToPostgres, openPostgres, postgresSuitesRun, startThrowawayCluster } from "@chancery/db/postgres";
import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReadOnlyPostgresSql } from "./postgres.js";
import { SqlResult } from "./run.js";

/*
 * The SQL console on PostgreSQL: every escape attempt SQLite's console refuses (run.test.ts), in PostgreSQL's words,
 * plus the ones only PostgreSQL offers (files, roles, settings, sequences); the database unchanged after all of them.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

const refused: Array<[string, RegExp]> = [
  ["INSERT INTO meta (key, value) VALUES ('x', 'y')", /would change the database/],
  ["UPDATE articles SET title = 'x'", /would change the database/],
  ["DELETE FROM articles", /would change the database/],
  ["DROP TABLE articles", /would change the database/],
  ["CREATE TABLE evil (x int)", /would change the database/],
  ["INSERT INTO meta (key, value) VALUES ('x', 'y') RETURNING *", /would change the database/],
  ["WITH x AS (DELETE FROM articles RETURNING id) SELECT * FROM x", /would change the database/],
  ["TRUNCATE articles", /would change the database/],
  ["SELECT 1; SELECT 2", /one statement at a time/],
  ["SELECT 1; DROP TABLE articles", /one statement at a time/],
  ["BEGIN", /would change the database/],
  ["", /no SQL/],
  ["-- only a comment", /no SQL/],
  ["COPY articles TO PROGRAM 'touch /tmp/chancery-escaped'", /COPY is not allowed/],
  ["COPY articles TO '/tmp/chancery-escaped'", /COPY is not allowed/],
  ["SET ROLE chancery", /SET is not allowed/],
  ["SET default_transaction_read_only = off", /SET is not allowed/],
  ["DO $$ BEGIN DELETE FROM articles; END $$", /DO blocks are not allowed/],
  ["SELECT set_config('role', 'chancery', true)", /not allowed|permission denied/i],
  ["SELECT set_config('transaction_read_only', 'off', true)", /not allowed|read-write|read-only/i],
  ["SELECT pg_read_file('/etc/passwd')", /not allowed|permission denied/i],
  ["SELECT lo_import('/etc/passwd')", /not allowed|permission denied|read-only|would change/i],
  ["SELECT nextval('articles_id_seq')", /would change the database|not allowed|permission denied/i],
  ["SELECT * FROM pg_authid", /not allowed|permission denied/i],
];

serverTests("runReadOnlyPostgresSql", () => {
  const fixture = temporaryFixtureDatabase();
  let cluster: ThrowawayCluster;
  let pg: PostgresDatabase;
  let reader: string;
  /** What a write would move: row counts of every table, sequences and the meta totals. */
  const picture = async () =>
    (
      await pg.pool.query(`SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM meta) AS meta,
        (SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM meta) AS totals,
        (SELECT last_value FROM articles_id_seq) AS seq, (SELECT count(*) FROM pg_tables WHERE schemaname = 'public') AS tables,
        (SELECT count(*) FROM pg_largeobject_metadata) AS large_objects`)
    ).rows[0];
  let before: unknown;

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    pg = await openPostgres(cluster.url);
    await copySqliteToPostgres(fixture.sqlite, pg);
    reader = cluster.url.replace("//chancery@", "//chancery_reader@");
    before = await picture();
  }, 60_000);
  afterAll(async () => {
    await pg?.close();
    cluster?.stop();
    fixture.dispose();
  });

  it("answers a read with columns, rows and no truncation, binding parameters", async () => {
    const result = SqlResult.parse(
      await runReadOnlyPostgresSql(reader, "SELECT id, title FROM articles WHERE outlet = $1 ORDER BY id", [
        "VietnamPlus",
      ]),
    );
    expect(result.columns).toEqual(["id", "title"]);
    expect(result.rows).toHaveLength(2);
    expect(typeof result.rows[0]?.[0]).toBe("number");
    expect(result.truncated).toBe(false);
  });

  it("gives blobs as base64, booleans as 1/0 and big integers as text, as SQLite's console does", async () => {
    const result = await runReadOnlyPostgresSql(
      reader,
      "SELECT $1::int + 1 AS n, '\\x00ff'::bytea AS b, true AS t, 9007199254740993::bigint AS big",
      [41],
    );
    expect(result.rows).toEqual([[42, "AP8=", 1, "9007199254740993"]]);
  });

  it("caps rows at the limit and says truncated", async () => {
    const result = await runReadOnlyPostgresSql(reader, "SELECT x FROM generate_series(1, 5000) x", undefined, {
      maxRows: 1000,
    });
    expect(result.rowCount).toBe(1000);
    expect(result.truncated).toBe(true);
  });

  it.each(refused)("refuses %s with a clear message", async (sql, message) => {
    await expect(runReadOnlyPostgresSql(reader, sql)).rejects.toThrow(message);
  });

  it("reports SQL errors as sql_error", async () => {
    await expect(runReadOnlyPostgresSql(reader, "SELECT * FROM nowhere")).rejects.toMatchObject({ code: "sql_error" });
  });

  it("stops a query that never ends within the limit", async () => {
    const started = Date.now();
    await expect(
      runReadOnlyPostgresSql(reader, "SELECT count(*) FROM generate_series(1, 1e12)", undefined, { timeoutMs: 500 }),
    ).rejects.toMatchObject({ code: "sql_timeout" });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("refuses to run when connected as a stronger user than chancery_reader", async () => {
    await expect(runReadOnlyPostgresSql(cluster.url, "SELECT 1")).rejects.toThrow(/must connect as chancery_reader/);
  });

  it("leaves the database unchanged whatever is sent", async () => {
    expect(await picture()).toEqual(before);
  });
});
