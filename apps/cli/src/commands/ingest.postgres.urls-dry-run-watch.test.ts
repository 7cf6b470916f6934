import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  connectPostgres,
  postgresSuitesRun,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import type { IngestReport } from "@chancery/ingest";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../../packages/ingest/test/news-server.js";
import { chancery, chanceryAsync, cli, pages } from "../testing/run-cli.js";

/*
 * `chancery ingest --db postgres://…` of URLs, with --dry-run and with --watch, through the built CLI into a throwaway
 * cluster: the same reports as the same runs on SQLite, a dry run writing nothing, a watched file stored once.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;
if (!postgresSuitesRun()) console.log("skipped: no PostgreSQL binaries (see postgresBinaries)");

const pageNames = readdirSync(pages)
  .filter((f) => /\.(html|txt)$/.test(f))
  .sort();
/** Stored first; then the dry run and the URLs take some of these again and some new ones. */
const stored = pageNames.filter((_, i) => i % 40 === 1);
const fresh = pageNames.filter((_, i) => i % 40 === 2);

type Rows = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** Ids replaced by what they stand for: an article by its content hash, a story by its articles' hashes. */
async function labeller(rows: Rows) {
  const articles = await rows("SELECT id, story_id, content_hash FROM articles");
  const hash = new Map(articles.map((a) => [Number(a.id), String(a.content_hash)]));
  const members = new Map<number, string[]>();
  for (const a of articles)
    members.set(Number(a.story_id), [...(members.get(Number(a.story_id)) ?? []), String(a.content_hash)]);
  const article = (id: unknown) => (typeof id === "number" ? (hash.get(id) ?? `unknown ${id}`) : id);
  return (report: IngestReport) => ({
    ...report,
    articles: report.articles.map((line) => ({
      ...line,
      id: article(line.id),
      duplicateOf: article(line.duplicateOf),
      story: /^\d+$/.test(line.story) ? members.get(Number(line.story))?.sort().join("+") : line.story,
    })),
  });
}

/** Every table's row count and the corpus totals: what a dry run must leave as it found it. */
const TABLES = ["articles", "article_sightings", "stories", "entities", "mentions", "ingest_outcomes", "lsh_keys"];
async function state(rows: Rows) {
  const counts: Record<string, unknown> = {};
  for (const table of TABLES) counts[table] = Number((await rows(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  counts.meta = await rows("SELECT key, value FROM meta ORDER BY key");
  return counts;
}

serverTests("chancery ingest of URLs, dry runs and watched folders on PostgreSQL", { timeout: 180_000 }, () => {
  let cluster: ThrowawayCluster;
  let dir: string;
  let file: string;
  let news: NewsServer;
  const onSqlite: Rows = async (sql) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare(sql).all() as Array<Record<string, unknown>>;
    } finally {
      db.close();
    }
  };
  const onPostgres: Rows = async (sql) => {
    const database = connectPostgres(cluster.url, 1);
    try {
      return (await database.pool.query(sql)).rows;
    } finally {
      await database.close();
    }
  };
  const both = (...args: string[]) => [chancery(...args, "--db", file), chancery(...args, "--db", cluster.url)];

  beforeAll(async () => {
    [cluster, news] = await Promise.all([startThrowawayCluster(), startNewsServer(pages)]);
    dir = mkdtempSync(join(tmpdir(), "chancery-pg-ingest-"));
    file = join(dir, "chancery.db");
    for (const run of both("ingest", ...stored.map((name) => join(pages, name)))) expect(run.code).toBe(0);
    expect(Number((await onPostgres("SELECT count(*) AS n FROM articles"))[0]?.n)).toBe(stored.length);
  }, 180_000);

  afterAll(async () => {
    await news?.close();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("reports a dry run as SQLite does, and writes nothing", async () => {
    const before = await state(onPostgres);
    // Stored pages, new ones, and a copy of a new one: already present, would be new, the batch's own duplicate.
    const copy = join(dir, `copy-${fresh[0]}`);
    copyFileSync(join(pages, fresh[0] as string), copy);
    const inputs = [...[...stored.slice(0, 3), ...fresh].map((name) => join(pages, name)), copy];
    const [sqliteRun, postgresRun] = both("ingest", ...inputs, "--dry-run", "--json");
    expect(sqliteRun?.code).toBe(0);
    expect(postgresRun?.code).toBe(0);
    const [a, b] = [JSON.parse(sqliteRun?.stdout ?? ""), JSON.parse(postgresRun?.stdout ?? "")] as IngestReport[];
    expect(a?.alreadyPresent).toBe(4);
    expect(a?.new).toBe(fresh.length);
    expect((await labeller(onPostgres))(b as IngestReport)).toEqual((await labeller(onSqlite))(a as IngestReport));
    expect(await state(onPostgres)).toEqual(before);
    // The table report too, word for word.
    const [table, tableOnPostgres] = both("ingest", ...inputs, "--dry-run");
    expect(tableOnPostgres?.stdout).toBe(table?.stdout);
    expect(await state(onPostgres)).toEqual(before);
  });

  it("stores pages by URL as SQLite does, and knows a URL again without fetching it", async () => {
    // New pages, a missing one, and the first again: known by its URL once stored.
    const urls = [
      news.url(`/pages/${fresh[0]}`),
      news.url(`/pages/${fresh[1]}`),
      news.url("/missing"),
      news.url(`/pages/${fresh[0]}`),
    ];
    const [sqliteRun, postgresRun] = await Promise.all([
      chanceryAsync("ingest", ...urls, "--json", "--db", file),
      chanceryAsync("ingest", ...urls, "--json", "--db", cluster.url),
    ]);
    // A failed URL makes the exit code 1, on both.
    expect(sqliteRun?.code).toBe(1);
    expect(postgresRun?.code).toBe(1);
    const [a, b] = [JSON.parse(sqliteRun?.stdout ?? ""), JSON.parse(postgresRun?.stdout ?? "")] as IngestReport[];
    expect(a).toMatchObject({ new: 2, alreadyPresent: 1 });
    expect(a?.failed.map((failure) => failure.file)).toEqual([news.url("/missing")]);
    expect((await labeller(onPostgres))(b as IngestReport)).toEqual((await labeller(onSqlite))(a as IngestReport));
    const ledger =
      "SELECT origin, status, source, reason FROM ingest_outcomes WHERE origin = 'url' ORDER BY source, status";
    expect(await onPostgres(ledger)).toEqual(await onSqlite(ledger));
    const fetched = news.requests.get(`/pages/${fresh[0]}`);
    const again = await chanceryAsync("ingest", news.url(`/pages/${fresh[0]}`), "--db", cluster.url, "--json");
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, alreadyPresent: 1, failed: [] });
    expect(news.requests.get(`/pages/${fresh[0]}`)).toBe(fetched);
  });

  it("watches a folder into PostgreSQL: a dropped file is stored once, its copy is already present", async () => {
    const folder = mkdtempSync(join(dir, "watched-"));
    const page = fresh[2] as string;
    const child = spawn(process.execPath, [cli, "ingest", "--watch", folder, "--db", cluster.url, "--jsonl"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const until = async (done: () => boolean, what: string) => {
      for (const started = Date.now(); !done(); ) {
        if (Date.now() - started > 60_000) throw new Error(`timed out waiting for ${what}:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const lines = () =>
      stdout
        .split("\n")
        .filter((line) => line.startsWith('{"file"'))
        .map((line) => JSON.parse(line) as { file: string; status: string });
    try {
      await until(() => stderr.includes("Watching"), "the watcher to start");
      const before = Number((await onPostgres("SELECT count(*) AS n FROM articles"))[0]?.n);
      copyFileSync(join(pages, page), join(folder, page));
      await until(() => lines().length === 1, "the dropped file");
      copyFileSync(join(pages, page), join(folder, `again-${page}`));
      await until(() => lines().length === 2, "its copy");
      expect(lines().map((line) => line.status)).toEqual(["new", "alreadyPresent"]);
      expect(Number((await onPostgres("SELECT count(*) AS n FROM articles"))[0]?.n)).toBe(before + 1);
      const sightings = await onPostgres(
        `SELECT s.source_path FROM article_sightings s JOIN articles a ON a.id = s.article_id
         WHERE a.source_path = '${join(folder, page)}' ORDER BY s.source_path`,
      );
      expect(sightings.map((row) => row.source_path)).toEqual([join(folder, `again-${page}`), join(folder, page)]);
    } finally {
      child.kill("SIGTERM");
    }
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(0);
  });
});
