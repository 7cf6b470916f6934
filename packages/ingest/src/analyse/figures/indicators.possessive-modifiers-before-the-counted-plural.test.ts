import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 59: a possessive noun before the counted plural ("master's courses") is a modifier of it, and so is a pair of
// them joined by "and". Sentences are written for the tests.
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("a possessive noun before the counted plural", () => {
  it("counts the plural after it", () => {
    expect(figures("The school now runs nine master's courses in English.")).toEqual(["9 courses"]);
    expect(figures("The school now runs 14 bachelor's and master's courses in English.")).toEqual(["14 courses"]);
  });
});
