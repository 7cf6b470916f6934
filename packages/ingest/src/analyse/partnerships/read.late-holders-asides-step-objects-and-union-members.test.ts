import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 46 shapes: holders read only by the comparison passes, and the object a story's step sets. Own sentences.

describe("partnerships: a dated aside after a holder set beside the news", () => {
  it("dates the holder by its own relative clause", () => {
    const got = read(
      "Canada and Vietnam lifted their ties to a comprehensive strategic partnership on Monday. Ottawa now sits in Hanoi's highest tier, alongside Japan, which took the step last November, and Australia.",
      "2025-03-12",
    );
    expect(got).toContain("JP|Comprehensive Strategic Partnership|2024");
    expect(got).toContain("AU|Comprehensive Strategic Partnership|-");
  });
});

describe("partnerships: the object a story's step sets beside others", () => {
  it("dates the holder the upgrade put beside the others by the story's year", () => {
    const got = read(
      "Vietnam and Korea held talks in Seoul. Observers said the upgrade put Korea alongside China and Russia as Vietnam's partners of the highest rank.",
      "2022-12-06",
    );
    expect(got).toEqual([
      "CN|Comprehensive Strategic Partnership|-",
      "KR|Comprehensive Strategic Partnership|2022",
      "RU|Comprehensive Strategic Partnership|-",
    ]);
  });
});

describe("partnerships: a union named as a modifier of its members", () => {
  it("gives the level to the members listed after it, not to the union", () => {
    const got = read(
      "Vietnam keeps strategic partnerships with a number of EU member states, among them Germany, Spain and Italy.",
      "2019-05-01",
    );
    expect(got).toEqual(["DE|Strategic Partnership|-", "ES|Strategic Partnership|-", "IT|Strategic Partnership|-"]);
  });
});
