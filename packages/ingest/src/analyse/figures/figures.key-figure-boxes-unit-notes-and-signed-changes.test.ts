import { describe, expect, it } from "vitest";
import { isNamesAtOccasion } from "../../clean/captions.js";
import { analyseArticle } from "../index.js";

const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("figure boxes, unit notes and signed changes (economic diplomacy in figures)", () => {
  it("reads 'pc' after a figure as per cent", () => {
    expect(figures("Rice exports to Ghana rose 4.2 pc in the quarter.")).toEqual(["4.2 percent"]);
  });

  it("reads a plus sign after a bracket or a colon as a rise", () => {
    expect(figures("Sales to Chile reached 1.1 billion USD (+9.4 per cent) in May.")).toEqual([
      "1100000000 USD",
      "9.4 percent",
    ]);
    expect(figures("- Exports to Peru: +6.3 pct")).toEqual(["6.3 percent"]);
    expect(figures("Leaders met under the ASEAN+3 format.")).toEqual([]);
  });

  it("reads a currency word after a demonym as the currency, not a count of people", () => {
    expect(figures("The deficit came to 2.1 billion dollars (about 49 trillion Vietnamese dong).")).toEqual([
      "2100000000 USD",
      "49000000000000 VND",
    ]);
  });

  it("counts the plural after a noun plural in form ('customs declarations')", () => {
    expect(figures("The number of customs declarations filed in the quarter was 3.1 million.")).toEqual([
      "3100000 declarations",
    ]);
  });

  it("reads a currency that weakened as a fall", () => {
    expect(figures("The peso weakened 0.8% against the dollar on Monday.")).toEqual(["-0.8 percent"]);
  });

  it("takes a table's unit from the note on its caption line", () => {
    const body = [
      "Table 2: Trade with Latin America, 9 months (Unit: USD bn; growth y/y in %)",
      "",
      "Market | Exports | Imports | Export growth",
      "",
      "Brazil | 2.14 | 3.05 | 11.2",
      "",
      "Mexico | 3.61 | 0.72 | 8.4",
    ].join("\n");
    expect(figures(body)).toEqual([
      "2140000000 USD",
      "3050000000 USD",
      "11.2 percent",
      "3610000000 USD",
      "720000000 USD",
      "8.4 percent",
    ]);
  });

  it("does not count amount columns without a note", () => {
    const body = ["Market | Exports | Imports", "", "Brazil | 2.14 | 3.05"].join("\n");
    expect(figures(body)).toEqual([]);
  });

  it("reads figure-first lines of a 'by the numbers' box as counts of their label's noun", () => {
    const body = [
      "By the numbers:",
      "",
      "• 14: direct shipping routes between the two ports",
      "",
      "640+: weekly container calls",
      "",
      "2,415: New licences, up 12.5%",
    ].join("\n");
    expect(figures(body)).toEqual(["14 routes", "640 calls", "2415 licences", "12.5 percent"]);
  });

  it("reads a label opened by an adverb before a colon and its count", () => {
    expect(figures("Newly registered firms: 2,310, up 4.1 percent")).toEqual(["2310 firms", "4.1 percent"]);
  });

  it("drops a key-figures line or a bracketed gloss that repeats a figure the story gave", () => {
    const body = [
      "Pledged investment rose to US$12.4 billion in the year.",
      "",
      "US$12.4b: Total pledged in the year",
      "",
      "Spending reached 2 tỷ USD (about USD 2 bn) over the summer.",
    ].join("\n");
    expect(figures(body)).toEqual(["12400000000 USD", "2000000000 USD"]);
  });

  it("keeps a figure after a colon in running prose that happens to repeat an amount", () => {
    const body = [
      "The arms deal was worth about $3 billion.",
      "",
      "Trade is small by comparison: about $3 billion last year.",
    ].join("\n");
    expect(figures(body)).toEqual(["3000000000 USD", "3000000000 USD"]);
  });

  it("reads 'came second', 'came in fourth' and 'second only to' as places", () => {
    expect(figures("Japan came second with 40 projects.")).toEqual(["2 rank", "40 projects"]);
    expect(figures("Australia came first with US$530 million.")).toEqual(["1 rank", "530000000 USD"]);
    expect(figures("Taiwan came in fourth.")).toEqual(["4 rank"]);
    expect(figures("Visitors from Korea were second only to China.")).toEqual(["2 rank"]);
    expect(figures("He came for the second time.")).toEqual([]);
    // An order in time, not a ranking.
    expect(figures("China came first, in 2008, followed by Russia.")).toEqual([]);
  });

  it("keeps a ranking table's place when the prose gives that place to someone else", () => {
    const body = [
      "Germany was long the top source of development aid.",
      "",
      "Rank | Partner | Registered capital",
      "",
      "1 | Singapore | US$5.1 billion",
      "",
      "2 | China | US$3.2 billion",
    ].join("\n");
    expect(figures(body)).toEqual(["1 rank", "1 rank", "5100000000 USD", "2 rank", "3200000000 USD"]);
  });
});

describe("key-figures lines are not captions", () => {
  it("keeps 'X in Y: amount' as a figure line, but still reads a names-at-an-occasion caption", () => {
    expect(isNamesAtOccasion("Korean FDI in Viet Nam: USD 8.1 bn, 450 valid projects")).toBe(false);
    expect(isNamesAtOccasion("President Lula and Prime Minister Chinh at the Planalto Palace.")).toBe(true);
  });
});
