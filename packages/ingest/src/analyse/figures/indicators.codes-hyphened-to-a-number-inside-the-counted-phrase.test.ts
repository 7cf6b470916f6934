import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (text: string) => analyseArticle(text, {}).indicators.map((i) => `${i.value} ${i.unit}`);

// Round 58: a disease's or a model's code, capitals hyphened to a number, may stand between a count and its noun; the
// number inside the code is no end of the phrase, and the count is of the noun after it.
describe("a code of capitals hyphened to a number inside a counted phrase", () => {
  it("counts the noun after a disease's code", () => {
    expect(figures("Norway has so far sent 2.4 million XYZ-21 vaccine doses to Laos.")).toEqual(["2400000 doses"]);
  });

  it("counts the noun after a model's code", () => {
    expect(figures("The air force will buy 14 KF-21 fighters from Seoul.")).toEqual(["14 fighters"]);
  });

  it("leaves a code with no count before it alone", () => {
    expect(figures("The 2021 XYZ-21 wave closed schools in 12 provinces.")).toEqual(["12 provinces"]);
  });
});
