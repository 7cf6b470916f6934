import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../ingest/test/news-server.js";
import { addFeed, getFeed, listFeeds, removeFeed } from "./feeds.js";
import { pollFeeds } from "./poll.js";

const pages = fileURLToPath(new URL("../../../ingest/test/pages", import.meta.url));
const fast = { hostDelayMs: 0, fetch: { retries: 0, timeoutMs: 500, maxBytes: 2 * 1024 * 1024 } };

let server: NewsServer;
let dir: string;
let database: ChanceryDatabase;

beforeAll(async () => {
  server = await startNewsServer(pages, { slowMs: 2000 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.items = [
    { id: "1", title: "Indonesia EEZ", page: "html-antara-indonesia-eez.html", published: "2026-11-20T08:00:00Z" },
    {
      id: "2",
      title: "Japan Philippines",
      page: "html-kyodo-japan-philippines.html",
      published: "2026-11-21T08:00:00Z",
    },
  ];
  server.requests.clear();
  dir = mkdtempSync(join(tmpdir(), "chancery-feeds-"));
  database = openDatabase({ path: join(dir, "test.db") });
});
afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (table: string) =>
  (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const pageRequests = () =>
  [...server.requests].filter(([path]) => path.startsWith("/pages/")).reduce((sum, [, n]) => sum + n, 0);

describe.each(["/rss.xml", "/atom.xml"])("polling %s", (path) => {
  it("ingests new items, then fetches nothing while the feed is unchanged (304)", async () => {
    const { feed } = addFeed(database, { url: server.url(path), intervalSeconds: 600 });
    const [first] = await pollFeeds(database, fast);
    expect(first).toMatchObject({ status: "fetched", listed: 2, newItems: 2, stored: 2, failed: 0 });
    expect(count("articles")).toBe(2);
    expect(pageRequests()).toBe(2);

    const [second] = await pollFeeds(database, fast);
    expect(second).toMatchObject({ status: "notModified", newItems: 0 });
    expect(pageRequests()).toBe(2);
    expect(getFeed(database, feed.id)).toMatchObject({ status: "ok", itemsSeen: 2, lastError: null });

    server.items.unshift({
      id: "3",
      title: "Bernama",
      page: "html-bernama-malaysia-fused-byline.html",
      published: "2026-11-22T08:00:00Z",
    });
    const [third] = await pollFeeds(database, fast);
    expect(third).toMatchObject({ status: "fetched", listed: 3, newItems: 1, stored: 1 });
    expect(pageRequests()).toBe(3);
    expect(count("articles")).toBe(3);
    const outcomes = database.sqlite
      .prepare("SELECT origin, status, feed_id AS feedId FROM ingest_outcomes")
      .all() as Array<{ origin: string; status: string; feedId: number }>;
    expect(outcomes).toEqual(Array(3).fill({ origin: "feed", status: "stored", feedId: feed.id }));
  });
});

describe("pollFeeds", () => {
  it("records a feed that cannot be fetched, backs off, and leaves everything else alone", async () => {
    const broken = addFeed(database, { url: server.url("/missing"), intervalSeconds: 60 }).feed;
    const notFeed = addFeed(database, { url: server.url("/not-a-feed.xml"), intervalSeconds: 60 }).feed;
    const good = addFeed(database, { url: server.url("/rss.xml"), intervalSeconds: 60 }).feed;
    const now = new Date("2026-11-30T12:00:00Z");
    const results = await pollFeeds(database, { ...fast, now: () => now });
    expect(results.map((r) => [r.feedId, r.status, r.reason])).toEqual([
      [broken.id, "error", "http"],
      [notFeed.id, "error", "notAFeed"],
      [good.id, "fetched", null],
    ]);
    expect(getFeed(database, broken.id)).toMatchObject({
      status: "failing",
      consecutiveFailures: 1,
      lastError: "HTTP 404 Not Found",
      nextPollAt: "2026-11-30T12:02:00.000Z",
    });
    const errors = database.sqlite
      .prepare("SELECT source, reason FROM ingest_outcomes WHERE status = 'feedError'")
      .all();
    expect(errors).toEqual([
      { source: server.url("/missing"), reason: "http" },
      { source: server.url("/not-a-feed.xml"), reason: "notAFeed" },
    ]);
    expect(count("articles")).toBe(2);

    // Only due feeds are polled by the poller: the working one after its interval, the failing ones after twice it.
    const poll = (at: string) => pollFeeds(database, { ...fast, dueOnly: true, now: () => new Date(at) });
    expect(await poll("2026-11-30T12:00:30Z")).toEqual([]);
    expect((await poll("2026-11-30T12:01:30Z")).map((r) => r.feedId)).toEqual([good.id]);
  });

  it("marks an item whose page fails as seen with its reason, and does not fetch it again", async () => {
    server.items = [{ id: "x", title: "Gone", page: "nothing-here.html", published: "2026-11-20T08:00:00Z" }];
    addFeed(database, { url: server.url("/rss.xml") });
    const [first] = await pollFeeds(database, fast);
    expect(first).toMatchObject({ newItems: 1, failed: 1, stored: 0 });
    const row = database.sqlite.prepare("SELECT status, reason, detail FROM ingest_outcomes").get();
    expect(row).toEqual({ status: "failed", reason: "http", detail: "HTTP 404 Not Found" });
    server.items.push({ id: "y", title: "Another", page: "html-antara-indonesia-eez.html", published: "2026-11-21" });
    const [second] = await pollFeeds(database, fast);
    expect(second).toMatchObject({ newItems: 1, stored: 1 });
    expect(server.requests.get("/pages/nothing-here.html")).toBe(1);
  });

  it("ends every hostile item and feed with a per-item reason in the ledger and no other effect", async () => {
    addFeed(database, { url: server.url("/rss.xml") });
    await pollFeeds(database, fast);
    const tables = ["articles", "article_sightings", "entities", "stories", "indicators", "partnerships"];
    const before = Object.fromEntries(tables.map((t) => [t, count(t)]));
    const hostile = {
      "/slow": "timeout",
      "/loop-a": "redirectLoop",
      "/missing": "http",
      "/huge": "tooLarge",
      "/report.pdf": "notHtml",
    };
    server.items = Object.keys(hostile).map((path, i) => ({
      id: `h${i}`,
      title: `Hostile ${path}`,
      page: "",
      path,
      published: "2026-11-25T08:00:00Z",
    }));
    for (const path of ["/slow", "/loop-a", "/huge", "/report.pdf"]) addFeed(database, { url: server.url(path) });
    const results = await pollFeeds(database, fast);
    expect(results.map((r) => [r.status, r.reason, r.failed])).toEqual([
      ["fetched", null, 5],
      ["error", "timeout", 0],
      ["error", "redirectLoop", 0],
      ["error", "tooLarge", 0],
      ["error", "notAFeed", 0],
    ]);
    const failures = database.sqlite
      .prepare("SELECT source, status, reason, day FROM ingest_outcomes WHERE status != 'stored' ORDER BY status, id")
      .all();
    expect(failures).toEqual([
      ...Object.entries(hostile).map(([path, reason]) => ({
        source: server.url(path),
        status: "failed",
        reason,
        day: "2026-11-25",
      })),
      ...Object.entries({
        "/slow": "timeout",
        "/loop-a": "redirectLoop",
        "/huge": "tooLarge",
        "/report.pdf": "notAFeed",
      }).map(([path, reason]) => ({ source: server.url(path), status: "feedError", reason, day: null })),
    ]);
    expect(Object.fromEntries(tables.map((t) => [t, count(t)]))).toEqual(before);
  });

  it("recognises an item another feed already brought, without fetching it", async () => {
    addFeed(database, { url: server.url("/rss.xml") });
    await pollFeeds(database, fast);
    addFeed(database, { url: server.url("/atom.xml") });
    const results = await pollFeeds(database, fast);
    expect(results[1]).toMatchObject({ newItems: 2, duplicates: 2, stored: 0 });
    expect(pageRequests()).toBe(2);
  });
});

describe("feeds", () => {
  it("adds a feed once, lists it, and removes it by id or URL", () => {
    const a = addFeed(database, { url: server.url("/rss.xml") });
    const again = addFeed(database, { url: server.url("/rss.xml") });
    expect([a.created, again.created, again.feed.id]).toEqual([true, false, a.feed.id]);
    addFeed(database, { url: server.url("/atom.xml") });
    expect(listFeeds(database).map((f) => [f.url, f.status])).toEqual([
      [server.url("/rss.xml"), "new"],
      [server.url("/atom.xml"), "new"],
    ]);
    expect(removeFeed(database, a.feed.id)).toBe(true);
    expect(removeFeed(database, server.url("/atom.xml"))).toBe(true);
    expect(removeFeed(database, 999)).toBe(false);
    expect(listFeeds(database)).toEqual([]);
  });

  it("refuses a URL that is not http(s)", () => {
    expect(() => addFeed(database, { url: "file:///etc/passwd" })).toThrow(/only http and https/);
  });
});
