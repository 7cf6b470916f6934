import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * Round 28: a sentence reading holders at one level that ends on a counted group spelled out after a colon ("… to the
 * four added in 2019: A, B, C and D"). The names hold the level with the group's year when they are as many as the
 * count. Readings written before the run.
 */
describe("partnerships: a counted group spelled out after a colon", () => {
  it("gives the sentence's level and the group's year to each name of the group", () => {
    const body =
      "Vietnam's comprehensive partners range from Chile (2009) and Ukraine (2011) to the three added in 2019: Kenya, Peru and the Netherlands.";
    expect(partnershipPerLevel(body, { publishedAt: "2021-03-02" })).toEqual([
      "CL|CP|2009",
      "KE|CP|2019",
      "NL|CP|2019",
      "PE|CP|2019",
      "UA|CP|2011",
    ]);
  });

  it("leaves a group whose names are not as many as its count", () => {
    const body =
      "Vietnam's comprehensive partners range from Chile (2009) and Ukraine (2011) to the five added in 2019: Kenya, Peru and the Netherlands.";
    expect(partnershipPerLevel(body, { publishedAt: "2021-03-02" })).toEqual(["CL|CP|2009", "UA|CP|2011"]);
  });

  it("leaves a counted group of candidates", () => {
    const body =
      "Vietnam's comprehensive partners include Chile (2009) and Ukraine (2011), and the two expected next: Kenya and Peru.";
    expect(partnershipPerLevel(body, { publishedAt: "2021-03-02" })).toEqual(["CL|CP|2009", "UA|CP|2011"]);
  });
});

describe("partnerships: a list counted 'among its own' level", () => {
  it("gives the level to a list Vietnam counts among its own partners at that level", () => {
    const body =
      "Peru and Vietnam signed a strategic partnership on Monday. Vietnam counts Kenya, Chile and Ghana among its own strategic partners.";
    expect(partnershipPerLevel(body, { publishedAt: "2021-03-02" })).toEqual([
      "CL|SP|null",
      "GH|SP|null",
      "KE|SP|null",
      "PE|SP|2021",
    ]);
  });
});
