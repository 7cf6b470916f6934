import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@chancery/db";
import { openPostgres, postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "@chancery/db/postgres";
import { listIndicators, listPartnerships, listThemes, overviewMetrics, search } from "@chancery/query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chancery, cli, pages, seeds } from "../testing/run-cli.js";

/* `chancery migrate` through the built CLI, into a real PostgreSQL server, as a team moving over would run it. */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

serverTests("chancery migrate --to postgres://", () => {
  let dir: string;
  let cluster: ThrowawayCluster;
  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build first`);
    dir = mkdtempSync(join(tmpdir(), "chancery-cli-migrate-"));
    cluster = await startThrowawayCluster();
  }, 60_000);
  afterAll(() => {
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("copies the seeds and the test pages into PostgreSQL with every row equal, and a second run copies nothing", async () => {
    const db = join(dir, "corpus.db");
    // The pages themselves, not their readings (*.expected.json) or logs.
    const pageFiles = readdirSync(pages)
      .filter((f) => /\.(html|txt)$/.test(f))
      .map((f) => join(pages, f));
    const ingest = chancery("ingest", seeds, ...pageFiles, "--db", db, "--json");
    expect(ingest.stderr).toBe("");
    expect(ingest.code).toBe(0);
    // A sample larger than any table: every row is compared.
    const first = chancery("migrate", "--to", cluster.url, "--db", db, "--json", "--sample", "1000000");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report.verified).toBe(true);
    const articles = report.tables.find((t: { table: string }) => t.table === "articles");
    expect(articles.rows).toBeGreaterThan(100);
    expect(articles.targetRows).toBe(articles.rows);
    expect(articles.sampled).toBe(articles.rows);

    const again = JSON.parse(chancery("migrate", "--to", cluster.url, "--db", db, "--json").stdout);
    expect(again.verified).toBe(true);
    expect(again.tables.every((t: { copiedNow: number }) => t.copiedNow === 0)).toBe(true);

    const target = await openPostgres(cluster.url);
    try {
      const { rows } = await target.pool.query<{ value: string }>("SELECT value FROM meta WHERE key = 'articles'");
      expect(Number(rows[0]?.value)).toBe(articles.rows);
    } finally {
      await target.close();
    }
  }, 240_000);

  it("copies the seeds and the test pages back from PostgreSQL into a new SQLite file with identical metrics", async () => {
    const db = join(dir, "round-trip.db");
    const back = join(dir, "round-trip-back.db");
    const pageFiles = readdirSync(pages)
      .filter((f) => /\.(html|txt)$/.test(f))
      .map((f) => join(pages, f));
    expect(chancery("ingest", seeds, ...pageFiles, "--db", db, "--json").code).toBe(0);
    const url = cluster.url.replace(/\/chancery$/, "/round_trip");
    const admin = await openPostgres(cluster.url);
    await admin.pool.query("CREATE DATABASE round_trip");
    await admin.close();
    expect(chancery("migrate", "--to", url, "--db", db, "--json").code).toBe(0);
    const copied = chancery("migrate", "--from", url, "--db", back, "--json", "--sample", "1000000");
    expect(copied.stderr).toBe("");
    expect(copied.code).toBe(0);
    const report = JSON.parse(copied.stdout);
    expect(report.verified).toBe(true);
    expect(report.from).toBe(url);
    const articles = report.tables.find((t: { table: string }) => t.table === "articles");
    expect(articles.targetRows).toBe(articles.rows);
    expect(articles.rows).toBeGreaterThan(100);

    // What the dashboard shows is read from both files the same way; every figure must be equal.
    const before = openDatabase({ path: db });
    const after = openDatabase({ path: back });
    try {
      const metrics = (d: typeof before) => ({
        overview: overviewMetrics(d),
        indicators: listIndicators(d),
        partnerships: listPartnerships(d),
        themes: listThemes(d),
        search: search(d, { q: "strategic partnership" }),
      });
      expect(metrics(after)).toEqual(metrics(before));
      expect(metrics(after).search.total).toBeGreaterThan(0);
    } finally {
      before.close();
      after.close();
    }
    // Copying into a file that already holds articles is refused, naming the table.
    const again = chancery("migrate", "--from", url, "--db", back);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already holds rows in \w+/);
  }, 240_000);

  it("refuses an address that is not PostgreSQL's, and hides a password in what it prints", () => {
    const wrong = chancery("migrate", "--to", "mysql://root@127.0.0.1/x", "--db", join(dir, "none.db"));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/needs --to postgres:\/\//);
    const both = chancery("migrate", "--to", cluster.url, "--from", cluster.url, "--db", join(dir, "none.db"));
    expect(both.code).toBe(2);
    const refused = chancery(
      "migrate",
      "--to",
      "postgres://chancery:hunter2@127.0.0.1:1/none",
      "--db",
      join(dir, "x.db"),
    );
    expect(refused.code).not.toBe(0);
    expect(`${refused.stdout}${refused.stderr}`).not.toContain("hunter2");
  });
});
