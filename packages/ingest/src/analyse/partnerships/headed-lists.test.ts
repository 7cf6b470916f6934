import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * A level stated once above its holders: a heading, a table's caption, a slide's title or a lead-in that points back
 * at the level ("that rung"), over one holder a line, a row or a bullet, each with its own date. Own lines, written
 * before the reader ran on them. Readings: country code | level initials | year.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };

const CASES: Case[] = [
  {
    name: "a note on an item's history after its date names older levels without ending the list",
    body: [
      "TOP TIER",
      "Comprehensive strategic partners",
      "Peru – 2019, raised from a strategic partnership agreed in 2010",
      "Chile – March 2021, after a comprehensive partnership of 2012",
      "Kenya – 2022; strategic partners since 2015",
      "Mexico – 2023",
    ].join("\n\n"),
    publishedAt: "2024-01-10",
    expected: ["CL|CSP|2021", "KE|CSP|2022", "MX|CSP|2023", "PE|CSP|2019"],
  },
  {
    name: "a slide's title naming a level gives it to the dotted lines under it, each with its own year",
    body: [
      "Upper rung – Comprehensive strategic partnership",
      "Australia ...... 2024",
      "Malaysia ....... 2024 (strategic since 2015)",
      "Japan .......... 2023",
      "Officials expect the list to grow again next year as more neighbours seek an upgrade.",
    ].join("\n\n"),
    publishedAt: "2024-12-01",
    expected: ["AU|CSP|2024", "JP|CSP|2023", "MY|CSP|2024"],
  },
  {
    name: "a heading naming another level ends the first list and starts its own",
    body: [
      "Strategic partnership (examples)",
      "Spain ...... 2009",
      "Italy ...... 2013",
      "Comprehensive partnership (examples)",
      "Canada ..... 2017",
      "Hungary .... 2018",
    ].join("\n\n"),
    publishedAt: "2020-01-01",
    expected: ["CA|CP|2017", "ES|SP|2009", "HU|CP|2018", "IT|SP|2013"],
  },
  {
    name: "a lead-in pointing back at the level gives the one read just before to the dated lines under it",
    body: [
      "Chile and Vietnam agreed a comprehensive partnership on Tuesday, the entry rung of Hanoi's ladder.",
      "Here are the others on that rung:",
      "March 2004 - South Africa",
      "November 2010 - Argentina",
      "The agreement covers trade, farming and mining.",
    ].join("\n\n"),
    publishedAt: "2009-11-12",
    expected: ["AR|CP|2010", "CL|CP|2009", "ZA|CP|2004"],
  },
  {
    name: "a table's rows hold the caption's level whatever their notes column says, with the year of their own row",
    body: [
      "Strategic partners of Vietnam (selected)",
      "No. | Partner | Agreed | Notes",
      "1 | Spain | 2009 | First in the European Union",
      "2 | Germany | 2011 | Signed during a chancellor's visit to Hanoi",
      "3 | Italy | 2013 | —",
    ].join("\n\n"),
    publishedAt: "2020-01-01",
    expected: ["DE|SP|2011", "ES|SP|2009", "IT|SP|2013"],
  },
  {
    name: "a date alone on the line above a country dates it",
    body: [
      "VIETNAM'S COMPREHENSIVE STRATEGIC PARTNERS",
      "2008",
      "CHINA",
      "2012",
      "RUSSIA",
      "upgraded from strategic partnership (2001)",
      "2016",
      "INDIA",
    ].join("\n\n"),
    publishedAt: "2017-01-01",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "RU|CSP|2012"],
  },
  {
    name: "a heading naming two levels through shared words gives neither",
    body: ["Strategic and comprehensive strategic partners", "Japan ...... 2009", "India ...... 2016"].join("\n\n"),
    publishedAt: "2017-01-01",
    expected: [],
  },
  {
    name: "lines that say more than a holder and its date are prose, not items",
    body: [
      "Comprehensive partnership",
      "Brazil sent its foreign minister to Hanoi in 2007 to talk about coffee",
      "Mexico hosted a trade fair with Vietnamese firms in 2012 and again later",
    ].join("\n\n"),
    publishedAt: "2013-01-01",
    expected: [],
  },
];

describe("a level's scope over the lines under its heading", () => {
  for (const c of CASES) it(c.name, () => expect(partnershipPerLevel(c.body, c)).toEqual(c.expected));
  it("gives nothing to the lines under a heading naming another country's frameworks", () => {
    const body = ["Australia's comprehensive strategic partners", "Indonesia ...... 2018", "India ...... 2020"].join(
      "\n\n",
    );
    const found = partnershipPerLevel(body, { publishedAt: "2021-01-01" });
    expect(found.filter((p) => p.startsWith("ID|") || p.startsWith("IN|"))).toEqual([]);
  });
});
