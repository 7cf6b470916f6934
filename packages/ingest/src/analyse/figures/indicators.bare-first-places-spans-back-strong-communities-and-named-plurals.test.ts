import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (text: string) => analyseArticle(text, {}).indicators.map((i) => `${i.value} ${i.unit}`);

describe("an unnumbered first place with no trade role (test/READING.md: a place in a group is a rank)", () => {
  it("reads a bare single market, the largest number from any of a group and a nationality's largest investment", () => {
    expect(figures("Norway remains the largest single market, taking a third of the fish sold abroad.")).toContain(
      "1 rank",
    );
    expect(figures("About 9,000 Chilean students are in Spain, the largest number from any Andean country.")).toEqual([
      "9000 students",
      "1 rank",
    ]);
    expect(figures("The smelter, worth some US$2 billion, is the largest Peruvian investment in Africa.")).toEqual([
      "2000000000 USD",
      "1 rank",
    ]);
  });

  it("leaves a possessor's largest investment and a number with no group after it", () => {
    expect(figures("Chile's largest investment in Kenya is a copper mine.")).toEqual([]);
    expect(figures("The team had twelve engineers, the largest number of divers the navy has sent.")).not.toContain(
      "1 rank",
    );
  });

  it("reads a group's size after a possessor as 'the' ('among its three largest markets')", () => {
    expect(figures("Peru counts the bloc among its three largest export markets.")).toEqual(["3 rank"]);
  });
});

describe("a multiple closing its clause with 'over'", () => {
  it("is growth in times; an occurrence with a span after it is not", () => {
    expect(
      figures("Trade reached $9 billion in 2022, up from $2 billion in 2012, more than four times over."),
    ).toContain("4 times");
    expect(figures("The drafts were rewritten 18 times over three days.")).toEqual([]);
  });
});

describe("an earlier level dated by a span counted back", () => {
  it("shares the noun of the count before it ('up from 900 six years ago')", () => {
    expect(figures("Some 3,100 Peruvian students study in Korea, up from about 900 six years ago.")).toEqual([
      "3100 students",
      "900 students",
    ]);
  });
});

describe("a community's size (test/READING.md: persons are counted as people)", () => {
  it("reads a hyphened strength before a community", () => {
    expect(figures("The minister thanked the 40,000-strong Chilean-Korean community for its help.")).toEqual([
      "40000 people",
    ]);
  });

  it("counts the noun a community is made of ('the 900-strong Chilean student community')", () => {
    expect(figures("He met the 900-strong Chilean student community in Seoul.")).toEqual(["900 students"]);
  });

  it("reads a community that numbers a figure as people, not the noun counted before it", () => {
    expect(
      figures("About 700 Peruvian interns work in Korea, and the Peruvian community there numbers about 5,000."),
    ).toEqual(["700 interns", "5000 people"]);
  });
});

describe("a capitalised plural inside a name before the counted plural", () => {
  it("counts the lower-case plural ('80 Chile Fellows grants')", () => {
    expect(figures("Peru will fund 80 new Chile Fellows grants next year.")).toEqual(["80 grants"]);
  });
});
