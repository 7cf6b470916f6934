import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

// Round 45 shapes, in our own words: a step repeated in a coordinated clause of the level's own sentence ("…, and
// Chile made the same move in May 2023"), and a country paired with Vietnam by a dash after "of".
describe("partnerships: elliptic coordinated clauses and dashed pairs after 'of'", () => {
  it("gives a coordinated 'made the same move' clause the level before it, with the clause's own year", () => {
    const got = partnershipPerLevel(
      "Peru and Brazil raised their ties with Hanoi to comprehensive partnerships in 2021 and 2022 respectively, and Chile made the same move in May 2023.",
      { publishedAt: "2024-02-01" },
    );
    expect(got).toEqual(expect.arrayContaining(["CL|CP|2023"]));
  });

  it("reads no step repeated by a coordinated clause whose subject is more than a bare name", () => {
    const got = partnershipPerLevel(
      "It signed a comprehensive partnership with Peru in 2021, and Lisbon's envoys have held talks with Santiago on a similar arrangement.",
      { publishedAt: "2024-02-01" },
    );
    expect(got.filter((g) => g.startsWith("CL|"))).toEqual([]);
  });

  it("reads the country of 'the elevation of Thailand-Viet Nam relations to' a level as its holder", () => {
    const got = partnershipPerLevel(
      "The deal builds on the elevation of Thailand-Viet Nam relations to a Comprehensive Strategic Partnership in May this year.",
      { publishedAt: "2025-09-03" },
    );
    expect(got).toEqual(["TH|CSP|2025"]);
  });
});
