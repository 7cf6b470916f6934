import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestBuffers, ingestPaths } from "./ingest.js";
import { ARTICLES_LISTED } from "./report.js";

const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
const seedFiles = readdirSync(seeds).sort();

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-ingest-"));
  database = openDatabase({ path: join(dir, "test.db") });
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) =>
  (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe("ingestPaths", () => {
  it("stores the five seeds once and reports them already present on a second run", async () => {
    const first = await ingestPaths(database, [seeds]);
    expect(first.failed).toEqual([]);
    expect(first.new).toBe(5);
    expect(first.articles.map((a) => a.status)).toEqual(Array(5).fill("new"));
    const second = await ingestPaths(database, [seeds]);
    expect(second.new).toBe(0);
    expect(second.alreadyPresent).toBe(5);
    expect(second.articles.every((a) => a.duplicateOf === a.id)).toBe(true);
    expect(count("articles")).toBe(5);
    expect(count("article_sightings")).toBe(10);
  });

  it("keeps the raw text verbatim and the body free of captions", async () => {
    await ingestPaths(database, [join(seeds, seedFiles[2] as string)]);
    const row = database.sqlite.prepare("SELECT raw_text, body FROM articles").get() as {
      raw_text: string;
      body: string;
    };
    expect(row.raw_text).toContain("(Photo: VNA)");
    expect(row.body).not.toContain("(Photo: VNA)");
  });

  it("lands the good files of a batch and reports the binary one by name", async () => {
    copyFileSync(join(seeds, seedFiles[3] as string), join(dir, "good.txt"));
    writeFileSync(join(dir, "picture.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const report = await ingestPaths(database, [join(dir, "good.txt"), join(dir, "picture.txt")]);
    expect(report.new).toBe(1);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.file).toContain("picture.txt");
    expect(report.failed[0]?.error).toMatch(/binary|PNG/i);
    expect(count("articles")).toBe(1);
  });

  it("writes nothing on a dry run and predicts what a real run would do", async () => {
    const dry = await ingestPaths(database, [seeds], { dryRun: true });
    expect(dry.new).toBe(5);
    expect(dry.articles.every((a) => a.status === "wouldBeNew" && a.id === null)).toBe(true);
    expect(count("articles")).toBe(0);
    expect(count("stories")).toBe(0);
  });

  it("groups the two translations of one article into one story and keeps a different story apart", async () => {
    const report = await ingestPaths(database, [seeds]);
    const storyOf = (prefix: string) => report.articles.find((a) => a.file.includes(`${prefix}_`))?.story;
    expect(storyOf("000")).toBe(storyOf("001"));
    expect(storyOf("000")).not.toBe(storyOf("002"));
    expect(new Set(report.articles.map((a) => a.story)).size).toBe(4);
  });

  it("gives the same story grouping on a dry run as on a real one", async () => {
    const dry = await ingestPaths(database, [seeds], { dryRun: true });
    const storyOf = (prefix: string) => dry.articles.find((a) => a.file.includes(`${prefix}_`))?.story;
    expect(storyOf("000")).toBe(storyOf("001"));
    expect(new Set(dry.articles.map((a) => a.story)).size).toBe(4);
  });

  it("stores an exact copy under another name as a sighting, not a new article", async () => {
    copyFileSync(join(seeds, seedFiles[4] as string), join(dir, "copy of article.txt"));
    await ingestPaths(database, [join(seeds, seedFiles[4] as string)]);
    const report = await ingestPaths(database, [join(dir, "copy of article.txt")]);
    expect(report.alreadyPresent).toBe(1);
    expect(report.articles[0]?.duplicateOf).toBe(1);
    expect(count("articles")).toBe(1);
  });

  it("keeps every article whole: each stored article has its fingerprint, story and findings", async () => {
    await ingestPaths(database, [seeds]);
    const orphans = database.sqlite
      .prepare(
        `SELECT count(*) AS n FROM articles a
         WHERE a.story_id IS NULL OR NOT EXISTS (SELECT 1 FROM article_fingerprints f WHERE f.article_id = a.id)`,
      )
      .get() as { n: number };
    expect(orphans.n).toBe(0);
    expect(count("mentions")).toBeGreaterThan(0);
    expect(database.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});

describe("a large ingest", () => {
  it("lists no article past ARTICLES_LISTED, counts the omitted ones, and streams every line in input order", async () => {
    const total = ARTICLES_LISTED + 1;
    const lines = Array.from({ length: total }, (_, i) =>
      JSON.stringify({ text: `Record ${i}: trade between Vietnam and Japan grew in ${1990 + (i % 30)}.` }),
    );
    const file = join(dir, "many.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const streamed: string[] = [];
    const report = await ingestPaths(database, [file], { onArticle: (a) => streamed.push(a.body) });
    expect(report.new + report.alreadyPresent).toBe(total);
    expect(report.articles).toEqual([]);
    expect(report.articlesOmitted).toBe(total);
    expect(streamed).toHaveLength(total);
    expect(streamed[0]).toContain("Record 0:");
    expect(streamed[total - 1]).toContain(`Record ${total - 1}:`);
  }, 120_000);

  it("still lists every article of a small run", async () => {
    const report = await ingestPaths(database, [seeds]);
    expect(report.articles).toHaveLength(5);
    expect(report.articlesOmitted).toBeUndefined();
  });
});

describe("ingestBuffers", () => {
  it("answers per file for an upload: stored, duplicate and failed", async () => {
    const text = new TextEncoder().encode(
      "Vietnam and Japan agreed on Tuesday to deepen their Comprehensive Strategic Partnership, Foreign Minister Bui Thanh Son said in Tokyo.",
    );
    const report = await ingestBuffers(database, [
      { name: "a.txt", bytes: text },
      { name: "b.txt", bytes: text },
      { name: "empty.txt", bytes: new Uint8Array() },
    ]);
    expect(report.new).toBe(1);
    expect(report.alreadyPresent).toBe(1);
    expect(report.failed.map((f) => f.file)).toEqual(["empty.txt"]);
  });
});
