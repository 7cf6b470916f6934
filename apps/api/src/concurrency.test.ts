import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@chancery/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./server.js";

/*
 * A real ingest (the built CLI, another process) writes while the API serves heavy reads from the same file.
 * WAL and one transaction per article mean readers never wait for the writer and never see half an article.
 */
const cli = fileURLToPath(new URL("../../cli/dist/main.js", import.meta.url));
const seeds = fileURLToPath(new URL("../../../seeds", import.meta.url));
let dir: string;
let server: { url: string; close(): Promise<void> };
let corpus: string;
let dbPath: string;

beforeAll(async () => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (npx turbo run build)`);
  dir = mkdtempSync(join(tmpdir(), "chancery-concurrency-"));
  dbPath = join(dir, "shared.db");
  openDatabase({ path: dbPath }).close();
  const paragraphs = readdirSync(seeds)
    .flatMap((file) => readFileSync(join(seeds, file), "utf8").split(/\n+/))
    .filter((p) => p.split(/\s+/).length > 25 && !p.includes("Photo"));
  const lines = Array.from({ length: 150 }, (_, i) =>
    JSON.stringify({
      title: `Dispatch ${i}`,
      outlet: i % 2 ? "VNA" : "VOV World",
      published: `2025-0${1 + (i % 9)}-1${i % 10}`,
      text: `Dispatch ${i}. ${[0, 1, 2].map((k) => paragraphs[(i * 5 + k * 11) % paragraphs.length]).join("\n\n")}`,
    }),
  );
  corpus = join(dir, "corpus.jsonl");
  writeFileSync(corpus, `${lines.join("\n")}\n`);
  server = await startServer({ port: 0, dbPath });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("reads during an ingest", () => {
  it("never answer with an error or a locked database, and never see an article without its analysis", async () => {
    const ingest = spawn(process.execPath, [cli, "ingest", corpus, "--db", dbPath], { stdio: "ignore" });
    const finished = new Promise<number | null>((resolve) => ingest.on("exit", resolve));
    let running = true;
    void finished.then(() => {
      running = false;
    });
    const statuses: number[] = [];
    const bodies: string[] = [];
    let partial = 0;
    const paths = [
      "/api/metrics/overview",
      "/api/articles?limit=50",
      "/api/search?q=partnership",
      "/api/entities?type=country",
      "/api/indicators",
      "/api/partnerships",
      "/api/themes",
    ];
    const reader = async (offset: number) => {
      for (let i = offset; running; i++) {
        const response = await fetch(server.url + paths[i % paths.length]);
        statuses.push(response.status);
        const text = await response.text();
        if (response.status >= 400) bodies.push(text);
        const check = await fetch(`${server.url}/api/query`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            sql: `SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_fingerprints f WHERE f.article_id = a.id)
                  OR NOT EXISTS (SELECT 1 FROM article_sightings s WHERE s.article_id = a.id) OR a.story_id IS NULL`,
          }),
        });
        statuses.push(check.status);
        const result = (await check.json()) as { rows?: number[][] };
        if (check.status >= 400) bodies.push(JSON.stringify(result));
        partial += result.rows?.[0]?.[0] ?? 0;
      }
    };
    await Promise.all([reader(0), reader(3), reader(5)]);
    expect(await finished).toBe(0);
    expect(bodies).toEqual([]);
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(partial).toBe(0);
    const overview = (await (await fetch(`${server.url}/api/metrics/overview`)).json()) as { articles: number };
    expect(overview.articles).toBe(150);
  }, 180_000);
});
