import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 51: members of a list that a joiner meets, each dated by its own relative clause with a month and no year.
// Own sentences.

describe("partnerships: list members dated by a month in their own relative clause", () => {
  it("keeps the list going past '…, which took the step last October, and …' and dates each member", () => {
    const got = read(
      "Chile now joins Peru, which took the step last October, and Mexico, which did so in February, among Vietnam's strategic partners in Latin America.",
      "2026-04-15",
    );
    expect(got).toEqual([
      "CL|Strategic Partnership|2026",
      "MX|Strategic Partnership|2026",
      "PE|Strategic Partnership|2025",
    ]);
  });

  it("does not give the joiner another member's month", () => {
    const got = read(
      "Chile now joins Peru, which did so last October, among Vietnam's strategic partners.",
      "2026-04-15",
    );
    expect(got).toEqual(["CL|Strategic Partnership|2026", "PE|Strategic Partnership|2025"]);
  });
});
