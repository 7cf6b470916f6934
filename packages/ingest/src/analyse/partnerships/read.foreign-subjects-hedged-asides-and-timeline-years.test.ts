import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../clean/index.js";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 25 shapes (own sentences): a partner's own frameworks with third countries told with the partner as the
// clause's subject ("Indonesia has … with China, …"), "its" taking up a foreign possessor, a hyphened foreign pair
// before the level; hedges after the level ("remains unlikely"), a question about a future step, a wish with an
// adverb ("would still like to"); a relative clause giving the level's year after an anniversary; a timeline's years
// set alone over their entries.

describe("partnerships: a foreign subject's own frameworks", () => {
  it("gives Vietnam none of the list after 'Thailand has comprehensive strategic partnerships with'", () => {
    const got = read(
      "Thailand and Vietnam raised their ties to a comprehensive strategic partnership on Friday. Thailand already has comprehensive strategic partnerships with China, Japan and Cambodia, its foreign minister noted.",
      "2025-05-16",
    );
    expect(got).toEqual(["TH|Comprehensive Strategic Partnership|2025"]);
  });

  it("reads the subject as Vietnam's holder when Vietnam closes its list", () => {
    const got = read(
      "New Zealand now holds strategic partnerships with Singapore, Indonesia and Vietnam, the minister told reporters.",
      "2024-08-01",
    );
    expect(got).toEqual(["NZ|Strategic Partnership|-"]);
  });

  it("keeps Vietnam's own subject reading", () => {
    expect(read("Vietnam has comprehensive strategic partnerships with China and Russia.", "2013-01-01")).toEqual([
      "CN|Comprehensive Strategic Partnership|-",
      "RU|Comprehensive Strategic Partnership|-",
    ]);
  });

  it("takes 'its' after a foreign possessor as the same holder", () => {
    const got = read(
      "The envoy said Thailand's strategic partnership with China and its strategic partnership with Australia do not compete with its friendship with Vietnam.",
      "2025-01-01",
    );
    expect(got).toEqual([]);
  });

  it("gives a hyphened foreign pair's level to neither side", () => {
    const got = read(
      "Cambodian officials also described the Cambodia-China comprehensive strategic cooperative partnership, saying it does not harm ties with Vietnam.",
      "2019-01-01",
    );
    expect(got).toEqual([]);
  });
});

describe("partnerships: hedges around a level", () => {
  it("reads no level from an upgrade that 'remains unlikely'", () => {
    const got = read(
      "An upgrade with Canberra to a comprehensive strategic partnership remains unlikely before 2026, diplomats said.",
      "2021-06-01",
    );
    expect(got).toEqual([]);
  });

  it("reads no level from a question about when a step will come", () => {
    expect(read("When will Vietnam sign a strategic partnership with Canada?", "2021-06-01")).toEqual([]);
  });

  it("reads no level from 'would still like to lift relations to'", () => {
    const got = read(
      "Ottawa would still like to lift relations to a strategic partnership, officials say.",
      "2021-06-01",
    );
    expect(got).toEqual([]);
  });
});

describe("partnerships: years", () => {
  it("keeps the year of 'which was established in' after an anniversary", () => {
    const got = read(
      "India and Vietnam mark the 10th anniversary of the comprehensive strategic partnership, which was established in 2016, this week.",
      "2026-09-01",
    );
    expect(got).toEqual(["IN|Comprehensive Strategic Partnership|2016"]);
  });

  it("dates a timeline entry by the year set alone over it", () => {
    const page = [
      "Milestones in the relationship between the two countries since the war.",
      "1995",
      "July: The two countries normalise diplomatic relations.",
      "2009",
      "April: Both sides agree to deepen trade and investment ties.",
      "2018",
      "March: Prime Minister Nguyen Xuan Phuc and Prime Minister Malcolm Turnbull establish a Strategic Partnership between Australia and Vietnam.",
      "2024",
      "Trade between the two countries grew again.",
    ].join("\n\n");
    const body = cleanArticle(page).body;
    expect(body).toContain("2018");
    expect(read(body, "2024-06-01")).toEqual(["AU|Strategic Partnership|2018"]);
  });
});
