import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/**
 * Analysis round 8 (issue 11): figure and organisation shapes from the released blind sets' misses, each written in new
 * sentences. Figures: counts a speaker gives inside a quotation, clock times, a bare figure followed by a verb (its noun
 * named before), war tolls, power capacities, a rank's field ("ninth among 150"), a small count the names after a colon
 * spell out, "the two <bloc> members", plurals joined into one kind of people, frequency adjectives in a counted phrase,
 * and currencies written as Gulf abbreviations or with a hyphened scale. Organisations: funding programmes and one
 * state's aid agency are not international bodies, a heading's "International Organizations" is a common noun, and
 * the British "Asean" inside a longer name.
 */
const figures = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-05-10", title: null })
    .indicators.map((f) => `${f.value} ${f.unit}`)
    .sort();
const orgs = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-05-10", title: null })
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name)
    .sort();

describe("figures that are not tracked", () => {
  it("drops a count a speaker gives inside a quotation but keeps the reported money", () => {
    const body =
      'Exports to Chile rose to 1.4 billion USD last year. "We are opening doors to 19 million consumers," the minister said.';
    expect(figures(body)).toEqual(["1400000000 USD"]);
  });

  it("reads a count after a quotation closed earlier in the sentence", () => {
    const body =
      'There is room to grow," he said, noting that 240 Vietnamese engineers had trained in Peru since the agreement.';
    expect(figures(body)).toEqual(["240 engineers"]);
  });

  it("skips a clock time written with a colon", () => {
    expect(figures("Posted: 9:40 a.m.\n\nTrade with Peru reached 900 million USD in 2023.")).toEqual(["900000000 USD"]);
  });

  it("skips war tolls of the missing", () => {
    const body = "Both sides still look for some 2,500 servicemen listed as missing in action after the border war.";
    expect(figures(body)).toEqual([]);
  });

  it("treats a power capacity as a measurement", () => {
    const body = "The wind farm, financed with a 300 million USD loan, will have a capacity of 450 megawatts.";
    expect(figures(body)).toEqual(["300000000 USD"]);
  });

  it("takes the field after a rank as its total, not as a second count", () => {
    const body = "Chile ranks 31st among 150 countries and territories investing in Vietnam, with 40 projects.";
    expect(figures(body)).toEqual(["31 rank", "40 projects"]);
  });

  it("drops a small count that the names after a colon spell out", () => {
    const body = "Hanoi has defence dialogues with four Nordic countries: Denmark, Finland, Norway and Sweden.";
    expect(figures(body)).toEqual([]);
  });

  it("keeps a count followed by a colon that opens no list of names", () => {
    const body = "The fair drew 4,000 visitors: most of them came from the region.";
    expect(figures(body)).toEqual(["4000 visitors"]);
  });

  it("reads 'the two ASEAN members' as the pair the story is about, but counts 'two crew members'", () => {
    expect(figures("The two ASEAN members pledged closer ties.")).toEqual([]);
    expect(figures("The collision injured two crew members of the trawler.")).toEqual(["2 members"]);
  });
});

describe("what a figure counts", () => {
  it("counts plurals joined by 'and' as people", () => {
    expect(figures("A delegation of 60 scholars and journalists arrived in Lima on Monday.")).toEqual(["60 people"]);
  });

  it("keeps the first noun when the comma opens an aside rather than a list", () => {
    const body = "The minister travelled with 30 executives, including representatives of two banks.";
    expect(figures(body)).toContain("30 executives");
    expect(figures(body)).not.toContain("30 people");
  });

  it("keeps a frequency adjective inside the counted phrase", () => {
    expect(figures("The airline will operate five weekly flights to Lima.")).toEqual(["5 flights"]);
  });

  it("takes the noun named before a bare figure followed by a verb", () => {
    const body = "About 900 Vietnamese students attend universities in Chile, and some 150 already work in Santiago.";
    expect(figures(body)).toEqual(["150 students", "900 students"]);
  });

  it("drops a bare figure followed by a verb when nothing before names it", () => {
    expect(figures("An estimated 40,000 holding work permits were counted.")).toEqual([]);
  });

  it("reads Gulf currency abbreviations and a scale hyphened after a currency sign", () => {
    expect(figures("Emirati firms pledged Dh4 billion for the port.")).toEqual(["4000000000 AED"]);
    expect(figures("Saudi investors eye projects worth SR1.5 billion.")).toEqual(["1500000000 SAR"]);
    expect(figures("Tokyo offered a ¥45-billion loan for the metro line.")).toEqual(["45000000000 JPY"]);
  });
});

describe("organisations", () => {
  it("does not read a funding programme as an organisation", () => {
    const body = "Chile joined the Just Energy Transition Partnership donors, while the World Bank added a loan.";
    expect(orgs(body)).toEqual(["World Bank"]);
  });

  it("does not read one state's aid agency as an international organisation", () => {
    expect(orgs("USAID and the Asian Development Bank will fund the project.")).toEqual(["Asian Development Bank"]);
  });

  it("does not read a title-case common noun as a body", () => {
    expect(orgs("Peru's Role in International Organizations\n\nPeru and Vietnam met at the United Nations.")).toEqual([
      "United Nations",
    ]);
  });

  it("reads the British 'Asean' inside a longer name", () => {
    expect(orgs("The ministers met on the sidelines of the Asean Regional Forum.")).toEqual(["ASEAN Regional Forum"]);
  });

  it("reads the capitalised Customs Union as the bloc, not a lower-case customs union", () => {
    expect(orgs("Armenia began talks with the Customs Union on tariffs.")).toEqual(["Eurasian Customs Union"]);
    expect(orgs("Turkey is in a customs union with Europe's single market.")).toEqual([]);
  });
});
