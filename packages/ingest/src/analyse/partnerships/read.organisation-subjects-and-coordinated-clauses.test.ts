import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * Round 14: who holds a level when the subject is an organisation, when a clause borrows its subject or its level from
 * the clause before it, and which year a level takes from the words right after it. Sentences written for these
 * tests, in wordings unlike the released pages.
 */
describe("an organisation as the other party", () => {
  it("leaves out frameworks a regional bloc holds with outside countries", () => {
    const body =
      "Vietnam hosted the meeting. The secretary noted that ASEAN had raised its ties with Canada to a comprehensive strategic partnership in 2023.";
    expect(eachPartnership(body, { publishedAt: "2024-05-01" })).toEqual([]);
  });

  it("leaves out a bloc-country compound joined by a dash", () => {
    const body =
      "Vietnam hosted the talks. Delegates praised the ASEAN-Japan comprehensive strategic partnership, set up in 2023.";
    expect(eachPartnership(body, { publishedAt: "2024-05-01" })).toEqual([]);
  });

  it("keeps Vietnam's levels when the bloc is only the object of a verb in an aside", () => {
    const body =
      "Vietnam, which chairs ASEAN this year, has a strategic partnership with Australia, signed in 2018, and comprehensive strategic partnerships with China and India.";
    const found = eachPartnership(body, { publishedAt: "2020-07-01" });
    expect(found).toContain("CN|CSP|null");
    expect(found).toContain("IN|CSP|null");
  });
});

describe("clauses joined by a comma and 'and'", () => {
  it("keeps held levels when only the next clause, with its own subject, is a plan", () => {
    const body =
      "This year Vietnam has signed strategic partnerships with Italy and Thailand, and it is set to sign one with France next month.";
    expect(eachPartnership(body, { publishedAt: "2013-09-12" })).toEqual(["IT|SP|2013", "TH|SP|2013"]);
  });

  it("reads a back-reference in a first clause even when a later clause names a level of its own", () => {
    const body =
      "Vietnam signed a strategic partnership with Britain on Tuesday. Vietnam has signed similar agreements with Russia in 2001 and Spain last year, and holds a comprehensive strategic partnership with China, agreed in 2008.";
    expect(eachPartnership(body, { publishedAt: "2010-09-09" })).toEqual([
      "GB|SP|2010",
      "RU|SP|2001",
      "ES|SP|2009",
      "CN|CSP|2008",
    ]);
  });
});

describe("years and holders read next to the level", () => {
  it("dates a level by the time word written right after it", () => {
    const body =
      "Australia, Vietnam's comprehensive partner since 2009 and strategic partner since March last year, funds the project.";
    expect(eachPartnership(body, { publishedAt: "2019-05-01" })).toEqual(["AU|SP|2018"]);
  });

  it("gives a withheld level to the countries of a relative clause whose subject is Vietnam", () => {
    const body =
      "The ministers discussed raising ties to a comprehensive partnership, which Vietnam has with Chile since 2009.";
    expect(eachPartnership(body, { publishedAt: "2023-05-01" })).toEqual(["CL|CP|2009"]);
  });

  it("reads a list counted among Vietnam's other partners with respective years", () => {
    const body =
      "Vietnam counts Mexico and Peru among its other comprehensive partners, in 2013 and 2024 respectively.";
    expect(eachPartnership(body, { publishedAt: "2025-03-01" })).toEqual(["MX|CP|2013", "PE|CP|2024"]);
  });
});
