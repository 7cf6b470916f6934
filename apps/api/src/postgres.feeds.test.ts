import { fileURLToPath } from "node:url";
import {
  openPostgres,
  type PostgresDatabase,
  postgresSuitesRun,
  postgresWriterFor,
  startThrowawayDatabases,
  type ThrowawayDatabases,
} from "@chancery/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../packages/ingest/test/news-server.js";
import { serve } from "./testing/served.js";

/*
 * Feeds through the built API on PostgreSQL (issue 17): the server started with CHANCERY_FEEDS=1 polls a followed
 * feed by itself into the primary; feeds added, polled now and removed through the primary's writer, with the
 * errors SQLite gives. The feeds are served by a news site on 127.0.0.1.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

const TOKEN = "feeds-test-token-of-length";
const pages = fileURLToPath(new URL("../../../packages/ingest/test/pages", import.meta.url));

async function until<T>(check: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

serverTests("feeds through the API on PostgreSQL", { timeout: 120_000 }, () => {
  let news: NewsServer;
  let clusters: ThrowawayDatabases;
  let database: PostgresDatabase;
  let api: Awaited<ReturnType<typeof serve>>;

  const call = (method: string, path: string, body?: unknown, token: string | null = TOKEN) =>
    fetch(`${api.url}${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    [news, clusters] = await Promise.all([startNewsServer(pages), startThrowawayDatabases("api_feeds")]);
    news.items = [
      { id: "1", title: "Indonesia EEZ", page: "html-antara-indonesia-eez.html", published: "2026-11-20T08:00:00Z" },
    ];
    const url = await clusters.fresh();
    database = await openPostgres(url);
    // Followed before the server starts, so its poller's first round (at start) takes it.
    await postgresWriterFor(database).feeds.insertFeed({ url: news.url("/rss.xml"), intervalSeconds: 3600 });
    api = await serve({ CHANCERY_DB: url, CHANCERY_TOKEN: TOKEN, CHANCERY_FEEDS: "1" });
  }, 240_000);
  afterAll(async () => {
    api?.stop();
    await database?.close();
    await news?.close();
    clusters?.stop();
  });

  it("polls a followed feed by itself (CHANCERY_FEEDS=1) and stores its items in the primary", async () => {
    const feed = await until(async () => {
      const { feeds } = (await (await call("GET", "/api/feeds")).json()) as {
        feeds: Array<{ status: string; itemsSeen: number }>;
      };
      return feeds[0]?.status === "ok" ? feeds[0] : null;
    });
    expect(feed.itemsSeen).toBe(1);
    const list = (await (await call("GET", "/api/articles?limit=5")).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
    const ledger = await database.pool.query("SELECT origin, status FROM ingest_outcomes");
    expect(ledger.rows).toEqual([{ origin: "feed", status: "stored" }]);
  });

  it("adds a feed once, polls it now, removes it, and answers the errors SQLite gives", async () => {
    const added = await call("POST", "/api/feeds", { url: news.url("/atom.xml"), intervalSeconds: 600 });
    expect(added.status).toBe(200);
    const { feed, created } = (await added.json()) as { feed: { id: number; status: string }; created: boolean };
    expect([created, feed.status]).toEqual([true, "new"]);
    const again = await call("POST", "/api/feeds", { url: news.url("/atom.xml") });
    expect(await again.json()).toMatchObject({ feed: { id: feed.id }, created: false });

    // The atom feed lists the page the RSS feed brought: recognised by its URL, not fetched again.
    const polled = await call("POST", "/api/feeds/poll", { feedIds: [feed.id] });
    expect(polled.status).toBe(200);
    expect(((await polled.json()) as { results: unknown[] }).results).toEqual([
      expect.objectContaining({ feedId: feed.id, status: "fetched", newItems: 1, duplicates: 1, stored: 0 }),
    ]);
    expect(news.requests.get("/pages/html-antara-indonesia-eez.html")).toBe(1);

    const refused = await call("POST", "/api/feeds", { url: news.url("/atom.xml") }, null);
    expect(refused.status).toBe(401);
    const bad = await call("POST", "/api/feeds", { url: "file:///etc/passwd" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("bad_request");

    expect((await call("DELETE", `/api/feeds/${feed.id}`)).status).toBe(200);
    const gone = await call("DELETE", `/api/feeds/${feed.id}`);
    expect(gone.status).toBe(404);
    expect(await gone.json()).toEqual({ error: { code: "not_found", message: `No feed ${feed.id}.` } });
    const left = await database.pool.query("SELECT url FROM feeds");
    expect(left.rows).toEqual([{ url: news.url("/rss.xml") }]);
  });
});
