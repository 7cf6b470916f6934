import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseLocationError, resolveDatabase, resolveDatabasePath } from "./paths.js";

describe("where the database lives", () => {
  const saved = process.env.CHANCERY_DB;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHANCERY_DB;
    else process.env.CHANCERY_DB = saved;
  });

  it("takes an explicit file path as given, resolved from the working directory", () => {
    expect(resolveDatabasePath("tmp/x.db")).toBe(resolve("tmp/x.db"));
  });

  it("refuses a server address in CHANCERY_DB instead of creating a folder named after its scheme", () => {
    process.env.CHANCERY_DB = "postgres://chancery@127.0.0.1:5432/news";
    expect(() => resolveDatabasePath()).toThrow(DatabaseLocationError);
    expect(() => resolveDatabasePath()).toThrow(/CHANCERY_DB=postgres:\/\/… names a database server/);
  });

  it("refuses a server address given with --db and does not echo its password", () => {
    let message = "";
    try {
      resolveDatabasePath("postgresql://user:secret@db.example/news");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^--db=postgresql:\/\/… names a database server/);
    expect(message).not.toContain("secret");
  });

  it("takes a postgres:// address as a PostgreSQL database for a command that runs there", () => {
    process.env.CHANCERY_DB = "postgresql://chancery@127.0.0.1:5432/news";
    expect(resolveDatabase(undefined, "chancery ingest", true)).toEqual({
      kind: "postgres",
      url: "postgresql://chancery@127.0.0.1:5432/news",
    });
    expect(resolveDatabase("tmp/x.db", "chancery ingest", true)).toEqual({ kind: "sqlite", path: resolve("tmp/x.db") });
  });

  it("refuses a postgres:// address naming the command that runs on SQLite only, and what runs on PostgreSQL", () => {
    expect(() => resolveDatabase("postgres://u:secret@db/news", "chancery reanalyze")).toThrow(
      /^--db=postgres:\/\/… names a database server, but chancery reanalyze runs on SQLite only so far: .*chancery ingest/,
    );
    expect(() => resolveDatabase("mysql://db/news", "chancery ingest", true)).toThrow(DatabaseLocationError);
  });
});
