import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences. "…'s first … since he took office last March and comes … after the two countries raised ties to a
// …": the time a first is counted from dates the office, not the level that shares its stretch of the sentence.
describe("partnerships: a first counted from an office beside the level", () => {
  it("leaves 'last March' to the office and takes the level's own year after its aside", () => {
    const body =
      "Chile and Vietnam signed a fruit deal on Monday. The trip is Boric's first to Asia since he took office last March and comes after the two countries raised ties to a comprehensive partnership, a step below the top tier, in May 2022.";
    expect(partnershipKeys(body, "2024-06-10", "Chile and Vietnam sign fruit deal")).toEqual([
      "CL|Comprehensive Partnership|2022",
    ]);
  });

  it("still dates a partner's first by its time word", () => {
    const body =
      "Chile and Vietnam signed a fruit deal on Monday. Chile became its first strategic partner in Latin America since last March, officials said.";
    expect(partnershipKeys(body, "2024-06-10", "Chile and Vietnam sign fruit deal")).toEqual([
      "CL|Strategic Partnership|2024",
    ]);
  });
});
