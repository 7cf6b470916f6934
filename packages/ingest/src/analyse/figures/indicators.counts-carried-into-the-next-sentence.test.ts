import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/**
 * Round 50: a bare figure opening its sentence as the subject of a verb ("Of these, 412 had crossed …", "About 90
 * remain …") counts the persons the sentence before counted; things are not carried so.
 */
const figures = (body: string) =>
  analyseArticle(body, { publishedAt: "2031-06-09", title: null })
    .indicators.map(({ value, unit }) => `${value} ${unit}`)
    .sort();

describe("a count whose noun the sentence before gave", () => {
  it("counts the citizens of the sentence before for figures opening the next", () => {
    expect(
      figures(
        "By Friday, 2,310 Peruvian citizens had asked the consulate for help. Of these, 412 had crossed the border and 95 had boarded a ship. About 90 remain in the capital.",
      ),
    ).toEqual(["2310 citizens", "412 citizens", "90 citizens", "95 citizens"]);
  });

  it("skips a count of things to reach the persons counted before it", () => {
    expect(
      figures(
        "Lima said 1,460 Peruvians had been flown out on seven flights. Another 600 or so were waiting for papers.",
      ),
    ).toEqual(["1460 people", "600 people", "7 flights"]);
  });

  it("counts the people of 'went' after a count of people in the same sentence", () => {
    expect(figures("Of the 96,000 Peruvians who left for jobs abroad, about 41,000 went to Chile.")).toEqual([
      "41000 people",
      "96000 people",
    ]);
  });

  it("does not carry persons to a passive done to things", () => {
    expect(figures("Inspectors counted 30,000 workers at 210 plants. About 14 were closed.")).toEqual([
      "210 plants",
      "30000 workers",
    ]);
  });
});
