import { fileURLToPath } from "node:url";
import { FeedPollResult, FeedView } from "@chancery/follow";
import { IngestReport } from "@chancery/ingest";
import { Coverage } from "@chancery/query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../../packages/ingest/test/news-server.js";
import { testApp } from "../testing/test-app.js";

const pages = fileURLToPath(new URL("../../../../packages/ingest/test/pages", import.meta.url));
const token = "feeds-test-token-0123456789";
const { app, database, dispose } = testApp({ token });
const auth = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };
let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer(pages, { slowMs: 25_000 });
  server.items = [
    { id: "1", title: "Indonesia EEZ", page: "html-antara-indonesia-eez.html", published: "2026-11-20T08:00:00Z" },
  ];
});
afterAll(async () => {
  await server.close();
  dispose();
});

const news = () => server.requests;
const count = (table: string) =>
  (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const post = (path: string, body: unknown, headers: Record<string, string> = auth) =>
  app.request(path, { method: "POST", headers, body: JSON.stringify(body) });

describe("/api/feeds", () => {
  it("refuses every write without the token, before reading the body", async () => {
    const json = { "Content-Type": "application/json" };
    expect((await post("/api/feeds", { url: server.url("/rss.xml") }, json)).status).toBe(401);
    expect((await post("/api/feeds/poll", {}, json)).status).toBe(401);
    expect((await app.request("/api/feeds/1", { method: "DELETE" })).status).toBe(401);
    expect(count("feeds")).toBe(0);
  });

  it("adds a feed, lists it, polls it now and removes it", async () => {
    const added = await post("/api/feeds", { url: server.url("/rss.xml"), intervalSeconds: 600 });
    expect(added.status).toBe(200);
    const { feed, created } = (await added.json()) as { feed: FeedView; created: boolean };
    expect(created).toBe(true);
    expect(FeedView.parse(feed)).toMatchObject({ url: server.url("/rss.xml"), status: "new", intervalSeconds: 600 });

    const articles = count("articles");
    const polled = await post("/api/feeds/poll", { feedIds: [feed.id] });
    expect(polled.status).toBe(200);
    const { results } = (await polled.json()) as { results: FeedPollResult[] };
    expect(results.map((r) => FeedPollResult.parse(r))).toEqual([
      expect.objectContaining({ feedId: feed.id, status: "fetched", newItems: 1, stored: 1 }),
    ]);
    expect(count("articles")).toBe(articles + 1);

    const again = (await (await post("/api/feeds/poll", {})).json()) as { results: FeedPollResult[] };
    expect(again.results[0]?.status).toBe("notModified");

    const list = (await (await app.request("/api/feeds")).json()) as { feeds: FeedView[] };
    expect(list.feeds).toEqual([expect.objectContaining({ id: feed.id, status: "ok", itemsSeen: 1 })]);

    const removed = await app.request(`/api/feeds/${feed.id}`, { method: "DELETE", headers: auth });
    expect(removed.status).toBe(200);
    const missing = await app.request(`/api/feeds/${feed.id}`, { method: "DELETE", headers: auth });
    expect(missing.status).toBe(404);
    expect(count("feeds")).toBe(0);
  });

  it("answers 400 in the one error shape for a URL that is not http(s) or an interval under a minute", async () => {
    const bad = await post("/api/feeds", { url: "ftp://example.org/feed" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      error: { code: "bad_request", message: expect.stringContaining("http") },
    });
    expect((await post("/api/feeds", { url: server.url("/rss.xml"), intervalSeconds: 5 })).status).toBe(400);
  });
});

describe("POST /api/articles with urls", () => {
  it("fetches each page, stores it with its URL, and answers a failure per page that cannot be read", async () => {
    const url = server.url("/pages/html-kyodo-japan-philippines.html");
    const response = await post("/api/articles", { urls: [url, server.url("/missing"), server.url("/report.pdf")] });
    expect(response.status).toBe(200);
    const report = IngestReport.parse(await response.json());
    expect(report.new).toBe(1);
    expect(report.articles[0]?.file).toBe(url);
    expect(report.failed).toEqual([
      { file: server.url("/missing"), error: "HTTP 404 Not Found" },
      { file: server.url("/report.pdf"), error: expect.stringContaining("application/pdf") },
    ]);
  });

  it("refuses more URLs than one request fetches, before fetching any", async () => {
    const before = news().size;
    const response = await post("/api/articles", {
      urls: Array.from({ length: 21 }, (_, i) => server.url(`/missing?${i}`)),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: "bad_request", message: expect.stringContaining('"urls"') },
    });
    expect(news().size).toBe(before);
  });

  it("needs the token", async () => {
    const response = await post(
      "/api/articles",
      { urls: [server.url("/missing")] },
      { "Content-Type": "application/json" },
    );
    expect(response.status).toBe(401);
  });
});

describe("GET /api/coverage", () => {
  it("counts what was stored and what failed, by reason, per outlet", async () => {
    const response = await app.request("/api/coverage?outlet=127.0.0.1");
    expect(response.status).toBe(200);
    const coverage = Coverage.parse(await response.json());
    expect(coverage.totals).toMatchObject({ failed: 2, failures: { http: 1, notHtml: 1 } });
    const all = Coverage.parse(await (await app.request("/api/coverage")).json());
    expect(all.totals.stored).toBeGreaterThanOrEqual(2);
  });

  it("answers 400 for a date that is not YYYY-MM-DD", async () => {
    expect((await app.request("/api/coverage?from=yesterday")).status).toBe(400);
  });
});
