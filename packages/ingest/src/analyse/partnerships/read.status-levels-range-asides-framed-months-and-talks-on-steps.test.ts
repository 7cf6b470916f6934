import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "./testing/readings.js";

// Round 47 shapes, in our own words: the top level written as a "status", a range whose first member carries a dated
// aside naming no level, months framed by a year that opens their sentence, and talks on a step still to be taken.
describe("partnerships: status levels, range asides, framed months and talks on a step", () => {
  it("reads 'comprehensive strategic status' as the top level held by the list after it", () => {
    const got = partnershipPerLevel(
      "Hanoi had so far given the comprehensive strategic status to only two countries: Laos and Cuba.",
      { publishedAt: "2021-05-04" },
    );
    expect(got).toEqual(["CU|CSP|null", "LA|CSP|null"]);
  });

  it("dates a range's first member by its dated relative aside about the ties, though the aside names no level", () => {
    const got = partnershipPerLevel(
      "Hanoi now has many comprehensive strategic partners, from Russia, which has held the title since 2012, to France, which joined in 2024.",
      { publishedAt: "2025-06-01" },
    );
    expect(got).toEqual(expect.arrayContaining(["RU|CSP|2012", "FR|CSP|2024"]));
  });

  it("dates steps given by a month alone in the year that opens their sentence", () => {
    const got = partnershipPerLevel(
      "In 2030 alone Hanoi lifted three partners to a comprehensive strategic partnership, Chile in January, Peru in February and Mexico in November.",
      { publishedAt: "2031-03-15" },
    );
    expect(got).toEqual(["CL|CSP|2030", "MX|CSP|2030", "PE|CSP|2030"]);
  });

  it("keeps a year the framed sentence writes for a member", () => {
    const got = partnershipPerLevel(
      "In 2030 Hanoi lifted Chile to a comprehensive strategic partnership in January, years after Peru did so in 2021.",
      { publishedAt: "2031-03-15" },
    );
    expect(got).toEqual(expect.arrayContaining(["CL|CSP|2030"]));
  });

  it("lists no partner for talks on raising the ties", () => {
    const got = partnershipPerLevel(
      "Talks on raising ties with Brazil to a strategic partnership have gone on for years without an agreement.",
      { publishedAt: "2025-06-01" },
    );
    expect(got).toEqual([]);
  });
});
