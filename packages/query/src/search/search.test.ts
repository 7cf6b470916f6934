import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { SearchResult, search } from "./search.js";

const database = temporaryFixtureDatabase();
afterAll(() => database.dispose());

describe("search", () => {
  it("ranks matches and highlights them in segments", () => {
    const result = SearchResult.parse(search(database, { q: "Australia" }));
    expect(result.total).toBe(3);
    const hit = result.items[0];
    expect(hit?.titleSegments.some((s) => s.hit && /Australia/.test(s.text))).toBe(true);
    expect(result.items.every((item) => item.snippet.some((s) => s.hit))).toBe(true);
  });

  it("matches prefixes, phrases, NOT and folded diacritics", () => {
    expect(search(database, { q: "partner*" }).total).toBe(4);
    expect(search(database, { q: '"comprehensive strategic partnership"' }).total).toBe(3);
    expect(search(database, { q: "Australia NOT Assembly" }).total).toBe(2);
    expect(search(database, { q: "lam" }).total).toBe(1);
  });

  it("counts each publication year once in the facets, over every dated hit", () => {
    const result = search(database, { q: "partner*" });
    const years = result.facets.year.map((f) => f.value);
    expect(new Set(years).size).toBe(years.length);
    expect(result.facets.year.some((f) => f.count > 1)).toBe(true);
  });

  it("collapses a story to its best hit with stories=true", () => {
    expect(search(database, { q: "chapter" }).total).toBe(2);
    expect(search(database, { q: "chapter", stories: true }).total).toBe(1);
  });

  it("applies filters and counts facets on the result set", () => {
    const result = search(database, { q: "Vietnam OR Viet", outlet: "VietnamPlus" });
    expect(result.total).toBe(2);
    expect(result.facets.outlet).toEqual([{ value: "VietnamPlus", label: "VietnamPlus", count: 2 }]);
    expect(result.facets.year.map((f) => f.value)).toEqual(["2024", "2023"]);
    expect(result.facets.entity[0]?.label).toBe("Vietnam");
    expect(search(database, { q: "countries", indicator: "trade_value" }).total).toBe(1);
    expect(search(database, { q: "countries", theme: "sovereignty_borders_maritime" }).total).toBe(1);
  });

  it("pages with an opaque cursor", () => {
    const first = search(database, { q: "Vietnam OR Viet", limit: 2 });
    expect(first.nextCursor).not.toBeNull();
    const second = search(database, { q: "Vietnam OR Viet", limit: 2, cursor: first.nextCursor ?? "" });
    expect(second.items.map((i) => i.articleId)).not.toContain(first.items[0]?.articleId);
    expect(() => search(database, { q: "x", cursor: "garbage!" })).toThrow(
      expect.objectContaining({ code: "bad_cursor" }),
    );
  });

  it("answers malformed queries with bad_search_query, never a SQLite error", () => {
    for (const q of ['"unbalanced', "AND", "NOT x", "(((", "a OR OR b", "*", "title:", "NEAR(", "^x", "x:y"]) {
      try {
        search(database, { q });
      } catch (error) {
        expect((error as { code?: string }).code).toBe("bad_search_query");
      }
    }
  });
});
