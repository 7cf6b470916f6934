import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prepareArticle } from "../pipeline/prepare.js";
import { isReadFailure, readBuffer } from "../read/index.js";
import { storeArticles } from "../store/article.js";

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
});
