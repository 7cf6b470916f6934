import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 42 (issue 11): counts that are not tracked figures. The two countries described again by what they are ("the
// two claimants", "the two allies") count nobody new; an analysis announcing its own points ("Three lessons stand
// out", "Two forces pushed …") counts its paragraphs. Sentences are the tests' own.
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("counts that describe the pair or the analysis itself", () => {
  it("does not count the two countries named again as claimants, allies or powers", () => {
    expect(figures("The accord links two coastal claimants in the disputed sea.")).toEqual([]);
    expect(figures("Talks between the two old allies resumed in Manila on Monday.")).toEqual([]);
  });

  it("does not count an analysis's own lessons, reasons or forces", () => {
    expect(figures("Three lessons stand out from the visit. Two forces pushed the partners closer.")).toEqual([]);
    expect(figures("There are four reasons for the change of course.")).toEqual([]);
  });

  it("still counts a pair of other things", () => {
    expect(figures("The two sides signed two agreements on fisheries.")).toEqual(["2 agreements"]);
  });
});

describe("a volume", () => {
  it("is a measurement, as a length or an area is", () => {
    expect(figures("The first phase will clean about 90,000 cubic metres of soil near the airbase.")).toEqual([]);
  });
});
