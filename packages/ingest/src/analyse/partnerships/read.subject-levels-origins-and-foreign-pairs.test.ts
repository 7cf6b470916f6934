import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * "this level" read by the level its own subject holds, a renamed framework keeping the year it was first held, and
 * the frameworks two foreign sides keep between themselves (a foreign pair's "their own relationship", a capital as a
 * possessor, "between A and B"). Readings: country code | level | year. Own sentences, not the pages'.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };
// one reading per holder and level, as the scorer counts them
const read = (c: Case) => [...new Set(eachPartnership(c.body, c))].sort();

const CASES: Case[] = [
  {
    name: "'this level' after a subject read as a holder is the subject's level, not a history clause's",
    body: "Vietnam and Chile agreed on Tuesday to raise ties to a comprehensive strategic partnership. It is the first change since they became strategic partners in 2016. Chile becomes the seventh country at this level, after China, Russia and India.",
    publishedAt: "2026-05-12",
    expected: ["CL|CSP|2026", "CN|CSP|null", "IN|CSP|null", "RU|CSP|null"],
  },
  {
    name: "a sentence naming its level by reference passes it on to 'the same level'",
    body: "Vietnam and Chile agreed on Tuesday to raise ties to a comprehensive strategic partnership. It is the first change since they became strategic partners in 2016. Chile becomes the seventh country at this level. Mexico reached the same level last year.",
    publishedAt: "2026-05-12",
    expected: ["CL|CSP|2026", "MX|CSP|2025"],
  },
  {
    name: "a framework renamed at the same rank keeps the year it was set up",
    body: "Vietnam and Japan agreed on Tuesday to raise the strategic partnership, established in 2009, to an extensive strategic partnership for peace and prosperity.",
    publishedAt: "2014-03-18",
    expected: ["JP|SP|2009"],
  },
  {
    name: "the origin of 'the' level given in a sentence naming no holder dates the story's only news",
    body: "Vietnam and Japan agreed on Tuesday to elevate their ties to an extensive strategic partnership. The new framework deepens the strategic partnership set up in 2009.",
    publishedAt: "2014-03-18",
    expected: ["JP|SP|2009"],
  },
  {
    name: "a foreign pair raising 'their own relationship' holds nothing with Vietnam",
    body: "Vietnam and Australia signed a strategic partnership in March. The visit came weeks after Australia and Indonesia agreed to lift their own relationship to a comprehensive strategic partnership.",
    publishedAt: "2018-10-02",
    expected: ["AU|SP|2018"],
  },
  {
    name: "a capital's possessive names a foreign holder of a named framework",
    body: "He cited Washington's Comprehensive Global Strategic Partnership with India and noted that Washington and Hanoi had lifted their ties to a comprehensive strategic partnership in September 2023.",
    publishedAt: "2024-06-01",
    expected: ["US|CSP|2023"],
  },
  {
    name: "a level 'between' two foreign sides is not Vietnam's",
    body: "The ministers of Vietnam and its neighbours noted the strategic partnership between ASEAN and China, which several members welcomed.",
    publishedAt: "2020-12-10",
    expected: [],
  },
  {
    name: "a level written in another word order is read at its level",
    body: "Vietnam and Peru agreed on Wednesday to lift their ties to a strategic comprehensive partnership.",
    publishedAt: "2024-11-13",
    expected: ["PE|CSP|2024"],
  },
];

describe("partnerships: subject levels, origins and foreign pairs", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual([...c.expected].sort()));
});
