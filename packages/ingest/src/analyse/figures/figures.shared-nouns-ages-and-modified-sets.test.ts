import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);
const organizations = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("two figures joined before one noun", () => {
  it("gives the first figure the noun written after the second", () => {
    expect(figures("The ports handled 2.1 million and 1.9 million tonnes of grain in the two years.")).toEqual([
      "2100000 tonnes",
      "1900000 tonnes",
    ]);
  });

  it("prefers that noun to one carried over from an earlier figure", () => {
    expect(figures("Some 600 medical staff served, with teams of 40 or 45 volunteers each time.")).toEqual([
      "600 staff",
      "40 volunteers",
      "45 volunteers",
    ]);
  });

  it("does not join a year to a count", () => {
    expect(figures("Talks resumed in 2019 and 40 vessels were released.")).toEqual(["40 vessels"]);
  });
});

describe("ages, prices and compound adjectives are not counts", () => {
  it("skips a person's age after 'aged', 'at the age of' or a bare 'at' set off by commas", () => {
    expect(figures("The new envoy, aged 52, arrived with 14 diplomats.")).toEqual(["14 diplomats"]);
    expect(figures("Twelve fishermen, aged between 19 and 48, were freed.")).toEqual(["12 fishermen"]);
    expect(figures("The mission opened with six staff and its head who, at 39, is the youngest.")).toEqual(["6 staff"]);
  });

  it("keeps a level reached 'at' a figure, which has a word before it", () => {
    expect(figures("Vietnamese arrivals stood at 41,000 last year.")).toEqual(["41000 arrivals"]);
  });

  it("skips a small amount per span of time but keeps a large one", () => {
    expect(figures("Read on for €5.99 a month.")).toEqual([]);
    expect(figures("The fund pays out $12 million a year.")).toEqual(["12000000 USD"]);
  });

  it("skips a number word hyphened onto a word before it", () => {
    expect(figures("Both want to be a top-five trading partner of the other.")).toEqual([]);
  });
});

describe("what a spelled count counts", () => {
  it("reads a capitalised number word after a dateline's colon as a count", () => {
    expect(figures("DAKAR: Seven Vietnamese engineers began work on the dam.")).toEqual(["7 engineers"]);
  });

  it("reads the noun after a demonym and two joined modifiers", () => {
    expect(figures("Over 300 Vietnamese military and police personnel have served.")).toEqual(["300 personnel"]);
    expect(figures("Some 90 Vietnamese nursing and medical students enrolled.")).toEqual(["90 students"]);
  });

  it("counts a set that a modifier defines after 'the', not the bare set it points back to", () => {
    expect(figures("The five new Thai rice terminals opened this year.")).toEqual(["5 terminals"]);
    expect(figures("The five countries met again on Monday.")).toEqual([]);
  });

  it("reads 'about a dozen' as twelve but leaves 'more than a dozen' vague", () => {
    expect(figures("They signed about a dozen agreements.")).toEqual(["12 agreements"]);
    expect(figures("They signed more than a dozen agreements.")).toEqual([]);
  });

  it("reads a currency word written in the plural", () => {
    expect(figures("A SIM card costs 2,000 kyats, and the plan pays 3 billion riels in grants.")).toEqual([
      "2000 MMK",
      "3000000000 KHR",
    ]);
  });
});

describe("restated shares", () => {
  it("reads the same share of the same total once, whatever noun each sentence gives it", () => {
    expect(
      figures("Chile wins seat with 180 of 190 votes.\n\nChile won the backing of 180 of the 190 member states."),
    ).toEqual(["180 votes"]);
    expect(figures("It won 180 of 190 votes, and 170 of 190 members backed the plan.")).toEqual([
      "180 votes",
      "170 members",
    ]);
  });
});

describe("organisations inside longer names", () => {
  it("does not read the Commonwealth inside a national ministry's name", () => {
    expect(organizations("The Foreign and Commonwealth Office issued a statement.")).toEqual([]);
    expect(organizations("Leaders of the Commonwealth of Nations met in Samoa.")).toEqual(["Commonwealth"]);
  });
});
