import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import { listFollows } from "@chancery/query";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addFollow, parseFollowSpec, removeFollow } from "./follows.js";

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-follows-"));
  database = openDatabase({ path: join(dir, "test.db") });
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("follows", () => {
  it("reads kind:target as the command line writes it", () => {
    expect(parseFollowSpec("partnership:jp")).toEqual({ kind: "partnership", target: "jp" });
    expect(parseFollowSpec('query:"East Sea" AND Japan')).toEqual({ kind: "query", target: '"East Sea" AND Japan' });
    expect(() => parseFollowSpec("country:JP")).toThrow(/partnership:JP/);
  });

  it("normalises targets: upper-case country codes, folded person keys, repaired search expressions", () => {
    addFollow(database, { kind: "partnership", target: "jp" });
    addFollow(database, { kind: "person", target: "Tô  Lâm" });
    addFollow(database, { kind: "query", target: "semiconductor* AND" });
    const rows = database.sqlite.prepare("SELECT kind, target, label, match FROM follows ORDER BY id").all();
    expect(rows).toEqual([
      { kind: "partnership", target: "JP", label: "JP", match: null },
      { kind: "person", target: "to lam", label: "Tô  Lâm", match: null },
      { kind: "query", target: "semiconductor* AND", label: '"semiconductor* AND"', match: '"semiconductor"*' },
    ]);
  });

  it("refuses a target that cannot be followed, with the reason", () => {
    expect(() => addFollow(database, { kind: "partnership", target: "Japan" })).toThrow(/ISO 3166-1/);
    expect(() => addFollow(database, { kind: "query", target: "( )" })).toThrow(/no words/);
    expect(() => addFollow(database, { kind: "indicator", target: "" })).toThrow();
  });

  it("adds a follow once and removes it by id or by its spec", () => {
    const first = addFollow(database, { kind: "indicator", target: "gdp_growth" });
    expect(addFollow(database, { kind: "indicator", target: "GDP_growth" })).toEqual({ id: first.id, created: false });
    addFollow(database, { kind: "partnership", target: "KR" });
    expect(listFollows(database).items.map((f) => f.target)).toEqual(["gdp_growth", "KR"]);
    removeFollow(database, "partnership:kr");
    removeFollow(database, first.id);
    expect(listFollows(database).items).toEqual([]);
    expect(() => removeFollow(database, 99)).toThrow(/No follow 99/);
  });
});
