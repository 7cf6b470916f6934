import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (text: string) => analyseArticle(text, {}).indicators.map((i) => `${i.value} ${i.unit}`);

describe("an adjective in -ly inside a counted phrase (data/numbers.json lyAdjectives)", () => {
  it("keeps the phrase open to the plural that closes it", () => {
    expect(figures("Ministers signed off on 32 early warning stations along the river.")).toEqual(["32 stations"]);
  });
  it("does so when marks set the modifier off", () => {
    expect(figures("The forum approved 12 “early action” schemes for the delta.")).toEqual(["12 schemes"]);
  });
});

describe("a count of the report's sources (data/numbers.json attributionOpeners)", () => {
  it("is who told the story, not a figure it reports", () => {
    expect(figures("The talks stalled over one clause, according to three envoys present at the meeting.")).toEqual([]);
    expect(figures("Citing four officials, the paper said the port would take 20 cargo ships a week.")).toEqual([
      "20 ships",
    ]);
  });
});

describe("a gapped list of results after place names", () => {
  it("gives each place's bare figure the noun of the first", () => {
    expect(figures("Brazil took 120 seats, the Netherlands 95 and New Zealand 60.")).toEqual([
      "120 seats",
      "95 seats",
      "60 seats",
    ]);
  });
});
