import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("what a count of places and modified things counts", () => {
  it("counts places joined by 'and' to the second plural paired with them as one phrase", () => {
    expect(figures("Laos has investors from 52 countries and territories in its zones.")).toEqual([
      "52 countries and territories",
    ]);
    expect(figures("The fund backs 17 provinces and cities along the border.")).toEqual(["17 provinces and cities"]);
    expect(figures("The city hosts 65 embassies and international organizations.")).toEqual(["65 embassies"]);
    expect(figures("The mayor received 65 foreign missions and international organizations on Monday.")).toEqual([
      "65 missions and organizations",
    ]);
  });

  it("keeps the first noun when a number, a determiner, a verb or an unpaired plural follows 'and'", () => {
    expect(figures("Delegates from 21 countries and 400 firms attended.")).toEqual(["21 countries", "400 firms"]);
    expect(figures("Ambassadors of 33 countries and their spouses attended.")).toEqual(["33 countries"]);
    expect(figures("The army sent 230 officers and soldiers to the mission.")).toEqual(["230 officers"]);
    expect(figures("Firms from 41 countries and regions took part.")).toEqual(["41 countries"]);
    expect(figures("The body groups 170 countries and takes decisions by consensus.")).toEqual(["170 countries"]);
  });

  it("reads 'a dozen' after 'of' as twelve, but not after a bound ending in 'of'", () => {
    expect(figures("The ministers witnessed the signing of a dozen documents.")).toEqual(["12 documents"]);
    expect(figures("The ministers witnessed the signing of upwards of a dozen documents.")).toEqual([]);
  });

  it("reads a dimension word opening a phrase that a plural closes as a modifier", () => {
    expect(figures("The loan paid for 9 high speed patrol boats for the navy.")).toEqual(["9 boats"]);
    expect(figures("The new mast, 60 high, was raised on Monday.")).toEqual([]);
  });

  it("joins two modifiers before the noun when the second is hyphened", () => {
    expect(figures("The navies have run 35 sea and shore-based drills since 2015.")).toEqual(["35 drills"]);
  });

  it("reads a hyphened modifier after a demonym as part of the phrase, not as people", () => {
    expect(figures("Three Thai low-cost airlines now fly to Da Nang.")).toEqual(["3 airlines"]);
  });

  it("counts businesspeople as a plural after two demonyms", () => {
    expect(figures("The forum drew some 250 Thai and Vietnamese businesspeople.")).toEqual(["250 businesspeople"]);
  });

  it("gives a bare low end of a range the scale written after its high end", () => {
    expect(figures("Hanoi will buy 2.5 to 3 million tonnes of wheat a year.")).toEqual([
      "2500000 tonnes",
      "3000000 tonnes",
    ]);
  });

  it("reads 'services' before a plural as its modifier", () => {
    expect(figures("The pact opens 9 services sectors, from banking to logistics.")).toEqual(["9 sectors"]);
  });

  it("reads zloty as the Polish currency", () => {
    expect(figures("Polish firms sold goods worth 2.4 billion zloty in Vietnam.")).toEqual(["2400000000 PLN"]);
  });
});
