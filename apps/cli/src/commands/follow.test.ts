import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChanceryDatabase, openDatabase, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runFollowCommand } from "./follow.js";

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-follow-cli-"));
  database = openDatabase({ path: join(dir, "cli.db") });
});

afterEach(() => {
  vi.restoreAllMocks();
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

async function follow(...args: string[]) {
  const out: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  const code = await runFollowCommand(database, args, { json: args.includes("--json") });
  vi.restoreAllMocks();
  return { code, stdout: out.join("") };
}

describe("chancery follow", () => {
  it("adds follows of each kind, lists them and removes one by its spec", async () => {
    const added = await follow("add", "partnership:jp", "indicator:gdp_growth", "person:Tô Lâm", 'query:"East Sea"');
    expect(added.stdout).toContain("Following partnership:jp (follow 1).");
    expect((await follow("add", "partnership:JP")).stdout).toContain("Already following");
    const listed = await follow("list");
    expect(
      listed.stdout
        .split("\n")
        .filter(Boolean)
        .map((line) => line.split("\t")[1]),
    ).toEqual(["partnership:JP", "indicator:gdp_growth", "person:to lam", 'query:"East Sea"']);
    expect((await follow("remove", "person:To Lam")).code).toBe(0);
    expect((await follow("list")).stdout).not.toContain("to lam");
  });

  it("shows the changes a new article made, newest first", async () => {
    await follow("add", "query:rice");
    writerFor(database).storeArticles([articleToStore({ body: "Rice exports rose again.", title: "Rice up" })]);
    const changes = await follow("changes");
    expect(changes.stdout).toContain('New article matching "rice"');
    expect(changes.stdout).toContain("Rice exports rose again.");
  });

  it("refuses an unknown kind with the forms it accepts", async () => {
    await expect(follow("add", "country:JP")).rejects.toThrow(/partnership:JP/);
    await expect(follow("remove", "7")).rejects.toThrow(/No follow 7/);
  });
});
