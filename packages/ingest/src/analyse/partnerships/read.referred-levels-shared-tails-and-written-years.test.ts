import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * Round 10 shapes: a pair named only as "the two" or "their countries", a held level that a hedged verb only develops,
 * a top level referred to with a modifier ("highest diplomatic tier") before a dated list, a subject list dated
 * member by member, a list sharing the predicate ("as are …, all since 2013"), and a year the text writes for a
 * level winning over the story's date. Readings: country code | level | year. Own sentences.
 */
type Case = { name: string; body: string; publishedAt: string; expected: string[] };
const read = (c: Case) => [...new Set(eachPartnership(c.body, c))].sort();

const CASES: Case[] = [
  {
    name: "'the two became' names the story's partner as the holder",
    body: "Canadian Prime Minister met Vietnam's president in Ottawa on Monday, and Canada promised new scholarships. The two became comprehensive partners in 2017, and trade has since doubled.",
    publishedAt: "2026-06-01",
    expected: ["CA|CP|2017"],
  },
  {
    name: "a hedged verb that develops a level leaves the level held, dated by its own clause",
    body: "The Austrian chancellor received Vietnam's prime minister in Vienna on Tuesday. Austria and Vietnam want more trade. The two leaders said they would work to develop the comprehensive partnership that their countries set up in 2019.",
    publishedAt: "2026-04-14",
    expected: ["AT|CP|2019"],
  },
  {
    name: "a modified top reference gives a dated list the highest level, not the level named just before",
    body: "Vietnam and Mexico upgraded their ties to a comprehensive strategic partnership on Monday. They had been comprehensive partners since 2013. Mexico becomes the fifth country in Vietnam's highest diplomatic tier, after China (2008), Russia (2012), India (2016) and South Korea (2022).",
    publishedAt: "2026-05-11",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "KR|CSP|2022", "MX|CSP|2026", "RU|CSP|2012"],
  },
  {
    name: "a subject list dated member by member holds Vietnam's level, each with its bracketed year",
    body: "Vietnam keeps a ladder of partners. Spain (2009), Germany (2011) and Italy (2013) are strategic partners.",
    publishedAt: "2026-02-02",
    expected: ["DE|SP|2011", "ES|SP|2009", "IT|SP|2013"],
  },
  {
    name: "two foreign countries paired as partners of each other stay out",
    body: "Vietnam keeps a ladder of partners. Spain and Germany are strategic partners.",
    publishedAt: "2026-02-02",
    expected: [],
  },
  {
    name: "a list sharing the predicate ('as are …, all since') takes the level and the shared year",
    body: "Vietnam keeps a ladder of partners. Britain (2010) and Germany (2011) are strategic partners, as are France, Singapore and Thailand, all since 2013.",
    publishedAt: "2026-02-02",
    expected: ["DE|SP|2011", "FR|SP|2013", "GB|SP|2010", "SG|SP|2013", "TH|SP|2013"],
  },
  {
    name: "a year written for the level wins over the story's date of a sentence that only deepens it",
    body: "Vietnam and France agreed on Friday to further deepen their comprehensive strategic partnership. Paris and Hanoi became strategic partners in 2013 and lifted the ties to a comprehensive strategic partnership in 2024.",
    publishedAt: "2026-09-21",
    expected: ["FR|CSP|2024"],
  },
  {
    name: "a year written for another pair's ties does not date the story's level",
    body: "The Philippines and Vietnam on Tuesday became strategic partners. Vietnam is the second country with which Manila has a strategic partnership, after Japan, whose ties with the Philippines were raised to that level in 2011.",
    publishedAt: "2015-11-17",
    expected: ["PH|SP|2015"],
  },
];

describe("partnerships: referred levels, shared tails and written years", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual(c.expected));
});
