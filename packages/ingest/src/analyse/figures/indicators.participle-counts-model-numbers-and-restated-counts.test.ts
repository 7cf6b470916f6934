import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/** Round 31 (issue 11): a count given by a participle after a comma, aircraft model numbers, a count said twice. */
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("a count given by a participle set off by a comma", () => {
  it("counts the plural before the comma, capitalised in a name or not", () => {
    expect(figures("Both sides will add more Joint Logistics Hubs, now numbering 12 along the corridor.")).toEqual([
      "12 hubs",
    ]);
    expect(figures("Thai seasonal workers, totalling about 5,000 this year, arrived by bus.")).toEqual([
      "5000 workers",
    ]);
  });

  it("counts a community's people", () => {
    expect(figures("The Lao community, numbering some 3,000, greeted the minister.")).toEqual(["3000 people"]);
  });
});

describe("a count before an aircraft's model number", () => {
  it("is not read as the number's thousands, and counts the aircraft", () => {
    expect(
      figures("The carrier ordered 40 737 MAX jets for US$4 billion and another airline took 12 787 Dreamliners."),
    ).toEqual(["40 aircraft", "4000000000 USD", "12 aircraft"]);
  });

  it("leaves thousands grouped by a space before an ordinary noun alone", () => {
    expect(figures("Some 7 000 students applied this year.")).toEqual(["7000 students"]);
  });
});

describe("a count of ten or more written again later with the same hedge", () => {
  it("is read once", () => {
    expect(
      figures(
        "More than 250 Thai and Vietnamese firms met in Da Nang on Monday.\n\nThe organisers said the event was the biggest yet.\n\nThe fair brought together more than 250 firms and nine trade delegations.",
      ),
    ).toEqual(["250 firms", "9 delegations"]);
  });

  it("keeps two small counts of the same thing", () => {
    expect(figures("Two ships arrived on Monday.\n\nOn Friday two ships left the port.")).toEqual([
      "2 ships",
      "2 ships",
    ]);
  });
});
