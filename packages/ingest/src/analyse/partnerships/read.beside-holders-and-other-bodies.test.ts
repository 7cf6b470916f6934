import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * Countries set beside a holder ("putting X on par with A and B in Vietnam's ranking", "counts X alongside A, B among its
 * … partners", "places X in the same tier as A, B" after an upgrade) hold the holder's level; a "similar deal" taken
 * with a bloc is not Vietnam's. Readings: country code | level | year. Own sentences.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };
const read = (c: Case) => [...new Set(eachPartnership(c.body, c))].sort();

const CASES: Case[] = [
  {
    name: "'putting X on par with A and B in Vietnam's ranking' gives A and B the level X was raised to",
    body: "Hanoi and Ottawa raised ties to a comprehensive strategic partnership in 2026, putting Canada on par with India and South Korea in Vietnam's diplomatic ranking.",
    publishedAt: "2026-11-03",
    expected: ["CA|CSP|2026", "IN|CSP|null", "KR|CSP|null"],
  },
  {
    name: "'counts X alongside A, B among its … partners' reads the level named after the list",
    body: "Vietnam and Brazil upgraded their relations to a comprehensive strategic partnership on Friday. Vietnam now counts Brazil alongside China, Russia and Japan among its comprehensive strategic partners.",
    publishedAt: "2026-05-09",
    expected: ["BR|CSP|2026", "CN|CSP|null", "JP|CSP|null", "RU|CSP|null"],
  },
  {
    name: "'the same tier as' after an upgrade is the new tier, not the old level named last",
    body: "Mexico and Vietnam raised their ties to a comprehensive strategic partnership on Tuesday. The two countries had become strategic partners in 2019. The upgrade places Mexico in the same tier as China, India and Japan in Hanoi's hierarchy.",
    publishedAt: "2026-06-16",
    expected: ["CN|CSP|null", "IN|CSP|null", "JP|CSP|null", "MX|CSP|2026"],
    // one reading per partner: the old level gives way to the upgrade
  },
  {
    name: "a comparison of trade 'on par with' another country sets no level",
    body: "Vietnam and Chile set up a comprehensive partnership in 2009. Vietnam's coffee exports to Chile are now on par with those to Peru and Argentina.",
    publishedAt: "2026-06-16",
    expected: ["CL|CP|2009"],
  },
  {
    name: "countries interested in 'similar deals with the union' hold nothing of Vietnam's",
    body: "Vietnam and Kazakhstan set up a strategic partnership in 2026. Officials said some 30 countries, including Egypt, Israel and Indonesia, had shown interest in similar deals with the union.",
    publishedAt: "2026-05-29",
    expected: ["KZ|SP|2026"],
  },
];

describe("holders set beside another and steps taken with other bodies", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual([...c.expected].sort()));
});
