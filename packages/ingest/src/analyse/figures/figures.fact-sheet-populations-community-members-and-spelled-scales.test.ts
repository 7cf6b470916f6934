import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ind = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => ({ value, unit }));

describe("counts whose noun is written away from the figure", () => {
  it("reads a fact sheet's population written without 'of' as people", () => {
    expect(ind("Key facts: area 92,000 square kilometres; population about 10 million (2021).")).toEqual([
      { value: 10_000_000, unit: "people" },
    ]);
  });

  it("reads members of a community as people, members of a bloc as members", () => {
    expect(ind("The minister met about 400 members of the Lao community in Tokyo.")).toEqual([
      { value: 400, unit: "people" },
    ]);
    expect(ind("The 21 members of the forum adopted the text.")).toEqual([{ value: 21, unit: "members" }]);
  });

  it("reads a hedged figure that 'were' puts its plural subject at", () => {
    expect(ind("Thai arrivals in March were fewer than 50,000, the agency said.")).toEqual([
      { value: 50_000, unit: "arrivals" },
    ]);
  });

  it("carries the noun of a count to a bare figure the time phrase after it dates", () => {
    expect(ind("The port set a goal of 3 million containers for 2025, against 2.6 million last year.")).toEqual([
      { value: 3_000_000, unit: "containers" },
      { value: 2_600_000, unit: "containers" },
    ]);
  });

  it("carries the noun to a bare figure a participle follows", () => {
    expect(ind("Some 90,000 Thai people live in Laos, including about 20,000 married to Lao citizens.")).toEqual([
      { value: 90_000, unit: "people" },
      { value: 20_000, unit: "people" },
    ]);
  });
});

describe("pairs of counts and parts of a counted whole", () => {
  it("gives a number word after 'and' the noun of a count spelled before it", () => {
    expect(ind("Four ferries were built in Korea and the remaining six at local yards.")).toEqual([
      { value: 4, unit: "ferries" },
      { value: 6, unit: "ferries" },
    ]);
    expect(ind("The envoy visited three provinces and two of the islands.")).toEqual([{ value: 3, unit: "provinces" }]);
    expect(ind("Under the loan, twelve ferries were built, four in Korea and six at local yards.")).toEqual([
      { value: 12, unit: "ferries" },
    ]);
  });

  it("reads 'of which' after a figure as a part of the count before it, past an amount", () => {
    expect(ind("Japan funded 20 bridges under a US$50 million loan, eight of which were finished in 2020.")).toEqual([
      { value: 20, unit: "bridges" },
      { value: 50_000_000, unit: "USD" },
      { value: 8, unit: "bridges" },
    ]);
  });
});

describe("numbers written with a scale word alone or around a currency", () => {
  it("reads 'a million' as the scale itself, and 'half a million' as half of it", () => {
    expect(ind("The island buys more than a million tonnes of sugar in a good year.")).toEqual([
      { value: 1_000_000, unit: "tonnes" },
    ]);
    expect(ind("Malaysia sent around half a million visitors.")).toEqual([{ value: 500_000, unit: "visitors" }]);
  });

  it("reads a hyphened amount that names the dollar's country", () => {
    expect(ind("The bank granted a 250-million-U.S.-dollar loan for the port.")).toEqual([
      { value: 250_000_000, unit: "USD" },
    ]);
    expect(ind("The bank granted a 40-million-US-dollar credit.")).toEqual([{ value: 40_000_000, unit: "USD" }]);
  });

  it("leaves the base of 'one in every four' out of the amounts", () => {
    expect(ind("Officials said one in every five dollars of aid went to schools.")).toEqual([]);
  });
});

describe("numbers that count nothing tracked", () => {
  it("reads a house number before an abbreviated street as an address", () => {
    expect(ind("Write to the trade office at 118 Nguyen Du St., District 1, for the forms.")).toEqual([]);
  });

  it("leaves quarters, items and floors out of the counts", () => {
    expect(ind("Rice made up three quarters of the cargo.")).toEqual([]);
    expect(ind("Four items were on the agenda, and the office occupies three floors.")).toEqual([]);
  });
});
