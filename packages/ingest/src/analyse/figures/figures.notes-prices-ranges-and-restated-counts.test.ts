import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);
const qualifiers = (body: string) => analyseArticle(body, {}).indicators.map((f) => f.qualifier);

describe("numbers that mark, measure or price rather than count", () => {
  it("skips a note's mark in brackets glued to the word before it", () => {
    expect(figures("The envoy was elected with 181 votes, a record(3).")).toEqual(["181 votes"]);
  });

  it("skips a small number opening a line before a name: a note or a house number", () => {
    expect(figures("4 Trade Office of Vietnam in Cairo, yearly bulletin.")).toEqual([]);
    expect(figures("52 Ly Thuong Kiet, Hoan Kiem, Hanoi.")).toEqual([]);
    expect(figures("35 Vietnamese trawlers were seized last year.")).toEqual(["35 trawlers"]);
  });

  it("skips an amount per unit, a price", () => {
    expect(figures("Pepper sold for 6,100 USD/tonne in Hamburg.")).toEqual([]);
  });

  it("skips a figure followed by a dimension word but keeps a hyphened modifier", () => {
    expect(figures("The new tower, 320m tall, opens in May.")).toEqual([]);
    expect(figures("The sides held 14 high-level exchanges.")).toEqual(["14 exchanges"]);
  });

  it("never counts zero", () => {
    expect(figures("Both sides aim for zero tariffs and net zero emissions.")).toEqual([]);
  });

  it("reads a page's subscriber count as furniture", () => {
    expect(figures("Mekong Channel\n9 310 subscribers\nPinned message")).toEqual([]);
  });

  it("does not count classes, pointers or terms of office", () => {
    expect(figures("The ministry sorts its partners into four broad categories.")).toEqual([]);
    expect(figures("The envoy served over three terms in Geneva.")).toEqual([]);
  });
});

describe("figures whose noun or qualifier stands apart", () => {
  it("reads '-odd' as a round guess", () => {
    expect(figures("A community of 400-odd Vietnamese nurses works in Bavaria.")).toEqual(["400 nurses"]);
    expect(qualifiers("A community of 400-odd Vietnamese nurses works in Bavaria.")).toEqual(["about"]);
  });

  it("gives the low end of a range written with 'to' the high end's noun, but not a change 'from … to'", () => {
    expect(figures("The plant will hire 1,200 to 1,800 workers.")).toEqual(["1200 workers", "1800 workers"]);
    expect(figures("The bloc grew from 12 to 15 members.")).toEqual(["15 members"]);
  });

  it("counts the plural before a comma for 'N of them'", () => {
    expect(figures("Peru has signed 22 trade agreements, nine of them with Asian economies.")).toEqual([
      "22 agreements",
      "9 agreements",
    ]);
  });

  it("reads the noun inside marks and past 'other' before a capitalised modifier", () => {
    expect(figures('The ministry ran more than 300 "mercy flights" last year.')).toEqual(["300 flights"]);
    expect(figures("Peru and 20 other Asia-Pacific economies meet in Lima.")).toEqual(["20 economies"]);
  });

  it("reads a dollar sign followed by a country's letters", () => {
    expect(figures("Canberra pledged $US75 million and $A40 million for the delta.")).toEqual([
      "75000000 USD",
      "40000000 AUD",
    ]);
  });

  it("takes the subject before a preposition for a verb of growth", () => {
    expect(figures("Vietnamese enrolments in Canadian colleges have grown to 27,000.")).toEqual(["27000 enrolments"]);
  });

  it("reads a place among a plural field as a rank", () => {
    expect(figures("The survey put Chile sixth among foreign buyers of Vietnamese seafood.")).toEqual(["6 rank"]);
  });
});

describe("counts that restate what was already read", () => {
  it("skips a count inside a quotation that opened in the sentence before", () => {
    expect(
      figures('The minister said: "Our ties are young. They do not yet reflect two markets with 140 million people."'),
    ).toEqual([]);
  });

  it("skips 'the group of N people' after N citizens were counted", () => {
    expect(
      figures(
        "The first 21 Vietnamese citizens left Lebanon on Friday. The group of 21 people reached Cyprus by boat.",
      ),
    ).toEqual(["21 citizens"]);
  });

  it("skips a small count in apposition to the names before it", () => {
    expect(figures("Chile and Peru, the only two Andean members of the forum, backed the plan.")).toEqual([]);
  });

  it("skips a subset count whose names follow a named whole", () => {
    expect(
      figures(
        "Hanoi now has ties at that level with the other three founding members of ASEAN – Indonesia, Malaysia and Thailand.",
      ),
    ).toEqual([]);
  });

  it("reads a headline's figure once when the lead below repeats it, wherever furniture pushed them down", () => {
    expect(
      figures(
        "Mekong Channel\n9 310 subscribers\nPinned message\nMay 2, 2024\nChile and Vietnam aim for $3 billion in trade\n\nSANTIAGO, May 2 – Chile and Vietnam want trade to reach $3 billion, officials said.",
      ),
    ).toEqual(["3000000000 USD"]);
  });

  it("does not give a first place to Vietnam when its holder is named after it", () => {
    expect(figures("China, the biggest trading partner of most Gulf states, sent a delegation.")).toEqual([]);
    expect(figures("China is the biggest trading partner of Vietnam.")).toEqual(["1 rank"]);
  });

  it("counts 'the N countries' that a relative clause defines, not ones that point back", () => {
    expect(figures("Peru joins the four countries that already hold that status with Hanoi.")).toEqual(["4 countries"]);
    expect(figures("The four countries signed a joint statement on Friday.")).toEqual([]);
  });

  it("does not count a pair of neighbours", () => {
    expect(figures("Laos and Vietnam are two neighbours with a long shared border.")).toEqual([]);
  });
});
