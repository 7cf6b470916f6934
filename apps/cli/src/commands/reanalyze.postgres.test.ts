import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  openPostgres,
  type PostgresDatabase,
  postgresSuitesRun,
  postgresWriterFor,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import { ANALYZER_VERSION } from "@chancery/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contents, expectSameContents, postgresReader, sqliteReader } from "../testing/corpus-contents.js";
import { chancery, chanceryAsync, cli, pageFiles, seeds } from "../testing/run-cli.js";

/*
 * `chancery reanalyze --db postgres://…` through the built CLI on a real server: articles an older analyzer read (some
 * with no findings at all, a shorter text, another date) brought back to exactly the corpus a fresh ingest of the
 * same files gives on SQLite, table by table; a second run touching nothing; a killed run resumed; an ingest at the
 * same time.
 */
if (!postgresSuitesRun()) console.log("chancery reanalyze on PostgreSQL: skipped, the PostgreSQL binaries are absent");
const serverTests = postgresSuitesRun() ? describe : describe.skip;

const OLD = "1.0.0";

serverTests("chancery reanalyze --db postgres://", () => {
  let dir: string;
  let cluster: ThrowawayCluster;
  let admin: PostgresDatabase;
  let made = 0;
  let expected: Record<string, string[]>;
  /** A new database on the cluster: a copy of one holding the test pages, then `more` ingested by the CLI. */
  const ingested = async (...more: string[]) => {
    const name = `reanalyze_${++made}`;
    await admin.pool.query(`CREATE DATABASE ${name} TEMPLATE pages`);
    const url = cluster.url.replace(/\/chancery$/, `/${name}`);
    if (more.length > 0) expect(chancery("ingest", ...more, "--db", url, "--json").code).toBe(0);
    return url;
  };
  /**
   * Makes the database look read by an older analyzer: every article stamped OLD; through the writer, as any write,
   * four articles given no findings, the first (dated from its text) also a longer text and no date.
   */
  const staled = async (url: string) => {
    const database = await openPostgres(url);
    try {
      const writer = postgresWriterFor(database);
      const { rows } = await database.pool.query(
        `SELECT id::integer AS id, body, removed_noise AS "removedNoise", word_count::integer AS "wordCount",
           source, dateline_place AS "datelinePlace", published_at AS "publishedAt",
           published_precision AS "publishedPrecision", published_source AS "publishedSource",
           published_evidence AS "publishedEvidence"
         FROM articles a WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id)
         ORDER BY (published_source = 'text') IS NOT TRUE, id LIMIT 4`,
      );
      const empty = { entities: [], indicators: [], partnerships: [], quotes: [], themes: [] };
      for (const [i, { id, ...article }] of rows.entries()) {
        const older =
          i === 0
            ? {
                ...article,
                wordCount: article.wordCount + 7,
                publishedAt: null,
                publishedPrecision: null,
                publishedSource: null,
                publishedEvidence: null,
              }
            : article;
        await writer.replaceAnalysis({ articleId: id, article: { ...older, analyzerVersion: OLD }, findings: empty });
      }
      await database.pool.query("UPDATE articles SET analyzer_version = $1", [OLD]);
      return (await database.pool.query("SELECT count(*)::integer AS n FROM articles")).rows[0].n as number;
    } finally {
      await database.close();
    }
  };

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build first`);
    dir = mkdtempSync(join(tmpdir(), "chancery-cli-pg-reanalyze-"));
    cluster = await startThrowawayCluster();
    admin = await openPostgres(cluster.url);
    const sqliteFile = join(dir, "fresh.db");
    for (const files of [pageFiles(), [seeds]])
      expect(chancery("ingest", ...files, "--db", sqliteFile, "--json").code).toBe(0);
    expected = await contents(sqliteReader(sqliteFile));
    // The pages ingested once, copied for each test (a database made from a template).
    await admin.pool.query("CREATE DATABASE pages");
    const template = chancery("ingest", ...pageFiles(), "--db", cluster.url.replace(/\/chancery$/, "/pages"), "--json");
    expect(template.code).toBe(0);
  }, 600_000);
  afterAll(async () => {
    await admin?.close();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("brings stale articles back to a fresh SQLite ingest's corpus, and a second run changes nothing", {
    timeout: 600_000,
  }, async () => {
    const url = await ingested(seeds);
    const stale = await staled(url);
    expect((await contents(postgresReader(url))).mentions).not.toEqual(expected.mentions);
    const run = chancery("reanalyze", "--db", url, "--json");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ articles: stale, changed: 4, failed: [], analyzerVersion: ANALYZER_VERSION });
    expect(report.delta.people + report.delta.countries).toBeGreaterThan(0);
    const after = await contents(postgresReader(url));
    expectSameContents(after, expected);
    const stamp = async () =>
      (await postgresReader(url)("SELECT value FROM meta WHERE key = 'last_changed_at'"))[0]?.value;
    const stamped = await stamp();
    const again = chancery("reanalyze", "--db", url, "--json");
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ articles: 0, changed: 0, failed: [] });
    expectSameContents(await contents(postgresReader(url)), after);
    expect(await stamp()).toBe(stamped);
    const text = chancery("reanalyze", "--db", url, "--all");
    expect(text.stdout).toBe(
      `Reanalysed ${stale} articles with analyzer ${ANALYZER_VERSION}: 0 changed (no change).\n`,
    );
    expectSameContents(await contents(postgresReader(url)), after);
  });

  it("resumes a killed run where it stopped, every article either old or new", { timeout: 600_000 }, async () => {
    const url = await ingested(seeds);
    const stale = await staled(url);
    const database = await openPostgres(url);
    try {
      const child = spawn(process.execPath, [cli, "reanalyze", "--db", url], { stdio: "ignore" });
      const current = async () =>
        (
          await database.pool.query("SELECT count(*)::integer AS n FROM articles WHERE analyzer_version = $1", [
            ANALYZER_VERSION,
          ])
        ).rows[0].n as number;
      while ((await current()) < 10 && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      child.kill("SIGKILL");
      await new Promise((r) => child.once("close", r));
      const done = await current();
      expect(done).toBeGreaterThanOrEqual(10);
      expect(done).toBeLessThan(stale);
      // Whole articles only: the totals and the entities' counts agree with the rows stored.
      const { rows } = await database.pool.query(
        `SELECT (SELECT value::bigint FROM meta WHERE key = 'words') - (SELECT sum(word_count) FROM articles) AS words,
           (SELECT count(*) FROM entities e WHERE e.mention_count <> (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)) AS drift`,
      );
      expect(rows[0]).toEqual({ words: "0", drift: "0" });
      const rest = chancery("reanalyze", "--db", url, "--json");
      expect(rest.code).toBe(0);
      expect(JSON.parse(rest.stdout).articles).toBe(stale - done);
      expectSameContents(await contents(postgresReader(url)), expected);
    } finally {
      await database.close();
    }
  });

  it("runs while another process ingests, leaving the corpus a fresh ingest of everything gives", {
    timeout: 600_000,
  }, async () => {
    const url = await ingested();
    await staled(url);
    const [reanalysed, ingest] = await Promise.all([
      chanceryAsync("reanalyze", "--db", url, "--json"),
      chanceryAsync("ingest", seeds, "--db", url, "--json"),
    ]);
    expect(reanalysed.stderr).toBe("");
    expect(reanalysed.code).toBe(0);
    expect(ingest.code).toBe(0);
    expect(JSON.parse(reanalysed.stdout).failed).toEqual([]);
    // A seed stored while the run read its pages may be visited too (at the current version it is left alone).
    expectSameContents(await contents(postgresReader(url)), expected);
  });
});
