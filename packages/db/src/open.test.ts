import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ChanceryDatabase, openDatabase, openReadOnlyDatabase } from "./open.js";
import { resolveDatabasePath } from "./paths.js";
import { writerFor } from "./store/writer.js";
import { articleToStore } from "./testing.js";

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-db-"));
  path = join(dir, "nested", "test.db");
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function insertArticle(database: ChanceryDatabase, title: string, body: string): number {
  const [outcome] = writerFor(database).storeArticles([articleToStore({ title, body })]);
  if (!outcome) throw new Error("nothing stored");
  return outcome.id;
}

describe("openDatabase", () => {
  it("creates the file and its folder, applies the committed migrations, and turns on WAL and foreign keys", () => {
    const database = openDatabase({ path });
    try {
      expect(database.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(database.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(database.sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
      const tables = database.sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .all()
        .map((row) => (row as { name: string }).name);
      expect(tables).toEqual(expect.arrayContaining(["articles", "entities", "stories", "articles_fts", "meta"]));
    } finally {
      database.close();
    }
  });

  it("opens an existing database again without re-applying migrations", () => {
    openDatabase({ path }).close();
    const again = openDatabase({ path });
    expect(again.sqlite.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 0 });
    again.close();
  });

  it("keeps the full-text index in step with inserts, updates and deletes", () => {
    const database = openDatabase({ path });
    try {
      const search = (term: string) =>
        database.sqlite.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?").all(term).length;
      const id = insertArticle(database, "Vietnam ties", "A Comprehensive Strategic Partnership with Japan and Tô Lâm");
      expect(search("japan")).toBe(1);
      expect(search('"to lam"')).toBe(1);
      const { article } = articleToStore({ body: "A Comprehensive Strategic Partnership with Korea" });
      writerFor(database).replaceAnalysis({
        articleId: id,
        article,
        findings: { entities: [], indicators: [], partnerships: [], quotes: [], themes: [] },
      });
      expect(search("japan")).toBe(0);
      expect(search("korea")).toBe(1);
      writerFor(database).deleteArticle(id);
      expect(search("korea")).toBe(0);
    } finally {
      database.close();
    }
  });
});

describe("openReadOnlyDatabase", () => {
  it("reads but refuses every write", () => {
    const writer = openDatabase({ path });
    insertArticle(writer, "t", "body text here");
    writer.close();
    const reader = openReadOnlyDatabase({ path });
    try {
      expect(reader.sqlite.prepare("SELECT count(*) AS n FROM articles").get()).toEqual({ n: 1 });
      expect(() => reader.sqlite.prepare("DELETE FROM articles").run()).toThrow(/readonly|read-only/i);
    } finally {
      reader.close();
    }
  });
});

describe("resolveDatabasePath", () => {
  it("prefers an explicit path, then CHANCERY_DB, then data/chancery.db at the repository root", () => {
    const saved = process.env.CHANCERY_DB;
    try {
      process.env.CHANCERY_DB = join(dir, "env.db");
      expect(resolveDatabasePath(join(dir, "explicit.db"))).toBe(join(dir, "explicit.db"));
      expect(resolveDatabasePath()).toBe(join(dir, "env.db"));
      delete process.env.CHANCERY_DB;
      expect(resolveDatabasePath()).toMatch(/data[/\\]chancery\.db$/);
    } finally {
      if (saved === undefined) delete process.env.CHANCERY_DB;
      else process.env.CHANCERY_DB = saved;
    }
  });
});
