import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 56 (blind153's shapes): the level a hedged upgrade starts from, a noun "talk of" an upgrade, a member's
// bracket dated by a later step, a list seated at a tier "as" a level, the anniversary of normalised relations and a
// framework "formed" in the news. Own sentences.

describe("partnerships: levels raised from, stepped brackets and tier seats", () => {
  it("keeps the level a phrase-hedged upgrade starts from, dated by its own aside, and holds back the target", () => {
    const got = read(
      "Chile and Vietnam pledged to work toward upgrading the comprehensive partnership, which dates from 2009, to a strategic partnership.",
      "2022-03-10",
    );
    expect(got).toEqual(["CL|Comprehensive Partnership|2009"]);
  });

  it("reads an opening 'Talk of raising' as a hedge that leaves the level held before", () => {
    const got = read(
      "Vietnam and Brazil set up a comprehensive partnership in 2007. Talk of raising Brazil to a strategic partnership has gone on for years.",
      "2022-03-10",
    );
    expect(got).toEqual(["BR|Comprehensive Partnership|2007"]);
  });

  it("dates a member whose bracket reports a later step by that step, and keeps the list Vietnam's", () => {
    const got = read(
      'Vietnam keeps three tiers of partners. Spain (2009, made "enhanced" in 2016) and Italy (2013) are strategic partners.',
      "2022-03-10",
    );
    expect(got).toEqual(["ES|Strategic Partnership|2016", "IT|Strategic Partnership|2013"]);
  });

  it("gives the level to a list that sits at a tier 'as' that level", () => {
    const got = read(
      "Vietnam sorts its partners into tiers. Britain, France and Germany sit one rung lower as strategic partners.",
      "2022-03-10",
    );
    expect(got).toEqual(["DE|Strategic Partnership|-", "FR|Strategic Partnership|-", "GB|Strategic Partnership|-"]);
  });

  it("does not count a level back from the anniversary of normalised relations when its own year follows", () => {
    const got = read(
      "The trip marks the 25th anniversary of normalised relations between Hanoi and Ottawa, and the fifth year of what both sides call a comprehensive partnership, formally set up in 2017.",
      "2022-03-10",
    );
    expect(got).toEqual(["CA|Comprehensive Partnership|2017"]);
  });

  it("dates a framework the leaders decide to form as the news", () => {
    const got = read("The two leaders decided to form a Mexico-Vietnam comprehensive partnership.", "2024-05-02");
    expect(got).toEqual(["MX|Comprehensive Partnership|2024"]);
  });
});
