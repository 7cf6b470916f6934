import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChanceryDatabase, openDatabase } from "../open.js";
import { CopyRefusedError, copyPostgresToSqlite, copySqliteToPostgres, verifyCopy } from "../store/postgres-copy.js";
import { writerFor } from "../store/writer.js";
import { articleToStore, japanToStore } from "../testing.js";
import { postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "./cluster.js";
import { openPostgres, type PostgresDatabase } from "./open.js";

const serverTests = postgresSuitesRun() ? describe : describe.skip;

const japan = japanToStore;

// Each case creates and migrates a database on a real server: seconds on a loaded machine, not milliseconds.
serverTests("copying a SQLite database into PostgreSQL (chancery migrate)", { timeout: 60_000 }, () => {
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

  describe("and back into SQLite (chancery migrate --from)", () => {
    /** Every row of every table and the schema's triggers, as text, in key order: two equal dumps are one database. */
    const dump = (db: ChanceryDatabase) => {
      const out: Record<string, unknown> = {};
      const tables = db.sqlite
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts%' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY name",
        )
        .pluck()
        .all() as string[];
      for (const name of tables) {
        out[name] = (db.sqlite.prepare(`SELECT * FROM "${name}"`).raw().safeIntegers(true).all() as unknown[][])
          .map((row) => row.map((v) => (Buffer.isBuffer(v) ? v.toString("hex") : String(v))).join("\u0001"))
          .sort();
      }
      out.triggers = db.sqlite
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
        .all();
      return out;
    };
    let copied: PostgresDatabase;
    beforeAll(async () => {
      copied = await freshTarget();
      await copySqliteToPostgres(source.sqlite, copied);
    }, 60_000);
    afterAll(() => copied?.close());

    it("gives back the same database, row for row and trigger for trigger, with its search index rebuilt", async () => {
      const back = openDatabase({ path: join(dir, "back.db") });
      try {
        const results = await copyPostgresToSqlite(copied, back.sqlite, { batchRows: 6 });
        expect(results.find((t) => t.table === "articles")).toEqual({ table: "articles", rows: 40, copiedNow: 40 });
        expect(dump(back)).toEqual(dump(source));
        const found = back.sqlite.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Tokyo'").pluck();
        expect(found.get()).toBe(40);
        expect(back.sqlite.prepare("PRAGMA integrity_check").pluck().get()).toBe("ok");
        // The triggers fire again afterwards: a new article counts once on top of the copied totals.
        writerFor(back).storeArticles([articleToStore({ body: "Japan and Vietnam met again in Hanoi." }, {})]);
        expect(Number(back.sqlite.prepare("SELECT value FROM meta WHERE key = 'articles'").pluck().get())).toBe(41);
      } finally {
        back.close();
      }
    });

    it("resumes a copy stopped midway and ends with the same database", async () => {
      const back = openDatabase({ path: join(dir, "back-resumed.db") });
      try {
        const stop = new AbortController();
        let batches = 0;
        await copyPostgresToSqlite(copied, back.sqlite, {
          batchRows: 4,
          signal: stop.signal,
          onBatch: (table) => {
            if (table === "articles" && ++batches === 3) stop.abort();
          },
        });
        expect(back.sqlite.prepare("SELECT count(*) FROM articles").pluck().get()).toBe(12);
        // Stopped between batches, the database still has every trigger.
        const triggers = back.sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck();
        expect(triggers.get()).toBe(
          source.sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").pluck().get(),
        );
        const resumed = await copyPostgresToSqlite(copied, back.sqlite, { batchRows: 4 });
        expect(resumed.find((t) => t.table === "articles")?.copiedNow).toBe(28);
        expect(dump(back)).toEqual(dump(source));
      } finally {
        back.close();
      }
    });

    it("refuses to copy into a SQLite database that already holds stored articles", async () => {
      const back = openDatabase({ path: join(dir, "back-used.db") });
      try {
        writerFor(back).storeArticles([articleToStore({ body: "An article stored before the copy." }, {})]);
        await expect(copyPostgresToSqlite(copied, back.sqlite)).rejects.toThrow(
          /already holds rows in \w+ that no earlier copy wrote/,
        );
      } finally {
        back.close();
      }
    });
  });
});
