import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * A sentence that names a partner's earlier level and then, after "and now", describes the top level the ties stand
 * at: the named level is history, and a list set off before ", with which Vietnam has" the described level holds it.
 * Readings: country code | level | year. Own sentences, not the pages'.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };
// one reading per holder and level, as the scorer counts them
const read = (c: Case) => [...new Set(eachPartnership(c.body, c))].sort();

const CASES: Case[] = [
  {
    name: "a list set beside the partner before a described top level holds the top level, not the history's",
    body: "Vietnam and Chile raised their ties to a comprehensive strategic partnership on Monday. Chile was the first Latin American country to sign a strategic partnership with Vietnam and now joins a short list of countries, alongside Brazil and Mexico, with which Vietnam has its highest level of relations.",
    publishedAt: "2026-05-12",
    expected: ["BR|CSP|null", "CL|CSP|2026", "MX|CSP|null"],
  },
  {
    name: "the history named before 'and now' and a top level described after it gives the list no lower level",
    body: "Vietnam and Chile raised their ties to a comprehensive strategic partnership on Monday. Chile had agreed a strategic partnership with Vietnam in 2015 and now stands, alongside Brazil, among the partners with which Vietnam has its highest level of ties.",
    publishedAt: "2026-05-12",
    expected: ["CL|CSP|2026"],
  },
  {
    name: "'that rung' after a history ending 'and now' at a described top rung refers to the top level",
    body: "Vietnam and Peru raised their ties to a comprehensive strategic partnership on Monday. The relationship ran from a comprehensive partnership in 2011 to a strategic partnership in 2018 and now to the highest rung of Vietnam's ladder. That rung had been held by only two countries: China (2008) and Russia (2012).",
    publishedAt: "2026-05-12",
    expected: ["CN|CSP|2008", "PE|CSP|2026", "RU|CSP|2012"],
  },
  {
    name: "a group set 'with' it 'in the comprehensive tier above' the strategic partners holds the top level",
    body: "Vietnam and Chile signed a strategic partnership on Monday. Hanoi has about fifteen such partners, with Japan and Korea in the comprehensive tier above.",
    publishedAt: "2026-05-12",
    expected: ["CL|SP|2026", "JP|CSP|null", "KR|CSP|null"],
  },
];

describe("history before a top level described after 'and now'", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual([...c.expected].sort()));
});
