import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";
import { analyseArticle } from "../index.js";

// Own sentences. A review's list keyed by month, a paragraph that opens on its time frame, and a plural relative
// clause after a group of holders.
const read = (body: string, publishedAt: string, title = "Diplomacy") => partnershipKeys(body, publishedAt, title);

describe("partnerships: a list of the year's frameworks keyed by month", () => {
  const body = [
    "Hanoi had a busy twelve months abroad, officials say.",
    "The frameworks agreed, one after another:",
    "- March: Peru – strategic partnership, during a minister's tour",
    "- October: Chile – comprehensive partnership; Mexico – strategic partnership",
    "- Kenya – comprehensive partnership",
  ].join("\n");

  it("dates an entry labelled by a month with the page's year", () => {
    expect(read(body, "2019-12-20")).toEqual(
      expect.arrayContaining([
        "PE|Strategic Partnership|2019",
        "CL|Comprehensive Partnership|2019",
        "MX|Strategic Partnership|2019",
      ]),
    );
  });

  it("gives an entry printed after the dated ones without a month the same year", () => {
    expect(read(body, "2019-12-20")).toContain("KE|Comprehensive Partnership|2019");
  });
});

describe("partnerships: a paragraph opening on its time frame", () => {
  it("dates the changes of the next sentence by the year the paragraph opens on", () => {
    const body =
      "Officials met in Hanoi on Tuesday to plan the year.\n\nLast year was a crowded one for the ministry. Hanoi raised its ties with Peru and Chile to strategic partnerships, the minister said.";
    expect(read(body, "2024-03-05")).toEqual(["CL|Strategic Partnership|2023", "PE|Strategic Partnership|2023"]);
  });

  it("keeps the page's year for a sentence with a time word of its own", () => {
    const body =
      "Officials met in Hanoi to plan the year.\n\nLast year was a crowded one for the ministry. Today Hanoi raised its ties with Peru to a strategic partnership, the minister said.";
    expect(read(body, "2024-03-05")).toEqual(["PE|Strategic Partnership|2024"]);
  });
});

describe("partnerships: a plural relative clause after a group", () => {
  it("dates every member of the group", () => {
    const body =
      "Vietnam counts several comprehensive partners, among them Chile and Peru, which have held that status since 2011.";
    expect(read(body, "2016-05-01")).toEqual([
      "CL|Comprehensive Partnership|2011",
      "PE|Comprehensive Partnership|2011",
    ]);
  });
});

describe("partnerships: a timeline entry labelled by its year", () => {
  it("gives its year to the level an opening summary dated by the page's own year", () => {
    const body = [
      "Half a century after Peru and Vietnam established diplomatic ties, the relationship sits on the top rung of Vietnam's ladder.",
      "Milestones",
      "2012: a trade agreement is signed in Hanoi.",
      "2017: Peru's president visits Hanoi and the two sides raise ties to a comprehensive strategic partnership.",
    ].join("\n\n");
    const found = analyseArticle(body, { title: "Peru and Vietnam at fifty", publishedAt: "2024-06-01" }).partnerships;
    expect(found.map((p) => `${p.countryCode}|${p.level}|${p.year ?? "-"}`)).toEqual([
      "PE|Comprehensive Strategic Partnership|2017",
      "PE|Comprehensive Strategic Partnership|2017",
    ]);
  });
});
