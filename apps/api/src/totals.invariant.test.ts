import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { articles, type ChanceryDatabase, openDatabase, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { ingestBuffers, reanalyzeAll } from "@chancery/ingest";
import { overviewMetrics } from "@chancery/query";
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/*
 * Every stored total must equal what it totals after any sequence of writes: ingest, the same content again,
 * reanalysis (of stale and of current analyses), and batches that fail part-way. The overview must show it at once.
 */

const seedsDir = fileURLToPath(new URL("../../../seeds", import.meta.url));
const paragraphs = readdirSync(seedsDir)
  .sort()
  .map((file) =>
    readFileSync(join(seedsDir, file), "utf8")
      .split(/\n\s*\n/)
      .filter((p) => p.trim().length > 80),
  );

/** Article `n` of a pool of 40: paragraphs of one seed chosen by n's bits, so some overlap and form stories. */
function articleText(n: number): string {
  const source = paragraphs[n % paragraphs.length] ?? [];
  const picked = source.filter((_, i) => ((n >> 2) + i) % 3 !== 0 || i < 2);
  return `Article ${n}\n\n${picked.join("\n\n")}\n`;
}

const step = fc.oneof(
  fc.record({ kind: fc.constant("ingest" as const), ids: fc.array(fc.nat(39), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant("ingestWithBadFile" as const), ids: fc.array(fc.nat(39), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant("failedBatch" as const), ids: fc.array(fc.nat(39), { minLength: 2, maxLength: 4 }) }),
  fc.record({
    kind: fc.constant("staleAnalysis" as const),
    pick: fc.nat(1000),
    words: fc.integer({ min: -5, max: 5 }),
  }),
  fc.record({ kind: fc.constant("reanalyze" as const) }),
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

async function apply(database: ChanceryDatabase, s: Step): Promise<void> {
  const files = (ids: number[]) =>
    ids.map((n) => ({ name: `a${n}.txt`, bytes: new TextEncoder().encode(articleText(n)) }));
  const writer = writerFor(database);
  switch (s.kind) {
    case "ingest":
      await ingestBuffers(database, files(s.ids));
      return;
    case "ingestWithBadFile": {
      const report = await ingestBuffers(database, [
        ...files(s.ids),
        { name: "broken.txt", bytes: new Uint8Array([0, 159, 146, 150, 0, 0]) },
      ]);
      expect(report.failed.map((f) => f.file)).toContain("broken.txt");
      return;
    }
    case "failedBatch": {
      // A transaction that fails after storing some of its articles must leave no trace of any of them.
      const stored = database.db.select({ id: articles.id }).from(articles).all().length;
      const batch = s.ids.map((n, i) =>
        articleToStore({ contentHash: `failed-${n}-${i}-${Math.random()}`, body: articleText(n), wordCount: 10 + n }),
      );
      let calls = 0;
      expect(() =>
        writer.storeArticles(batch, () => {
          calls++;
          if (calls === batch.length) throw new Error("disk gone");
          return null;
        }),
      ).toThrow("disk gone");
      expect(database.db.select({ id: articles.id }).from(articles).all().length).toBe(stored);
      return;
    }
    case "staleAnalysis": {
      // An article as an older analyser left it: fewer findings and another word count.
      const rows = database.db.select().from(articles).all();
      const row = rows[s.pick % Math.max(rows.length, 1)];
      if (!row) return;
      writer.replaceAnalysis({
        articleId: row.id,
        article: { ...row, wordCount: Math.max(0, row.wordCount + s.words), analyzerVersion: "old" },
        findings: { entities: [], indicators: [], partnerships: [], quotes: [], themes: [] },
      });
      expect(database.db.select().from(articles).where(eq(articles.id, row.id)).get()?.analyzerVersion).toBe("old");
      return;
    }
    case "reanalyze":
      reanalyzeAll(database, { all: true });
      return;
  }
}

function checkTotals(database: ChanceryDatabase): void {
  const one = <T>(sql: string) => database.sqlite.prepare(sql).pluck().get() as T;
  const metaValue = (key: string) => Number(one<string>(`SELECT value FROM meta WHERE key = '${key}'`));
  const articleCount = one<number>("SELECT count(*) FROM articles");
  const words = one<number>("SELECT coalesce(sum(word_count), 0) FROM articles");
  expect(metaValue("articles")).toBe(articleCount);
  expect(metaValue("words")).toBe(words);
  expect(metaValue("stories")).toBe(one<number>("SELECT count(*) FROM stories"));
  expect(
    one<number>(
      "SELECT count(*) FROM stories s WHERE s.article_count != (SELECT count(*) FROM articles a WHERE a.story_id = s.id)",
    ),
  ).toBe(0);
  expect(
    one<number>(
      `SELECT count(*) FROM entities e
       WHERE e.mention_count != (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)
          OR e.article_count != (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.entity_id = e.id)`,
    ),
  ).toBe(0);
  const overview = overviewMetrics(database);
  expect(overview.articles).toBe(articleCount);
  expect(overview.words).toBe(words);
  expect(overview.people).toBe(
    one<number>(
      "SELECT count(DISTINCT e.id) FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.type = 'person'",
    ),
  );
  expect(overview.quotes).toBe(one<number>("SELECT count(*) FROM quotes"));
}

describe("stored totals", () => {
  it("equal their SUM and COUNT, and the overview shows them, after every step of random write sequences", async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 64, maxLength: 90 }), async (sequence) => {
        const dir = mkdtempSync(join(tmpdir(), "chancery-totals-"));
        const database = openDatabase({ path: join(dir, "test.db") });
        try {
          for (const s of sequence) {
            await apply(database, s);
            checkTotals(database);
            steps++;
          }
        } finally {
          database.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 16, seed: Number(process.env.CHANCERY_PROPERTY_SEED ?? 20261130) },
    );
    expect(steps).toBeGreaterThanOrEqual(1000);
  }, 240_000);
});
