import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { columnUnit } from "./table-figures.js";

const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("figures in table rows and on lines of their own", () => {
  it("gives a bare cell the currency, scale or percent its column header writes", () => {
    const body = [
      "Arrivals rose again in the spring.",
      "No. | Source market | Spending (EUR million) | Visitors | Change (%)",
      "1 | Germany | 412.5 | 38,200 | +7.4",
      "2 | Austria | 96.0 | 9,150 | -2.1",
    ].join("\n");
    expect(figures(body)).toEqual([
      "412500000 EUR",
      "38200 visitors",
      "7.4 percent",
      "96000000 EUR",
      "9150 visitors",
      "-2.1 percent",
    ]);
  });

  it("never reads a row number, a code or a year column", () => {
    const body = ["# | HS code | Year | Product", "1 | 0901 | 2019 | Coffee", "2 | 8517 | 2020 | Telephones"].join(
      "\n",
    );
    expect(figures(body)).toEqual([]);
  });

  it("keeps the story's figure when a table row restates it", () => {
    const body = [
      "Rice made up 12.5% of shipments to the Gulf.",
      "Product | Share (%)",
      "Rice | 12.5",
      "Coffee | 8.1",
    ].join("\n");
    expect(figures(body)).toEqual(["12.5 percent", "8.1 percent"]);
  });

  it("reads a figure alone on a line by the label under it", () => {
    expect(figures("A busy year.\n2nd\nCanada's place among the buyers of cashews\n")).toEqual(["2 rank"]);
    expect(figures("A busy year.\n27\nconsulates and trade offices\n")).toEqual(["27 consulates"]);
  });

  it("reads a table laid on its side by the unit each row's label names under period headers", () => {
    const body = [
      "Trade with the Nordic states kept growing.",
      "Item | 2021 | 2022 | Q1 2023",
      "Exports (EUR million) | 410.2 | 455.0 | 120.5",
      "Change on a year earlier | +3.1% | -2.4% | +6%",
      "Nordic students in Vietnam (thousand) | 1.2 | 1.5 | 0.4",
    ].join("\n");
    expect(figures(body)).toEqual([
      "410200000 EUR",
      "455000000 EUR",
      "120500000 EUR",
      "3.1 percent",
      "-2.4 percent",
      "6 percent",
      "1200 students",
      "1500 students",
      "400 students",
    ]);
  });

  it("keeps the header over a row whose cells write their own unit", () => {
    const body = [
      "Tea sales abroad recovered.",
      "Buyer | Tonnes shipped | Growth | Orders",
      "Pakistan | 40% | 12% | 3%",
      "Taiwan | 1,250 | 8 | 310",
    ].join("\n");
    expect(figures(body)).toContain("310 orders");
  });

  it("names no unit for a header without one", () => {
    expect(columnUnit("Partner")).toBeNull();
    expect(columnUnit("No.")).toBeNull();
    expect(columnUnit("Value (US$ billion)")).toEqual({ unit: "USD", scale: 1e9 });
    expect(columnUnit("Turnover, VND bn")).toEqual({ unit: "VND", scale: 1e9 });
    expect(columnUnit("Medals won")).toBeNull();
  });

  it("reads a cell that writes its own scale word in the currency its column header names", () => {
    const body = [
      "The group's plants abroad grew fast.",
      "Plant | Province | Capital ($) | Sales 2022 ($)",
      "North Works | Lakeside | 3.2 billion | 11.5 billion",
      "South Works | Hillcrest | 0.8 billion | n/a",
    ].join("\n");
    expect(figures(body)).toEqual(["3200000000 USD", "11500000000 USD", "800000000 USD"]);
  });

  it("takes a short currency word beside a scale word in a header as the column's unit", () => {
    expect(columnUnit("Grant (million yen)")).toEqual({ unit: "JPY", scale: 1_000_000 });
    expect(columnUnit("Medals won")).toBeNull();
  });

  it("keeps a two-column header serving the rows written as a label, a colon and a figure", () => {
    const body = [
      "The credits were signed on Monday.",
      "Scheme | Credit (million yen)",
      "(1) Harbour Dredging Scheme (III): 12,600",
      "(2) Rural Water Supply Scheme: 4,250",
      "The rest will follow next year.",
    ].join("\n");
    expect(figures(body)).toEqual(["12600000000 JPY", "4250000000 JPY"]);
  });
});
