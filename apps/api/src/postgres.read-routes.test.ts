import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openReadOnlyDatabase } from "@chancery/db";
import {
  connectPostgres,
  postgresSuitesRun,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreed, answer, type Labels, labelsOf, readRequests } from "./testing/backend-answers.js";
import { ingest, pageFiles, seeds, serve } from "./testing/served.js";

/*
 * The API on PostgreSQL (issue 17): the seeds and the test pages ingested into SQLite and into a throwaway
 * PostgreSQL through the CLI, the built API started on each, and every read route asked the same questions.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

serverTests("the API on PostgreSQL", () => {
  let cluster: ThrowawayCluster;
  let dir: string;
  let sqliteApi: Awaited<ReturnType<typeof serve>>;
  let postgresApi: Awaited<ReturnType<typeof serve>>;
  let onSqlite: Labels;
  let onPostgres: Labels;

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    dir = mkdtempSync(join(tmpdir(), "chancery-api-backends-"));
    const file = join(dir, "chancery.db");
    ingest(file, seeds, ...pageFiles());
    ingest(cluster.url, seeds, ...pageFiles());
    [sqliteApi, postgresApi] = await Promise.all([serve({ CHANCERY_DB: file }), serve({ CHANCERY_DB: cluster.url })]);
    const sqlite = openReadOnlyDatabase({ path: file });
    onSqlite = await labelsOf(async (sql) => sqlite.sqlite.prepare(sql).all() as Array<Record<string, unknown>>);
    sqlite.close();
    const postgres = connectPostgres(cluster.url, 1);
    onPostgres = await labelsOf(async (sql) => (await postgres.pool.query(sql)).rows);
    await postgres.close();
  }, 240_000);

  afterAll(() => {
    sqliteApi?.stop();
    postgresApi?.stop();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(readRequests.map((request) => [request.path(() => 0), request] as const))(
    "answers %s as on SQLite",
    async (_, request) => {
      const [fromSqlite, fromPostgres] = await Promise.all([
        answer(sqliteApi.url, request, onSqlite),
        answer(postgresApi.url, request, onPostgres),
      ]);
      expect(fromSqlite.status).toBe(200);
      expect(fromPostgres.status).toBe(200);
      expect(agreed(fromPostgres.body, onPostgres, request)).toEqual(agreed(fromSqlite.body, onSqlite, request));
    },
  );

  it("follows a list's cursor to the same next page", async () => {
    for (const path of ["/api/entities?sort=name&limit=7", "/api/articles?limit=9", "/api/quotes?limit=6"]) {
      const next = async (base: string) => {
        const first = (await (await fetch(`${base}${path}`)).json()) as { nextCursor: string };
        return (await fetch(`${base}${path}&cursor=${first.nextCursor}`)).json();
      };
      const request = { kind: path.includes("entities") ? "entity" : path.includes("quotes") ? "quote" : "article" };
      const [a, b] = await Promise.all([next(sqliteApi.url), next(postgresApi.url)]);
      expect(agreed(b, onPostgres, { ...request, path: () => path } as never)).toEqual(
        agreed(a, onSqlite, { ...request, path: () => path } as never),
      );
    }
  });

  it("describes the same tables, columns and row counts, each backend with its own column types", async () => {
    type Described = {
      tables: Array<{ name: string; rowCount: number; description: string; columns: Array<{ name: string }> }>;
    };
    const shape = (schema: Described, own: RegExp) =>
      schema.tables
        .filter((table) => !own.test(table.name))
        .map((table) => ({
          name: table.name,
          rowCount: table.rowCount,
          description: table.description,
          // By name: SQLite appends a column added by a later migration, the derived table keeps schema order.
          columns: table.columns
            .map((column) => column.name)
            .filter((name) => !own.test(name))
            .sort(),
        }));
    const [a, b] = await Promise.all([
      fetch(`${sqliteApi.url}/api/schema`).then((r) => r.json() as Promise<Described>),
      fetch(`${postgresApi.url}/api/schema`).then((r) => r.json() as Promise<Described>),
    ]);
    // Each backend's own full text: FTS5's virtual table on SQLite, the `search` tsvector on PostgreSQL.
    const sqliteShape = shape(a, /^articles_fts$/);
    expect(sqliteShape.length).toBeGreaterThan(10);
    expect(shape(b, /^search$/)).toEqual(sqliteShape);
    expect(b.tables.find((t) => t.name === "articles")?.columns.find((c) => c.name === "id")).toMatchObject({
      type: "bigint",
      notNull: true,
      primaryKey: true,
    });
  });

  it("answers a missing entity and a bad cursor with the errors SQLite gives", async () => {
    for (const path of ["/api/entities/999999", "/api/articles/999999", "/api/articles?cursor=garbage!"]) {
      const [a, b] = await Promise.all([fetch(`${sqliteApi.url}${path}`), fetch(`${postgresApi.url}${path}`)]);
      expect(b.status).toBe(a.status);
      expect(await b.json()).toEqual(await a.json());
    }
  });

  it("runs the SQL console on PostgreSQL as the read-only role, refusing writes", async () => {
    const run = async (sql: string) =>
      fetch(`${postgresApi.url}/api/query`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sql }),
      });
    const who = await run("SELECT current_user AS who");
    expect(((await who.json()) as { rows: unknown[][] }).rows).toEqual([["chancery_reader"]]);
    const refused = await run("DELETE FROM articles");
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("sql_refused");
  });

  it("refuses a write no route serves on PostgreSQL with 501, naming why", async () => {
    const writes: Array<[string, string]> = [
      ["PUT", "/api/feeds/1"],
      ["PATCH", "/api/articles/1"],
    ];
    for (const [method, path] of writes) {
      const response = await fetch(`${postgresApi.url}${path}`, {
        method,
        headers: { "content-type": "application/json" },
        body: method === "POST" ? "{}" : undefined,
      });
      expect(response.status).toBe(501);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("not_supported");
      expect(body.error.message).toMatch(
        /PostgreSQL the API serves reads, uploads, corrections, follows and feeds only/,
      );
    }
  });
});
