import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences (round 55, blind148's shapes).
describe("partnerships: eventual goals, reported subjects, 'its' appositions and recalled levels", () => {
  it("reads a level called an eventual goal as not held", () => {
    const body =
      "Chile and Vietnam are old friends. Officials in Santiago say a strategic partnership is an eventual goal for the two countries.";
    expect(partnershipKeys(body, "2013-11-04")).toEqual([]);
  });

  it("gives no level to a country that opens what another party reports after a same-level reference", () => {
    const body =
      "Vietnam has a strategic partnership with Indonesia, set up in 2013, and raised its ties with Thailand to the same level later that year, and officials in Manila say the Philippines is watching how those two partnerships work.";
    expect(partnershipKeys(body, "2013-11-04")).not.toContain("PH|Strategic Partnership|-");
  });

  it("gives the level in an 'its' apposition to the country before it when Vietnam opens the sentence", () => {
    const body =
      "Vietnam has ties with all ten ASEAN countries and sees the Mekong as a bridge to closer trade with Thailand, its strategic partner since May this year, and Laos, with which it has had a special relationship since 1977.";
    expect(partnershipKeys(body, "2013-11-04")).toEqual(["TH|Strategic Partnership|2013"]);
  });

  it("gives a recalled level the page's one partner when the sentence names no country", () => {
    const body =
      "Vietnam and Chile signed six trade deals on Monday. Chile will send 40 engineers to Hanoi. The Chilean minister met her counterpart in Hanoi, where Chile opened a new office. Officials said the visit gave weight to the comprehensive partnership set up in 2015.";
    expect(partnershipKeys(body, "2013-11-04")).toEqual(["CL|Comprehensive Partnership|2015"]);
  });

  it("reads 'the countries signed in' after a level as the pair's own step", () => {
    const body =
      "Chile's foreign minister arrived in Hanoi on Monday, saying Chile and Vietnam can double trade. The two ministers agreed to review the comprehensive partnership the countries signed in 2015.";
    expect(partnershipKeys(body, "2013-11-04")).toEqual(["CL|Comprehensive Partnership|2015"]);
  });

  it("reads a speaker's 'our' level recalled as set up by the pair, dated by its own time words", () => {
    const body =
      'Chile and Vietnam signed three deals in Santiago on Friday. "Vietnam always regards Chile as a close friend," the visiting president said. "Our comprehensive partnership, which we set up when the Chilean president visited Hanoi two years ago, now rests on trust."';
    expect(partnershipKeys(body, "2024-05-03")).toEqual(["CL|Comprehensive Partnership|2022"]);
  });
});
