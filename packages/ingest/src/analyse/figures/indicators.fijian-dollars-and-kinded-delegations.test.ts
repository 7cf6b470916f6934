import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 55: own sentences for two shapes of Pacific and South Asian visit stories.
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("the Fijian dollar by its sign and code", () => {
  it("reads FJ$ as the Fijian dollar", () => {
    expect(figures("Suva set aside FJ$12 million for the new fish market.")).toEqual(["12000000 FJD"]);
  });

  it("reads the code after the amount", () => {
    expect(figures("The port upgrade will cost 30 million FJD over three years.")).toEqual(["30000000 FJD"]);
  });
});

describe("a delegation sized by a hyphened count with its kind between", () => {
  it("counts the members of a business delegation as people", () => {
    expect(figures("She arrived with a 75-member business delegation on Tuesday.")).toEqual(["75 people"]);
  });

  it("keeps the members of a bloc", () => {
    expect(figures("The 10-member trade bloc met in Jakarta.")).toEqual(["10 members"]);
  });
});

describe("a place the clause only expects", () => {
  it("reads no rank from an expected break into the top", () => {
    expect(
      figures("Chile is now the 21st-largest buyer, and traders expect it to break into the top 10 soon."),
    ).toEqual(["21 rank"]);
  });
});
