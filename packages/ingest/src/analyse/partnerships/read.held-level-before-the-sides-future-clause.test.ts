import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Own sentences: a level held now, then ", and the two sides said they would …" with a future marker ("in the coming
// years", "next year"): the future belongs to the sides' own clause, not to the level held before it.

describe("partnerships: a held level before the two sides' future clause", () => {
  it("keeps the level held since a year when the two sides then say they will look at a new framework", () => {
    expect(
      read(
        "Spain and Vietnam have been strategic partners since 2009, and the two sides said they would study a new framework for relations in the coming years.",
        "2025-02-10",
      ),
    ).toEqual(["ES|Strategic Partnership|2009"]);
  });

  it("still holds back the level the two sides only plan to reach", () => {
    expect(
      read(
        "Spain and Vietnam have been strategic partners since 2009, and both countries hope to raise ties to a comprehensive strategic partnership next year.",
        "2025-02-10",
      ),
    ).toEqual(["ES|Strategic Partnership|2009"]);
  });
});
