import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

// Round 51: a clause after the level that raises another partner "to the same level" names that partner's step; the
// pair of the level's own clause keeps the level and its time. Readings: country code | level | year. Own sentences.
describe("a later clause raising another partner to the same level", () => {
  it("leaves the level with the pair of its own clause", () => {
    const body =
      "Vietnam and Chile upgraded their ties to a Comprehensive Strategic Partnership last October, while relations with Peru were raised to the same level in May this year.";
    expect(eachPartnership(body, { publishedAt: "2026-08-10" }).sort()).toEqual(["CL|CSP|2025", "PE|CSP|2026"]);
  });

  it("still links the partner named after the level in its own clause", () => {
    const body = "Vietnam upgraded ties to a Comprehensive Strategic Partnership with Chile last October.";
    expect(eachPartnership(body, { publishedAt: "2026-08-10" })).toEqual(["CL|CSP|2025"]);
  });
});
