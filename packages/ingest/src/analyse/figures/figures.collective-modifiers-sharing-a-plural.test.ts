import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 47: a collective modifier joined by "and" to another ("army and police officers") shares the plural after it,
 * whatever word follows the plural.
 */
const counts = (body: string) =>
  analyseArticle(body, {})
    .indicators.filter((f) => f.unit !== "rank")
    .map((f) => [f.value, f.unit]);

describe("a collective modifier joined to another", () => {
  it("counts the shared plural even before 'to'", () => {
    expect(counts("Thailand sends about 90 army and police officers to the mission each year.")).toEqual([
      [90, "officers"],
    ]);
  });
});
