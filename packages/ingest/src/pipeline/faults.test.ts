import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestPaths } from "./ingest.js";

const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
const seedPaths = readdirSync(seeds)
  .sort()
  .map((file) => join(seeds, file));

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-faults-"));
  database = openDatabase({ path: join(dir, "faults.db") });
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const articleCount = () => (database.sqlite.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;

describe("storage faults", () => {
  it("reports a full disk per file and leaves no partial article", async () => {
    await ingestPaths(database, [seedPaths[3] as string]);
    const pages = database.sqlite.pragma("page_count", { simple: true }) as number;
    // The file may not grow: the next article cannot fit, as on a full disk.
    database.sqlite.pragma(`max_page_count = ${pages}`);
    const report = await ingestPaths(database, [seedPaths[0] as string]);
    expect(report.new).toBe(0);
    expect(report.failed[0]?.error).toMatch(/disk is full/);
    expect(articleCount()).toBe(1);
    expect(database.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  });

  it("reports a read-only database per file instead of crashing", async () => {
    database.sqlite.pragma("query_only = ON");
    const report = await ingestPaths(database, [seedPaths[4] as string]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.error).toMatch(/read-only/);
    database.sqlite.pragma("query_only = OFF");
    expect(articleCount()).toBe(0);
  });

  it("reports a database locked by another process after the busy timeout, then works once it is free", async () => {
    const other = new Database(database.path);
    other.exec("BEGIN EXCLUSIVE");
    database.sqlite.pragma("busy_timeout = 200");
    const locked = await ingestPaths(database, [seedPaths[4] as string]);
    expect(locked.failed[0]?.error).toMatch(/locked/);
    other.exec("COMMIT");
    other.close();
    const retried = await ingestPaths(database, [seedPaths[4] as string]);
    expect(retried.new).toBe(1);
  });
});
