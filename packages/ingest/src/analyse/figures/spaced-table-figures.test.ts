import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("a table copied as text, its columns only spaces apart", () => {
  it("gives the year columns the caption's unit and reads the change column as printed", () => {
    const body = [
      "Coffee shipped to the Gulf rose in value.",
      "",
      "Vietnam - UAE Trade (US$ million)",
      "",
      "2021      2022      2023    Change 23/22",
      "",
      "Exports to the UAE     512.4     640.0     598.1     -6.5%",
      "",
      "Imports from the UAE   101.0      99.5     120.2     +20.8%",
      "",
      "Prices held steady.",
    ].join("\n");
    expect(figures(body)).toEqual([
      "512400000 USD",
      "640000000 USD",
      "598100000 USD",
      "-6.5 percent",
      "101000000 USD",
      "99500000 USD",
      "120200000 USD",
      "20.8 percent",
    ]);
  });

  it("reads nothing from a line of years with no rows of as many figures under it", () => {
    expect(figures("Vietnam joined in stages.\n\n1995 1998 2007\n\nMembers 12 15")).toEqual([]);
  });
});
