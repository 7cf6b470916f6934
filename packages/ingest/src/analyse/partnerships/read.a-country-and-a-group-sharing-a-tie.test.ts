import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * One foreign country and a group of countries named by a noun ("Germany and the five Danube nations") raising "their"
 * cooperation to a level: the multilateral framework's level, not Vietnam's, so Vietnam's own tie with that country,
 * named later, is the one read. Readings: country code | level | year. Own sentences.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };
const read = (c: Case) => [...new Set(eachPartnership(c.body, c))].sort();

const CASES: Case[] = [
  {
    name: "a country and a counted group of nations raising their cooperation hold the level between them",
    body: 'Germany and the five Danube nations agreed on Friday to lift their cooperation to a "strategic partnership". Vietnam and Germany upgraded their ties to a strategic partnership in 2011.',
    publishedAt: "2024-05-10",
    expected: ["DE|SP|2011"],
  },
  {
    name: "an uncounted group named by its noun shares the tie too",
    body: "Germany and the Danube countries decided to raise their ties to a strategic partnership this week.",
    publishedAt: "2024-05-10",
    expected: [],
  },
  {
    name: "a country alone raising its ties with Vietnam is still read",
    body: "Germany and Vietnam decided to raise their ties to a strategic partnership this week.",
    publishedAt: "2011-10-10",
    expected: ["DE|SP|2011"],
  },
];

describe("a country and a group sharing a tie", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual([...c.expected].sort()));
});
