import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 25 (recall): commentary and translated pages name Vietnam's holders beside another holder rather than with a
// level of their own. Own sentences.

describe("partnerships: a list set 'on the same level as' a holder", () => {
  it("gives the list the level the sentence names before the comparison", () => {
    const got = read(
      "Vietnam welcomed the visit. The United States moved from a comprehensive partnership to a comprehensive strategic partnership, putting Washington on the same level as China, Russia and India.",
      "2023-09-12",
    );
    expect(got).toEqual(
      expect.arrayContaining([
        "CN|Comprehensive Strategic Partnership|-",
        "IN|Comprehensive Strategic Partnership|-",
        "RU|Comprehensive Strategic Partnership|-",
      ]),
    );
  });

  it("reads nothing from a comparison in trade", () => {
    expect(
      read("Vietnam's exports to Chile are now on the same level as those to Peru and Colombia.", "2023-09-12"),
    ).toEqual([]);
  });
});

describe("partnerships: the list a holder is counted after", () => {
  it("gives the top level to 'the sixth country after …' when the sentence calls it the highest framework", () => {
    const got = read(
      "It is the highest framework in Vietnam's diplomacy, and Japan becomes the sixth country after China, Russia, India, South Korea and the United States.",
      "2023-11-28",
    );
    expect(got).toEqual([
      "CN|Comprehensive Strategic Partnership|-",
      "IN|Comprehensive Strategic Partnership|-",
      "JP|Comprehensive Strategic Partnership|-",
      "KR|Comprehensive Strategic Partnership|-",
      "RU|Comprehensive Strategic Partnership|-",
      "US|Comprehensive Strategic Partnership|-",
    ]);
  });

  it("leaves a count whose list is not one short of the ordinal", () => {
    expect(
      read(
        "It is the highest framework in Vietnam's diplomacy, and Japan becomes the sixth country after China and Russia.",
        "2023-11-28",
      ),
    ).toEqual([]);
  });

  it("reads 'the first … besides France to hold it'", () => {
    const got = read(
      "It is the highest level of relationship that Vietnam offers any country, and the UK is the first G7 member in Europe besides France to hold it.",
      "2025-11-01",
    );
    expect(got).toEqual(["FR|Comprehensive Strategic Partnership|-", "GB|Comprehensive Strategic Partnership|-"]);
  });
});

describe("partnerships: 'one with' and 'with which Vietnam has'", () => {
  it("gives 'and one with Russia since 2012' the level just named, with its own year", () => {
    expect(
      read(
        "Vietnam has a comprehensive strategic partnership with China, signed in 2008, and one with Russia since 2012.",
        "2014-05-20",
      ),
    ).toContain("RU|Comprehensive Strategic Partnership|2012");
  });

  it("gives the country before ', with which Vietnam still has a …' the level", () => {
    expect(
      read(
        "The upgrade puts Seoul ahead of the United States, with which Vietnam still has a comprehensive partnership, agreed in 2013.",
        "2022-12-06",
      ),
    ).toContain("US|Comprehensive Partnership|2013");
  });
});

describe("partnerships: a colon list in the clause after 'but'", () => {
  it("reads the list when the hedge ('has no') is the first clause's", () => {
    expect(
      read(
        "Vietnam has no framework with the EU as a bloc, but it has strategic partnerships with several of its members: Spain (2009), Germany (2011), and Italy and France (both 2013).",
        "2020-06-10",
      ),
    ).toEqual([
      "DE|Strategic Partnership|2011",
      "ES|Strategic Partnership|2009",
      "FR|Strategic Partnership|2013",
      "IT|Strategic Partnership|2013",
    ]);
  });

  it("still leaves a list whose own clause is hedged", () => {
    expect(
      read(
        "Vietnam has ties with the EU, but it may seek strategic partnerships with several members: Spain, Germany and Italy.",
        "2020-06-10",
      ),
    ).toEqual([]);
  });
});
