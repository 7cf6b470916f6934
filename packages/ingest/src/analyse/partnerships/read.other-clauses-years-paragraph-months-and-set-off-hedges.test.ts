import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

// Own sentences (round 49): years a clause of other holders writes, months under a paragraph's opening year, a
// hedge in a clause of its own, and a pair of an earlier sentence beside a partner named after a semicolon.
describe("partnerships: years and hedges of other clauses", () => {
  it("leaves a year written in a clause of other holders to them, not to a list raised 'to that level'", () => {
    expect(
      partnershipPerLevel(
        "Hanoi now counts nine comprehensive strategic partners. In the past year it lifted ties with Chile and Peru to that level, while Brazil and Mexico joined in late 2021.",
        { publishedAt: "2023-03-01" },
      ),
    ).toEqual(["BR|CSP|2021", "CL|CSP|2022", "MX|CSP|2021", "PE|CSP|2022"]);
  });

  it("dates steps given by a month alone by the year the paragraph's opening sentence names", () => {
    expect(
      partnershipPerLevel(
        "Last year kept Vietnam's diplomats busy. Chile was raised to a comprehensive strategic partnership in January, Peru and Brazil in April, and Mexico in December.",
        { publishedAt: "2023-02-10" },
      ),
    ).toEqual(["BR|CSP|2022", "CL|CSP|2022", "MX|CSP|2022", "PE|CSP|2022"]);
  });

  it("lets officials who talk of a later raise in a clause of their own leave the listed holders their level", () => {
    expect(
      partnershipPerLevel(
        "In 2019 Vietnam named Chile and Peru as strategic partners, and officials in Lima and Hanoi now talk openly of going further, perhaps next year.",
        { publishedAt: "2021-05-01" },
      ),
    ).toEqual(["CL|SP|2019", "PE|SP|2019"]);
  });

  it("does not hand the level of 'the two countries' to a partner named after a semicolon", () => {
    expect(
      partnershipPerLevel(
        "Brazil is a large market. The two countries have been comprehensive partners since 2007; Vietnam's relationship with Chile has been a strategic partnership since 2019.",
        { publishedAt: "2021-05-01" },
      ),
    ).toEqual(["BR|CP|2007", "CL|SP|2019"]);
  });
});
