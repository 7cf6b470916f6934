import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

// Own sentences (round 49): what a writer says the sides "should" do, a level "given" to a partner, a range whose
// near end is a group, and a country hyphened to another foreign one.
describe("partnerships: proposals, given levels, range groups and hyphened pairs", () => {
  it("holds back a level the writer says the sides should reach, keeping the one held", () => {
    expect(
      partnershipPerLevel(
        "Chile, a comprehensive partner since 2019, backed the plan. Some in Hanoi argue that ties with Santiago should now be lifted to a strategic partnership.",
        { publishedAt: "2022-06-01" },
      ),
    ).toEqual(["CL|CP|2019"]);
  });

  it("gives the level to the partner it was given to, beside another country the sentence names", () => {
    expect(
      partnershipPerLevel("Hanoi gave Chile a strategic partnership in 2019 and kept Peru waiting.", {
        publishedAt: "2022-06-01",
      }),
    ).toEqual(["CL|SP|2019"]);
  });

  it("reads a range of partners whose near end is a group of its own", () => {
    expect(
      partnershipPerLevel("Vietnam's strategic partners now run from Chile and Peru to Brazil and Mexico.", {
        publishedAt: "2022-06-01",
      }),
    ).toEqual(["BR|SP|null", "CL|SP|null", "MX|SP|null", "PE|SP|null"]);
  });

  it("keeps a country hyphened to another foreign one out of the guess for an unattached level", () => {
    expect(
      partnershipPerLevel(
        "Hanoi is also closer to Chile, its comprehensive partner since 2019, as the Brazil-Peru trade dispute drags on.",
        { publishedAt: "2022-06-01" },
      ),
    ).toEqual(["CL|CP|2019"]);
  });
});
