import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 51: a count written under the acronym of a pair's joint name the page spells out. Own sentences.
const figures = (body: string) =>
  analyseArticle(body, { publishedAt: null }).indicators.map((f) => `${f.value} ${f.unit}`);

describe("indicators: a count under the acronym of a joint name", () => {
  it("counts what the name's own words name ('9 KTEZs' after 'Kenya-Thailand Export Zone')", () => {
    const got = figures(
      "Work began on the first Kenya-Thailand Export Zone near Mombasa in 2019. Today 9 KTEZs are running along the coast.",
    );
    expect(got).toContain("9 export zones");
    expect(got).not.toContain("9 ktezs");
  });

  it("keeps an acronym the page never spells out with a pair's name", () => {
    const got = figures("The province has opened 9 SEZs since 2015.");
    expect(got).toContain("9 sezs");
  });
});
