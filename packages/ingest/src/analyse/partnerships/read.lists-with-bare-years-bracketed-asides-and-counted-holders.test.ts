import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 22 shapes on partner-heavy pages (commentary, transcripts, reposts). Own sentences.

describe("partnerships: a list dated by bare years, with a partner's own level in brackets", () => {
  it("reads every member of 'Country YEAR, Country YEAR, …' and the bracketed level as its owner's", () => {
    const got = read(
      'Hanoi\'s strategic partners, in order: Russia 2001, Japan 2006, India 2007, China 2008 (a "comprehensive strategic cooperative partnership"), Spain 2009 and Germany 2011. Vietnam signed no new framework this year.',
      "2012-05-02",
    );
    expect(got).toEqual([
      "CN|Comprehensive Strategic Partnership|2008",
      "DE|Strategic Partnership|2011",
      "ES|Strategic Partnership|2009",
      "IN|Strategic Partnership|2007",
      "JP|Strategic Partnership|2006",
      "RU|Strategic Partnership|2001",
    ]);
  });

  it("still reads 'Japan (comprehensive strategic partner since 2023)' without a list year", () => {
    const got = read(
      "Vietnam sends workers to Japan (comprehensive strategic partner since 2023) and Germany (strategic partner since 2011).",
      "2025-01-10",
    );
    expect(got).toEqual(["DE|Strategic Partnership|2011", "JP|Comprehensive Strategic Partnership|2023"]);
  });
});

describe("partnerships: holders named after a count of holders", () => {
  it("gives the counted level to the list after ', after'", () => {
    const got = read(
      "With the upgrade of ties to a Comprehensive Strategic Partnership, Malaysia becomes the fifth country to hold the highest level of partnership with Viet Nam, after China, Russia, India and the Republic of Korea.",
      "2024-11-22",
    );
    expect(got).toContain("CN|Comprehensive Strategic Partnership|-");
    expect(got).toContain("RU|Comprehensive Strategic Partnership|-");
    expect(got).toContain("IN|Comprehensive Strategic Partnership|-");
    expect(got).toContain("KR|Comprehensive Strategic Partnership|-");
  });

  it("gives the top level to the list a joiner meets 'at the top of Vietnam's hierarchy'", () => {
    const got = read(
      "Hanoi and Canberra raised ties to a comprehensive strategic partnership in March. Australia thus joined China, Russia and India at the top of Vietnam's hierarchy.",
      "2024-04-02",
    );
    expect(got).toContain("CN|Comprehensive Strategic Partnership|-");
    expect(got).toContain("RU|Comprehensive Strategic Partnership|-");
    expect(got).toContain("IN|Comprehensive Strategic Partnership|-");
    expect(got).toContain("AU|Comprehensive Strategic Partnership|2024");
  });

  it("gives nothing to the subject of a hedged count", () => {
    const got = read(
      "Officials said Malaysia could become the fifth country to hold a comprehensive strategic partnership with Vietnam, after China, Russia, India and South Korea.",
      "2024-06-01",
    );
    expect(got.filter((g) => g.startsWith("MY|"))).toEqual([]);
  });

  it("leaves a foreign country's own count of its partners", () => {
    const got = read(
      "Vietnam is only the third country with which Indonesia has a strategic partnership, after Japan and Australia.",
      "2013-06-28",
    );
    expect(got.filter((g) => g.startsWith("JP|") || g.startsWith("AU|"))).toEqual([]);
  });
});
