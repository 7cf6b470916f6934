import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);
const countries = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "country")
    .map((e) => e.code)
    .sort();

describe("figures written the way broadcasts and wires write them", () => {
  it("reads a scale hyphened onto the figure as part of it", () => {
    expect(
      figures("About 45-thousand Thai nationals work in Laos, and some three-thousand Thai firms trade there."),
    ).toEqual(["45000 people", "3000 firms"]);
  });

  it("leaves an amount written as one hyphened adjective to the money reader", () => {
    expect(figures("Tokyo signed a 200-million-dollar loan for the port.")).toEqual(["200000000 USD"]);
  });

  it("reads 'a dozen' as twelve, but not when a hedge stands before it", () => {
    expect(figures("The ministers signed a dozen memorandums on energy.")).toEqual(["12 memorandums"]);
    expect(figures("More than a dozen countries sent observers.")).toEqual([]);
  });

  it("counts the plural of a demonym-and-organ phrase", () => {
    expect(figures("Some 60 Russian warships called at the port last year.")).toEqual(["60 warships"]);
  });

  it("reads no noun where a participle or a past tense follows a bare figure", () => {
    expect(figures("Both economies are among the 11 signing the pact in Santiago.")).toEqual([]);
    expect(figures("Partners followed: Chile, Peru and Mexico, all three joined in 2019.")).toEqual([]);
  });

  it("does not count degrees on a scale or grades jumped", () => {
    expect(figures("Voters rated Canada 71 degrees on the warmth scale, and Mexico jumped three grades.")).toEqual([]);
  });

  it("does not take a speaker's repeat of a figure already reported as a new one", () => {
    expect(figures('Brazil set a 15% duty on steel. "Fifteen percent is a warning," an analyst said.')).toEqual([
      "15 percent",
    ]);
  });
});

describe("tallies whose names follow them", () => {
  it("keeps a count of partners or countries that the names spell out", () => {
    expect(figures("Jakarta now counts four such partners: Japan, China, India and Australia.")).toEqual([
      "4 partners",
    ]);
    expect(
      figures("The bloc has nine full members: Brazil, Russia, India, China and South Africa, among others."),
    ).toEqual(["9 members"]);
  });

  it("drops a subset of a named bloc spelled out after a comma", () => {
    expect(figures("Two other EU members, Poland and Hungary, signed later.")).toEqual([]);
    expect(
      figures("Seoul has such ties with three ASEAN members, after Vietnam, Indonesia and Malaysia, since 2010."),
    ).toEqual([]);
  });
});

describe("places written without a number", () => {
  it("reads a diaspora's first place, moved down by the names after 'after'", () => {
    expect(figures("Filipinos are now the largest group of foreign nurses in Japan.")).toEqual(["1 rank"]);
    expect(figures("Some 40,000 Thais live in Sweden, the largest such community in Scandinavia.")).toEqual([
      "40000 people",
    ]);
    expect(
      figures("Vietnam is Taiwan's biggest source of migrant workers after Indonesia and the Philippines."),
    ).toEqual(["3 rank"]);
  });

  it("reads a former place after 'from' when a numbered place came before it", () => {
    expect(figures("Vietnam became India's 15th-largest trading partner, up from 23rd a decade ago.")).toEqual([
      "15 rank",
      "23 rank",
    ]);
    expect(figures("Tickets came from third parties.")).toEqual([]);
  });
});

describe("countries named as a base", () => {
  it("does not count a country that only says where someone is based", () => {
    expect(countries("A Malaysia-based analyst said Vietnam would gain.")).toEqual(["VN"]);
    expect(countries("Malaysia and Vietnam signed the deal.")).toEqual(["MY", "VN"]);
  });
});
