import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { QueryError } from "../errors.js";
import { ArticlePage, listArticles } from "./list.js";

const database = temporaryFixtureDatabase();
afterAll(() => database.dispose());

describe("listArticles", () => {
  it("lists newest published first and undated articles last", () => {
    const page = ArticlePage.parse(listArticles(database, { limit: 10 }));
    expect(page.items.map((a) => a.publishedAt)).toEqual([
      "2024-03-08",
      "2024-03-07",
      "2023-11-27",
      "2022-06-15",
      null,
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it("walks every article exactly once through cursors", () => {
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = listArticles(database, { limit: 2, cursor });
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it("rejects a cursor it did not issue with bad_cursor", () => {
    for (const cursor of ["nope!", "eyJ4IjoxfQ", Buffer.from("[]").toString("base64url"), ""]) {
      expect(() => listArticles(database, { cursor })).toThrowError(QueryError);
      try {
        listArticles(database, { cursor });
      } catch (error) {
        expect((error as QueryError).code).toBe("bad_cursor");
      }
    }
  });

  it("rejects a limit out of bounds with bad_request", () => {
    expect(() => listArticles(database, { limit: 0 })).toThrow(/limit/);
    expect(() => listArticles(database, { limit: 1000 })).toThrow(/limit/);
  });

  it("filters by outlet, date range, entity and theme", () => {
    expect(listArticles(database, { outlet: "VietnamPlus" }).items).toHaveLength(2);
    expect(listArticles(database, { from: "2024-01-01", to: "2024-03-07" }).items.map((a) => a.publishedAt)).toEqual([
      "2024-03-07",
    ]);
    const china = database.sqlite.prepare("SELECT id FROM entities WHERE key = 'china'").get() as { id: number };
    expect(listArticles(database, { entity: china.id }).items).toHaveLength(2);
    expect(listArticles(database, { theme: "economic_diplomacy" }).items).toHaveLength(3);
  });

  it("keeps one article per story with stories=true", () => {
    const page = listArticles(database, { stories: true });
    expect(page.items).toHaveLength(4);
    const upgrade = page.items.find((a) => a.storyArticleCount === 2);
    expect(upgrade?.publishedAt).toBe("2024-03-07");
  });
});
