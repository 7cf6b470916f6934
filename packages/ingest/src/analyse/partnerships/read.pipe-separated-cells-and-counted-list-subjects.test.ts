import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 46 shapes: partner tables flattened to text by apps and copies. Own sentences.

describe("partnerships: a flattened table whose cells are split by pipes", () => {
  it("dates every 'Country YEAR' cell of a pipe-separated row by its own year", () => {
    const got = read(
      "Vietnam's strategic partners by year: Spain 2009 | Britain 2010 | Germany 2011 | Italy 2013. Hanoi signed none last year.",
      "2014-06-01",
    );
    expect(got).toEqual([
      "DE|Strategic Partnership|2011",
      "ES|Strategic Partnership|2009",
      "GB|Strategic Partnership|2010",
      "IT|Strategic Partnership|2013",
    ]);
  });
});

describe("partnerships: a dated list whose subject is a bare count", () => {
  it("gives the list the level counted with that number, not the level named just before it", () => {
    const got = read(
      "Hanoi now counts 4 comprehensive strategic partners. Two of them had long been strategic partners before the step. The four, by date, are China (2008), Russia (2012), India (2016) and South Korea (2022).",
      "2023-01-15",
    );
    expect(got).toEqual([
      "CN|Comprehensive Strategic Partnership|2008",
      "IN|Comprehensive Strategic Partnership|2016",
      "KR|Comprehensive Strategic Partnership|2022",
      "RU|Comprehensive Strategic Partnership|2012",
    ]);
  });
});
