import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhookSignature } from "@chancery/follow";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserPerFile, openPage, screenshot } from "./browser.js";
import { type RunningServer, startServer } from "./server.js";

/*
 * The issue's "done when": from an empty database, a local feed is added and polled, its items ingested; a second
 * poll fetches nothing (304); a new item upgrades a followed partnership, and the change shows on the Changes page,
 * in the Atom feed and at a webhook receiver that checks the signature. Everything runs on 127.0.0.1.
 */

const secret = "watch-e2e-webhook-secret";

type Page = { path: string; title: string; published: string; paragraphs: string[] };

const pages: Page[] = [
  {
    path: "/news/thailand-ties.html",
    title: "Vietnam and Thailand review their ties",
    published: "2025-01-10",
    paragraphs: [
      "Hanoi (VNA) - Vietnam and Thailand agreed on Monday to deepen their Strategic Partnership, officials said after talks in Bangkok.",
      "The two sides discussed trade, investment and cooperation in agriculture and tourism.",
    ],
  },
  {
    path: "/news/rice-trade.html",
    title: "Rice exporters look to new markets",
    published: "2025-01-12",
    paragraphs: [
      "Hanoi (VNA) - Vietnamese rice exporters are looking for new buyers in Africa and the Middle East, traders said on Wednesday.",
      "Prices for the fragrant varieties held steady through the month.",
    ],
  },
];

const upgrade: Page = {
  path: "/news/thailand-upgrade.html",
  title: "Vietnam and Thailand lift ties to the highest level",
  published: "2025-05-15",
  paragraphs: [
    "Hanoi (VNA) - Vietnam and Thailand on Thursday lifted their relations to a Comprehensive Strategic Partnership, the two prime ministers announced in Hanoi.",
    "They set a goal of 25 billion USD in two-way trade.",
  ],
};

/** Listens on a free port of 127.0.0.1 and returns it. */
async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function html(page: Page): string {
  const body = page.paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page.title}</title>
<meta property="article:published_time" content="${page.published}T08:00:00+07:00"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>${page.title}</h1>${body}</article><footer>Local test outlet</footer></body></html>`;
}

/** An outlet on 127.0.0.1: its RSS feed answers 304 to a matching If-None-Match, and every request is logged. */
class Outlet {
  readonly requests: Array<{ path: string; status: number }> = [];
  private items: Page[] = [...pages];
  private server: Server | undefined;
  url = "";

  async start() {
    const server = createServer((request, response) => {
      const path = request.url ?? "/";
      const answer = (status: number, type: string, body = "", headers: Record<string, string> = {}) => {
        this.requests.push({ path, status });
        response.writeHead(status, { "content-type": type, ...headers }).end(body);
      };
      if (path === "/feed.xml") {
        const etag = `"items-${this.items.length}"`;
        if (request.headers["if-none-match"] === etag) return answer(304, "application/rss+xml", "", { etag });
        return answer(200, "application/rss+xml; charset=utf-8", this.rss(), { etag });
      }
      const page = [...this.items, upgrade].find((p) => p.path === path);
      if (page) return answer(200, "text/html; charset=utf-8", html(page));
      answer(404, "text/plain", "not found");
    });
    this.server = server;
    this.url = `http://127.0.0.1:${await listen(server)}`;
  }

  publish(page: Page) {
    this.items.unshift(page);
  }

  private rss(): string {
    const items = this.items
      .map(
        (p) => `<item><title>${p.title}</title><link>${this.url}${p.path}</link><guid>${this.url}${p.path}</guid>
<pubDate>${new Date(`${p.published}T01:00:00Z`).toUTCString()}</pubDate></item>`,
      )
      .join("\n");
    return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local outlet</title>
<link>${this.url}/</link><description>Test feed</description>${items}</channel></rss>`;
  }

  stop() {
    return new Promise((resolve) => this.server?.close(resolve) ?? resolve(null));
  }
}

/** The webhook receiver: keeps each POST with whether its signature matches the raw body. */
class Receiver {
  readonly deliveries: Array<{ body: Record<string, unknown>; signed: boolean }> = [];
  private server: Server | undefined;
  url = "";

  async start() {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const header = request.headers["x-chancery-signature"];
        this.deliveries.push({
          body: JSON.parse(raw) as Record<string, unknown>,
          signed: verifyWebhookSignature(secret, raw, typeof header === "string" ? header : undefined),
        });
        response.writeHead(204).end();
      });
    });
    this.server = server;
    this.url = `http://127.0.0.1:${await listen(server)}/hook`;
  }

  stop() {
    return new Promise((resolve) => this.server?.close(resolve) ?? resolve(null));
  }
}

const outlet = new Outlet();
const receiver = new Receiver();
const browsers = browserPerFile();
let server: RunningServer;

beforeAll(async () => {
  await outlet.start();
  await receiver.start();
  server = await startServer({ env: { CHANCERY_WEBHOOK_URL: receiver.url, CHANCERY_WEBHOOK_SECRET: secret } });
});

afterAll(async () => {
  await browsers.close();
  await server?.stop();
  await outlet.stop();
  await receiver.stop();
});

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

type PollAnswer = { results: Array<{ status: string; stored: number; newItems: number; error: string | null }> };
type Events = {
  items: Array<{
    kind: string;
    summary: string;
    before: string | null;
    after: string;
    evidence: string;
    articleId: number;
  }>;
};

async function until<T>(what: string, read: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("following a feed and watching a partnership", () => {
  it("polls, skips an unchanged feed, and reports the upgrade on the Changes page, the Atom feed and the webhook", async () => {
    await call("POST", "/api/watch/follows", { kind: "partnership", target: "TH" });
    const { feed } = await call<{ feed: { id: number } }>("POST", "/api/feeds", { url: `${outlet.url}/feed.xml` });

    const first = await call<PollAnswer>("POST", "/api/feeds/poll", { feedIds: [feed.id] });
    expect(first.results).toMatchObject([{ status: "fetched", stored: 2 }]);
    const firstEvents = await call<Events>("GET", "/api/watch/events");
    expect(firstEvents.items.map((e) => [e.before, e.after])).toEqual([[null, "Strategic Partnership"]]);

    const requestsBefore = outlet.requests.length;
    const second = await call<PollAnswer>("POST", "/api/feeds/poll", { feedIds: [feed.id] });
    expect(second.results).toMatchObject([{ status: "notModified", stored: 0 }]);
    expect(outlet.requests.slice(requestsBefore)).toEqual([{ path: "/feed.xml", status: 304 }]);

    outlet.publish(upgrade);
    const third = await call<PollAnswer>("POST", "/api/feeds/poll", { feedIds: [feed.id] });
    expect(third.results).toMatchObject([{ status: "fetched", newItems: 1, stored: 1 }]);
    const events = await call<Events>("GET", "/api/watch/events?kind=partnership");
    const change = events.items[0];
    expect(change).toMatchObject({
      before: "Strategic Partnership",
      after: "Comprehensive Strategic Partnership",
      summary: "Thailand: Strategic Partnership → Comprehensive Strategic Partnership",
    });
    expect(change?.evidence).toMatch(/lifted their relations to a Comprehensive Strategic Partnership/);

    // The Changes page: newest first, with the evidence and a link that opens the article.
    const { page, problems } = await openPage(await browsers.get(), `${server.url}/changes`);
    try {
      const newest = page.locator(".change").first();
      await newest.getByText("Thailand: Strategic Partnership → Comprehensive Strategic Partnership").waitFor();
      expect(await newest.locator(".change-evidence").textContent()).toContain("Comprehensive Strategic Partnership");
      expect(await page.locator(".change").count()).toBe(2);
      await screenshot(page, "changes");
      await page.getByRole("navigation", { name: "Kind of change" }).getByRole("link", { name: "Searches" }).click();
      await page.getByText("No changes yet").waitFor();
      await page
        .getByRole("navigation", { name: "Kind of change" })
        .getByRole("link", { name: "Partnerships" })
        .click();
      await page.locator(".change").first().getByRole("link", { name: upgrade.title }).click();
      await page.waitForURL(`${server.url}/articles/${change?.articleId}`);
      await page.getByRole("heading", { level: 1, name: upgrade.title }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }

    // The Follow buttons: the followed country shows as followed; a search is followed from the Search page.
    const buttons = await openPage(await browsers.get(), `${server.url}/partnerships`);
    try {
      const thailand = buttons.page.getByRole("button", { name: "Stop following Thailand's partnership" });
      await thailand.waitFor();
      expect(await thailand.getAttribute("aria-pressed")).toBe("true");
      await buttons.page.goto(`${server.url}/search?q=rice`);
      await buttons.page.getByRole("button", { name: "Follow the search rice" }).click();
      await buttons.page.getByRole("button", { name: "Stop following the search rice" }).waitFor();
      await buttons.page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Changes" }).click();
      await buttons.page.getByRole("region", { name: "Following" }).getByText('"rice"').waitFor();
      expect(buttons.problems).toEqual([]);
    } finally {
      await buttons.page.context().close();
    }

    // The Atom feed: well-formed XML with the Atom structure, the change as its newest entry.
    const atom = await fetch(`${server.url}/api/watch/feed.atom`);
    expect(atom.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await atom.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      isArray: (name) => name === "entry" || name === "link",
    }).parse(xml);
    expect(parsed.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const field of ["id", "title", "updated"]) expect(parsed.feed[field]).toBeTruthy();
    const entry = parsed.feed.entry[0];
    for (const field of ["id", "title", "updated"]) expect(entry[field]).toBeTruthy();
    expect(String(entry.title).trim()).toBe("Thailand: Strategic Partnership → Comprehensive Strategic Partnership");
    expect(entry.link[0]["@href"]).toBe(`${server.url}/articles/${change?.articleId}`);

    // The webhook: the server's queue delivers each event, signed over the raw body.
    const delivered = await until("the upgrade at the webhook receiver", () =>
      receiver.deliveries.find((d) => d.body.after === "Comprehensive Strategic Partnership"),
    );
    expect(delivered.signed).toBe(true);
    expect(delivered.body).toMatchObject({ kind: "partnership", before: "Strategic Partnership" });
    expect(receiver.deliveries.every((d) => d.signed)).toBe(true);
  });
});
