import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/**
 * Round 13 (issue 11): figure and organisation shapes from the released blind24–27 misses, each in new sentences: a
 * verb in -s after a collective noun, "ones" standing for an earlier plural, a year-shaped count after a guess, a
 * one-letter scale glued to an amount, a deck restating the lead, digits before a superlative, and a news alliance.
 */
const analyse = (body: string) => analyseArticle(body, { publishedAt: "2024-05-10", title: null });
const figures = (body: string) =>
  analyse(body)
    .indicators.map((f) => `${f.value} ${f.unit}`)
    .sort();
const orgs = (body: string) =>
  analyse(body)
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name)
    .sort();

describe("what a count counts", () => {
  it("reads a verb in -s after a collective noun as the verb, not the counted noun", () => {
    expect(figures("The island state of about 400,000 people remains the smallest member of the group.")).toEqual([
      "400000 people",
    ]);
  });

  it("counts 'ones' as the plural named before it", () => {
    expect(figures("The show drew 60 French exhibitors and 45 Vietnamese ones.")).toEqual([
      "45 exhibitors",
      "60 exhibitors",
    ]);
  });

  it("drops 'ones' when no plural stands before it", () => {
    expect(figures("Officials said 45 new ones were expected.")).toEqual([]);
  });
});

describe("numbers shaped like years", () => {
  it("counts a year-shaped number after a guess and before a plural", () => {
    expect(figures("Nearly 1850 Vietnamese nurses work in German hospitals.")).toEqual(["1850 nurses"]);
  });

  it("still reads a bare year before a plural as a date", () => {
    expect(figures("In 2019 Vietnamese exporters shipped rice to Chile.")).toEqual([]);
  });
});

describe("scales and places", () => {
  it("reads a one-letter billion glued to an amount", () => {
    expect(figures("The two sides aim for A$12b in two-way trade.")).toEqual(["12000000000 AUD"]);
  });

  it("does not read a letter standing apart as a scale", () => {
    expect(figures("Section 4 b of the agreement covers A$12 in fees.")).not.toContain("4000000000 AUD");
  });

  it("keeps one figure that a deck above the dateline and the lead both give", () => {
    const body =
      "Chile and Vietnam upgrade ties\n\nTrade goal set at $9b by 2030; miners eye lithium\n\nSANTIAGO, May 3\n\nThe two presidents met on Friday. They set a goal of lifting two-way trade to $9 billion by 2030.";
    expect(figures(body)).toEqual(["9000000000 USD"]);
  });

  it("reads digits before a superlative after a possessor as a rank", () => {
    expect(figures("Vietnam is now among the world's 25 largest exporters.")).toEqual(["25 rank"]);
  });
});

describe("bodies that are not organisations", () => {
  it("does not read a news alliance as an international organisation", () => {
    expect(orgs("The Pacific News Network carried the summit live, and ASEAN leaders met later.")).toEqual(["ASEAN"]);
  });
});
