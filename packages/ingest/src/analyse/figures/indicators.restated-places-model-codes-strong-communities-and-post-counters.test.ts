import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ind = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => ({ value, unit }));

describe("one place in a ranking written twice", () => {
  it("reads a summary bullet and the story's sentence giving the same place as one rank", () => {
    expect(
      ind(
        "Vietnam is Australia's 10th-largest trading partner.\nLeaders met in Canberra on Thursday.\nVietnam is Australia's 10th-largest trading partner, with trade of US$16 billion.",
      ),
    ).toEqual([
      { value: 10, unit: "rank" },
      { value: 16_000_000_000, unit: "USD" },
    ]);
  });

  it("reads 'largest … in a region after X' as second, the same place as a later 'second-largest'", () => {
    expect(
      ind(
        "Vietnam is Brazil's largest trading partner in Southeast Asia after Singapore.\nVietnam is Brazil's second-largest trading partner in Southeast Asia.",
      ),
    ).toEqual([{ value: 2, unit: "rank" }]);
  });

  it("keeps the same place held in two possessors' rankings", () => {
    expect(
      ind(
        "Vietnam is Australia's 10th-largest trading partner. Vietnam is also Canada's 10th-largest trading partner.",
      ),
    ).toEqual([
      { value: 10, unit: "rank" },
      { value: 10, unit: "rank" },
    ]);
  });
});

describe("what a count counts", () => {
  it("counts the noun after a maker and a model code of letters and digits", () => {
    expect(ind("VietJet signed an agreement for 20 Airbus A330neo aircraft.")).toEqual([
      { value: 20, unit: "aircraft" },
    ]);
  });

  it("counts people in a community 'some 20,000 strong'", () => {
    expect(ind("He praised the Vietnamese community in the Netherlands, some 20,000 strong.")).toEqual([
      { value: 20_000, unit: "people" },
    ]);
  });

  it("leaves the counts under an embedded social post", () => {
    expect(ind("1,204 Reposts 312 Quotes 6,870 Likes")).toEqual([]);
  });
});
