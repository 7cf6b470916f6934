import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openReadOnlyDatabase } from "@chancery/db";
import {
  connectPostgres,
  openPostgres,
  postgresSuitesRun,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import { IngestReport } from "@chancery/ingest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../packages/ingest/test/news-server.js";
import { comparable, type Labels, labelsOf } from "./testing/backend-answers.js";
import { pageFiles, serve } from "./testing/served.js";

/*
 * Uploads on PostgreSQL (issue 17): the same files, JSON article and URLs sent to the built API on SQLite and on a
 * throwaway cluster give the same answers and the same articles; a second upload stores nothing; the articles go to
 * the primary (CHANCERY_DB) while the reads come from CHANCERY_DB_READ.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;
if (!postgresSuitesRun()) console.log("skipped: no PostgreSQL binaries (see postgresBinaries)");

const pagesDir = fileURLToPath(new URL("../../../packages/ingest/test/pages", import.meta.url));

type Api = Awaited<ReturnType<typeof serve>>;
type Rows = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** Eight test pages, and one of them again under another name (the same content: already present). */
const uploaded = () => {
  // Not the page the URL upload fetches, which must be new then.
  const files = pageFiles()
    .filter((file) => !file.endsWith(fetchedPage))
    .filter((_, i) => i % 25 === 3)
    .slice(0, 8);
  const first = files[0] as string;
  return [
    ...files.map((file) => ({ name: basename(file), text: readFileSync(file, "utf8") })),
    {
      name: `copy-of-${basename(first)}`,
      text: readFileSync(first, "utf8"),
    },
  ];
};

const fetchedPage = "html-antara-indonesia-eez.html";

const records = [
  {
    text: "Vietnam and Laos pledge closer ties\n\nVietnam and Laos agreed on Monday to deepen their special relationship, Foreign Minister Bui Thanh Son said after talks in Vientiane.\n\nThe two sides signed 12 cooperation agreements.",
    outlet: "VietnamPlus",
    published: "2025-02-03",
  },
  { text: "   " },
  {
    text: "Vietnam, Japan upgrade ties\n\nVietnam and Japan upgraded their relations to a Comprehensive Strategic Partnership on Monday, Prime Minister Pham Minh Chinh said in Tokyo.\n\nTwo-way trade reached 50 billion USD last year.",
    outlet: "VnExpress",
  },
];
const jsonl = records.map((line) => JSON.stringify(line)).join("\n");
/** The first record's article, with another country: new content. */
const variant = (country: string) => ({ ...records[0], text: records[0]?.text.replaceAll("Laos", country) });

function form(): FormData {
  const body = new FormData();
  for (const file of uploaded()) body.append("files", new File([file.text], file.name));
  body.append("files", new File([jsonl], "batch.jsonl"));
  body.append("files", new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], "image.png"));
  return body;
}

async function post(api: Api, body: FormData | object): Promise<{ status: number; report: IngestReport }> {
  const response = await fetch(`${api.url}/api/articles`, {
    method: "POST",
    ...(body instanceof FormData
      ? { body }
      : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  const answer: unknown = await response.json();
  if (response.status !== 200) throw new Error(`${api.url} answered ${response.status}: ${JSON.stringify(answer)}`);
  return { status: response.status, report: IngestReport.parse(answer) };
}

/** A report with its ids replaced by what they stand for (an article by its content, a story by its articles). */
function labelled(report: IngestReport, labels: Labels) {
  const article = (id: number | string | null) =>
    typeof id === "number" ? (labels.article.get(id) ?? `unknown article ${id}`) : id;
  return {
    ...report,
    articles: report.articles.map((line) => ({
      ...line,
      id: article(line.id),
      duplicateOf: article(line.duplicateOf),
      story: labels.story.get(Number(line.story)) ?? `unknown story ${line.story}`,
    })),
  };
}

serverTests("uploads to the API on PostgreSQL", { timeout: 120_000 }, () => {
  let cluster: ThrowawayCluster;
  let dir: string;
  let file: string;
  let news: NewsServer;
  let sqliteApi: Api;
  let postgresApi: Api;
  const sqliteRows: Rows = async (sql) => {
    const database = openReadOnlyDatabase({ path: file });
    try {
      return database.sqlite.prepare(sql).all() as Array<Record<string, unknown>>;
    } finally {
      database.close();
    }
  };
  const postgresRows =
    (url: string): Rows =>
    async (sql) => {
      const database = connectPostgres(url, 1);
      try {
        return (await database.pool.query(sql)).rows;
      } finally {
        await database.close();
      }
    };
  const count = async (rows: Rows, table: string) => Number((await rows(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

  beforeAll(async () => {
    [cluster, news] = await Promise.all([startThrowawayCluster(), startNewsServer(pagesDir)]);
    dir = mkdtempSync(join(tmpdir(), "chancery-uploads-"));
    file = join(dir, "chancery.db");
    [sqliteApi, postgresApi] = await Promise.all([serve({ CHANCERY_DB: file }), serve({ CHANCERY_DB: cluster.url })]);
  }, 120_000);

  afterAll(async () => {
    sqliteApi?.stop();
    postgresApi?.stop();
    await news?.close();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("answers an upload of files as on SQLite: stored, already present and failed with their reasons", async () => {
    const [onSqlite, onPostgres] = await Promise.all([post(sqliteApi, form()), post(postgresApi, form())]);
    expect(onSqlite.status).toBe(200);
    expect(onPostgres.status).toBe(200);
    expect(onSqlite.report.new).toBe(10);
    expect(onSqlite.report.alreadyPresent).toBe(1);
    expect(onSqlite.report.failed.map((failure) => failure.file).sort()).toEqual(["batch.jsonl:2", "image.png"]);
    const [sqliteLabels, postgresLabels] = await Promise.all([
      labelsOf(sqliteRows),
      labelsOf(postgresRows(cluster.url)),
    ]);
    expect(labelled(onPostgres.report, postgresLabels)).toEqual(labelled(onSqlite.report, sqliteLabels));
  });

  it("answers a JSON article and pages by URL as on SQLite", async () => {
    const urls = { urls: [news.url(`/pages/${fetchedPage}`), news.url("/missing"), "ftp://example.org/x"] };
    for (const body of [variant("Cambodia"), urls]) {
      const [onSqlite, onPostgres] = await Promise.all([post(sqliteApi, body), post(postgresApi, body)]);
      expect(onPostgres.status).toBe(200);
      expect(onSqlite.report.new).toBe(1);
      const [sqliteLabels, postgresLabels] = await Promise.all([
        labelsOf(sqliteRows),
        labelsOf(postgresRows(cluster.url)),
      ]);
      expect(labelled(onPostgres.report, postgresLabels)).toEqual(labelled(onSqlite.report, sqliteLabels));
    }
    // A URL already stored is known without fetching it again, on PostgreSQL as on SQLite.
    const fetched = news.requests.get(`/pages/${fetchedPage}`);
    for (const api of [sqliteApi, postgresApi]) {
      const again = await post(api, { urls: [news.url(`/pages/${fetchedPage}`)] });
      expect(again.report).toMatchObject({ new: 0, alreadyPresent: 1, failed: [] });
    }
    expect(news.requests.get(`/pages/${fetchedPage}`)).toBe(fetched);
  });

  it("lists the same articles afterwards, with the same totals and coverage ledger", async () => {
    const [sqliteLabels, postgresLabels] = await Promise.all([
      labelsOf(sqliteRows),
      labelsOf(postgresRows(cluster.url)),
    ]);
    for (const path of ["/api/articles?limit=100", "/api/metrics/overview", "/api/coverage"]) {
      const [a, b] = await Promise.all([
        fetch(`${sqliteApi.url}${path}`).then((r) => r.json()),
        fetch(`${postgresApi.url}${path}`).then((r) => r.json()),
      ]);
      expect(comparable(b, postgresLabels, "article")).toEqual(comparable(a, sqliteLabels, "article"));
    }
    const ledger =
      "SELECT origin, status, source, reason FROM ingest_outcomes ORDER BY origin, source, status, coalesce(reason, '')";
    expect(await postgresRows(cluster.url)(ledger)).toEqual(await sqliteRows(ledger));
  });

  it("stores nothing new when the same files are uploaded again, only sightings", async () => {
    const before = await count(postgresRows(cluster.url), "articles");
    const sightings = await count(postgresRows(cluster.url), "article_sightings");
    const [onSqlite, onPostgres] = await Promise.all([post(sqliteApi, form()), post(postgresApi, form())]);
    expect(onPostgres.report).toMatchObject({ new: 0, alreadyPresent: 11 });
    expect(onPostgres.report.failed).toEqual(onSqlite.report.failed);
    expect(await count(postgresRows(cluster.url), "articles")).toBe(before);
    expect(await count(postgresRows(cluster.url), "article_sightings")).toBe(sightings + 11);
    expect(await count(postgresRows(cluster.url), "articles")).toBe(await count(sqliteRows, "articles"));
  });

  it("writes an upload to CHANCERY_DB while the reads come from CHANCERY_DB_READ", async () => {
    const setup = await openPostgres(cluster.url);
    await setup.pool.query("CREATE DATABASE elsewhere");
    await setup.close();
    const readUrl = cluster.url.replace(/\/chancery$/, "/elsewhere");
    await (await openPostgres(readUrl)).close();
    const api = await serve({ CHANCERY_DB: cluster.url, CHANCERY_DB_READ: readUrl });
    try {
      const before = await count(postgresRows(cluster.url), "articles");
      const { status, report } = await post(api, variant("Myanmar"));
      expect(status).toBe(200);
      expect(report.new).toBe(1);
      expect(await count(postgresRows(cluster.url), "articles")).toBe(before + 1);
      expect(await count(postgresRows(readUrl), "articles")).toBe(0);
      const list = (await (await fetch(`${api.url}/api/articles?limit=5`)).json()) as { items: unknown[] };
      expect(list.items).toEqual([]);
    } finally {
      api.stop();
    }
  });
});
