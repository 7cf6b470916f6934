import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences. "…, sixty years after the two established diplomatic relations on <day>, <year>": the year written
// after the level is the ties', and the level is the span later.
describe("partnerships: a span after the level counted from diplomatic ties", () => {
  it("dates the level the span after the ties' year, not by that year", () => {
    const body =
      "The two presidents issued a joint statement lifting relations between Bolivia and Vietnam to a Comprehensive Partnership, sixty years after the two countries established diplomatic relations on March 9, 1962.";
    expect(partnershipKeys(body, "2022-06-01", null)).toEqual(["BO|Comprehensive Partnership|2022"]);
  });

  it("keeps a year of the level's own", () => {
    const body =
      "Bolivia and Vietnam set up a Comprehensive Partnership in 2015, fifty years after they established diplomatic relations in 1962.";
    expect(partnershipKeys(body, "2022-06-01", null)).toEqual(["BO|Comprehensive Partnership|2015"]);
  });
});
