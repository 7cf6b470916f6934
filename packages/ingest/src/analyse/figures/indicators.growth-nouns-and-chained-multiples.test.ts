import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 54: growth written as a multiple after a noun of growth, and a second multiple chained to the first.
const multiples = (body: string) =>
  analyseArticle(body, {})
    .indicators.filter(({ unit }) => unit === "times")
    .map(({ value, qualifier }) => `${value} times${qualifier ? ` (${qualifier})` : ""}`);

describe("growth multiples after a noun of growth and chained by 'and'", () => {
  it("reads 'a rise of more than N times' as growth", () => {
    expect(multiples("Coffee sales reached 90 million USD, a rise of more than 12 times since 2010.")).toEqual([
      "12 times (more than)",
    ]);
  });

  it("reads a second multiple chained after the first's measure", () => {
    expect(multiples("Pepper shipments to Kenya were up about 6 times in volume and 9 times in value.")).toEqual([
      "6 times (about)",
      "9 times",
    ]);
  });

  it("reads no chained multiple when no growth stands before it", () => {
    expect(multiples("The ferry sailed 3 times in volume and 4 times in a week.")).toEqual([]);
  });
});
