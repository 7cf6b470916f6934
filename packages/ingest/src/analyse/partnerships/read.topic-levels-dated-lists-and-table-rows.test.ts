import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * Holders that come after their level: a level named as a paragraph's topic passes to a dated chronology in the
 * sentences and paragraph after it (headings and questions between do not end it; a paragraph of prose does), and
 * the rows of a table of partners hold the level their row names, in full or by its initials. Own sentences.
 * Readings: country code | level initials | year, one per country and level.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };

const CASES: Case[] = [
  {
    name: "a dated chronology in the next paragraph holds the level the paragraph before named",
    body: [
      "Vietnam keeps a ranked list of partners, and at its head stands the comprehensive strategic partnership. It took two decades to build.",
      "The club grew slowly at first. Its early names, in order, were China (2008), Russia (2012) and India (2016).",
    ].join("\n\n"),
    publishedAt: "2021-05-02",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "RU|CSP|2012"],
  },
  {
    name: "a question line between the topic and its answer does not end the topic",
    body: [
      "The strategic partnership is the middle rung of Vietnam's ladder. It is also the one Hanoi has handed out most often.",
      "Who holds it?",
      "For a start, Japan (2006), India (2007) and Spain (2009) do.",
    ].join("\n\n"),
    publishedAt: "2010-03-01",
    expected: ["ES|SP|2009", "IN|SP|2007", "JP|SP|2006"],
  },
  {
    name: "a paragraph of prose between ends the topic",
    body: [
      "Vietnam and Chile agreed a comprehensive partnership, the entry level of Hanoi's ladder, in 2009.",
      "Officials in both capitals praised the work of their trade offices over the past decade and more.",
      "Earlier visits had taken the president to Peru (2004), Brazil (2006) and Cuba (2008).",
    ].join("\n\n"),
    publishedAt: "2009-11-12",
    expected: ["CL|CP|2009"],
  },
  {
    name: "a dated list of another kind of agreement takes no level",
    body: [
      "Vietnam keeps a ranked list, and the comprehensive strategic partnership is at its head, given to China in 2008.",
      "Trade deals came on their own calendar, with Japan (2008) and Chile (2011) in the lead.",
    ].join("\n\n"),
    publishedAt: "2014-06-01",
    expected: ["CN|CSP|2008"],
  },
  {
    name: "a sentence that opens on one level and compares it with another is about the first",
    body: "The strategic partnership ranks above a comprehensive partnership in Vietnam's order. Mexico reached it in 2021.",
    publishedAt: "2022-01-20",
    expected: ["MX|SP|2021"],
  },
  {
    name: "rows of a table hold the level they name, in full or by its initials",
    body: [
      "Partners at a glance",
      "Partner | Level | Since",
      "Germany | SP | 2011",
      "Denmark | Comprehensive Partnership | 2013",
      "Thailand | SP | 2013",
    ].join("\n\n"),
    publishedAt: "2019-09-09",
    expected: ["DE|SP|2011", "DK|CP|2013", "TH|SP|2013"],
  },
  {
    name: "rows that name no level hold the one their header names",
    body: [
      "Vietnam's partners at the top",
      "Partner: Comprehensive strategic partner since",
      "China: 2008",
      "Russia: 2012",
      "India: 2016",
      "The list is kept by the foreign ministry.",
    ].join("\n\n"),
    publishedAt: "2020-01-01",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "RU|CSP|2012"],
  },
  {
    name: "a row's level cell is its level whatever its notes cell says of another level",
    body: [
      "Partner | Level | Year | Notes",
      "Mongolia | CP | 2024 | —",
      "Brazil | SP | 2024 | Upgraded during a presidential visit to Brasilia",
      "Cambodia | SP | 2013 | CSP expected next year after talks",
    ].join("\n\n"),
    publishedAt: "2025-01-10",
    expected: ["BR|SP|2024", "KH|SP|2013", "MN|CP|2024"],
  },
  {
    name: "one row-shaped line alone is no table",
    body: "Germany | SP | 2011\n\nThe minister flew to Berlin on Monday for talks on trade.",
    publishedAt: "2019-09-09",
    expected: [],
  },
];

describe("holders that come after their level", () => {
  for (const c of CASES) it(c.name, () => expect(partnershipPerLevel(c.body, c)).toEqual(c.expected));
});
