import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences. A listed holder, undated, then a sentence it opens that says when it "reached the level": the time
// in that clause dates it, not a year further on that dates the level it left.
describe("partnerships: a holder that reached the level later in the story", () => {
  it("dates the holder, named by its capital, by the month of its own clause", () => {
    const body =
      "Vietnam now counts Chile, Peru and Brazil as strategic partners. Lima reached the level in March, skipping the comprehensive partnership agreed in 2016.";
    expect(partnershipKeys(body, "2024-11-01", null)).toContain("PE|Strategic Partnership|2024");
  });

  it("leaves the other holders undated", () => {
    const body =
      "Vietnam now counts Chile, Peru and Brazil as strategic partners. Peru reached the level in March, skipping the comprehensive partnership agreed in 2016.";
    const keys = partnershipKeys(body, "2024-11-01", null);
    expect(keys).toContain("PE|Strategic Partnership|2024");
    expect(keys).toContain("CL|Strategic Partnership|-");
  });
});
