import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase, writerFor } from "@chancery/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/* Sharing corrections between databases through the built CLI, as a team would. */
const cli = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
let dir: string;

function chancery(db: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args, "--db", db], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What the corrections change, as the SQL console reads it. */
function picture(db: string) {
  const sql = `SELECT (SELECT group_concat(key || ':' || article_count, ',') FROM (SELECT key, article_count FROM entities
    WHERE type = 'person' ORDER BY key)) AS people, (SELECT count(*) FROM indicators) AS indicators`;
  return JSON.parse(chancery(db, "query", sql, "--json").stdout).rows;
}

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error(`${cli} is missing: build first (npx turbo run build --filter=@chancery/cli...)`);
  dir = mkdtempSync(join(tmpdir(), "chancery-cli-corrections-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("chancery corrections", () => {
  it("exports a log that gives another database with the same articles the same corrected picture", () => {
    const [first, second, file] = [join(dir, "a.db"), join(dir, "b.db"), join(dir, "log.json")];
    for (const db of [first, second]) expect(chancery(db, "ingest", seeds, "--json").code).toBe(0);

    const database = openDatabase({ path: first });
    const [from, into] = database.sqlite
      .prepare("SELECT key FROM entities WHERE type = 'person' ORDER BY key LIMIT 2")
      .pluck()
      .all() as string[];
    const figure = database.sqlite
      .prepare(
        "SELECT a.content_hash AS article, i.key, i.value, i.unit, i.sentence FROM indicators i JOIN articles a ON a.id = i.article_id ORDER BY i.id LIMIT 1",
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
    database.close();
    expect(picture(first)).not.toEqual(picture(second));

    const exported = chancery(first, "corrections", "export", "--out", file);
    expect(exported.code).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8")).corrections).toHaveLength(2);
    const imported = chancery(second, "corrections", "import", file);
    expect(imported.stdout).toMatch(/Imported 2 corrections/);
    expect(imported.code).toBe(0);
    expect(picture(second)).toEqual(picture(first));
  });

  it("refuses a file that is not a corrections log, naming it", () => {
    const db = join(dir, "c.db");
    const run = chancery(db, "corrections", "import", fileURLToPath(new URL("../../package.json", import.meta.url)));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/package\.json is not a corrections log/);
  });
});
