import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/* The CLI as users run it: the built file, a temporary database, stdout and exit codes. */
const cli = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const seeds = fileURLToPath(new URL("../../../seeds", import.meta.url));
let dir: string;
let db: string;

function chancery(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, "--db", db], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error(`${cli} is missing: build first (npx turbo run build --filter=@chancery/cli...)`);
  dir = mkdtempSync(join(tmpdir(), "chancery-cli-"));
  db = join(dir, "cli.db");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("chancery ingest", () => {
  it("prints one JSON object: 5 would be new on a dry run, and writes nothing", () => {
    const run = chancery("ingest", seeds, "--json", "--dry-run");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.new).toBe(5);
    expect(report.articles.map((a: { status: string }) => a.status)).toEqual(Array(5).fill("wouldBeNew"));
    const count = chancery("query", "SELECT count(*) AS n FROM articles", "--json");
    expect(JSON.parse(count.stdout).rows).toEqual([[0]]);
  });

  it("reports 5 new, then 0 new and 5 already present", () => {
    const first = JSON.parse(chancery("ingest", seeds, "--json").stdout);
    expect([first.new, first.alreadyPresent]).toEqual([5, 0]);
    const second = JSON.parse(chancery("ingest", seeds, "--json").stdout);
    expect([second.new, second.alreadyPresent]).toEqual([0, 5]);
    for (const article of second.articles) {
      expect(Object.keys(article)).toEqual(
        expect.arrayContaining([
          "file",
          "id",
          "status",
          "title",
          "outlet",
          "author",
          "publishedAt",
          "body",
          "story",
          "duplicateOf",
        ]),
      );
    }
  });

  it("streams one JSON line per article with --jsonl, then a summary line", () => {
    const run = chancery("ingest", seeds, "--jsonl", "--dry-run");
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(6);
    expect(lines.slice(0, 5).every((a) => typeof a.file === "string" && typeof a.body === "string")).toBe(true);
    const { summary } = lines[5];
    expect(summary.new + summary.alreadyPresent).toBe(5);
    expect(summary.failed).toEqual([]);
    expect(summary).not.toHaveProperty("articles");
  });

  it("refuses --json together with --jsonl", () => {
    const run = chancery("ingest", seeds, "--json", "--jsonl");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--json and --jsonl/);
  });

  it("exits non-zero, names the bad file in the summary table, and still lands the good one", () => {
    const good = join(dir, "good news.txt");
    writeFileSync(
      good,
      "HANOI (Reuters) - Vietnam and Indonesia upgraded their ties to a Comprehensive Strategic Partnership on Monday, Vietnamese officials said.\n",
    );
    const bad = join(dir, "archive.zip");
    writeFileSync(bad, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]));
    const run = chancery("ingest", good, bad);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/new\s+1/);
    expect(run.stdout).toContain("archive.zip");
  });

  it("refuses an unknown option with a message and usage", () => {
    const run = chancery("ingest", seeds, "--frobnicate");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/frobnicate/);
  });
});

describe("chancery query", () => {
  it("answers as a table, JSON and CSV", () => {
    const sql = "SELECT count(*) AS articles FROM articles";
    expect(chancery("query", sql).stdout).toMatch(/articles\s*\n-+\n\d+/);
    expect(JSON.parse(chancery("query", sql, "--json").stdout).columns).toEqual(["articles"]);
    expect(chancery("query", sql, "--csv").stdout.split(/\r?\n/)[0]).toBe("articles");
  });

  it("without a database, names the missing file and what to run, and creates nothing", () => {
    const missing = join(dir, "nowhere", "chancery.db");
    const before = readdirSync(dir);
    const run = spawnSync(process.execPath, [cli, "query", "SELECT 1", "--db", missing], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`no database at ${missing}`);
    expect(run.stderr).toMatch(/npm start.*npm run ingest -- seeds.*--db/);
    expect(run.stderr).not.toMatch(/directory does not exist/);
    expect(readdirSync(dir)).toEqual(before);
  });

  it("without --db, names the file CHANCERY_DB points to", () => {
    const missing = join(dir, "elsewhere.db");
    const run = spawnSync(process.execPath, [cli, "query", "SELECT 1"], {
      encoding: "utf8",
      env: { ...process.env, CHANCERY_DB: missing },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`no database at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });

  it("refuses a write with a clear message and exit code 1", () => {
    const run = chancery("query", "DELETE FROM articles");
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/read|refused|only/i);
  });
});
