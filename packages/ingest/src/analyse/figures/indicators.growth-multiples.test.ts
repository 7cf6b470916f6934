import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 42 (issue 11, READING.md): a growth written as a multiple with its number is a figure in "times". Sentences
// are the tests' own.
const figures = (body: string) =>
  analyseArticle(body, {}).indicators.map(
    ({ value, unit, qualifier }) => `${value} ${unit}${qualifier ? ` (${qualifier})` : ""}`,
  );

describe("growth written as a multiple", () => {
  it("reads '-fold', a growth verb with 'times' and 'an increase of N times'", () => {
    expect(figures("Two-way trade has grown more than 90-fold since 1994.")).toEqual(["90 times (more than)"]);
    expect(figures("Card payments across the border rose 3.5 times from a year earlier.")).toEqual(["3.5 times"]);
    expect(figures("Exports reached a record, an increase of nearly 40 times over two decades.")).toEqual([
      "40 times (nearly)",
    ]);
  });

  it("reads a multiple of a measured level, beside the amount it measures", () => {
    expect(figures("Trade hit $4 billion, almost five times the level of 2010.")).toEqual([
      "4000000000 USD",
      "5 times (almost)",
    ]);
  });

  it("leaves occurrences, frequencies and a multiple of a limit alone", () => {
    expect(figures("The minister has visited Hanoi four times.")).toEqual([]);
    expect(figures("The ferry sails three times a week.")).toEqual([]);
    expect(figures("Smoke readings were seven times the safe limit.")).toEqual([]);
    expect(figures("Rice exports to the region have tripled since 2015.")).toEqual([]);
  });
});
