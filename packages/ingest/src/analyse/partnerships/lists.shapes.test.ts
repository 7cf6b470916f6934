import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * Analysis round 4 (issue 11): the ways real news copy enumerates several of Vietnam's partners and dates them —
 * "respectively", parenthesised years, timelines, colon rolls, flattened tables, "followed by", "the others being",
 * "along with", counts with names, relative years ("last year", "in the same year"). Each shape was collected from
 * published pages and is written here in new words; the readings (country | level | year) were written before the
 * extractor ran on them. A country keeps only its highest level; levels held between two other countries, hoped for
 * or used loosely are not Vietnam's.
 */
type Case = { shape: string; body: string; publishedAt?: string; expected: string[] };

const CASES: Case[] = [
  {
    shape: "three partners and three years joined by 'respectively'",
    body: "Vietnam set up comprehensive strategic partnerships with China, Russia and India in 2008, 2012 and 2016 respectively.",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "RU|CSP|2012"],
  },
  {
    shape: "a year in brackets after each partner",
    body: "Hanoi's comprehensive strategic partners are China (2008), Russia (2012), India (2016) and South Korea (2022).",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "KR|CSP|2022", "RU|CSP|2012"],
  },
  {
    shape: "a month and year in brackets after each partner",
    body: "The newest names on Vietnam's list of comprehensive strategic partners are Australia (March 2024), France (October 2024) and Malaysia (November 2024).",
    expected: ["AU|CSP|2024", "FR|CSP|2024", "MY|CSP|2024"],
  },
  {
    shape: "ordinal timeline across sentences",
    body: "China became Vietnam's first comprehensive strategic partner in 2008. India became the third in 2016, and South Korea the fourth in 2022.",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "KR|CSP|2022"],
  },
  {
    shape: "first holder then 'followed by' others with their years",
    body: "China was the first country to reach the top tier of Vietnam's diplomacy, in 2008, followed by Russia in 2012 and India in 2016.",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "RU|CSP|2012"],
  },
  {
    shape: "colon roll of holders without years",
    body: "Vietnam's comprehensive strategic partners: China, Russia, India, South Korea, the United States and Japan.",
    expected: ["CN|CSP|null", "IN|CSP|null", "JP|CSP|null", "KR|CSP|null", "RU|CSP|null", "US|CSP|null"],
  },
  {
    shape: "count with an ordinal and earlier holders 'earlier that year'",
    body: "Thailand became the thirteenth country to hold a comprehensive strategic partnership with Vietnam in May 2025, after Indonesia and Singapore did so in March 2025.",
    expected: ["ID|CSP|2025", "SG|CSP|2025", "TH|CSP|2025"],
  },
  {
    shape: "'joins X, Y and Z among' the holders, the newcomer dated by the story",
    body: "With the upgrade agreed on Thursday, Malaysia joins China, Russia and India among Vietnam's comprehensive strategic partners.",
    publishedAt: "2024-11-22",
    expected: ["CN|CSP|null", "IN|CSP|null", "MY|CSP|2024", "RU|CSP|null"],
  },
  {
    shape: "'along with' the frameworks already in place, new ones by month",
    body: "Along with the comprehensive strategic partnerships already in place with China, Russia and South Korea, Vietnam agreed the same framework with the United States in September 2023 and with Japan in November 2023.",
    publishedAt: "2023-12-20",
    expected: ["CN|CSP|null", "JP|CSP|2023", "KR|CSP|null", "RU|CSP|null", "US|CSP|2023"],
  },
  {
    shape: "'the others being' a list after one holder",
    body: "Denmark is one of Vietnam's three comprehensive partners in Europe, the others being Hungary and the Netherlands.",
    expected: ["DK|CP|null", "HU|CP|null", "NL|CP|null"],
  },
  {
    shape: "timeline by year, one line each",
    body: "Vietnam's comprehensive strategic partnerships by year of upgrade:\n\n2008: China\n\n2012: Russia\n\n2016: India",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "RU|CSP|2012"],
  },
  {
    shape: "'in the same year' carries the year of the clause before",
    body: "Vietnam and Japan raised ties to a strategic partnership in 2009, and Spain became a strategic partner of Vietnam in the same year.",
    expected: ["ES|SP|2009", "JP|SP|2009"],
  },
  {
    shape: "'last year' counted from the story's date",
    body: "Foreign ministers met in Canberra on Monday. Vietnam raised ties with Australia to a comprehensive strategic partnership last year, and trade has grown since.",
    publishedAt: "2025-03-10",
    expected: ["AU|CSP|2024"],
  },
  {
    shape: "level roll, one level per clause with a dash",
    body: "Hanoi grades its ties: comprehensive strategic partners – China, Russia and India; strategic partners – Germany, Italy and Spain; comprehensive partners – Brazil, Chile and Denmark.",
    expected: [
      "BR|CP|null",
      "CL|CP|null",
      "CN|CSP|null",
      "DE|SP|null",
      "DK|CP|null",
      "ES|SP|null",
      "IN|CSP|null",
      "IT|SP|null",
      "RU|CSP|null",
    ],
  },
  {
    shape: "count with 'namely' and a list",
    body: "Vietnam has four strategic partners in Southeast Asia, namely Indonesia, Thailand, Singapore and the Philippines.",
    expected: ["ID|SP|null", "PH|SP|null", "SG|SP|null", "TH|SP|null"],
  },
  {
    shape: "a year first, then a list of partners signed that year",
    body: "In 2013, Vietnam signed strategic partnerships with Italy, Thailand, Indonesia, Singapore and France.",
    expected: ["FR|SP|2013", "ID|SP|2013", "IT|SP|2013", "SG|SP|2013", "TH|SP|2013"],
  },
  {
    shape: "a pair with two years and ', respectively' at the end",
    body: "Spain and the United Kingdom became strategic partners of Vietnam in 2009 and 2010, respectively.",
    expected: ["ES|SP|2009", "GB|SP|2010"],
  },
  {
    shape: "'with X in Month Year and with Y in Month Year'",
    body: "Hanoi raised relations to a comprehensive strategic partnership with New Zealand in February 2025 and with Indonesia in March 2025.",
    expected: ["ID|CSP|2025", "NZ|CSP|2025"],
  },
  {
    shape: "a table flattened to rows with bars",
    body: "Vietnam's partners at a glance\n\nCountry | Level | Since\n\nChina | Comprehensive strategic partnership | 2008\n\nRussia | Comprehensive strategic partnership | 2012\n\nGermany | Strategic partnership | 2011",
    expected: ["CN|CSP|2008", "DE|SP|2011", "RU|CSP|2012"],
  },
  {
    shape: "bulleted partners with bracketed years under a level heading",
    body: "Vietnam's strategic partners in Europe include:\n\n- Spain (2009)\n\n- the United Kingdom (2010)\n\n- Germany (2011)",
    expected: ["DE|SP|2011", "ES|SP|2009", "GB|SP|2010"],
  },
  {
    shape: "appositions each with 'since' and a bare year for the second",
    body: "Thailand, a strategic partner since 2013, and the Philippines, since 2015, both sent ministers to the Hanoi meeting.",
    expected: ["PH|SP|2015", "TH|SP|2013"],
  },
  {
    shape: "months without years in a story about that year",
    body: "Vietnam's diplomats had a busy year. Hanoi upgraded its ties to a comprehensive strategic partnership with the United States in September and with Japan in November.",
    publishedAt: "2023-12-22",
    expected: ["JP|CSP|2023", "US|CSP|2023"],
  },
  {
    shape: "a count with the latest holders named",
    body: "Vietnam now counts 12 comprehensive strategic partners, the latest being New Zealand, Indonesia and Singapore.",
    expected: ["ID|CSP|null", "NZ|CSP|null", "SG|CSP|null"],
  },
  {
    shape: "a pair dated together with 'both in'",
    body: "Italy and France became strategic partners of Vietnam, both in 2013.",
    expected: ["FR|SP|2013", "IT|SP|2013"],
  },
  {
    shape: "'following' a list of earlier holders after a newcomer",
    body: "The upgrade makes the United States the fifth country to reach Vietnam's highest level of ties, following China, Russia, India and South Korea.",
    publishedAt: "2023-09-11",
    expected: ["CN|CSP|null", "IN|CSP|null", "KR|CSP|null", "RU|CSP|null", "US|CSP|2023"],
  },
  {
    shape: "an older level and the year of the upgrade for one partner in a list",
    body: "India, a strategic partner since 2007, was raised to a comprehensive strategic partnership in 2016, while Japan has been a strategic partner since 2009.",
    expected: ["IN|CSP|2016", "JP|SP|2009"],
  },
  // Precision: lists that are not Vietnam's frameworks.
  {
    shape: "another country's list of partners (not Vietnam's)",
    body: "Indonesia, which holds comprehensive strategic partnerships with China, Australia and the United States, signed a fisheries deal with Vietnam on Monday.",
    expected: [],
  },
  {
    shape: "partnerships only hoped for with several countries",
    body: "Vietnam hopes to lift its ties with Brazil, Chile and Argentina to strategic partnerships in the coming years.",
    expected: [],
  },
  {
    shape: "a third country's roll of partners",
    body: "India lists Japan, Australia and Indonesia as its comprehensive strategic partners in the region.",
    expected: [],
  },
  {
    shape: "'strategic partners' used loosely for investors",
    body: "Vietnam's chip plan treats companies from Japan, South Korea and Taiwan as strategic partners for new factories.",
    expected: [],
  },
];

const read = (c: Case) => eachPartnership(c.body, { publishedAt: c.publishedAt ?? "2025-06-15" }).sort();

describe("partnerships: lists of partners and their years (round 4 shapes)", () => {
  it.each(CASES.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c)).toEqual(c.expected);
  });
});

/**
 * Written after the first run, for rules added while reading the released blind sets' partnership misses and the new
 * q9-11..13 pages; each in new words, each able to fail without its rule.
 */
const FOLLOW_UPS: Case[] = [
  {
    shape: "an elliptic 'similar pacts' clause before a clause with a level of its own",
    body: "Malaysia and Vietnam set up a strategic partnership on Tuesday. Indonesia and Thailand signed similar pacts with Hanoi earlier this year, while China stands above them all as a comprehensive strategic partner.",
    publishedAt: "2015-08-20",
    expected: ["CN|CSP|null", "ID|SP|2015", "MY|SP|2015", "TH|SP|2015"],
  },
  {
    shape: "a year closing the 'from' level right before 'to' the new one",
    body: "Canberra and Hanoi went from the strategic partnership they signed in 2018 straight to a comprehensive strategic partnership on Thursday.",
    publishedAt: "2024-03-08",
    expected: ["AU|CSP|2024"],
  },
  {
    shape: "a colon roll whose first member carries a dated relative aside",
    body: "Vietnam's top tier has a short roll: China, which gained it in 2008, Russia in 2012 and India in 2016.",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "RU|CSP|2012"],
  },
  {
    shape: "an ordinal tail naming an earlier holder after a described top level",
    body: "The deal, which replaces the strategic partnership of 2013, makes Italy one of 15 countries to hold Vietnam's highest level of ties, and the third in Europe after France.",
    publishedAt: "2025-11-02",
    expected: ["FR|CSP|null", "IT|CSP|2025"],
  },
  {
    shape: "a union used as a modifier of its members, and a holder added after a dash aside with 'and with'",
    body: "Vietnam has strategic partnerships with three EU member states – Germany, Italy and Spain – and with the United Kingdom, which left the bloc in 2020.",
    expected: ["DE|SP|null", "ES|SP|null", "GB|SP|null", "IT|SP|null"],
  },
  {
    shape: "a bulleted group dated together with 'both'",
    body: "Vietnam's comprehensive strategic partners:\n\n- China (2008)\n\n- United States, Japan (both 2023)",
    expected: ["CN|CSP|2008", "JP|CSP|2023", "US|CSP|2023"],
  },
  {
    shape: "an earlier holder 'days after a similar upgrade with'",
    body: "Vietnam and Singapore lifted their ties to a comprehensive strategic partnership on Wednesday, days after a similar upgrade with Indonesia.",
    publishedAt: "2025-03-12",
    expected: ["ID|CSP|2025", "SG|CSP|2025"],
  },
  {
    shape: "a country that takes a count of holders on, dated by a month in its own clause",
    body: "Looking back on the year: Malaysia became Vietnam's eighth comprehensive strategic partner in March, and in late November Brazil, a strategic partner since 2024, brought the total to nine.",
    publishedAt: "2026-12-28",
    expected: ["BR|CSP|2026", "MY|CSP|2026"],
  },
];

describe("partnerships: round 4 follow-ups from released pages", () => {
  it.each(FOLLOW_UPS.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c)).toEqual(c.expected);
  });
});

/**
 * A level referred back to by description in the sentence after the news ("shares that partnership level with …",
 * "the same partnership Vietnam has with …"): the listed countries hold the level just named. Written by the lead
 * after the round, from the shape of unseen misses (their counts, not their text); they failed before the references
 * were added to data/partnerships.json.
 */
const LEAD = "Vietnam and Kazakhstan elevated their relations to a comprehensive strategic partnership on Tuesday.";
const REFERRED_BACK: Case[] = [
  "Kazakhstan now shares that partnership level with China, Russia and India.",
  "The partnership is the one Hanoi also keeps with China, Russia and India.",
  "It is the same partnership Vietnam has with China, Russia and India.",
  "Only China, Russia and India held that partnership before.",
  "Vietnam already has this kind of partnership with China, Russia and India.",
].map((second) => ({
  shape: second,
  body: `${LEAD}\n\n${second}`,
  publishedAt: "2025-05-06",
  expected: ["CN|CSP|null", "IN|CSP|null", "KZ|CSP|2025", "RU|CSP|null"],
}));

describe("partnerships: a level referred back to by description", () => {
  it.each(REFERRED_BACK.map((c) => [c.shape, c] as const))("gives the level to the list in '%s'", (_shape, c) => {
    expect(read(c)).toEqual(c.expected);
  });
});
