import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../../packages/ingest/test/news-server.js";
import { startServer } from "../server.js";

const pages = fileURLToPath(new URL("../../../../packages/ingest/test/pages", import.meta.url));
let news: NewsServer;
let dir: string;

beforeAll(async () => {
  news = await startNewsServer(pages);
  news.items = [
    { id: "1", title: "Indonesia EEZ", page: "html-antara-indonesia-eez.html", published: "2026-11-20T08:00:00Z" },
  ];
  dir = mkdtempSync(join(tmpdir(), "chancery-feeds-server-"));
});
afterAll(async () => {
  await news.close();
  rmSync(dir, { recursive: true, force: true });
});

async function until<T>(check: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("a server started with feeds enabled", () => {
  it("polls a feed added through the API by itself and stores its items", async () => {
    const server = await startServer({
      port: 0,
      dbPath: join(dir, "served.db"),
      feeds: { checkEveryMs: 100, hostDelayMs: 0, fetch: { retries: 0 } },
    });
    try {
      const added = await fetch(`${server.url}/api/feeds`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ url: news.url("/rss.xml"), intervalSeconds: 3600 }),
      });
      expect(added.status).toBe(200);
      const feed = await until(async () => {
        const { feeds } = (await (await fetch(`${server.url}/api/feeds`)).json()) as {
          feeds: Array<{ status: string; itemsSeen: number }>;
        };
        return feeds[0]?.status === "ok" ? feeds[0] : null;
      });
      expect(feed.itemsSeen).toBe(1);
      const list = (await (await fetch(`${server.url}/api/articles?limit=5`)).json()) as { items: unknown[] };
      expect(list.items).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
