import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

// Own sentences (round 55): a list of holders, then ", and has proposed one with <Country>" — a clause of its own,
// hedged, whose country is only offered the level.
describe("partnerships: a hedged clause after a list of holders", () => {
  it("keeps the listed holders and leaves out the country only proposed to", () => {
    expect(
      partnershipPerLevel(
        "Hanoi has strategic partnerships with Chile, Peru and Brazil, and has proposed one with Argentina.",
        { publishedAt: "2015-03-01" },
      ),
    ).toEqual(["BR|SP|null", "CL|SP|null", "PE|SP|null"]);
  });

  it("still runs the list on through a plain 'and'", () => {
    expect(
      partnershipPerLevel("Hanoi has strategic partnerships with Chile, Peru and Brazil, and with Argentina.", {
        publishedAt: "2015-03-01",
      }),
    ).toEqual(["AR|SP|null", "BR|SP|null", "CL|SP|null", "PE|SP|null"]);
  });
});
