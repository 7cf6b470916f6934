import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * SIGKILL during ingest, at random points, many times: the built CLI (the code users run) is killed mid-batch and
 * the database must stay consistent, then a re-run must end exactly where an uninterrupted run ends.
 */
const cli = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
const KILLS = 12;
let dir: string;
let corpus: string;

function makeCorpus(path: string, size: number): void {
  const paragraphs = readdirSync(seeds)
    .flatMap((file) => readFileSync(join(seeds, file), "utf8").split(/\n+/))
    .filter((p) => p.split(/\s+/).length > 25 && !p.includes("Photo"));
  const lines: string[] = [];
  for (let i = 0; i < size; i++) {
    const body = [0, 1, 2, 3].map((k) => paragraphs[(i * 7 + k * 13) % paragraphs.length]).join("\n\n");
    // Every 10th record repeats an earlier one: duplicates must be recognised across restarts too.
    const text =
      i % 10 === 9 ? (lines[i - 5] ? JSON.parse(lines[i - 5] as string).text : body) : `Report ${i}. ${body}`;
    lines.push(JSON.stringify({ title: `Report ${i}`, outlet: "VNA", published: "2025-03-01", text }));
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

function ingest(db: string): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [cli, "ingest", corpus, "--db", db], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout };
}

function snapshot(db: string): Record<string, number> {
  const sqlite = new Database(db, { readonly: true });
  try {
    const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return Object.fromEntries(
      ["articles", "stories", "entities", "mentions", "indicators", "partnerships", "quotes", "article_themes"].map(
        (table) => [table, count(table)],
      ),
    );
  } finally {
    sqlite.close();
  }
}

function checkConsistent(db: string): void {
  const sqlite = new Database(db, { readonly: true });
  try {
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    if (!tables.includes("articles")) {
      // Killed while the new database's migrations ran: they commit as one transaction, so no part of the schema
      // may be left (drizzle's own bookkeeping table is created before it, empty).
      expect(tables.filter((name) => name !== "__drizzle_migrations")).toEqual([]);
      return;
    }
    expect(sqlite.pragma("foreign_key_check")).toEqual([]);
    const broken = sqlite
      .prepare(
        `SELECT count(*) AS n FROM articles a WHERE a.story_id IS NULL
           OR NOT EXISTS (SELECT 1 FROM article_fingerprints f WHERE f.article_id = a.id)
           OR NOT EXISTS (SELECT 1 FROM article_sightings s WHERE s.article_id = a.id)
           OR NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)`,
      )
      .get() as { n: number };
    expect(broken.n).toBe(0);
    const counted = sqlite.prepare("SELECT value FROM meta WHERE key = 'articles'").get() as
      | { value: string }
      | undefined;
    const real = (sqlite.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
    expect(Number(counted?.value ?? 0)).toBe(real);
  } finally {
    sqlite.close();
  }
}

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error(`${cli} is missing: build first (npx turbo run build --filter=@chancery/cli...)`);
  dir = mkdtempSync(join(tmpdir(), "chancery-kill-"));
  corpus = join(dir, "corpus.jsonl");
  makeCorpus(corpus, 200);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an ingest killed with SIGKILL", () => {
  it(`stays consistent through ${KILLS} kills and a re-run ends with the same counts as an uninterrupted run`, async () => {
    const reference = join(dir, "reference.db");
    const started = performance.now();
    expect(ingest(reference).status).toBe(0);
    const uninterruptedMs = performance.now() - started;
    const expected = snapshot(reference);
    expect(expected.articles).toBeGreaterThan(150);

    const target = join(dir, "killed.db");
    let killedMidway = 0;
    for (let i = 0; i < KILLS; i++) {
      const child = spawn(process.execPath, [cli, "ingest", corpus, "--db", target], { stdio: "ignore" });
      // Anywhere from start-up to nearly the end of a full run.
      const delay = Math.floor(uninterruptedMs * (0.05 + Math.random() * 0.85));
      const exited = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve(false);
        }, delay);
        child.on("exit", () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (!exited) killedMidway++;
      if (existsSync(target)) checkConsistent(target);
    }
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS / 2);
    const rerun = ingest(target);
    expect(rerun.status).toBe(0);
    checkConsistent(target);
    expect(snapshot(target)).toEqual(expected);
  }, 240_000);
});
