import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { getEntity, listArticles, search } from "@chancery/query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/*
 * The pool as the server runs it: built JavaScript, whose workers load (from TypeScript sources under vitest
 * the pool answers on the calling thread instead, which every route test covers).
 */
const built = fileURLToPath(new URL("../../dist/reads/pool.js", import.meta.url));
const database = temporaryFixtureDatabase();
let pool: {
  size: number;
  json(name: string, input: unknown): Promise<string>;
  close(): Promise<void>;
};

beforeAll(async () => {
  if (!existsSync(built))
    throw new Error(`${built} is missing: build first (npx turbo run build --filter=@chancery/api)`);
  const { ReadPool } = (await import(built)) as { ReadPool: new (db: typeof database) => typeof pool };
  pool = new ReadPool(database);
});

afterAll(async () => {
  await pool?.close();
  database.dispose();
});

describe("the read pool", () => {
  it("runs reads on at least two worker threads with the answers of the calling thread", async () => {
    expect(pool.size).toBeGreaterThanOrEqual(2);
    const answers = await Promise.all([
      pool.json("listArticles", { limit: 5 }),
      pool.json("search", { q: "Australia" }),
      pool.json("getEntity", { id: 1 }),
    ]);
    expect(answers.map((text) => JSON.parse(text))).toEqual(
      JSON.parse(
        JSON.stringify([
          listArticles(database, { limit: 5 }),
          search(database, { q: "Australia" }),
          getEntity(database, { id: 1 }),
        ]),
      ),
    );
  });

  it("throws a read's QueryError on the calling thread with its code", async () => {
    await expect(pool.json("getEntity", { id: 999_999 })).rejects.toMatchObject({
      name: "QueryError",
      code: "not_found",
    });
    await expect(pool.json("search", { q: "x", cursor: "garbage!" })).rejects.toMatchObject({ code: "bad_cursor" });
  });

  it("sees what the writer commits after the workers started", async () => {
    const before = JSON.parse(await pool.json("listArticles", { limit: 100 })) as { items: unknown[] };
    database.sqlite.prepare("DELETE FROM articles WHERE id = (SELECT max(id) FROM articles)").run();
    const after = JSON.parse(await pool.json("listArticles", { limit: 100 })) as { items: unknown[] };
    expect(after.items.length).toBe(before.items.length - 1);
  });
});
