import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  openPostgres,
  postgresSuitesRun,
  startThrowawayDatabases,
  type ThrowawayDatabases,
} from "@chancery/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contents, expectSameContents, postgresReader, sqliteReader } from "../testing/corpus-contents.js";
import { chancery, chanceryAsync, cli, pageFiles, seeds } from "../testing/run-cli.js";

/*
 * `chancery ingest --db postgres://…` through the built CLI into real servers: the same corpus as on SQLite, table by
 * table; several processes at once giving the single-process result; a killed process leaving no half-written article.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

/** The pages themselves, not their readings (*.expected.json) or logs. */

/** A name without case or diacritics: the spellings one entity key may be stored under. */
const foldedName = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();

serverTests("chancery ingest --db postgres://", () => {
  let dir: string;
  let clusters: ThrowawayDatabases;
  /** A new empty database on the cluster. */
  const database = () => clusters.fresh();
  let sqliteFile: string;
  let expected: Record<string, string[]>;

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build first`);
    dir = mkdtempSync(join(tmpdir(), "chancery-cli-pg-ingest-"));
    clusters = await startThrowawayDatabases("ingest");
    sqliteFile = join(dir, "corpus.db");
    const ingest = chancery("ingest", seeds, ...pageFiles(), "--db", sqliteFile, "--json");
    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
    expected = await contents(sqliteReader(sqliteFile));
  }, 240_000);
  afterAll(async () => {
    clusters?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("stores the seeds and the test pages as SQLite does, table by table", { timeout: 300_000 }, async () => {
    const url = await database();
    const ingest = chancery("ingest", seeds, ...pageFiles(), "--db", url, "--json");
    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
    expect(JSON.parse(ingest.stdout).new).toBeGreaterThan(100);
    expect(expected.articles?.length).toBeGreaterThan(100);
    expectSameContents(await contents(postgresReader(url)), expected);
    // Ingested again: every article is a sighting of stored content, nothing else changes but the ledger.
    const again = JSON.parse(chancery("ingest", seeds, "--db", url, "--json").stdout);
    expect(again).toMatchObject({ new: 0, alreadyPresent: 5 });
  });

  it("gives three concurrent ingests of overlapping inputs the single-process result", {
    timeout: 300_000,
  }, async () => {
    const url = await database();
    const files = [...readdirSync(seeds).map((f) => join(seeds, f)), ...pageFiles()];
    // Each process takes every file but one third of them (those at index k mod 3): every file is ingested by exactly
    // two processes at once, whatever the number of files.
    const parts = [0, 1, 2].map((k) => files.filter((_, i) => i % 3 !== k));
    const runs = await Promise.all(parts.map((part) => chanceryAsync("ingest", ...part, "--db", url, "--json")));
    for (const run of runs) {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    }
    const actual = await contents(postgresReader(url));
    // The ledger records each process's outcomes, twice as many; the stored corpus is the single-process one, but
    // for a story's title (its first version's) and an entity's spelling (its first mention's: "Lương Cường" or
    // "Luong Cuong", one key): which is first depends on which process came first.
    expect(actual.ingest_outcomes).toHaveLength((expected.ingest_outcomes?.length ?? 0) * 2);
    const untitled = (stories: string[] = []) =>
      stories.map((s) => JSON.stringify({ ...JSON.parse(s), title: undefined })).sort();
    const unspelt = (entities: string[] = []) =>
      entities.map((e) => JSON.stringify({ ...JSON.parse(e), name: foldedName(JSON.parse(e).name) })).sort();
    expectSameContents(
      { ...actual, ingest_outcomes: [], stories: untitled(actual.stories), entities: unspelt(actual.entities) },
      { ...expected, ingest_outcomes: [], stories: untitled(expected.stories), entities: unspelt(expected.entities) },
    );
    const reader = await openPostgres(url);
    try {
      const { rows } = await reader.pool.query(`SELECT s.id FROM stories s WHERE s.title IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.title = s.title)`);
      expect(rows).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it("leaves no half-written article when an ingest is killed, and a re-run completes it", {
    timeout: 300_000,
  }, async () => {
    const url = await database();
    const reader = (await openPostgres(url)).pool;
    try {
      const child = spawn(process.execPath, [cli, "ingest", seeds, ...pageFiles(), "--db", url], { stdio: "ignore" });
      const exited = new Promise((resolve) => child.on("close", resolve));
      const stored = async () => {
        const { rows } = await reader.query("SELECT count(*)::integer AS n FROM articles").catch(() => ({ rows: [] }));
        return (rows[0] as { n: number } | undefined)?.n ?? 0;
      };
      while ((await stored()) < 40) await new Promise((resolve) => setTimeout(resolve, 100));
      child.kill("SIGKILL");
      await exited;
      const killedAt = await stored();
      expect(killedAt).toBeLessThan(expected.articles?.length ?? 0);
      // Every stored article is whole: its sighting, fingerprint, buckets, story and totals all written with it.
      const check = async (sql: string) => (await reader.query(sql)).rows;
      expect(
        await check(`SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_sightings s WHERE s.article_id = a.id)
          OR NOT EXISTS (SELECT 1 FROM article_fingerprints f WHERE f.article_id = a.id)
          OR (SELECT count(*) FROM lsh_keys k WHERE k.id & 2147483647 = a.id) = 0
          OR a.story_id IS NULL`),
      ).toEqual([]);
      expect(
        await check(`SELECT s.id FROM stories s
          WHERE s.article_count <> (SELECT count(*) FROM articles a WHERE a.story_id = s.id) OR s.article_count = 0`),
      ).toEqual([]);
      expect(
        await check(`SELECT key FROM meta WHERE (key = 'articles' AND value::bigint <> (SELECT count(*) FROM articles))
          OR (key = 'stories' AND value::bigint <> (SELECT count(*) FROM stories))
          OR (key = 'words' AND value::bigint <> (SELECT sum(word_count) FROM articles))`),
      ).toEqual([]);
      expect(
        await check(`SELECT e.id FROM entities e WHERE e.mention_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)
          OR e.article_count <> (SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = e.id)`),
      ).toEqual([]);
      const rerun = chancery("ingest", seeds, ...pageFiles(), "--db", url, "--json");
      expect(rerun.code).toBe(0);
      const actual = await contents(postgresReader(url));
      // The killed run's ledger rows stay beside the re-run's; the stored corpus is the uninterrupted one.
      expectSameContents({ ...actual, ingest_outcomes: [] }, { ...expected, ingest_outcomes: [] });
    } finally {
      await reader.end();
    }
  });
});
