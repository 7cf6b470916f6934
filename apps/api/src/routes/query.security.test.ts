import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { SqlResult } from "@chancery/query";
import { afterAll, describe, expect, it } from "vitest";
import { ErrorBody } from "../errors.js";
import { testApp } from "../testing/test-app.js";

const { app, database, dispose } = testApp();
database.sqlite.pragma("wal_checkpoint(TRUNCATE)");
const fileHash = () => createHash("sha256").update(readFileSync(database.path)).digest("hex");
const before = fileHash();
afterAll(dispose);

const run = (sql: string, params?: unknown) =>
  app.request("/api/query", {
    method: "POST",
    body: JSON.stringify({ sql, params }),
    headers: { "Content-Type": "application/json" },
  });

const escapes = [
  "INSERT INTO meta (key, value) VALUES ('pwned', '1')",
  "UPDATE articles SET body = ''",
  "DELETE FROM articles",
  "DROP TABLE articles",
  "ALTER TABLE articles ADD COLUMN x",
  "CREATE TABLE t (x)",
  "CREATE TEMP TABLE t AS SELECT 1",
  "ATTACH DATABASE '/tmp/chancery-escape.db' AS escape",
  "PRAGMA writable_schema = 1",
  "PRAGMA journal_mode = DELETE",
  "VACUUM INTO '/tmp/chancery-copy.db'",
  "SELECT load_extension('libevil')",
  "SELECT 1; DELETE FROM articles",
  "WITH doomed AS (SELECT id FROM articles) DELETE FROM articles WHERE id IN (SELECT id FROM doomed)",
  "INSERT INTO meta VALUES ('k', 'v') RETURNING key",
  "BEGIN; DELETE FROM articles; COMMIT",
  "REINDEX",
  "ANALYZE",
  "DETACH main",
  "SAVEPOINT s",
];

describe("POST /api/query", () => {
  it("answers a read with rows", async () => {
    const response = await run(
      "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet",
    );
    expect(response.status).toBe(200);
    const result = SqlResult.parse(await response.json());
    expect(result.rows[0]).toEqual(["VietnamPlus", 2]);
  });

  it("caps at 1,000 rows with truncated: true", async () => {
    const response = await run(
      "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 1500) SELECT x FROM c",
    );
    const result = SqlResult.parse(await response.json());
    expect(result).toMatchObject({ rowCount: 1000, truncated: true });
  });

  it.each(escapes)("refuses %s", async (sql) => {
    const response = await run(sql);
    expect(response.status).toBe(400);
    const body = ErrorBody.parse(await response.json());
    expect(["sql_refused", "sql_error"]).toContain(body.error.code);
  });

  it("stops a recursive CTE that never ends within the limit while other requests are served", async () => {
    const started = Date.now();
    const forever = run("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c");
    const crossJoin = run(
      "SELECT count(*) FROM articles a, articles b, articles c, articles d, articles e, articles f, articles g, articles h, articles i, articles j, articles k, articles l",
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const healthStarted = Date.now();
    const health = await app.request("/api/health");
    expect(health.status).toBe(200);
    expect(Date.now() - healthStarted).toBeLessThan(500);
    const list = await app.request("/api/articles?limit=2");
    expect(list.status).toBe(200);
    for (const pending of [forever, crossJoin]) {
      const response = await pending;
      expect(response.status).toBe(400);
      expect(ErrorBody.parse(await response.json()).error.code).toBe("sql_timeout");
    }
    expect(Date.now() - started).toBeLessThan(3500);
  });

  it("survives randomblob(1e9) without taking the server down", async () => {
    const response = await run("SELECT length(randomblob(1e9))");
    expect(response.status).toBeLessThan(500);
    expect((await app.request("/api/health")).status).toBe(200);
  });

  it("leaves the database file byte-for-byte unchanged", () => {
    expect(fileHash()).toBe(before);
  });
});
