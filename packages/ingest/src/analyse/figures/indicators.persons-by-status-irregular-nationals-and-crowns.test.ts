import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/** Round 50: persons counted by their status or by a national plural not written demonym + "s" are people; bare crowns. */
const figures = (body: string) =>
  analyseArticle(body, { publishedAt: "2031-06-09", title: null })
    .indicators.map(({ value, unit }) => `${value} ${unit}`)
    .sort();

describe("persons under other names", () => {
  it("counts evacuees and returnees as people", () => {
    expect(figures("The mission logged 340 evacuees in May and 1,200 returnees in June.")).toEqual([
      "1200 people",
      "340 people",
    ]);
  });

  it("counts Danes and Swedes as people", () => {
    expect(figures("Some 4,000 Danes and 2,500 Swedes toured the delta last year.")).toEqual([
      "2500 people",
      "4000 people",
    ]);
  });
});

describe("crowns written without their country", () => {
  it("reads crowns as the crown of the country the page names", () => {
    expect(figures("Danish firms in Copenhagen pledged 40 million crowns to the Vietnamese scheme.")).toEqual([
      "40000000 DKK",
    ]);
  });
});
