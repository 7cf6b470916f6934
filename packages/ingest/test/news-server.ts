import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/** An item of the test server's feeds: `page` is a file of the pages folder, served at /pages/<page>. */
export interface ServedItem {
  id: string;
  title: string;
  page: string;
  published: string;
  /** Where the item links instead of /pages/<page>, e.g. "/slow" for a hostile page. */
  path?: string;
}

export interface NewsServer {
  origin: string;
  url(path: string): string;
  /** Requests received per path (query strings included), to prove what was and was not fetched. */
  requests: Map<string, number>;
  /** User-Agent of the last request. */
  lastUserAgent: string | null;
  /** The items both feeds list, newest first; changing them changes the feeds' ETags. */
  items: ServedItem[];
  /** Extra pages served as they are (path → html), for pages written in a test. */
  extraPages: Map<string, string>;
  close(): Promise<void>;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A news site on 127.0.0.1 with a random port, for tests that must never reach the internet: saved pages, an RSS 2.0
 * and an Atom feed with ETag and Last-Modified (answering 304 to a matching conditional request), and the hostile
 * cases — a slow answer, a redirect loop, a 404, a 20 MB body, a body that is not HTML, a failing server.
 */
export async function startNewsServer(pagesDir: string, options: { slowMs?: number } = {}): Promise<NewsServer> {
  const slowMs = options.slowMs ?? 3000;
  const state: NewsServer = {
    origin: "",
    url: (path) => `${state.origin}${path}`,
    requests: new Map(),
    lastUserAgent: null,
    items: [],
    extraPages: new Map(),
    close: async () => {},
  };
  const feed = (res: ServerResponse, req: IncomingMessage, type: string, body: string) => {
    const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;
    const lastModified = new Date(
      Math.max(0, ...state.items.map((i) => Date.parse(i.published))) || Date.UTC(2026, 0, 1),
    ).toUTCString();
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { ETag: etag, "Last-Modified": lastModified }).end();
      return;
    }
    res.writeHead(200, { "Content-Type": type, ETag: etag, "Last-Modified": lastModified }).end(body);
  };
  const rss = () =>
    `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test News (RSS)</title><link>${state.origin}/</link><description>Test</description>
${state.items
  .map(
    (i) =>
      `<item><title>${escapeXml(i.title)}</title><link>${state.origin}${i.path ?? `/pages/${i.page}`}</link><guid isPermaLink="false">${i.id}</guid><pubDate>${new Date(i.published).toUTCString()}</pubDate></item>`,
  )
  .join("\n")}
</channel></rss>`;
  const atom = () =>
    `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test News (Atom)</title><id>${state.origin}/atom.xml</id>
<updated>${new Date(Math.max(Date.UTC(2026, 0, 1), ...state.items.map((i) => Date.parse(i.published)))).toISOString()}</updated>
${state.items
  .map(
    (i) =>
      `<entry><title>${escapeXml(i.title)}</title><id>urn:test:${i.id}</id><link rel="alternate" href="${i.path ?? `/pages/${i.page}`}"/><published>${new Date(i.published).toISOString()}</published><updated>${new Date(i.published).toISOString()}</updated></entry>`,
  )
  .join("\n")}
</feed>`;

  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    state.requests.set(path, (state.requests.get(path) ?? 0) + 1);
    state.lastUserAgent = req.headers["user-agent"] ?? null;
    if (path === "/rss.xml") return feed(res, req, "application/rss+xml; charset=utf-8", rss());
    if (path === "/atom.xml") return feed(res, req, "application/atom+xml; charset=utf-8", atom());
    if (path.startsWith("/pages/")) {
      const name = decodeURIComponent(path.slice("/pages/".length));
      const extra = state.extraPages.get(name);
      if (extra !== undefined) return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(extra);
      if (!/^[\w.-]+$/.test(name)) return res.writeHead(404).end();
      try {
        const html = readFileSync(join(pagesDir, name));
        return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(html);
      } catch {
        return res.writeHead(404, { "Content-Type": "text/html" }).end("<h1>Not found</h1>");
      }
    }
    if (path === "/slow") {
      const timer = setTimeout(() => res.writeHead(200, { "Content-Type": "text/html" }).end("<p>late</p>"), slowMs);
      res.on("close", () => clearTimeout(timer));
      return;
    }
    if (path === "/loop-a") return res.writeHead(302, { Location: "/loop-b" }).end();
    if (path === "/loop-b") return res.writeHead(302, { Location: "/loop-a" }).end();
    if (path === "/missing") return res.writeHead(404, { "Content-Type": "text/html" }).end("<h1>Not found</h1>");
    if (path === "/broken") return res.writeHead(503, { "Content-Type": "text/html" }).end("<h1>Down</h1>");
    if (path === "/huge" || path === "/huge-declared") {
      // 20 MB of HTML in 64 KB chunks; /huge sends no length, so only counting while streaming can stop it.
      const total = 20 * 1024 * 1024;
      const chunk = Buffer.alloc(64 * 1024, "<p>padding</p>\n");
      res.writeHead(200, {
        "Content-Type": "text/html",
        ...(path === "/huge-declared" ? { "Content-Length": String(total) } : {}),
      });
      let sent = 0;
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("error", () => {});
      return pump();
    }
    if (path === "/report.pdf") {
      return res.writeHead(200, { "Content-Type": "application/pdf" }).end(Buffer.from("%PDF-1.4 not a page"));
    }
    if (path === "/not-a-feed.xml") return res.writeHead(200, { "Content-Type": "text/html" }).end("<p>hello</p>");
    return res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
