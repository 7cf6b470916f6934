import { postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "@chancery/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest, pageFiles, seeds } from "../testing/served.js";
import { ReadPool } from "./pool.js";
import { postgresReaders } from "./postgres-readers.js";
import type { Readers } from "./readers.js";

/*
 * The read pool on PostgreSQL (issue 17) keeps answers until the writer's change stamp moves: a repeated read is not
 * computed again, and a write by another process (the CLI ingesting into the same database) is seen at once.
 * Under vitest the pool answers on the calling thread, so the readers it is given can count what they compute.
 */
const suite = postgresSuitesRun() ? describe : describe.skip;

suite("the read pool on PostgreSQL", () => {
  let cluster: ThrowawayCluster;
  let backend: Awaited<ReturnType<typeof postgresReaders>>;
  let pool: ReadPool;
  const computed = { listArticles: 0, overviewMetrics: 0 };

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    ingest(cluster.url, seeds);
    backend = await postgresReaders(cluster.url);
    const counting: Readers = {
      ...backend.readers,
      listArticles: (database, input) => {
        computed.listArticles++;
        return backend.readers.listArticles(database, input);
      },
      overviewMetrics: (database, input) => {
        computed.overviewMetrics++;
        return backend.readers.overviewMetrics(database, input);
      },
    };
    pool = new ReadPool(backend.database, { postgres: { url: cluster.url, readers: counting } });
  }, 180_000);

  afterAll(async () => {
    await pool?.close();
    await backend?.close();
    cluster?.stop();
  });

  const titles = async () =>
    (JSON.parse(await pool.json("listArticles", { limit: 100 })) as { items: Array<{ title: string }> }).items.map(
      (item) => item.title,
    );

  it("computes a repeated read once while nothing is written", async () => {
    const first = await titles();
    const again = await titles();
    expect(again).toEqual(first);
    expect(first).toHaveLength(5);
    expect(computed.listArticles).toBe(1);
    await Promise.all([pool.json("overviewMetrics", undefined), pool.json("overviewMetrics", undefined)]);
    expect(computed.overviewMetrics).toBe(1);
  });

  it("answers with an article another process stored, computed again after the stamp moved", async () => {
    const before = computed.listArticles;
    ingest(cluster.url, pageFiles().find((file) => file.endsWith(".html")) ?? "");
    const after = await titles();
    expect(after).toHaveLength(6);
    expect(computed.listArticles).toBe(before + 1);
    const overview = JSON.parse(await pool.json("overviewMetrics", undefined)) as { articles: number };
    expect(overview.articles).toBe(6);
  });
});
