import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  copySqliteToPostgres,
  openPostgres,
  type PostgresDatabase,
  postgresSuitesRun,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * `chancery query --db postgres://…` through the built CLI: the API's PostgreSQL console (as chancery_reader, read
 * only, 2 s, 1,000 rows), answering as the SQLite console does on the same data and refusing with SQLite's words.
 */
const cli = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
if (!postgresSuitesRun()) console.log("chancery query on PostgreSQL: skipped, the PostgreSQL binaries are absent");
const serverTests = postgresSuitesRun() ? describe : describe.skip;

function chancery(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, "query", ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

serverTests("chancery query --db postgres://", () => {
  const fixture = temporaryFixtureDatabase();
  let cluster: ThrowawayCluster;
  let pg: PostgresDatabase;
  /** What a write would move: every table's row count, the totals and the sequences' positions. */
  const picture = async () => {
    const { rows: tables } = await pg.pool.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    const counts = await Promise.all(
      tables.map(async ({ tablename }) => {
        const { rows } = await pg.pool.query(`SELECT count(*)::integer AS n FROM "${tablename}"`);
        return `${tablename}=${rows[0]?.n}`;
      }),
    );
    const { rows: meta } = await pg.pool.query("SELECT key, value FROM meta ORDER BY key");
    const { rows: sequences } = await pg.pool.query(
      "SELECT sequencename, last_value FROM pg_sequences ORDER BY sequencename",
    );
    return { counts, meta, sequences };
  };
  let before: Awaited<ReturnType<typeof picture>>;

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build first`);
    cluster = await startThrowawayCluster();
    pg = await openPostgres(cluster.url);
    await copySqliteToPostgres(fixture.sqlite, pg);
    before = await picture();
  }, 120_000);
  afterAll(async () => {
    await pg?.close();
    cluster?.stop();
    fixture.dispose();
  });

  it("answers a SELECT with SQLite's rows, as JSON, CSV and a table, binding parameters", { timeout: 120_000 }, () => {
    const sql = (p: string) => `SELECT id, title, word_count FROM articles WHERE outlet = ${p} ORDER BY id`;
    const onPostgres = chancery(sql("$1"), "VietnamPlus", "--db", cluster.url, "--json");
    const onSqlite = chancery(sql("?"), "VietnamPlus", "--db", fixture.path, "--json");
    expect(onPostgres.stderr).toBe("");
    expect(onPostgres.code).toBe(0);
    const answer = JSON.parse(onPostgres.stdout);
    expect(answer.rows.length).toBeGreaterThan(0);
    const { elapsedMs: _, ...rest } = answer;
    const { elapsedMs: __, ...expected } = JSON.parse(onSqlite.stdout);
    expect(rest).toEqual(expected);
    const all = "SELECT id, title, outlet FROM articles ORDER BY id";
    expect(chancery(all, "--db", cluster.url, "--csv").stdout).toBe(
      chancery(all, "--db", fixture.path, "--csv").stdout,
    );
    const table = chancery(all, "--db", cluster.url);
    expect(table.code).toBe(0);
    expect(table.stdout).toBe(chancery(all, "--db", fixture.path).stdout);
    expect(table.stderr).toMatch(/^\d+ rows in \d+ ms\n$/);
  });

  it("caps the rows at --max-rows and says the answer was truncated", () => {
    const capped = JSON.parse(
      chancery("SELECT id FROM articles", "--db", cluster.url, "--json", "--max-rows", "2").stdout,
    );
    expect(capped.rows).toHaveLength(2);
    expect(capped.truncated).toBe(true);
  });

  it("refuses a write, a second statement and a long query with SQLite's messages, changing nothing", {
    timeout: 240_000,
  }, async () => {
    const cases = [
      "DELETE FROM articles",
      "INSERT INTO meta (key, value) VALUES ('x', 'y')",
      "UPDATE articles SET title = 'x'",
      "DROP TABLE articles",
      "SELECT 1; DELETE FROM articles",
      "SELECT count(*) FROM articles; UPDATE meta SET value = '0'",
    ];
    for (const sql of cases) {
      const onPostgres = chancery(sql, "--db", cluster.url);
      const onSqlite = chancery(sql, "--db", fixture.path);
      expect(onPostgres.code, sql).toBe(1);
      expect(onPostgres.stderr, sql).toMatch(/^chancery query: (Only statements that read|Send one statement)/);
      expect(onPostgres.stderr, sql).toBe(onSqlite.stderr);
      expect(onPostgres.stdout, sql).toBe("");
    }
    const endless = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r";
    const stopped = chancery(endless, "--db", cluster.url, "--timeout", "500");
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toBe(
      "chancery query: The query ran longer than 500 ms and was stopped. Narrow it with WHERE or LIMIT, or avoid queries that never end.\n",
    );
    expect(stopped.stderr).toBe(chancery(endless, "--db", fixture.path, "--timeout", "500").stderr);
    expect(await picture()).toEqual(before);
  });

  it("runs EXPLAIN, which SQLite's console allows, without running the statement", { timeout: 120_000 }, async () => {
    const explained = chancery("EXPLAIN SELECT count(*) FROM articles", "--db", cluster.url, "--json");
    expect(explained.stderr).toBe("");
    expect(JSON.parse(explained.stdout).columns).toEqual(["QUERY PLAN"]);
    const analysed = chancery("EXPLAIN ANALYZE DELETE FROM articles", "--db", cluster.url);
    expect(analysed.code).toBe(1);
    expect(analysed.stderr).toMatch(/would change the database|not allowed/i);
    expect(await picture()).toEqual(before);
  });
});
