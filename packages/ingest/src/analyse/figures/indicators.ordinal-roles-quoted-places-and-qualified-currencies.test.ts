import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ind = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => ({ value, unit }));
const ranks = (body: string) => ind(body).filter((f) => f.unit === "rank");

describe("places written without a superlative", () => {
  it("reads an ordinal before a trade or investment role as a rank", () => {
    expect(ranks("Vietnam is Cuba's second trading partner in Asia.")).toEqual([{ value: 2, unit: "rank" }]);
    expect(ranks("France is the 4th European investor in the country.")).toEqual([{ value: 4, unit: "rank" }]);
  });

  it("reads an ordinal between 'in' and 'place' as a place in the ranking", () => {
    expect(ranks("Australia, in third place, drew more visitors to Vietnam than before.")).toEqual([
      { value: 3, unit: "rank" },
    ]);
    expect(ranks("Few came to Vietnam for the beaches in the first place.")).toEqual([]);
  });

  it("reads a tourism story's largest source market as a first place", () => {
    expect(ranks("India remained the largest source market for Vietnam's resorts.")).toEqual([
      { value: 1, unit: "rank" },
    ]);
  });

  it("keeps the order of a framework an ordinal, not a rank", () => {
    expect(
      ranks("India thus becomes Vietnam's third comprehensive strategic partner, after China and Russia."),
    ).toEqual([]);
  });

  it("reads 'most important' and an acronym before the role as a first place", () => {
    expect(ranks("Germany is Vietnam's most important trading partner in the European Union.")).toEqual([
      { value: 1, unit: "rank" },
    ]);
    expect(ranks("Japan would continue to be the largest ODA donor to Viet Nam.")).toEqual([
      { value: 1, unit: "rank" },
    ]);
  });

  // Written before READING.md settled spoken figures (round 24): a speaker's ranks are the page's indicators.
  it("reads a first place inside a quotation as a rank", () => {
    expect(ranks('"Germany is Vietnam\'s most important trading partner in the EU," Merkel said.')).toEqual([
      { value: 1, unit: "rank" },
    ]);
  });
});

describe("currencies named by their country or a short sign", () => {
  it("reads a country's adjective before a shared currency word", () => {
    expect(ind("Trade reached about 1.57 trillion Chilean pesos last year.")).toEqual([
      { value: 1_570_000_000_000, unit: "CLP" },
    ]);
    expect(ind("Trade reached about 44.6 billion Czech korunas last year.")).toEqual([
      { value: 44_600_000_000, unit: "CZK" },
    ]);
  });

  it("reads the signs of smaller markets", () => {
    expect(ind("The project is estimated at about KD 1.65 billion.")).toEqual([{ value: 1_650_000_000, unit: "KWD" }]);
    expect(ind("Bilateral trade stood at around QR1.5bn in 2023.")).toEqual([{ value: 1_500_000_000, unit: "QAR" }]);
  });
});
