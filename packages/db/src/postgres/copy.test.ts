import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChanceryDatabase, openDatabase } from "../open.js";
import { CopyRefusedError, copySqliteToPostgres, verifyCopy } from "../store/postgres-copy.js";
import { writerFor } from "../store/writer.js";
import { articleToStore, japanToStore } from "../testing.js";
import { postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "./cluster.js";
import { openPostgres, type PostgresDatabase } from "./open.js";

const serverTests = postgresSuitesRun() ? describe : describe.skip;

const japan = japanToStore;

serverTests("copying a SQLite database into PostgreSQL (chancery migrate)", () => {
  let cluster: ThrowawayCluster;
  let dir: string;
  let source: ChanceryDatabase;
  let made = 0;
  /** A fresh, migrated PostgreSQL database in the shared cluster. */
  const freshTarget = async (): Promise<PostgresDatabase> => {
    const name = `copy_${++made}`;
    const admin = await openPostgres(cluster.url);
    await admin.pool.query(`CREATE DATABASE ${name}`);
    await admin.close();
    return openPostgres(cluster.url.replace(/\/chancery$/, `/${name}`));
  };

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    dir = mkdtempSync(join(tmpdir(), "chancery-copy-"));
    source = openDatabase({ path: join(dir, "source.db") });
    const writer = writerFor(source);
    for (let i = 0; i < 40; i++) {
      const article = articleToStore(
        { body: `Japan and Vietnam signed ${i + 2} agreements in Tokyo on day ${i}.` },
        {
          entities: [japan],
          indicators: [],
        },
      );
      // Fingerprints with bucket keys near 2^32: their lsh_keys rows need all 63 bits.
      article.fingerprint = {
        minhash: Buffer.from([i, 255, 0, 7]),
        features: "{}",
        buckets: [0xfffffff0 + (i % 8), i],
      };
      writer.storeArticles([article]);
    }
  }, 60_000);

  afterAll(() => {
    source?.close();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("copies every table row for row, and the verification finds no difference", async () => {
    const target = await freshTarget();
    try {
      const copied = await copySqliteToPostgres(source.sqlite, target, { batchRows: 7 });
      expect(copied.find((t) => t.table === "articles")).toEqual({ table: "articles", rows: 40, copiedNow: 40 });
      expect(copied.find((t) => t.table === "lsh_keys")?.rows).toBe(80);
      const verified = await verifyCopy(source.sqlite, target, 100);
      for (const t of verified) {
        expect(t.targetRows, t.table).toBe(t.sourceRows);
        expect(t.mismatches, t.table).toEqual([]);
      }
      const { rows } = await target.pool.query<{ max: string }>("SELECT max(id) AS max FROM lsh_keys");
      expect(BigInt(rows[0]?.max ?? 0)).toBeGreaterThan(2n ** 62n);
    } finally {
      await target.close();
    }
  });

  it("resumes a copy stopped midway after its last committed batch, writing no row twice", async () => {
    const target = await freshTarget();
    try {
      const stop = new AbortController();
      let batches = 0;
      await copySqliteToPostgres(source.sqlite, target, {
        batchRows: 3,
        signal: stop.signal,
        onBatch: (table) => {
          if (table === "articles" && ++batches === 4) stop.abort();
        },
      });
      const { rows: partial } = await target.pool.query<{ n: string }>("SELECT count(*) AS n FROM articles");
      expect(Number(partial[0]?.n)).toBe(12);
      const resumed = await copySqliteToPostgres(source.sqlite, target, { batchRows: 3 });
      expect(resumed.find((t) => t.table === "articles")?.copiedNow).toBe(28);
      const verified = await verifyCopy(source.sqlite, target, 100);
      for (const t of verified) expect([t.table, t.targetRows, t.mismatches]).toEqual([t.table, t.sourceRows, []]);
    } finally {
      await target.close();
    }
  });

  it("continues PostgreSQL's ids after the copied ones", async () => {
    const target = await freshTarget();
    try {
      await copySqliteToPostgres(source.sqlite, target);
      const { rows } = await target.pool.query<{ id: string }>(
        "INSERT INTO stories (article_count, created_at) VALUES (0, '2025-01-01') RETURNING id",
      );
      const max = source.sqlite.prepare("SELECT max(id) FROM stories").pluck().get() as number;
      expect(Number(rows[0]?.id)).toBe(max + 1);
    } finally {
      await target.close();
    }
  });

  it("refuses to copy into a database that already holds rows no copy wrote", async () => {
    const target = await freshTarget();
    try {
      await target.pool.query("INSERT INTO stories (article_count, created_at) VALUES (0, '2025-01-01')");
      await expect(copySqliteToPostgres(source.sqlite, target)).rejects.toThrow(CopyRefusedError);
      await expect(copySqliteToPostgres(source.sqlite, target)).rejects.toThrow(/already holds rows in stories/);
    } finally {
      await target.close();
    }
  });
});
