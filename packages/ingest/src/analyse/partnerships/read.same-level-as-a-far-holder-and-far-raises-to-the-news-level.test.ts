import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences. "the same level" many sentences after the last level named: "… to the same level as X" is the level
// X was read with, and "has raised relations with A and B to the same level" is the level of the story's own step.
const filler = [
  "The two delegations toured a port and a solar farm.",
  "Officials discussed rice, coffee and fertiliser.",
  "Students from both countries will join exchange courses.",
  "A new direct flight will open in the spring.",
  "The visitors also laid a wreath at a memorial.",
  "Both sides praised the work of their embassies.",
  "Business leaders signed several letters of intent.",
].join(" ");

describe("partnerships: a far 'same level'", () => {
  it("reads holders raised to the same level as a country read long before at that country's level", () => {
    expect(
      partnershipKeys(
        `Hanoi: Vietnam and Kenya agreed on Monday to widen trade. Hanoi and Paris have been bound by a strategic partnership since 2013. ${filler} Vietnam keeps friendly ties with every continent, and last year also raised ties with Peru and Chile to the same level as France.`,
        "2025-06-02",
      ).sort(),
    ).toEqual(["CL|Strategic Partnership|2024", "FR|Strategic Partnership|2013", "PE|Strategic Partnership|2024"]);
  });

  it("reads holders raised to the same level long after the lead at the level of the story's step", () => {
    expect(
      partnershipKeys(
        `Hanoi: Kenya and Vietnam on Monday raised their relationship to a comprehensive partnership. The two had set up a joint trade committee in 2015. ${filler} Vietnam has raised relations with Peru and Chile to the same level over the past year.`,
        "2025-06-02",
      ).sort(),
    ).toEqual([
      "CL|Comprehensive Partnership|-",
      "KE|Comprehensive Partnership|2025",
      "PE|Comprehensive Partnership|-",
    ]);
  });
});
