import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { toCsv } from "./csv.js";
import { exportDataset } from "./datasets.js";
import { toJsonArray } from "./json.js";

const database = temporaryFixtureDatabase();
afterAll(() => database.dispose());

describe("toCsv and toJsonArray", () => {
  it("quotes cells with commas, quotes and line breaks, and defuses formulas", () => {
    const csv = [
      ...toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", "=SUM(A1)"],
          [null, -3],
        ],
      ),
    ].join("");
    expect(csv).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\'=SUM(A1)\r\n,-3\r\n');
  });

  it("writes a JSON array of objects", () => {
    expect(JSON.parse([...toJsonArray(["a"], [[1], [null]])].join(""))).toEqual([{ a: 1 }, { a: null }]);
    expect(JSON.parse([...toJsonArray(["a"], [])].join(""))).toEqual([]);
  });
});

describe("exportDataset", () => {
  it("reads pages lazily until the last one", () => {
    const table = exportDataset(database, "articles", { limit: "1" });
    expect([...table.rows]).toHaveLength(5);
  });

  it("flattens indicators and partnerships to one row per value", () => {
    expect([...exportDataset(database, "indicators").rows]).toHaveLength(6);
    expect([...exportDataset(database, "partnerships").rows]).toHaveLength(4);
  });

  it("validates the filters before streaming", () => {
    expect(() => exportDataset(database, "entities", { type: "planet" })).toThrow(
      expect.objectContaining({ code: "bad_request" }),
    );
    expect(() => exportDataset(database, "search", { q: "NOT x" })).toThrow(
      expect.objectContaining({ code: "bad_search_query" }),
    );
  });
});
