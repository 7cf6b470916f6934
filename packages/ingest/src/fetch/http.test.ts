import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../test/news-server.js";
import { client, fetchUrl, USER_AGENT } from "./http.js";

const pages = fileURLToPath(new URL("../../test/pages", import.meta.url));
const page = "html-antara-indonesia-eez.html";
let server: NewsServer;

beforeAll(async () => {
  server = await startNewsServer(pages, { slowMs: 2000 });
});
afterAll(() => server.close());

const quick = { retries: 0, timeoutMs: 500, accept: client.pageTypes };

describe("fetchUrl", () => {
  it("fetches a page and says who is asking", async () => {
    const result = await fetchUrl(server.url(`/pages/${page}`), quick);
    expect(result).toMatchObject({ ok: true, notModified: false, status: 200, contentType: "text/html" });
    expect(server.lastUserAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Chancery\/\d+\.\d+\.\d+ \(\+https?:\/\/.+\)$/);
  });

  it("gives up on a slow answer at the time limit", async () => {
    const started = Date.now();
    const result = await fetchUrl(server.url("/slow"), quick);
    expect(result).toMatchObject({ ok: false, reason: "timeout" });
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("detects a redirect loop", async () => {
    const result = await fetchUrl(server.url("/loop-a"), quick);
    expect(result).toMatchObject({ ok: false, reason: "redirectLoop" });
    if (!result.ok) expect(result.message).toContain("/loop-b");
  });

  it("stops after the redirect limit", async () => {
    const result = await fetchUrl(server.url("/loop-a"), { ...quick, maxRedirects: 0 });
    expect(result).toMatchObject({ ok: false, reason: "tooManyRedirects" });
  });

  it("reports an error status", async () => {
    expect(await fetchUrl(server.url("/missing"), quick)).toMatchObject({ ok: false, reason: "http", status: 404 });
  });

  it("stops reading a body that passes the size limit while it streams", async () => {
    const result = await fetchUrl(server.url("/huge"), { ...quick, timeoutMs: 5000, maxBytes: 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, reason: "tooLarge" });
    if (!result.ok) expect(result.message).toContain("while downloading");
  });

  it("refuses a body whose declared length is over the limit without reading it", async () => {
    const result = await fetchUrl(server.url("/huge-declared"), { ...quick, maxBytes: 1024 * 1024 });
    expect(result).toMatchObject({ ok: false, reason: "tooLarge" });
    if (!result.ok) expect(result.message).toContain("20.0 MB");
  });

  it("refuses a body that is not a page", async () => {
    const result = await fetchUrl(server.url("/report.pdf"), quick);
    expect(result).toMatchObject({ ok: false, reason: "notHtml" });
    if (!result.ok) expect(result.message).toContain("application/pdf");
  });

  it("fetches only http and https", async () => {
    expect(await fetchUrl("file:///etc/passwd", quick)).toMatchObject({ ok: false, reason: "badUrl" });
    expect(await fetchUrl("not a url", quick)).toMatchObject({ ok: false, reason: "badUrl" });
  });

  it("retries a failing server with backoff, and not a missing page", async () => {
    const before = server.requests.get("/broken") ?? 0;
    const result = await fetchUrl(server.url("/broken"), { ...quick, retries: 2, backoffMs: 10 });
    expect(result).toMatchObject({ ok: false, reason: "http", status: 503 });
    expect((server.requests.get("/broken") ?? 0) - before).toBe(3);
    const missingBefore = server.requests.get("/missing") ?? 0;
    await fetchUrl(server.url("/missing"), { ...quick, retries: 2, backoffMs: 10 });
    expect((server.requests.get("/missing") ?? 0) - missingBefore).toBe(1);
  });

  it("answers a conditional request with not-modified", async () => {
    server.items = [{ id: "a", title: "A", page, published: "2026-11-20T08:00:00Z" }];
    const first = await fetchUrl(server.url("/rss.xml"), { retries: 0 });
    expect(first).toMatchObject({ ok: true, notModified: false });
    if (!first.ok) return;
    const second = await fetchUrl(server.url("/rss.xml"), { retries: 0, etag: first.etag });
    expect(second).toMatchObject({ ok: true, notModified: true, status: 304 });
  });
});
