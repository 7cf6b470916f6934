import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, openReadOnlyDatabase } from "./open.js";
import { resolveDatabasePath } from "./paths.js";

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-db-"));
  path = join(dir, "nested", "test.db");
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function insertArticle(sqlite: ReturnType<typeof openDatabase>["sqlite"], title: string, body: string): number {
  const result = sqlite
    .prepare(
      `INSERT INTO articles (content_hash, raw_text, body, title, word_count, source_format, ingested_at, analyzer_version)
       VALUES (?, ?, ?, ?, 3, 'txt', '2026-01-01T00:00:00Z', 'test')`,
    )
    .run(`hash-${title}`, body, body, title);
  return Number(result.lastInsertRowid);
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
    const { sqlite, close } = openDatabase({ path });
    try {
      const search = (term: string) =>
        sqlite.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?").all(term).length;
      const id = insertArticle(sqlite, "Vietnam Japan ties", "A Comprehensive Strategic Partnership with Tô Lâm");
      expect(search("japan")).toBe(1);
      expect(search('"to lam"')).toBe(1);
      sqlite.prepare("UPDATE articles SET title = 'Vietnam Korea ties' WHERE id = ?").run(id);
      expect(search("japan")).toBe(0);
      expect(search("korea")).toBe(1);
      sqlite.prepare("DELETE FROM articles WHERE id = ?").run(id);
      expect(search("korea")).toBe(0);
    } finally {
      close();
    }
  });

  it("refuses a finding that points at no article", () => {
    const { sqlite, close } = openDatabase({ path });
    try {
      expect(() =>
        sqlite.prepare("INSERT INTO article_themes (article_id, theme_key, score) VALUES (999, 'x', 1)").run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      close();
    }
  });
});

describe("openReadOnlyDatabase", () => {
  it("reads but refuses every write", () => {
    const writer = openDatabase({ path });
    insertArticle(writer.sqlite, "t", "body text here");
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
