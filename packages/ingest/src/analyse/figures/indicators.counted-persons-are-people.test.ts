import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/** Round 35 (issue 11, READING.md): a count of persons is in people whatever noun the page counts them by. */
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("a count of persons", () => {
  it("reads nationals living abroad as people", () => {
    expect(figures("Some 3,500 Vietnamese nationals live and work in Qatar, the embassy said.")).toEqual([
      "3500 people",
    ]);
  });

  it("reads residents as people", () => {
    expect(figures("The district counts about 1,200 Vietnamese residents, most of them traders.")).toEqual([
      "1200 people",
    ]);
  });

  it("keeps citizens and workers as written", () => {
    expect(figures("The flight brought home 280 citizens and 40 workers from Dubai.")).toEqual([
      "280 citizens",
      "40 workers",
    ]);
  });
});

describe("a count of persons named before its figure", () => {
  it("reads 'the number of residents has passed N' as people", () => {
    expect(figures("The number of Vietnamese residents in Korea has passed 250,000, the agency said.")).toEqual([
      "250000 people",
    ]);
  });
});

describe("a community counted by the relative clause after it", () => {
  it("counts the people of a community named with where it lives, past a hedge", () => {
    expect(figures("She met the Vietnamese community in Oman, who number about 900, most of them nurses.")).toEqual([
      "900 people",
    ]);
  });
});

describe("persons counted by their status as migrants", () => {
  it("reads immigrants and migrants as people", () => {
    expect(figures("The visa deal covers about 30,000 marriage immigrants and 2,000 migrants in Busan.")).toEqual([
      "30000 people",
      "2000 people",
    ]);
  });
});
