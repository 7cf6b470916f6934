import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChanceryDatabase, lshBucketRange, openDatabase, writerFor } from "@chancery/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prepareArticle } from "../pipeline/prepare.js";
import { isReadFailure, readBuffer } from "../read/index.js";
import { storeArticles } from "../store/article.js";
import { lshKeys } from "./lsh.js";

const seed = readFileSync(
  fileURLToPath(new URL("../../../../seeds/002_b2cf3374afdbd7ab.txt", import.meta.url)),
  "utf8",
);
const copy = `Viet Nam's diplomacy had a remarkable year\n\n${seed.replace("affirmed", "stressed")}\n\nIllustrative photo (Photo: VNA)`;

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-stories-"));
  database = openDatabase({ path: join(dir, "test.db") });
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

function store(into: ChanceryDatabase, name: string, text: string) {
  const [document] = readBuffer(name, Buffer.from(text));
  if (!document || isReadFailure(document)) throw new Error(`${name} was not read`);
  const [outcome] = storeArticles(into, [prepareArticle(document)]);
  if (!outcome) throw new Error(`${name} was not stored`);
  return outcome;
}

const count = (sql: string) => database.sqlite.prepare(sql).pluck().get() as number;

describe("story search", () => {
  it("puts a syndicated copy in the story of the article it copies", () => {
    const first = store(database, "first.txt", seed);
    const second = store(database, "copy.txt", copy);
    expect(second.storyId).toBe(first.storyId);
    expect(count("SELECT count(DISTINCT id & 2147483647) FROM lsh_keys")).toBe(2);
  });

  it("buckets the fingerprints of a database written before lsh_keys, then finds their stories", () => {
    const first = store(database, "first.txt", seed);
    // As a database migrated from text buckets is left: fingerprints stored, no integer buckets yet.
    database.sqlite.exec("DELETE FROM lsh_keys; UPDATE article_fingerprints SET lsh_keys = NULL");
    const later = openDatabase({ path: database.path });
    try {
      const second = store(later, "copy.txt", copy);
      expect(second.storyId).toBe(first.storyId);
    } finally {
      later.close();
    }
    expect(count("SELECT count(*) FROM article_fingerprints WHERE lsh_keys IS NULL")).toBe(0);
    expect(count("SELECT count(DISTINCT id & 2147483647) FROM lsh_keys")).toBe(2);
  });

  it("gives the writer's candidates from memory as the SQL over lsh_keys gives them, another connection's commits seen", () => {
    const [document] = readBuffer("copy.txt", Buffer.from(copy));
    if (!document || isReadFailure(document)) throw new Error("copy.txt was not read");
    const keys = lshKeys(prepareArticle(document).fingerprint);
    const sql = (into: ChanceryDatabase) =>
      into.sqlite
        .prepare(
          `SELECT c.article_id, a.story_id FROM (SELECT id & 2147483647 AS article_id, count(*) AS shared FROM (${keys
            .map(() => "SELECT * FROM (SELECT id FROM lsh_keys WHERE id BETWEEN ? AND ? ORDER BY id DESC LIMIT 50)")
            .join(" UNION ALL ")}) GROUP BY article_id ORDER BY shared DESC, article_id DESC LIMIT 20) c
           JOIN articles a ON a.id = c.article_id ORDER BY c.shared DESC, c.article_id DESC`,
        )
        .all(keys.flatMap((key) => lshBucketRange(key)));
    const fromMemory = (into: ChanceryDatabase) => {
      const writer = writerFor(into);
      writer.storeArticles([]);
      return writer.storyCandidates(keys, 50, 20);
    };
    store(database, "first.txt", seed);
    expect(fromMemory(database)).toEqual(sql(database));
    store(database, "copy.txt", copy);
    expect(fromMemory(database)).toEqual(sql(database));
    const other = openDatabase({ path: database.path });
    try {
      store(other, "second-copy.txt", `${copy}\n\nMore.`);
    } finally {
      other.close();
    }
    const candidates = fromMemory(database);
    expect(candidates).toHaveLength(3);
    expect(candidates).toEqual(sql(database));
  });
});
