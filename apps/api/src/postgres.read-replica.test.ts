import {
  connectPostgres,
  type PostgresDatabase,
  postgresSuitesRun,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest, pageFiles, seeds, serve } from "./testing/served.js";

/*
 * CHANCERY_DB_READ (issue 17): the API reads from a streaming replica of the primary named by CHANCERY_DB, and shows
 * what is written on the primary as soon as the replica has replayed it.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

serverTests("the API reading from a PostgreSQL replica", () => {
  let primary: ThrowawayCluster;
  let replica: ThrowawayCluster;
  let api: Awaited<ReturnType<typeof serve>>;
  let onPrimary: PostgresDatabase;
  let onReplica: PostgresDatabase;

  beforeAll(async () => {
    primary = await startThrowawayCluster();
    ingest(primary.url, seeds);
    replica = await startThrowawayCluster({ replicaOf: primary });
    api = await serve({ CHANCERY_DB: primary.url, CHANCERY_DB_READ: replica.url });
    onPrimary = connectPostgres(primary.url, 1);
    onReplica = connectPostgres(replica.url, 1);
  }, 180_000);

  afterAll(async () => {
    api?.stop();
    await onPrimary?.close();
    await onReplica?.close();
    replica?.stop();
    primary?.stop();
  });

  const get = async <T>(path: string) => (await (await fetch(`${api.url}${path}`)).json()) as T;
  const readers = async (database: PostgresDatabase) =>
    Number(
      (
        await database.pool.query<{ n: string }>(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'chancery reads'",
        )
      ).rows[0]?.n,
    );

  it("opens its read connections on the replica, none on the primary", { timeout: 60_000 }, async () => {
    expect((await get<{ articles: number }>("/api/metrics/overview")).articles).toBe(5);
    // Asked now, so the answer cache holds a list that the next test's write must replace.
    expect((await get<{ items: unknown[] }>("/api/articles?limit=100")).items).toHaveLength(5);
    expect(await readers(onReplica)).toBeGreaterThan(0);
    expect(await readers(onPrimary)).toBe(0);
    const console = await fetch(`${api.url}/api/query`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sql: "SELECT pg_is_in_recovery() AS replica" }),
    });
    // The console gives booleans as SQLite does, 1 for true.
    expect(((await console.json()) as { rows: unknown[][] }).rows).toEqual([[1]]);
  });

  it("shows an article written on the primary once the replica has it", { timeout: 120_000 }, async () => {
    const page = pageFiles().find((file) => file.endsWith(".html")) ?? "";
    ingest(primary.url, page);
    const written = (
      await onPrimary.pool.query<{ title: string }>("SELECT title FROM articles ORDER BY id DESC LIMIT 1")
    ).rows[0]?.title;
    expect(written).toBeTruthy();
    const overview = await eventually(
      () => get<{ articles: number }>("/api/metrics/overview"),
      (metrics) => metrics.articles === 6,
    );
    expect(overview.articles).toBe(6);
    const list = await get<{ items: Array<{ title: string }> }>("/api/articles?limit=100");
    expect(list.items.map((item) => item.title)).toContain(written);
    const word = (written ?? "").split(/\W+/).find((w) => w.length > 5) ?? "";
    const found = await get<{ total: number }>(`/api/search?q=${encodeURIComponent(word)}`);
    expect(found.total).toBeGreaterThan(0);
  });
});
