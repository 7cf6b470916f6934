import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/**
 * Round 18 (issue 11): how a figure's sign, scale and span are printed, in sentences of our own: a minus sign printed
 * before a change, scale words abbreviated the way business papers write them, both ends of a range, basis points.
 */
const analyse = (body: string) => analyseArticle(body, { publishedAt: "2024-05-10", title: null });
const figures = (body: string) =>
  analyse(body)
    .indicators.map((f) => `${f.value} ${f.unit}`)
    .sort();

describe("a printed minus sign", () => {
  it("makes a change in brackets negative", () => {
    expect(figures("Rubber exports to Laos slipped in the quarter (-4.6%), the ministry said.")).toEqual([
      "-4.6 percent",
    ]);
  });

  it("leaves a quote box's move after a ticker or a price unread", () => {
    expect(figures("Shares of PTT PTT -1.25% fell as Lynas LYC 6.21 -1.97% gained.")).toEqual([]);
  });

  it("reads a sign that opens a table cell as the cell's own change", () => {
    const body = [
      "Exporters to Vietnam had a mixed year.",
      "Supplier | Share | Change",
      "Chile | 31% | -7.5%",
      "Peru | 12% | +4.25%",
    ].join("\n");
    expect(figures(body)).toEqual(["-7.5 percent", "12 percent", "31 percent", "4.25 percent"]);
  });

  it("keeps a hyphen between two years a joiner", () => {
    expect(figures("The plan for 2026-2030 sets aside $4 billion.")).toEqual(["4000000000 USD"]);
  });
});

describe("abbreviated scale words", () => {
  it("reads 'trln', 'mn' and 'tril.' with the currency after the dot", () => {
    expect(figures("The plant will cost VND 3.1 trln (US$122 mn), and the fund holds 4.7 tril. won.")).toEqual([
      "122000000 USD",
      "3100000000000 VND",
      "4700000000000 KRW",
    ]);
  });
});

describe("ranges", () => {
  it("lists both ends of a hyphened range with the range's unit", () => {
    expect(figures("Banks are arranging a US$40-45 million loan for the farm.")).toEqual([
      "40000000 USD",
      "45000000 USD",
    ]);
  });

  it("gives the low end of 'X to Y percent' the percent written after the high end", () => {
    expect(figures("The firm expects margins of 5 to 7 percent next year.")).toEqual(["5 percent", "7 percent"]);
  });

  it("leaves the old level of 'from X to Y percent' without a unit", () => {
    expect(figures("The levy rose from 5 to 8 percent.")).toEqual(["8 percent"]);
  });
});

describe("basis points", () => {
  it("reads a spread glued or spelled out as bp", () => {
    expect(figures("The notes priced 18bp over the benchmark after the bank cut rates by 25 basis points.")).toEqual([
      "18 bp",
      "25 bp",
    ]);
  });
});
