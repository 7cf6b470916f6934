import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";
import { analyseArticle } from "../index.js";

// Round 8 shapes: each sentence is written for the test; the shape comes from pages that lost an item.
const first = (body: string, publishedAt: string | null, code: string) =>
  analyseArticle(body, { publishedAt }).partnerships.find((p) => p.countryCode === code && p.year !== null)?.year ??
  null;

describe("partnerships: time words in lists, other states' frameworks, hedged and counted upgrades", () => {
  it("dates a timeline step whose part goes on to name the member's framework, and a group dated 'later the same year'", () => {
    const got = read(
      'Vietnam has added partners over the years. Russia became a strategic partner of Vietnam in 2001; Japan in 2009, under a framework styled a "strategic partnership for peace and prosperity in Asia"; South Korea and Spain later the same year; and Germany in 2011.',
      "2012-05-02",
    );
    expect(got).toContain("JP|Strategic Partnership|2009");
    expect(got).toContain("KR|Strategic Partnership|2009");
    expect(got).toContain("ES|Strategic Partnership|2009");
    expect(got).toContain("DE|Strategic Partnership|2011");
  });

  it("reads '(January this year)' after a listed member as the article's year", () => {
    expect(
      first(
        "Singapore and Vietnam raised ties to a strategic partnership yesterday. Beyond the region, Hanoi's strategic partners include India (2007), Japan, South Korea and Spain (all three 2009), Germany (2011) and Italy (January this year).",
        "2013-09-12",
        "IT",
      ),
    ).toBe(2013);
  });

  it("keeps the old level's own year out of the new level in 'upgrade the X established in 2007 to a Y'", () => {
    expect(
      first(
        "The visit was a success. The two sides agreed to upgrade the Strategic Partnership established in 2007 to a Comprehensive Strategic Partnership with India.",
        "2016-09-05",
        "IN",
      ),
    ).not.toBe(2007);
  });

  it("does not give the story's main partner a level raised 'with eight countries'", () => {
    const got = read(
      "Belgium's king met Vietnam's leader. Since 2024, Hanoi has raised its relations with eight countries to a Comprehensive Strategic Partnership. Belgium has no such framework with Vietnam.",
      "2026-01-20",
    );
    expect(got.filter((p) => p.startsWith("BE|"))).toEqual([]);
  });

  it("drops a 'similar agreement' still expected, even when the member is named again by its capital", () => {
    const got = read(
      "Singapore and Vietnam raised their ties to a strategic partnership on Monday. A similar agreement with France is expected to be signed when the prime minister visits Paris later this month.",
      "2013-09-13",
    );
    expect(got.filter((p) => p.startsWith("FR|"))).toEqual([]);
  });

  it("leaves out another state's framework whose subject stands before an aside or as 'It' in the sentence before", () => {
    const aside = read(
      "Vietnam and Italy marked ten years as strategic partners. Among EU countries, Vietnam's strategic partners also include Spain. Italy, for its part, raised ties with India to a strategic partnership in March this year.",
      "2023-07-26",
    );
    expect(aside.filter((p) => p.startsWith("IN|"))).toEqual([]);
    const pronoun = read(
      "Vietnam and Australia signed a strategic partnership on Thursday. Australia is building a network of ties across the region. It agreed a comprehensive strategic partnership with Singapore in 2015.",
      "2018-03-16",
    );
    expect(pronoun.filter((p) => p.startsWith("SG|"))).toEqual([]);
  });

  it("does not read the union a country belongs to as a holder ('the first country in the European Union')", () => {
    const got = read(
      "France and Vietnam raised their relationship to a comprehensive strategic partnership on Monday. France becomes the first country in the European Union to reach that level, joining China and Russia.",
      "2024-10-08",
    );
    expect(got.filter((p) => p.startsWith("EU|"))).toEqual([]);
    expect(got).toContain("FR|Comprehensive Strategic Partnership|2024");
    const subject = read(
      "Vietnam and Italy met in Rome. France was the first country in the European Union to hold a strategic partnership with Hanoi, in 2013.",
      "2023-10-09",
    );
    expect(subject).toEqual(["FR|Strategic Partnership|2013"]);
  });

  it("continues a list past a member's relative clause dated by a time word, and dates that member by it", () => {
    const got = read(
      "Singapore and Vietnam upgraded their ties to a comprehensive strategic partnership on Wednesday. Singapore is the 12th country to form a comprehensive strategic partnership with Hanoi, joining China, Russia, Japan, Australia and Malaysia, as well as New Zealand, which upgraded last month, and Indonesia, which did so on Monday.",
      "2025-03-12",
    );
    expect(got).toContain("NZ|Comprehensive Strategic Partnership|2025");
    expect(got).toContain("ID|Comprehensive Strategic Partnership|2025");
  });

  it("leaves out a listed member whose own relative clause says its step is still expected", () => {
    const got = read(
      "Thailand and Vietnam raised their ties to a comprehensive strategic partnership on Friday. Thailand is the ninth country at that level, joining China, Russia and Indonesia, which upgraded in March, and the United Kingdom, which is expected to follow later this year.",
      "2025-05-17",
    );
    expect(got.filter((p) => p.startsWith("GB|"))).toEqual([]);
    expect(got).toContain("CN|Comprehensive Strategic Partnership|-");
  });

  it("gives a held level under a hedged upgrade to the antecedent of a relative clause, not the country inside it", () => {
    const got = read(
      "Japan's foreign minister met Vietnamese leaders in Hanoi. He pledged coast guard vessels. Trade has grown. The Philippines, which has signed a visiting forces agreement with Japan, is also weighing a possible upgrade of its strategic partnership with Vietnam.",
      "2026-02-14",
    );
    expect(got.map((p) => p.split("|").slice(0, 2).join("|"))).toEqual(["PH|Strategic Partnership"]);
  });

  it("reads 'in January last year' as the January of the year before", () => {
    expect(
      first(
        "Vietnam's diplomacy had a busy year. The Czech Republic became a strategic partner of Vietnam in January last year.",
        "2026-01-08",
        "CZ",
      ),
    ).not.toBe(2026);
  });

  it("does not count down an anniversary from the level's own 'signed in' year", () => {
    expect(
      first(
        "Vietnam and Italy marked ten years of their strategic partnership, signed in 2013, with a forum in Milan.",
        "2023-10-09",
        "IT",
      ),
    ).toBe(2013);
  });
});
