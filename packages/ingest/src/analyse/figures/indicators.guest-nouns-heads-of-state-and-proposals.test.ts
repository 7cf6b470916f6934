import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/** Round 49 (multilateral meetings): counts that summit pages write beside lists of leaders. */
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("a count before a noun that only ends like a superlative", () => {
  it("counts the guests' countries, it places no one", () => {
    const got = figures("The host invited nine guest countries to the summit in Lima.");
    expect(got).toContain("9 countries");
    expect(got.some((f) => f.endsWith(" rank"))).toBe(false);
  });

  it("still places a count before a true superlative", () => {
    expect(figures("It is one of the world's three largest rice exporters.")).toContain("3 rank");
  });
});

describe("heads of state and government", () => {
  it("counts them as people", () => {
    expect(figures("Some 120 heads of state and government will address the assembly this week.")).toContain(
      "120 people",
    );
  });
});

describe("the proposals a leader puts forward", () => {
  it("are points of a speech, not a figure", () => {
    expect(figures("The premier put forward four proposals on trade, climate and food supply.")).toEqual([]);
  });
});

describe("a place a forecast gives", () => {
  it("is no rank", () => {
    expect(figures("The bloc is on course to become the world's fourth-largest economy by 2030.")).toEqual([]);
  });

  it("still ranks a place held now", () => {
    expect(figures("The bloc became the world's fourth-largest economy last year.")).toContain("4 rank");
  });
});

describe("heads of something else", () => {
  it("keep the noun as written", () => {
    const got = figures("The president was joined by 12 company heads on the trip.");
    expect(got).toContain("12 heads");
    expect(got).not.toContain("12 people");
  });
});
