import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { EntityPage, listEntities } from "./list.js";

const database = temporaryFixtureDatabase();
afterAll(() => database.dispose());

describe("listEntities", () => {
  it("sorts by mentions, articles or name and filters by type", () => {
    const byMentions = EntityPage.parse(listEntities(database, { type: "country" }));
    expect(byMentions.items.map((e) => e.name)).toEqual(["Vietnam", "Australia", "China", "Japan"]);
    expect(byMentions.items[0]).toMatchObject({ code: "VN", mentionCount: 4, articleCount: 4 });
    expect(listEntities(database, { sort: "name" }).items[0]?.name).toBe("Association of Southeast Asian Nations");
  });

  it("walks every entity once through cursors in each sort", () => {
    for (const sort of ["mentions", "articles", "name"] as const) {
      const ids: number[] = [];
      let cursor: string | undefined;
      do {
        const page = listEntities(database, { sort, limit: 3, cursor });
        ids.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(ids).size).toBe(8);
      expect(ids).toHaveLength(8);
    }
  });

  it("refuses a cursor from another sort", () => {
    const cursor = listEntities(database, { sort: "name", limit: 1 }).nextCursor ?? "";
    expect(() => listEntities(database, { sort: "mentions", cursor })).toThrow(
      expect.objectContaining({ code: "bad_cursor" }),
    );
  });

  it("finds names without diacritics and by acronym", () => {
    expect(listEntities(database, { q: "to lam" }).items.map((e) => e.name)).toEqual(["Tô Lâm"]);
    expect(listEntities(database, { q: "ASEAN" }).items.map((e) => e.acronym)).toEqual(["ASEAN"]);
    expect(listEntities(database, { q: "100%_" }).items).toEqual([]);
  });
});
