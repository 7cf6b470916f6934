import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/** Round 44 (issue 11, READING.md): a count of countries is one unit whether the page says countries or nations. */
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("a count of nations", () => {
  it("reads nations with an adjective before them as countries", () => {
    expect(
      figures("The pact binds 11 Pacific Rim nations that together trade more than US$350 billion a year."),
    ).toEqual(expect.arrayContaining(["11 countries"]));
  });

  it("keeps members and economies as written", () => {
    expect(figures("The bloc's 10 members and APEC's 21 economies met in Lima, officials said.")).toEqual([
      "10 members",
      "21 economies",
    ]);
  });
});
