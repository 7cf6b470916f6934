import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences. "marked N years of their partnership, set up during X's visit to Y in 2011": the year written after
// the occasion is the level's own, not the year the anniversary counts from.
describe("partnerships: an anniversary of a level set up on a dated occasion", () => {
  it("keeps the year written after the occasion the level was set up on", () => {
    expect(
      partnershipKeys(
        "Hanoi: Vietnam and Peru on Monday agreed to widen trade in fruit and minerals as they marked twelve years of their strategic partnership, established during President Ollanta Vargas's visit to Hanoi in 2013.",
        "2025-02-03",
      ),
    ).toEqual(["PE|Strategic Partnership|2013"]);
  });

  it("still counts the anniversary back from the page's year when no year is written for the level", () => {
    expect(
      partnershipKeys(
        "Hanoi: Vietnam and Peru on Monday agreed to widen trade in fruit and minerals as they marked twelve years of their strategic partnership, established during a presidential visit.",
        "2025-02-03",
      ),
    ).toEqual(["PE|Strategic Partnership|2013"]);
  });
});
