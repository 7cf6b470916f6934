import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, writerFor } from "@chancery/db";
import {
  connectPostgres,
  postgresSuitesRun,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/* `chancery corrections export/import --db postgres://…` through the built CLI, against the same on SQLite. */
const cli = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
const serverTests = postgresSuitesRun() ? describe : describe.skip;
if (!postgresSuitesRun()) console.log("corrections.postgres: PostgreSQL 15 binaries not found, skipped");

function chancery(db: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, "--db", db], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PICTURE = [
  "SELECT type, key, name, mention_count, article_count FROM entities WHERE type = 'person' ORDER BY key",
  "SELECT a.content_hash, i.key, i.value FROM indicators i JOIN articles a ON a.id = i.article_id ORDER BY 1, coalesce(i.key, ''), 3",
  "SELECT key, findings, figures FROM indicator_keys ORDER BY key",
];
const asText = (rows: Array<Record<string, unknown>>) =>
  rows.map((row) => Object.values(row).map((v) => (v === null ? null : String(v))));

serverTests("chancery corrections on PostgreSQL", () => {
  let cluster: ThrowawayCluster;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (npx turbo run build)`);
    cluster = await startThrowawayCluster();
    dir = mkdtempSync(join(tmpdir(), "chancery-cli-corrections-pg-"));
  }, 60_000);
  afterAll(() => {
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("imports a log into PostgreSQL, exports it back, and the corrected picture is SQLite's", async () => {
    const [first, file, back] = [join(dir, "a.db"), join(dir, "log.json"), join(dir, "back.json")];
    expect(chancery(first, "ingest", seeds).code).toBe(0);
    expect(chancery(cluster.url, "ingest", seeds).code).toBe(0);
    const database = openDatabase({ path: first });
    const [from, into] = database.sqlite
      .prepare("SELECT key FROM entities WHERE type = 'person' ORDER BY key LIMIT 2")
      .pluck()
      .all() as string[];
    const figure = database.sqlite
      .prepare(
        "SELECT a.content_hash AS article, i.key, i.value, i.unit, i.sentence FROM indicators i JOIN articles a ON a.id = i.article_id WHERE i.key IS NOT NULL ORDER BY a.content_hash, i.start LIMIT 1",
      )
      .get() as Record<string, unknown>;
    writerFor(database).correct([
      {
        kind: "merge_entity",
        target: { entity: { type: "person", key: from } },
        payload: { into: { type: "person", key: into } },
        author: "cli test",
      },
      { kind: "reject_finding", target: { finding: "indicator", ...figure }, author: "cli test" },
    ]);
    const onSqlite = PICTURE.map((sql) => asText(database.sqlite.prepare(sql).all() as Array<Record<string, unknown>>));
    database.close();

    expect(chancery(first, "corrections", "export", "--out", file).code).toBe(0);
    const imported = chancery(cluster.url, "corrections", "import", file);
    expect(imported.stderr).toBe("");
    expect(imported.stdout).toMatch(/Imported 2 corrections/);
    expect(imported.code).toBe(0);
    const postgres = connectPostgres(cluster.url, 1);
    try {
      const onPostgres: unknown[] = [];
      for (const sql of PICTURE) onPostgres.push(asText((await postgres.pool.query(sql)).rows));
      expect(onPostgres).toEqual(onSqlite);
    } finally {
      await postgres.close();
    }

    expect(chancery(cluster.url, "corrections", "export", "--out", back).code).toBe(0);
    const entries = (path: string) =>
      (JSON.parse(readFileSync(path, "utf8")) as { corrections: unknown[] }).corrections;
    expect(entries(back)).toEqual(entries(file));
    // An ingest into a database holding corrections now runs, applying them.
    expect(chancery(cluster.url, "ingest", seeds).code).toBe(0);
  }, 180_000);
});
