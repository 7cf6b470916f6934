import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const ind = (body: string) =>
  analyseArticle(body, {}).indicators.map(({ value, of, unit, qualifier, key }) => ({
    value,
    of,
    unit,
    qualifier,
    key,
  }));

describe("indicators", () => {
  it("normalises number words and scales", () => {
    expect(ind("It cares for six million of our compatriots abroad.")).toEqual([
      { value: 6_000_000, of: null, unit: "compatriots", qualifier: null, key: "overseas_vietnamese" },
    ]);
  });

  it("keeps the qualifier and the currency", () => {
    expect(ind("Trade value is expected to reach nearly 800 billion USD.")).toEqual([
      { value: 8e11, of: null, unit: "USD", qualifier: "nearly", key: "trade_value" },
    ]);
  });

  it("reads 'X out of a total of Y' as value and total", () => {
    expect(ind("A partnership with 18 out of a total of 21 members of the G20.")[0]).toMatchObject({
      value: 18,
      of: 21,
    });
  });

  it("skips years, ranges, ordinals, durations, dates and document numbers", () => {
    expect(
      ind(
        "In 2024, the 35th meeting of the 2023-2025 term, after 40 years, on August 29, under Resolution No.18 and Article 5.",
      ),
    ).toEqual([]);
  });

  it("skips counts of policy slogans and deictic numbers", () => {
    expect(ind("It serves two strategic tasks and the three pillars of diplomacy.")).toEqual([]);
  });

  it("maps known indicators by the words around the number", () => {
    const keys = ind(
      "Viet Nam has diplomatic ties with 194 countries. It tapped 17 free trade agreements (FTAs) with more than 60 partners.",
    ).map((i) => i.key);
    expect(keys).toEqual(["diplomatic_relations", "ftas", "fta_partners"]);
  });

  it("reads ranks from 'top' and ordinals after a rank verb", () => {
    expect(
      ind("It ranks among the top 15 countries globally and second in ASEAN in trade volume.").map((i) => [
        i.value,
        i.unit,
      ]),
    ).toEqual([
      [15, "rank"],
      [2, "rank"],
    ]);
  });
});
