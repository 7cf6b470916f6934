import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../../packages/ingest/test/news-server.js";
import { parseInterval } from "./feeds.js";

/* The built CLI against a news site on 127.0.0.1; spawned asynchronously, so this process's server can answer it. */
const cli = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
const pages = fileURLToPath(new URL("../../../../packages/ingest/test/pages", import.meta.url));
const run = promisify(execFile);
let server: NewsServer;
let dir: string;
let db: string;

async function chancery(...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args, "--db", db], { encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  if (!existsSync(cli))
    throw new Error(`${cli} is missing: build first (npx turbo run build --filter=@chancery/cli...)`);
  server = await startNewsServer(pages);
  server.items = [
    { id: "1", title: "Indonesia EEZ", page: "html-antara-indonesia-eez.html", published: "2026-11-20T08:00:00Z" },
  ];
  dir = mkdtempSync(join(tmpdir(), "chancery-cli-feeds-"));
  db = join(dir, "cli.db");
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("chancery feeds", () => {
  it("adds a feed, polls it once, then finds it unchanged, lists and removes it", async () => {
    const added = await chancery("feeds", "add", server.url("/atom.xml"), "--interval", "15m");
    expect(added).toMatchObject({ code: 0, stdout: expect.stringContaining("Following feed #1") });
    const first = await chancery("feeds", "poll", "--once", "--json");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).results).toEqual([
      expect.objectContaining({ feedId: 1, status: "fetched", newItems: 1, stored: 1 }),
    ]);
    const second = await chancery("feeds", "poll", "--once");
    expect(second.stdout).toContain("not modified");
    const list = await chancery("feeds", "list");
    expect(list.stdout).toMatch(/ok, every 15 min, 1 items seen/);
    expect((await chancery("feeds", "remove", "1")).code).toBe(0);
    expect(await chancery("feeds", "remove", "1")).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("no feed 1"),
    });
    // Six CLI starts in a row: on a loaded machine each takes seconds.
  }, 90_000);

  it("exits 1 and names the reason when a feed cannot be polled", async () => {
    await chancery("feeds", "add", server.url("/missing"));
    const poll = await chancery("feeds", "poll", "--once");
    expect(poll).toMatchObject({ code: 1, stdout: expect.stringContaining("failed (http): HTTP 404") });
  });
});

describe("chancery ingest with URLs", () => {
  it("ingests URLs mixed with paths, each failure with its reason", async () => {
    const url = server.url("/pages/html-kyodo-japan-philippines.html");
    const seed = fileURLToPath(new URL("../../../../seeds", import.meta.url));
    const result = await chancery("ingest", seed, url, server.url("/loop-a"), "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.new).toBe(6);
    expect(report.articles.map((a: { file: string }) => a.file)).toContain(url);
    expect(report.failed).toEqual([{ file: server.url("/loop-a"), error: expect.stringContaining("redirect loop") }]);
  });
});

describe("parseInterval", () => {
  it("reads seconds or a unit, and refuses less than a minute", () => {
    expect([parseInterval("900"), parseInterval("15m"), parseInterval("2h"), parseInterval("1d")]).toEqual([
      900, 900, 7200, 86400,
    ]);
    expect(() => parseInterval("30")).toThrow(/at least a minute/);
    expect(() => parseInterval("soon")).toThrow(/at least a minute/);
  });
});
