import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { is, Table } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as schema from "../schema/index.js";

const repo = fileURLToPath(new URL("../../../../", import.meta.url));
const writerFolder = join(repo, "packages/db/src/store");

/** Source files of every package and app, tests and the writer itself left out. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "dist" ? [] : sources(path);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// SQL keywords are written in capitals across the codebase; the drizzle check names the schema's own tables.
const SQL_WRITE = /\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE\s+["`]?\w+["`]?\s+SET|DELETE\s+FROM|REPLACE\s+INTO)\b/;
const tables = Object.entries(schema)
  .filter(([, value]) => is(value, Table))
  .map(([name]) => name);
const DRIZZLE_WRITE = new RegExp(`\\.(?:insert|update|delete)\\(\\s*(?:${tables.join("|")})\\s*\\)`);

describe("the one writer", () => {
  it("knows the tables it guards", () => {
    expect(tables).toEqual(expect.arrayContaining(["articles", "entities", "meta", "mentions"]));
  });

  it("is the only module that writes SQL or calls drizzle's insert, update or delete", () => {
    const roots = ["packages", "apps"].flatMap((top) =>
      readdirSync(join(repo, top)).map((name) => join(repo, top, name, "src")),
    );
    const offenders = roots
      .flatMap((root) => {
        try {
          return sources(root);
        } catch {
          return [];
        }
      })
      .filter((file) => !file.startsWith(writerFolder))
      .flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .map((line, i) => ({ file: `${relative(repo, file)}:${i + 1}`, line }))
          .filter(({ line }) => SQL_WRITE.test(line) || DRIZZLE_WRITE.test(line)),
      )
      .map(({ file, line }) => `${file}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
