import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * One level handed to a party coordinated after it ("… to a comprehensive strategic partnership in 2023 and with
 * Australia in March"), a level named after "the top", and a clause opened by "during which" whose own subject is a
 * foreign country. Readings: country code | level | year. Own sentences.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };
const read = (c: Case) => [...new Set(eachPartnership(c.body, c))].sort();

const CASES: Case[] = [
  {
    name: "'and with X in March' after a single holder's level gives X the level and its own month's year",
    body: "Hanoi raised ties with Canada to a comprehensive partnership in 2017 and with Hungary in May.",
    publishedAt: "2018-09-12",
    expected: ["CA|CP|2017", "HU|CP|2018"],
  },
  {
    name: "the year before 'and with' stays with the group before it",
    body: "Vietnam lifted relations with Denmark and Norway to a comprehensive partnership in 2013 and with Chile in October last year.",
    publishedAt: "2016-02-02",
    expected: ["CL|CP|2015", "DK|CP|2013", "NO|CP|2013"],
  },
  {
    name: "a coordinated party may come before the same level is named again",
    body: "Vietnam elevated its ties with Peru and Mexico to the Comprehensive Partnership in April and June, and with Chile in November, bringing its comprehensive partners to twelve.",
    publishedAt: "2026-12-20",
    expected: ["CL|CP|2026", "MX|CP|2026", "PE|CP|2026"],
  },
  {
    name: "'to the top Comprehensive Strategic Partnership level' names the level",
    body: "Vietnam has been busy. It raised ties with Brazil and Mexico to the top Comprehensive Strategic Partnership level in 2026.",
    publishedAt: "2026-12-20",
    expected: ["BR|CSP|2026", "MX|CSP|2026"],
  },
  {
    name: "a 'during which' clause with a foreign subject is that country's, not Vietnam's",
    body: "The stop in Hanoi follows the chancellor's trips to Lima and Bogota in May, during which Austria raised its relations with Peru and Colombia to strategic partnerships.",
    publishedAt: "2026-07-01",
    expected: [],
  },
];

describe("coordinated parties and foreign clauses", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual([...c.expected].sort()));
});
