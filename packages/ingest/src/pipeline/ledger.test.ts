import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestBuffers, ingestPaths } from "./ingest.js";
import { classifyFailure } from "./ledger.js";

const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-ledger-"));
  database = openDatabase({ path: join(dir, "test.db") });
});
afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = () =>
  database.sqlite
    .prepare("SELECT origin, status, reason, outlet, day, findings FROM ingest_outcomes ORDER BY id")
    .all() as Array<{
    origin: string;
    status: string;
    reason: string | null;
    outlet: string | null;
    day: string | null;
    findings: number;
  }>;

describe("the coverage ledger kept by ingest", () => {
  it("records each file's outcome: stored with its outlet, day and findings, then duplicates, and failures by reason", async () => {
    const bad = join(dir, "image.png");
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "   \n");
    await ingestPaths(database, [seeds, bad, empty]);
    const first = rows();
    const stored = first.filter((r) => r.status === "stored");
    expect(stored).toHaveLength(5);
    expect(stored.every((r) => r.origin === "file" && r.findings > 0)).toBe(true);
    // Each row carries its article's outlet, and its publication day only when the date is known to the day.
    const mismatched = database.sqlite
      .prepare(
        `SELECT count(*) AS n FROM ingest_outcomes o JOIN articles a ON a.id = o.article_id
         WHERE o.outlet IS NOT a.outlet
            OR o.day IS NOT (CASE WHEN a.published_precision = 'day' THEN a.published_at END)`,
      )
      .get() as { n: number };
    expect(mismatched.n).toBe(0);
    expect(
      first
        .filter((r) => r.status === "failed")
        .map((r) => r.reason)
        .sort(),
    ).toEqual(["empty", "unreadable"]);

    await ingestPaths(database, [seeds]);
    expect(rows().filter((r) => r.status === "duplicate")).toHaveLength(5);
  });

  it("records uploads as uploads, and nothing for a dry run", async () => {
    await ingestBuffers(database, [{ name: "a.txt", bytes: new TextEncoder().encode("Vietnam and Laos met.") }], {
      dryRun: true,
    });
    expect(rows()).toEqual([]);
    await ingestBuffers(database, [{ name: "a.txt", bytes: new TextEncoder().encode("Vietnam and Laos met.") }]);
    expect(rows().map((r) => [r.origin, r.status])).toEqual([["upload", "stored"]]);
  });

  it("classes the pipeline's failure sentences", () => {
    expect(classifyFailure("no article text left after removing captions")).toBe("empty");
    expect(classifyFailure("empty file (only whitespace)")).toBe("empty");
    expect(classifyFailure("the disk is full: the article was not stored")).toBe("store");
    expect(classifyFailure("binary file (PNG image)")).toBe("unreadable");
  });
});
