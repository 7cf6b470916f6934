import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { safeRelativePath } from "./static-files.js";
import { testApp } from "./testing/test-app.js";

const root = mkdtempSync(join(tmpdir(), "chancery-static-"));
const dist = join(root, "dist");
mkdirSync(join(dist, "assets"), { recursive: true });
writeFileSync(join(dist, "index.html"), "<!doctype html><title>Chancery</title>");
writeFileSync(join(dist, "assets", "app.js"), "console.log('app')");
writeFileSync(join(root, "secret.txt"), "TOP SECRET");
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

  it("refuses dot-dot segments in any encoding", () => {
    expect(safeRelativePath("/a/../b")).toBeNull();
    expect(safeRelativePath("/%2e%2e/b")).toBeNull();
    expect(safeRelativePath("/a%5c..%5cb")).toBeNull();
    expect(safeRelativePath("/%E0%A4%A")).toBeNull();
    expect(safeRelativePath("/assets/app.js")).toBe("assets/app.js");
  });
});
