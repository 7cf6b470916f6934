import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import {
  openPostgres,
  type PostgresDatabase,
  postgresSuitesRun,
  postgresWriterFor,
  startThrowawayDatabases,
  type ThrowawayDatabases,
} from "@chancery/db/postgres";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../ingest/test/news-server.js";
import { addFeed, addFeedOnPostgres, listFeeds, removeFeed, removeFeedOnPostgres } from "./feeds.js";
import { pollFeeds } from "./poll.js";

/*
 * Feeds on PostgreSQL against SQLite: the same feeds, served by one news site on 127.0.0.1, added, polled and removed
 * on a SQLite file and on a fresh database of a throwaway cluster, every write through each backend's writer; the
 * same results, rows and ledger. Then two processes' polls of one feed at once: each item counted and stored once.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

const pages = fileURLToPath(new URL("../../../ingest/test/pages", import.meta.url));
const fast = { hostDelayMs: 0, fetch: { retries: 0, timeoutMs: 2000, maxBytes: 2 * 1024 * 1024 } };

/** What a poll left, by content rather than ids or times: the feeds, their items, the ledger, the articles. */
const STATE = {
  feeds: `SELECT url, title, interval_seconds, etag IS NOT NULL AS etag, last_modified IS NOT NULL AS modified,
    last_error, consecutive_failures, items_seen, last_polled_at IS NOT NULL AS polled FROM feeds ORDER BY id`,
  items: `SELECT f.url, i.key, i.link, i.title, i.published_at, i.status, a.content_hash AS article
    FROM feed_items i JOIN feeds f ON f.id = i.feed_id LEFT JOIN articles a ON a.id = i.article_id ORDER BY f.url, i.key`,
  ledger: `SELECT o.origin, o.status, o.source, o.outlet, o.day, o.reason, o.detail, o.findings, f.url AS feed
    FROM ingest_outcomes o LEFT JOIN feeds f ON f.id = o.feed_id ORDER BY o.source, o.status`,
  articles: "SELECT content_hash, title, url, outlet, published_at FROM articles ORDER BY content_hash",
};

const plain = (rows: Array<Record<string, unknown>>) =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, v === null ? null : String(typeof v === "boolean" ? Number(v) : v)]),
    ),
  );

/** The results of a poll without what differs by backend (ids) or by clock (the next poll). */
/** Ten real pages of the test set, for a feed of ten items. */
const PAGES = readdirSync(pages)
  .filter((name) => name.endsWith(".html"))
  .sort()
  .slice(0, 10);

const results = (polled: Awaited<ReturnType<typeof pollFeeds>>) =>
  polled.map(({ feedId: _id, nextPollAt: _next, ...rest }) => rest);

// Each case migrates a fresh database and ingests pages twice: seconds on a loaded machine.
serverTests("feeds on PostgreSQL", { timeout: 120_000 }, () => {
  let server: NewsServer;
  let clusters: ThrowawayDatabases;
  let dir: string;
  let sqlite: ChanceryDatabase;
  let postgres: PostgresDatabase;
  let url: string;

  const sqliteState = () =>
    Object.fromEntries(
      Object.entries(STATE).map(([name, sql]) => [
        name,
        plain(sqlite.sqlite.prepare(sql).all() as Array<Record<string, unknown>>),
      ]),
    );
  const postgresState = async () => {
    const state: Record<string, unknown> = {};
    for (const [name, sql] of Object.entries(STATE)) state[name] = plain((await postgres.pool.query(sql)).rows);
    return state;
  };

  beforeAll(async () => {
    [server, clusters] = await Promise.all([
      startNewsServer(pages, { slowMs: 4000 }),
      startThrowawayDatabases("feeds"),
    ]);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    clusters?.stop();
  });
  beforeEach(async () => {
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
    dir = mkdtempSync(join(tmpdir(), "chancery-feeds-pg-"));
    sqlite = openDatabase({ path: join(dir, "test.db") });
    url = await clusters.fresh();
    postgres = await openPostgres(url);
  }, 60_000);
  afterEach(async () => {
    sqlite.close();
    await postgres.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("adds a feed once, lists it as SQLite does, and removes it by id or URL", async () => {
    const writer = postgresWriterFor(postgres).feeds;
    const url = server.url("/rss.xml");
    const [a, again] = [addFeed(sqlite, { url }), addFeed(sqlite, { url })];
    const [b, bAgain] = [await addFeedOnPostgres(writer, { url }), await addFeedOnPostgres(writer, { url })];
    expect([b.created, bAgain.created, bAgain.feed.id]).toEqual([a.created, again.created, b.feed.id]);
    expect(bAgain.feed).toEqual(b.feed);
    addFeed(sqlite, { url: server.url("/atom.xml"), intervalSeconds: 600 });
    await addFeedOnPostgres(writer, { url: server.url("/atom.xml"), intervalSeconds: 600 });
    // Listed here from the primary as a poll reads it; `listFeeds` over `openPostgresReads` runs in the CLI's test.
    const without = (feeds: Array<Record<string, unknown>>) =>
      feeds.map(({ createdAt: _created, nextPollAt: _next, status: _status, ...f }) => f);
    expect(without(await writer.feedsToPoll({}))).toEqual(without(listFeeds(sqlite)));
    expect(await addFeedOnPostgres(writer, { url: "file:///etc/passwd" }).catch((e: Error) => e.message)).toMatch(
      /only http and https/,
    );
    expect(await removeFeedOnPostgres(writer, b.feed.id)).toBe(true);
    expect(await removeFeedOnPostgres(writer, server.url("/atom.xml"))).toBe(true);
    expect(await removeFeedOnPostgres(writer, 999)).toBe(false);
    expect(await writer.feedsToPoll({})).toEqual([]);
    expect([removeFeed(sqlite, a.feed.id), removeFeed(sqlite, server.url("/atom.xml"))]).toEqual([true, true]);
  });

  it("polls as SQLite does: new items stored, an unchanged feed not fetched again (304), a new item alone", async () => {
    const writer = postgresWriterFor(postgres).feeds;
    addFeed(sqlite, { url: server.url("/rss.xml"), intervalSeconds: 600 });
    const { feed } = await addFeedOnPostgres(writer, { url: server.url("/rss.xml"), intervalSeconds: 600 });
    const both = async () => [results(await pollFeeds(sqlite, fast)), results(await pollFeeds(postgres, fast))];

    const [first, firstPg] = await both();
    expect(firstPg).toEqual(first);
    expect(first).toEqual([expect.objectContaining({ status: "fetched", listed: 2, newItems: 2, stored: 2 })]);
    const [second, secondPg] = await both();
    expect(secondPg).toEqual(second);
    expect(second).toEqual([expect.objectContaining({ status: "notModified", newItems: 0 })]);
    server.items.unshift({
      id: "3",
      title: "Bernama",
      page: "html-bernama-malaysia-fused-byline.html",
      published: "2026-11-22T08:00:00Z",
    });
    const [third, thirdPg] = await both();
    expect(thirdPg).toEqual(third);
    expect(third).toEqual([expect.objectContaining({ status: "fetched", listed: 3, newItems: 1, stored: 1 })]);
    // Each page fetched once per backend: the items seen are never fetched again.
    expect(server.requests.get("/pages/html-antara-indonesia-eez.html")).toBe(2);
    expect(await postgresState()).toEqual(sqliteState());
    expect((await postgres.pool.query("SELECT value FROM meta WHERE key = 'articles'")).rows).toEqual([{ value: "3" }]);
    expect((await writer.feedsToPoll({ feedIds: [feed.id] }))[0]).toMatchObject({ itemsSeen: 3, lastError: null });
  });

  it("records failing feeds and items with their reasons, backs off, and polls only due feeds, as SQLite does", async () => {
    const writer = postgresWriterFor(postgres).feeds;
    server.items.push({ id: "x", title: "Gone", page: "nothing-here.html", published: "2026-11-22T08:00:00Z" });
    for (const path of ["/missing", "/not-a-feed.xml", "/rss.xml", "/loop-a"]) {
      addFeed(sqlite, { url: server.url(path), intervalSeconds: 60 });
      await addFeedOnPostgres(writer, { url: server.url(path), intervalSeconds: 60 });
    }
    const now = new Date("2026-11-30T12:00:00Z");
    const polled = results(await pollFeeds(sqlite, { ...fast, now: () => now }));
    const polledPg = await pollFeeds(postgres, { ...fast, now: () => now });
    expect(results(polledPg)).toEqual(polled);
    expect(polled.map((r) => [r.status, r.reason, r.failed])).toEqual([
      ["error", "http", 0],
      ["error", "notAFeed", 0],
      ["fetched", null, 1],
      ["error", "redirectLoop", 0],
    ]);
    expect(polledPg.map((r) => r.nextPollAt)).toEqual([
      "2026-11-30T12:02:00.000Z",
      "2026-11-30T12:02:00.000Z",
      "2026-11-30T12:01:00.000Z",
      "2026-11-30T12:02:00.000Z",
    ]);
    expect(await postgresState()).toEqual(sqliteState());
    const due = async (at: string) =>
      (await pollFeeds(postgres, { ...fast, dueOnly: true, now: () => new Date(at) })).map((r) => r.url);
    expect(await due("2026-11-30T12:00:30Z")).toEqual([]);
    expect(await due("2026-11-30T12:01:30Z")).toEqual([server.url("/rss.xml")]);
  });

  it("recognises an item another feed already brought, without fetching it", async () => {
    const writer = postgresWriterFor(postgres).feeds;
    await addFeedOnPostgres(writer, { url: server.url("/rss.xml") });
    await pollFeeds(postgres, fast);
    await addFeedOnPostgres(writer, { url: server.url("/atom.xml") });
    const polled = await pollFeeds(postgres, fast);
    expect(polled[1]).toMatchObject({ newItems: 2, duplicates: 2, stored: 0 });
    expect(server.requests.get("/pages/html-antara-indonesia-eez.html")).toBe(1);
  });

  it("counts and stores each item once when two processes poll one feed at once", async () => {
    const other = await openPostgres(url);
    try {
      // Ten items, and each connection its own process's poll (busy sets and host queues are per connection).
      server.items = PAGES.map((page, i) => ({
        id: `n${i}`,
        title: `Item ${i}`,
        page,
        published: `2026-11-${10 + i}`,
      }));
      const { feed } = await addFeedOnPostgres(postgresWriterFor(postgres).feeds, { url: server.url("/rss.xml") });
      const [a, b] = await Promise.all([pollFeeds(postgres, fast), pollFeeds(other, fast)]);
      expect([a[0]?.status, b[0]?.status]).toEqual(["fetched", "fetched"]);
      const { rows } = await postgres.pool.query(
        "SELECT items_seen::int AS seen, (SELECT count(*)::int FROM feed_items WHERE feed_id = $1) AS items FROM feeds WHERE id = $1",
        [feed.id],
      );
      expect(rows).toEqual([{ seen: 10, items: 10 }]);
      // A page both fetched is stored by one and a duplicate for the other: never two articles, never a lost count.
      const stored = (await postgres.pool.query("SELECT count(*)::int AS n FROM articles")).rows[0].n;
      const total = await postgres.pool.query("SELECT value FROM meta WHERE key = 'articles'");
      expect(stored).toBeGreaterThan(5);
      expect((a[0]?.stored ?? 0) + (b[0]?.stored ?? 0)).toBe(stored);
      expect(total.rows).toEqual([{ value: String(stored) }]);
      const items = await postgres.pool.query(
        "SELECT count(*)::int AS n FROM feed_items WHERE status IN ('stored', 'duplicate') AND article_id IS NOT NULL",
      );
      expect(items.rows[0].n).toBe(stored);
    } finally {
      await other.close();
    }
  });
});
