import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 49: persons counted by two trades joined by "and", an amount in dong scaled by a quadrillion, and a count
// named before its figure behind a possessive pronoun. Sentences are written for the tests.
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("persons counted by two trades", () => {
  it("counts the pair as one phrase, as countries and territories are", () => {
    expect(figures("The hospital group will hire about 1,500 foreign caregivers and nurses next year.")).toEqual([
      "1500 caregivers and nurses",
    ]);
    expect(figures("The ministry has sent over 600 officers and personnel to missions in Africa.")).toEqual([
      "600 officers and personnel",
    ]);
  });

  it("keeps the first trade alone when the pair is not listed", () => {
    expect(figures("The navy sent 120 officers and sailors to the exercise.")).toEqual(["120 officers"]);
  });
});

describe("an amount scaled by a quadrillion", () => {
  it("reads a thousand trillion", () => {
    expect(figures("The parks have drawn some VND2.5 quadrillion of investment since 1996.")).toEqual([
      "2500000000000000 VND",
    ]);
  });
});

describe("a count named before its figure behind a possessive pronoun", () => {
  it("counts the noun after the pronoun", () => {
    expect(figures("The deal brought the total number of its strategic partners to 21.")).toEqual(["21 partners"]);
  });
});
