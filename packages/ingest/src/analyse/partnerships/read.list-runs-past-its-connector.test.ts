import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * A sentence that names one level and lists two or more of its holders keeps listing them past the connector the
 * main pass reads: a second "and with …" group, a new verb ("and added …", "; it signed …"), a last pair with a
 * shared year ("and X and Y, both in 2023"), or a later holder dated by a time word. A turn ("while", "but"), a plan
 * ("is set to") or a preposition that makes the country something else ends the list. Own sentences.
 * Readings: country code | level | year, as the scorer reads them (first year found per country and level).
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };
const read = (c: Case) => {
  const seen = new Map<string, string>();
  for (const r of eachPartnership(c.body, c)) {
    const key = r.split("|").slice(0, 2).join("|");
    const prior = seen.get(key);
    if (!prior || (prior.endsWith("|null") && !r.endsWith("|null"))) seen.set(key, r);
  }
  return [...seen.values()].sort();
};

const CASES: Case[] = [
  {
    name: "a second 'and with' group holds the same level",
    body: "Hanoi signed strategic partnerships with Russia (2001), Japan and India, and later with Spain and Germany as its reach widened.",
    publishedAt: "2019-06-10",
    expected: ["DE|SP|null", "ES|SP|null", "IN|SP|2019", "JP|SP|2019", "RU|SP|2001"],
  },
  {
    name: "a new verb after the list ('and added') keeps its level, dated by its own month",
    body: "In Africa, Vietnam holds comprehensive partnerships with Algeria, since 2011, Egypt, since 2016, and Nigeria, since 2019, and added Kenya in March.",
    publishedAt: "2026-07-20",
    expected: ["DZ|CP|2011", "EG|CP|2016", "KE|CP|2026", "NG|CP|2019"],
  },
  {
    name: "the last pair shares the year written after it",
    body: "Hanoi's comprehensive strategic partners are China, since 2008; Russia, 2012; India, 2016; and Japan and Australia, both in 2024.",
    publishedAt: "2025-01-15",
    expected: ["AU|CSP|2024", "CN|CSP|2008", "IN|CSP|2016", "JP|CSP|2024", "RU|CSP|2012"],
  },
  {
    name: "a holder after a semicolon is dated by 'last year' before it",
    body: "The comprehensive partners include Chile (2009), Denmark (2013); since May last year, Canada too.",
    publishedAt: "2018-09-01",
    expected: ["CA|CP|2017", "CL|CP|2009", "DK|CP|2013"],
  },
  {
    name: "a year written in the stretch before a holder dates it and the bare list after it",
    body: "Strategic partnerships followed with Spain (2009), Britain (2010) and, after a busy round of visits in 2013, with Italy, Thailand and Singapore.",
    publishedAt: "2014-04-01",
    expected: ["ES|SP|2009", "GB|SP|2010", "IT|SP|2013", "SG|SP|2013", "TH|SP|2013"],
  },
  {
    name: "a holder dated only by 'the same month' of some other event is left out",
    body: "Hanoi holds comprehensive partnerships with Chile, since 2009, Argentina, since 2010, and Mexico, since 2013, and added Peru on a tour of the Andes the same month.",
    publishedAt: "2025-03-01",
    expected: ["AR|CP|2010", "CL|CP|2009", "MX|CP|2013"],
  },
  {
    name: "a turn ('while') ends the list",
    body: "Vietnam has strategic partnerships with Spain (2009), Germany (2011) and Italy (2013), while ties with Poland still rest on trade.",
    publishedAt: "2020-03-03",
    expected: ["DE|SP|2011", "ES|SP|2009", "IT|SP|2013"],
  },
  {
    name: "a plan after the list ('is set to') is no holder",
    body: "This year alone Vietnam has signed strategic partnerships with Thailand, Italy and Indonesia, and it is set to sign one with France next month.",
    publishedAt: "2013-08-01",
    expected: ["ID|SP|2013", "IT|SP|2013", "TH|SP|2013"],
  },
  {
    name: "a country after 'against' or 'from' is no holder",
    body: "Vietnam has comprehensive strategic partnerships with China, Russia and India, and has guarded its seas against Japan's rivals for decades.",
    publishedAt: "2020-03-03",
    expected: ["CN|CSP|null", "IN|CSP|null", "RU|CSP|null"],
  },
];

describe("a list of one level's holders runs past its connector", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual(c.expected));
});
