import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
let dir: string;

beforeAll(() => {
  if (!existsSync(cli))
    throw new Error(`${cli} is missing: build first (npx turbo run build --filter=@chancery/cli...)`);
  dir = mkdtempSync(join(tmpdir(), "chancery-watch-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function articleCount(db: string): number {
  if (!existsSync(db)) return 0;
  const sqlite = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (sqlite.prepare("SELECT count(*) AS n FROM articles").get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    sqlite.close();
  }
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return condition();
}

describe("chancery ingest --watch", () => {
  it("ingests files that appear in the folder, each once, and stops cleanly on SIGTERM", async () => {
    const inbox = join(dir, "inbox");
    mkdirSync(inbox);
    const db = join(dir, "watch.db");
    const child = spawn(process.execPath, [cli, "ingest", "--watch", inbox, "--db", db], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += String(chunk);
    });
    expect(await until(() => stderr.includes("Watching"), 15_000)).toBe(true);
    writeFileSync(
      join(inbox, "first.txt"),
      "Hanoi (VNA) - Vietnam and New Zealand agreed to elevate their ties to a Comprehensive Strategic Partnership, Prime Minister Pham Minh Chinh said on Tuesday.\n",
    );
    expect(await until(() => articleCount(db) === 1, 15_000)).toBe(true);
    writeFileSync(
      join(inbox, "second.md"),
      "---\ntitle: Vietnam, Brazil boost trade\noutlet: Vietnam News\n---\nVietnam and Brazil set a target of 10 billion USD in two-way trade by 2030, officials said in Brasilia.\n",
    );
    expect(await until(() => articleCount(db) === 2, 15_000)).toBe(true);
    const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(articleCount(db)).toBe(2);
  }, 60_000);
});
