import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer } from "./server.js";

const folder = mkdtempSync(join(tmpdir(), "chancery-server-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("startServer", () => {
  it("creates the database, serves on a free loopback port and closes", async () => {
    const server = await startServer({ port: 0, dbPath: join(folder, "new.db") });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${server.url}/api/health`);
    expect(await health.json()).toEqual({ ok: true, articles: 0 });
    await server.close();
  });

  it("refuses a non-loopback host without a token", async () => {
    await expect(startServer({ port: 0, host: "0.0.0.0", dbPath: join(folder, "x.db") })).rejects.toThrow(/token/);
  });
});
