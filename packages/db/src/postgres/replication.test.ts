import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChanceryDatabase, openDatabase } from "../open.js";
import { copySqliteToPostgres } from "../store/postgres-copy.js";
import { writerFor } from "../store/writer.js";
import { articleToStore } from "../testing.js";
import { postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "./cluster.js";
import { openPostgres, type PostgresDatabase } from "./open.js";

/* Two local servers with streaming replication between them: what is written on the primary is read on the replica. */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

serverTests("a streaming replica of the PostgreSQL primary", () => {
  let primary: ThrowawayCluster;
  let replica: ThrowawayCluster;
  let database: PostgresDatabase;
  let reader: pg.Pool;
  let dir: string;
  let source: ChanceryDatabase;

  beforeAll(async () => {
    primary = await startThrowawayCluster();
    database = await openPostgres(primary.url);
    replica = await startThrowawayCluster({ replicaOf: primary });
    reader = new pg.Pool({ connectionString: replica.url, max: 1 });
    dir = mkdtempSync(join(tmpdir(), "chancery-replica-"));
    source = openDatabase({ path: join(dir, "source.db") });
  }, 120_000);
  afterAll(async () => {
    await reader?.end();
    await database?.close();
    replica?.stop();
    primary?.stop();
    source?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const count = async (pool: pg.Pool, sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0]?.n);

  it("shows articles written on the primary, searchable, on the replica", { timeout: 60_000 }, async () => {
    const writer = writerFor(source);
    for (let i = 0; i < 5; i++)
      writer.storeArticles([articleToStore({ body: `Replicated article ${i} on Vietnam and Japan.` })]);
    await copySqliteToPostgres(source.sqlite, database);
    const articles = await eventually(
      () => count(reader, "SELECT count(*) AS n FROM articles"),
      (n) => n === 5,
    );
    expect(articles).toBe(5);
    const found = await count(
      reader,
      "SELECT count(*) AS n FROM articles WHERE search @@ to_tsquery('chancery', 'replicated & japan')",
    );
    expect(found).toBe(5);

    // A later write on the primary reaches the replica too.
    await database.pool.query("UPDATE meta SET value = '6' WHERE key = 'articles'");
    expect(
      await eventually(
        () => count(reader, "SELECT value AS n FROM meta WHERE key = 'articles'"),
        (n) => n === 6,
      ),
    ).toBe(6);
  });

  it("keeps a finished copy from being topped up with a source that changed since", async () => {
    writerFor(source).storeArticles([articleToStore({ body: "An article written after the copy." })]);
    await expect(copySqliteToPostgres(source.sqlite, database)).rejects.toThrow(/changed after it was copied/);
  });

  it("refuses writes on the replica", async () => {
    await expect(
      reader.query("INSERT INTO stories (article_count, created_at) VALUES (0, '2025-01-01')"),
    ).rejects.toThrow(/read-only transaction/);
  });
});
