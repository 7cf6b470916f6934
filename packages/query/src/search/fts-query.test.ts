import { describe, expect, it } from "vitest";
import { toFtsQuery } from "./fts-query.js";

describe("toFtsQuery", () => {
  it("quotes every word so no user text is read as FTS5 syntax", () => {
    expect(toFtsQuery("East Sea").match).toBe('"East" "Sea"');
    expect(toFtsQuery("U.S.-Vietnam").match).toBe('"U.S.-Vietnam"');
    expect(toFtsQuery("NEAR(a b)").match).toBe('"NEAR" AND ("a" "b")');
  });

  it("joins a group and a word next to it with AND, which FTS5 does not do on its own", () => {
    expect(toFtsQuery("(Japan OR Korea) partnership").match).toBe('("Japan" OR "Korea") AND "partnership"');
    expect(toFtsQuery("partnership (Japan OR Korea)").match).toBe('"partnership" AND ("Japan" OR "Korea")');
  });

  it("keeps phrases, AND/OR/NOT, parentheses and prefixes", () => {
    expect(toFtsQuery('"strategic partnership" AND (Japan OR Australia) NOT China').match).toBe(
      '"strategic partnership" AND ("Japan" OR "Australia") NOT "China"',
    );
    expect(toFtsQuery("partner*").match).toBe('"partner"*');
    expect(toFtsQuery("title:Australia").match).toBe('title : "Australia"');
    expect(toFtsQuery("partner*").repaired).toBe(false);
  });

  it("closes an unbalanced quote and says so", () => {
    const query = toFtsQuery('"East Sea');
    expect(query.match).toBe('"East Sea"');
    expect(query.repaired).toBe(true);
    expect(query.notes.join()).toMatch(/quote/);
  });

  it("drops stray operators and unmatched parentheses", () => {
    expect(toFtsQuery("AND Vietnam OR").match).toBe('"Vietnam"');
    expect(toFtsQuery("Vietnam AND OR Japan").match).toBe('"Vietnam" OR "Japan"');
    expect(toFtsQuery("(Vietnam").match).toBe('("Vietnam")');
    expect(toFtsQuery("Vietnam)) (").match).toBe('"Vietnam"');
    expect(toFtsQuery("Vietnam AND NOT China").match).toBe('"Vietnam" NOT "China"');
  });

  it("ignores bare punctuation and doubles embedded quotes", () => {
    expect(toFtsQuery("Vietnam && * -").match).toBe('"Vietnam"');
    expect(toFtsQuery('title:"a""b"').match).toMatch(/^title : "a"/);
  });

  it("rejects a leading NOT and a query with no words", () => {
    expect(() => toFtsQuery("NOT China")).toThrow(
      expect.objectContaining({ code: "bad_search_query", message: expect.stringMatching(/NOT needs/) }),
    );
    for (const empty of ["", "   ", "***", '""', "AND OR", "()"]) {
      expect(() => toFtsQuery(empty)).toThrow(expect.objectContaining({ code: "bad_search_query" }));
    }
  });

  it("rejects more than 32 words", () => {
    expect(() => toFtsQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(" "))).toThrow(/at most 32/);
  });
});
