import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

// One step taken with several partners, each named in its own "with <partner> to <level>" pair.
describe("partnerships: coordinated 'with <partner> to <level>' pairs", () => {
  it("gives each pair its own level and the closing year to both", () => {
    const got = partnershipPerLevel(
      "The minister said Vietnam wanted more partners abroad, noting that it had raised ties with Peru to a Strategic Partnership and with the United Arab Emirates to a Comprehensive Partnership in 2021.",
      { publishedAt: "2025-05-01" },
    );
    expect(got).toEqual(["AE|CP|2021", "PE|SP|2021"]);
  });

  it("keeps each pair's own year", () => {
    const got = partnershipPerLevel(
      "Vietnam upgraded relations with Peru to a Comprehensive Partnership in 2019 and with Chile to a Strategic Partnership in 2022.",
      { publishedAt: "2025-05-01" },
    );
    expect(got).toEqual(["CL|SP|2022", "PE|CP|2019"]);
  });

  it("reads no pairs when another state takes the step", () => {
    const got = partnershipPerLevel(
      "Brazil raised ties with India to a Strategic Partnership and with Kenya to a Comprehensive Partnership in 2021.",
      { publishedAt: "2025-05-01" },
    );
    expect(got).toEqual([]);
  });
});
