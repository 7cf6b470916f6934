import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFixtureDatabase } from "@chancery/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./server.js";

const token = "fuzz-token-0123456789abcdef";
const root = mkdtempSync(join(tmpdir(), "chancery-fuzz-"));
const dist = join(root, "dist");
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Chancery</title>");
writeFileSync(join(root, "secret.txt"), "TOP SECRET");
const dbPath = join(root, "chancery.db");
createFixtureDatabase({ path: dbPath }).close();
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  server = await startServer({ port: 0, dbPath, staticDir: dist, token, uploadLimitBytes: 32 * 1024 });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A small seeded generator so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

interface Probe {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Sends the path exactly as given (no URL normalisation), as an attacker's client would. */
function send(probe: Probe): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    // Node's client refuses control and non-ASCII characters in a path; everything else goes raw.
    const path = probe.path.replace(/[^\x21-\x7e]/gu, (char) => encodeURIComponent(char));
    const req = httpRequest({ hostname, port, method: probe.method, path, headers: probe.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "ECONNRESET" || error.code === "EPIPE" ? resolve({ status: 413, body: "" }) : reject(error),
    );
    if (probe.body !== undefined) req.write(probe.body);
    req.end();
  });
}

const leaks = /\n\s+at |SqliteError|node_modules|\.ts:\d+|FROM articles a|JOIN articles|TOP SECRET|root:x:/;

function probes(count: number): Probe[] {
  const next = random(20261123);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const ids = [
    "0",
    "-1",
    "1e999",
    "NaN",
    "9".repeat(400),
    "%00",
    "abc",
    "1.5",
    "%201",
    "0x10",
    "%EF%BC%91",
    "null",
    "[]",
    "%27%20OR%201=1",
    "1;DROP",
    "",
  ];
  const numbers = ["-1", "0", "101", "1e9", "9".repeat(50), "abc", "1.5", "", "%00", "Infinity", "-0", "[1]"];
  const text = [
    '"',
    "(",
    ")",
    "*",
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "^",
    ":",
    "-",
    "'",
    "%22",
    "%28",
    "title:",
    "\u0000",
    "é",
    "𝔘",
    "\\",
    "{",
    "}",
    "partner*",
  ];
  const traversal = [
    "/../secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/..%5c..%5csecret.txt",
    "/%252e%252e/secret.txt",
    "/assets/../../secret.txt",
    "/%c0%ae%c0%ae/secret.txt",
    "/.%2e/secret.txt",
    "//etc/passwd",
    "/\\..\\secret.txt",
    "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/..;/secret.txt",
  ];
  const listRoutes = [
    "/api/articles",
    "/api/entities",
    "/api/quotes",
    "/api/search",
    "/api/timeline",
    "/api/indicators",
    "/api/partnerships",
    "/api/export/articles.csv",
    "/api/export/search.json",
  ];
  const params = [
    "limit",
    "cursor",
    "from",
    "to",
    "entity",
    "stories",
    "type",
    "sort",
    "q",
    "outlet",
    "theme",
    "granularity",
    "speaker",
    "valuesLimit",
    "indicator",
  ];
  const generators: Array<() => Probe> = [
    () => ({ method: "GET", path: `/api/articles/${pick(ids)}` }),
    () => ({ method: "GET", path: `/api/entities/${pick(ids)}` }),
    () => {
      const query = Array.from(
        { length: 1 + Math.floor(next() * 3) },
        () => `${pick(params)}=${pick([...numbers, ...text, ...ids])}`,
      ).join("&");
      return { method: "GET", path: `${pick(listRoutes)}?${query}` };
    },
    () => ({
      method: "GET",
      path: `/api/search?q=${Array.from({ length: 1 + Math.floor(next() * 6) }, () => encodeURIComponent(pick(text))).join("%20")}`,
    }),
    () => ({
      method: "GET",
      path: `/api/articles?cursor=${pick(["", "x", "eyJ", "%%%", "A".repeat(3000), Buffer.from('{"p":1,"i":"x"}').toString("base64url")])}`,
    }),
    () => ({ method: "GET", path: pick(traversal) }),
    () => ({
      method: "POST",
      path: "/api/query",
      headers: { "Content-Type": "application/json" },
      body: pick([
        "{",
        "[]",
        "null",
        '{"sql":1}',
        '{"sql":"SELECT"}',
        '{"sql":"DROP TABLE articles"}',
        '{"sql":"SELECT 1","params":{"a":{}}}',
        '{"sql":"SELECT 1","params":[[1]]}',
        `{"sql":"${"(".repeat(5000)}"}`,
        '{"sql":"PRAGMA writable_schema=1"}',
        "\u0000\u0001",
        '{"sql":"SELECT ?","params":"x"}',
      ]),
    }),
    () => ({
      method: "POST",
      path: "/api/query",
      headers: {
        "Content-Type": pick([
          "text/plain",
          "application/xml",
          "multipart/form-data; boundary=x",
          "application/json; charset=bogus",
        ]),
      },
      body: "x=1",
    }),
    () => ({
      method: "POST",
      path: "/api/query",
      headers: { "Content-Type": "application/json" },
      body: Buffer.alloc(300 * 1024, 32),
    }),
    () => ({
      method: "POST",
      path: "/api/articles",
      headers: { "Content-Type": "application/json" },
      body: '{"text":"Vietnam"}',
    }),
    () => ({
      method: "POST",
      path: "/api/articles",
      headers: {
        "Content-Type": "application/json",
        Authorization: pick(["Bearer", "Bearer x", `Basic ${token}`, `Bearer ${token}x`, "bearer  "]),
      },
      body: "{}",
    }),
    () => ({
      method: "POST",
      path: "/api/articles",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: pick(["{", '{"text":5}', '{"text":""}', "[]", '{"html":null}']),
    }),
    () => ({
      method: "POST",
      path: "/api/articles",
      headers: { "Content-Type": "multipart/form-data; boundary=zz", Authorization: `Bearer ${token}` },
      body: pick([
        "--zz\r\nbroken",
        "",
        "--zz--",
        `--zz\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n--zz--`,
      ]),
    }),
    () => ({
      method: pick(["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"]),
      path: pick(["/api/articles", "/api/articles/1", "/api/query", "/", "/api/health"]),
    }),
    () => ({
      method: "GET",
      path: "/api/metrics/overview",
      headers: {
        "If-None-Match": pick(["*", '"', "W/", "x".repeat(4000), ",,,"]),
        Accept: pick(["*/*", "text/csv", "\u00ff", "application/json;q=abc"]),
      },
    }),
    () => ({
      method: "GET",
      path: `/api/export/${pick(["x.csv", "articles.xml", "..%2farticles.csv", "articles.csv.json", "query.csv", "%00.csv"])}`,
    }),
    () => ({
      method: "GET",
      path: `/${pick(["api", "api/", "api//articles", "api/articles/", "api/../api/health", "index.html", "assets/%ff"])}`,
    }),
  ];
  return Array.from({ length: count }, () => pick(generators)());
}

describe("the API as an attacker sees it", () => {
  it("answers 1,200 malformed requests without a 5xx, a stack trace, SQL or a file outside the dashboard", async () => {
    const all = probes(1200);
    const failures: string[] = [];
    const histogram: Record<number, number> = {};
    for (const probe of all) {
      const { status, body } = await send(probe);
      histogram[status] = (histogram[status] ?? 0) + 1;
      if (status >= 500 || leaks.test(body))
        failures.push(`${probe.method} ${probe.path.slice(0, 80)} → ${status} ${body.slice(0, 120)}`);
      if (body.startsWith("{") && status >= 400 && !/^\{"error":\{"code":"[a-z_]+","message":/.test(body)) {
        failures.push(`${probe.method} ${probe.path.slice(0, 80)} → not the error shape: ${body.slice(0, 120)}`);
      }
    }
    expect(Object.keys(histogram).length, "the probes reach many kinds of answer").toBeGreaterThan(4);
    expect(failures).toEqual([]);
    const health = await send({ method: "GET", path: "/api/health" });
    expect(health.status).toBe(200);
  }, 60_000);
});
