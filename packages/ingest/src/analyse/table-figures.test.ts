import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";
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

  it("names no unit for a header without one", () => {
    expect(columnUnit("Partner")).toBeNull();
    expect(columnUnit("No.")).toBeNull();
    expect(columnUnit("Value (US$ billion)")).toEqual({ unit: "USD", scale: 1e9 });
    expect(columnUnit("Turnover, VND bn")).toEqual({ unit: "VND", scale: 1e9 });
    expect(columnUnit("Medals won")).toBeNull();
  });
});
