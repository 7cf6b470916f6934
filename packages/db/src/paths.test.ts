import { resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseLocationError, resolveDatabasePath } from "./paths.js";

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
});
