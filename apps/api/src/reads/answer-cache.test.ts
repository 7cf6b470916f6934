import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@chancery/db";
import { afterAll, describe, expect, it } from "vitest";
import { AnswerCache, databaseVersion } from "./answer-cache.js";

const folder = mkdtempSync(join(tmpdir(), "chancery-answer-cache-"));
const database = openDatabase({ path: join(folder, "chancery.db") });
afterAll(() => {
  database.close();
  rmSync(folder, { recursive: true, force: true });
});
const touch =
  "INSERT INTO meta (key, value) VALUES ('answer-cache-test', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value";

describe("the database version", () => {
  it("moves when another connection commits and when this one writes, and not on reads", () => {
    const version = databaseVersion(database);
    const start = version();
    database.sqlite.prepare("SELECT count(*) FROM meta").get();
    expect(version()).toBe(start);

    const other = openDatabase({ path: database.path });
    other.sqlite.prepare(touch).run("by another connection");
    other.close();
    const afterOther = version();
    expect(afterOther).not.toBe(start);

    database.sqlite.prepare(touch).run("by this connection");
    expect(version()).not.toBe(afterOther);
  });
});

describe("the answer cache", () => {
  it("computes a read once per version, and again once the version moves", async () => {
    let version = "1";
    let computed = 0;
    const cache = new AnswerCache(() => version);
    const compute = async () => `answer ${++computed}`;
    expect(await cache.get("overview", compute)).toBe("answer 1");
    expect(await cache.get("overview", compute)).toBe("answer 1");
    version = "2";
    expect(await cache.get("overview", compute)).toBe("answer 2");
    expect(computed).toBe(2);
  });

  it("lets reads asked while the first is computing wait for it instead of computing again", async () => {
    let computed = 0;
    let finish: (text: string) => void = () => {};
    const cache = new AnswerCache(() => "1");
    const compute = () => {
      computed++;
      return new Promise<string>((resolve) => {
        finish = resolve;
      });
    };
    const answers = Promise.all([cache.get("k", compute), cache.get("k", compute), cache.get("k", compute)]);
    finish("slow aggregate");
    expect(await answers).toEqual(["slow aggregate", "slow aggregate", "slow aggregate"]);
    expect(computed).toBe(1);
  });

  it("keeps no failure and no answer computed under a version that has since moved", async () => {
    let version = "1";
    const cache = new AnswerCache(() => version);
    await expect(cache.get("k", () => Promise.reject(new Error("no such entity")))).rejects.toThrow("no such entity");
    expect(cache.size).toBe(0);
    const stale = cache.get("k", async () => {
      version = "2";
      return "read before the commit";
    });
    expect(await stale).toBe("read before the commit");
    expect(await cache.get("k", async () => "read after the commit")).toBe("read after the commit");
  });

  it("drops the least recently used answers beyond its bounds and never keeps an oversized one", async () => {
    const cache = new AnswerCache(() => "1", { maxEntries: 2, maxEntryChars: 10 });
    await cache.get("a", async () => "A");
    await cache.get("b", async () => "B");
    await cache.get("a", async () => "A again");
    await cache.get("c", async () => "C");
    expect(await cache.get("a", async () => "A recomputed")).toBe("A");
    expect(await cache.get("b", async () => "B recomputed")).toBe("B recomputed");
    await cache.get("big", async () => "x".repeat(11));
    expect(await cache.get("big", async () => "recomputed")).toBe("recomputed");
  });
});
