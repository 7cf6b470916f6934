import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ind = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => ({ value, unit }));
const ranks = (body: string) => ind(body).filter((f) => f.unit === "rank");

describe("places in a league table written without a rank word", () => {
  it("reads a place that 'was' gives with its amount, and the place a later name gaps", () => {
    expect(ranks("Germany sent the most buyers to the fair. Italy was second with 410 and France third.")).toEqual([
      { value: 2, unit: "rank" },
      { value: 3, unit: "rank" },
    ]);
    expect(ranks("Da Nang came second among the cities and Hue fourth.")).toEqual([
      { value: 2, unit: "rank" },
      { value: 4, unit: "rank" },
    ]);
  });

  it("leaves an ordinal after a name alone when no place was given before it", () => {
    expect(ranks("The delegation visited Hue and Quang Tri, and Hanoi third.")).toEqual([]);
  });

  it("reads an ordinal among a possessed field as a place", () => {
    expect(ranks("Inflows put the country seventh among the region's exporters of coffee.")).toEqual([
      { value: 7, unit: "rank" },
    ]);
  });

  it("reads an ordinal with 'after' and a name as a place behind that name", () => {
    expect(ranks("Remittances made Vietnam fourth in Asia after India, China and the Philippines.")).toEqual([
      { value: 4, unit: "rank" },
    ]);
    expect(ranks("The second round of talks came a week later, and a second after Easter.")).toEqual([]);
    expect(ranks("The accord is the country's first with a Gulf state and its second in Asia after Japan.")).toEqual(
      [],
    );
    expect(
      ranks("Chile becomes the 12th country to hold the status, and the second in Latin America after Brazil."),
    ).toEqual([]);
  });
});

describe("first places written bare", () => {
  it("reads a bare largest source closing its clause as a first place", () => {
    expect(ranks("Canada remains the largest source, followed by France and Japan.")).toEqual([
      { value: 1, unit: "rank" },
    ]);
    expect(ranks("Coal is the largest source of concern for the planners.")).toEqual([]);
  });
});
