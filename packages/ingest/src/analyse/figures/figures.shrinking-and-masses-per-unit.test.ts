import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/**
 * "could shrink by up to 15 percent" is a fall, as "shrank" is; a mass per a unit ("three grams per litre", "6 tonnes
 * per hectare") is a concentration or a yield, a measurement. Sentences of our own.
 */
const figures = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-05-10", title: null })
    .indicators.map((f) => `${f.value} ${f.unit}`)
    .sort();

describe("shrinking", () => {
  it("reads 'shrink by' as a fall", () => {
    expect(figures("The paddy area may shrink by up to 15 percent by 2040.")).toEqual(["-15 percent"]);
  });

  it("leaves a rise after 'by' a rise", () => {
    expect(figures("Tourist numbers rose by 12 percent.")).toEqual(["12 percent"]);
  });
});

describe("masses per a unit", () => {
  it("leaves a concentration and a yield out", () => {
    expect(figures("Salt levels of three grams per litre were found 40 km upriver.")).toEqual([]);
    expect(figures("Farmers there harvest about 6 tonnes per hectare.")).toEqual([]);
  });

  it("keeps a quantity of goods", () => {
    expect(figures("The port shipped 2 million tonnes of coffee last year.")).toEqual(["2000000 tonnes"]);
  });
});
