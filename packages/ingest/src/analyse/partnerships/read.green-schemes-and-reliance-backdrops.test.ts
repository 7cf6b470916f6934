import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 53 shapes from energy and supply-chain stories. Own sentences.

describe("partnerships: a 'green' strategic partnership is a sectoral scheme", () => {
  it("reads no level from the green scheme and keeps the framework it sits on", () => {
    const got = read(
      "Vietnam and Norway launched a Green Strategic Partnership on Tuesday to fund solar grids. The scheme rests on the comprehensive partnership the two countries set up in 2016.",
      "2024-05-01",
    );
    expect(got).toEqual(["NO|Comprehensive Partnership|2016"]);
  });

  it("still reads a plain strategic partnership", () => {
    const got = read("Vietnam and Norway launched a strategic partnership on Tuesday.", "2024-05-01");
    expect(got).toEqual(["NO|Strategic Partnership|2024"]);
  });
});

describe("partnerships: a country the news depends on is backdrop", () => {
  it("takes 'the two countries' for the pair of the lead, not the country relied on", () => {
    const got = read(
      "Australia and Vietnam sign a battery metals deal\n\nPrime Minister Albanese and his Vietnamese counterpart signed the deal on Friday, as Canberra seeks to cut its reliance on China for battery metals.\n\nThe deal came a year after the two countries raised their ties to a comprehensive strategic partnership in March.",
      "2025-06-01",
    );
    expect(got).toEqual(["AU|Comprehensive Strategic Partnership|2024"]);
  });
});

describe("partnerships: 'the elevation of relations from … to …' is an upgrade", () => {
  it("dates the new level by the news, leaving the old level's aside year to it", () => {
    const got = read(
      "The leaders of Vietnam and Chile announced the elevation of their relations from a strategic partnership, which they had held since 2015, to a comprehensive strategic partnership.",
      "2025-05-20",
    );
    expect(got).toEqual(["CL|Comprehensive Strategic Partnership|2025"]);
  });
  it("leaves an elevation only wished for unheld", () => {
    const got = read(
      'Chile and Vietnam have been strategic partners since 2015. Officials said an elevation to a comprehensive strategic partnership "may be studied" next year.',
      "2024-05-20",
    );
    expect(got).toEqual(["CL|Strategic Partnership|2015"]);
  });
});

describe("partnerships: a partner one side sees the other as", () => {
  it("reads a view ('sees X as a strategic partner') as no framework, leaving the level set up", () => {
    const got = read(
      'Peru and Vietnam agreed on Monday to lift their ties to a comprehensive partnership. Lima\'s foreign minister said his government sees Vietnam as "a strategic partner in the Pacific".',
      "2024-03-05",
    );
    expect(got).toEqual(["PE|Comprehensive Partnership|2024"]);
  });

  it("keeps a framework the viewer regards as something", () => {
    const got = read(
      "Vietnam regards its strategic partnership with Chile, set up in 2015, as a model for the region.",
      "2016-01-01",
    );
    expect(got).toEqual(["CL|Strategic Partnership|2015"]);
  });
});
