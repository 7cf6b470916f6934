import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * Holders named apart from their level: the members of a list named a sentence before ("their country's list of …
 * partners. Besides X, it includes …"), members put "among its … partners", holders after a top "designation", a
 * repeated step ("and did so with …") dated by its own time phrase, and a "whether to" that hedges. Readings: country
 * code | level | year, one per country and level as the scorer reads them. Own sentences.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };

const CASES: Case[] = [
  {
    name: "the holders after a top designation hold the highest level",
    body: "Peru and Vietnam lifted their relationship to a comprehensive strategic partnership on Friday. Peru is the fifth country to hold Vietnam's top designation, after China, Russia, India and Japan.",
    publishedAt: "2026-05-08",
    expected: ["CN|CSP|null", "IN|CSP|null", "JP|CSP|null", "PE|CSP|2026", "RU|CSP|null"],
  },
  {
    name: "a pronoun standing for a list named the sentence before gives its members, a time phrase dating those after it",
    body: "Chile and Vietnam adopted a comprehensive strategic partnership last year. Officials in Hanoi call their country's list of comprehensive strategic partners an open one. Besides Chile, it includes China, Russia and India, and since the start of this year Peru and Mexico as well.",
    publishedAt: "2026-05-08",
    expected: ["CL|CSP|2025", "CN|CSP|null", "IN|CSP|null", "MX|CSP|2026", "PE|CSP|2026", "RU|CSP|null"],
  },
  {
    name: "another country's list is not the home country's",
    body: "Chile and Vietnam adopted a comprehensive strategic partnership last year. Mexico's list of strategic partners is long. It includes Spain and Germany.",
    publishedAt: "2026-05-08",
    expected: ["CL|CSP|2025"],
  },
  {
    name: "members put among the home country's plural level hold it",
    body: "Vietnam currently has strategic partnerships with Russia and Japan. It also lists Chile and Peru among its comprehensive partners.",
    publishedAt: "2012-05-08",
    expected: ["CL|CP|null", "JP|SP|null", "PE|CP|null", "RU|SP|null"],
  },
  {
    name: "'it' after a sentence opening on another country does not stand for the home country",
    body: "Brazil has comprehensive partnerships with several states. It also lists Chile and Peru among its strategic partners.",
    publishedAt: "2012-05-08",
    expected: [],
  },
  {
    name: "a repeated step is dated by its own time phrase, not the earlier holder's",
    body: "Peru and Vietnam upgraded their ties to a comprehensive strategic partnership on Wednesday. For Vietnam, the move adds Peru to a list that has grown fast. Hanoi raised ties with Chile to the same level only two days earlier, on March 10, and did so with Mexico in November 2024.",
    publishedAt: "2025-03-12",
    expected: ["CL|CSP|2025", "MX|CSP|2024", "PE|CSP|2025"],
  },
  {
    name: "sides studying whether to form a level hold nothing yet",
    body: "Chile and Vietnam are studying whether to form a strategic partnership that would reach into defence, the minister said yesterday.",
    publishedAt: "2012-04-28",
    expected: [],
  },
];

describe("holders named apart from their level", () => {
  for (const c of CASES) it(c.name, () => expect(partnershipPerLevel(c.body, c)).toEqual(c.expected));
});
