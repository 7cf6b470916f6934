import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../test/news-server.js";
import { ingestPaths } from "./ingest.js";
import { ingestUrls } from "./ingest-urls.js";

const pages = fileURLToPath(new URL("../../test/pages", import.meta.url));
const page = "html-antara-indonesia-eez.html";
const other = "html-kyodo-japan-philippines.html";
const quick = { retries: 0, timeoutMs: 500, maxBytes: 2 * 1024 * 1024 };

let server: NewsServer;
let dir: string;
let database: ChanceryDatabase;

beforeAll(async () => {
  server = await startNewsServer(pages, { slowMs: 2000 });
});
afterAll(() => server.close());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-urls-"));
  database = openDatabase({ path: join(dir, "test.db") });
});
afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) =>
  (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const ledger = () =>
  database.sqlite
    .prepare("SELECT origin, status, source, reason, detail, outlet, day, article_id AS articleId FROM ingest_outcomes")
    .all() as Array<Record<string, unknown>>;

describe("ingestUrls", () => {
  it("stores a fetched page read like a saved one, with the URL as provenance", async () => {
    const url = server.url(`/pages/${page}`);
    const report = await ingestUrls(database, [url], { fetch: quick });
    expect(report.failed).toEqual([]);
    expect(report.new).toBe(1);
    const saved = await ingestPaths(database, [join(pages, page)], { dryRun: true });
    expect(report.articles[0]?.body).toBe(saved.articles[0]?.body);
    const sighting = database.sqlite.prepare("SELECT source_path, url FROM article_sightings").get() as {
      source_path: string;
      url: string | null;
    };
    expect(sighting.source_path).toBe(url);
    expect(ledger()).toEqual([expect.objectContaining({ origin: "url", status: "stored", source: url })]);
  });

  it("recognises a URL already ingested without fetching it again", async () => {
    const url = server.url(`/pages/${other}`);
    await ingestUrls(database, [url], { fetch: quick });
    const requests = server.requests.get(`/pages/${other}`);
    const again = await ingestUrls(database, [url], { fetch: quick });
    expect(again).toMatchObject({ new: 0, alreadyPresent: 1, failed: [] });
    expect(server.requests.get(`/pages/${other}`)).toBe(requests);
    expect(ledger().map((row) => row.status)).toEqual(["stored", "duplicate"]);
  });

  it("recognises the same content at another URL as a duplicate", async () => {
    server.extraPages.set("copy.html", readFileSync(join(pages, page), "utf8"));
    await ingestUrls(database, [server.url(`/pages/${page}`)], { fetch: quick });
    const copy = await ingestUrls(database, [server.url("/pages/copy.html")], { fetch: quick });
    expect(copy).toMatchObject({ new: 0, alreadyPresent: 1 });
    expect(count("articles")).toBe(1);
    expect(count("article_sightings")).toBe(2);
  });

  it("ends each hostile answer with a per-item reason in the ledger and nothing else", async () => {
    await ingestUrls(database, [server.url(`/pages/${page}`)], { fetch: quick });
    const tables = ["articles", "article_sightings", "entities", "mentions", "stories", "indicators"];
    const before = Object.fromEntries(tables.map((t) => [t, count(t)]));
    const hostile = {
      "/slow": "timeout",
      "/loop-a": "redirectLoop",
      "/missing": "http",
      "/huge": "tooLarge",
      "/report.pdf": "notHtml",
    };
    const urls = Object.keys(hostile).map((path) => server.url(path));
    const report = await ingestUrls(database, [...urls, "ftp://127.0.0.1/x"], { fetch: quick });
    expect(report.new).toBe(0);
    expect(report.failed.map((f) => f.file)).toEqual([...urls, "ftp://127.0.0.1/x"]);
    expect(report.failed.every((f) => f.error.length > 0)).toBe(true);
    const failures = ledger().filter((row) => row.status === "failed");
    expect(failures.map((row) => [row.source, row.reason])).toEqual([
      ...Object.entries(hostile).map(([path, reason]) => [server.url(path), reason]),
      ["ftp://127.0.0.1/x", "badUrl"],
    ]);
    expect(failures.every((row) => row.outlet === "127.0.0.1" && typeof row.detail === "string")).toBe(true);
    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(before);
  });

  it("records nothing on a dry run", async () => {
    const report = await ingestUrls(database, [server.url(`/pages/${page}`), server.url("/missing")], {
      dryRun: true,
      fetch: quick,
    });
    expect(report).toMatchObject({ new: 1, failed: [expect.objectContaining({ file: server.url("/missing") })] });
    expect(count("articles")).toBe(0);
    expect(count("ingest_outcomes")).toBe(0);
  });
});
