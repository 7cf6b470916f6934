import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { chooseEncoding, safeRelativePath } from "./static-files.js";
import { testApp } from "./testing/test-app.js";

const root = mkdtempSync(join(tmpdir(), "chancery-static-"));
const dist = join(root, "dist");
mkdirSync(join(dist, "assets"), { recursive: true });
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Chancery</title>");
writeFileSync(join(dist, "assets", "app.js"), "console.log('app')");
writeFileSync(join(root, "secret.txt"), "TOP SECRET");
const chartCode = "export const chart = 'drawn';\n".repeat(50);
writeFileSync(join(dist, "assets", "chart.js"), chartCode);
writeFileSync(join(dist, "assets", "chart.js.br"), brotliCompressSync(chartCode));
writeFileSync(join(dist, "assets", "chart.js.gz"), gzipSync(chartCode));
const { app, dispose } = testApp({ staticDir: dist });
afterAll(() => {
  dispose();
  rmSync(root, { recursive: true, force: true });
});

describe("the dashboard's static files", () => {
  it("serves index.html at / and client-side routes", async () => {
    for (const path of ["/", "/articles/3", "/search?q=x"]) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/text\/html/);
      expect(await response.text()).toMatch(/<title>Chancery/);
    }
  });

  it("serves assets with their type and a long cache", async () => {
    const response = await app.request("/assets/app.js");
    expect(response.headers.get("content-type")).toMatch(/javascript/);
    expect(response.headers.get("cache-control")).toMatch(/immutable/);
    expect((await app.request("/assets/missing.js")).status).toBe(404);
  });

  it("sends the precompressed copy the browser accepts, and the file itself to one that accepts none", async () => {
    const br = await app.request("/assets/chart.js", { headers: { "accept-encoding": "gzip, deflate, br, zstd" } });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    expect(br.headers.get("content-type")).toMatch(/javascript/);
    expect(Number(br.headers.get("content-length"))).toBeLessThan(chartCode.length);
    const gzip = await app.request("/assets/chart.js", { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    const plain = await app.request("/assets/chart.js");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(chartCode);
  });

  it("answers 304 to a browser revalidating an unchanged index.html, and the page once it changed", async () => {
    const first = await app.request("/entities/3");
    const etag = first.headers.get("etag") ?? "";
    expect(first.headers.get("cache-control")).toBe("no-cache");
    expect((await app.request("/entities/3", { headers: { "if-none-match": etag } })).status).toBe(304);
    expect((await app.request("/", { headers: { "if-none-match": 'W/"1-1"' } })).status).toBe(200);
  });

  it("serves a file changed while running, not its old copy or a compressed copy older than it", async () => {
    const path = join(dist, "assets", "late.js");
    writeFileSync(path, "old();".repeat(100));
    writeFileSync(`${path}.gz`, gzipSync("old();".repeat(100)));
    expect(
      (await app.request("/assets/late.js", { headers: { "accept-encoding": "gzip" } })).headers.get(
        "content-encoding",
      ),
    ).toBe("gzip");
    writeFileSync(path, "rebuilt();");
    const future = new Date(Date.now() + 60_000);
    utimesSync(path, future, future);
    const response = await app.request("/assets/late.js", { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toBe("rebuilt();");
  });

  it.each([
    "/../secret.txt",
    "/..%2fsecret.txt",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/..%5csecret.txt",
    "/%252e%252e%252fsecret.txt",
    "/assets/%00.js",
    "/..%c0%afsecret.txt",
    "/....//secret.txt",
    "/%2e%2e%5c%2e%2e%5cetc%5cpasswd",
    "/../../etc/passwd",
  ])("never serves a file outside the folder: %s", async (path) => {
    const response = await app.request(path);
    const text = await response.text();
    expect(text).not.toContain("TOP SECRET");
    expect(text).not.toMatch(/root:/);
    expect(response.status).toBeLessThan(500);
  });

  it("chooses the best coding the browser accepts among those on disk", () => {
    const both = new Set(["br", "gzip"] as const);
    expect(chooseEncoding("gzip, deflate, br", both)).toBe("br");
    expect(chooseEncoding("gzip, deflate, br", new Set(["gzip"] as const))).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip", both)).toBe("gzip");
    expect(chooseEncoding("gzip;q=0.5, br;q=0.2", both)).toBe("gzip");
    expect(chooseEncoding("*", both)).toBe("br");
    expect(chooseEncoding("identity", both)).toBeNull();
    expect(chooseEncoding(undefined, both)).toBeNull();
  });

  it("refuses dot-dot segments in any encoding", () => {
    expect(safeRelativePath("/a/../b")).toBeNull();
    expect(safeRelativePath("/%2e%2e/b")).toBeNull();
    expect(safeRelativePath("/a%5c..%5cb")).toBeNull();
    expect(safeRelativePath("/%E0%A4%A")).toBeNull();
    expect(safeRelativePath("/assets/app.js")).toBe("assets/app.js");
  });
});
