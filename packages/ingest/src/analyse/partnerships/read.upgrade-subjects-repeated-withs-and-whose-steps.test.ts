import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * Round 56 (blind152 misses, summits pages): three shapes of naming Vietnam's holders. "The upgrade puts X alongside
 * …" after a recalled older level in the same sentence, far from the upgrade's own report; a list that repeats its
 * "with" after each member's year; a relative "whose country raised its ties … to a …" after a leader named by his
 * demonym, with another leader after it. Sentences are new; readings (country | level | year) written first.
 */
type Case = { shape: string; body: string; publishedAt?: string; expected: string[] };

const CASES: Case[] = [
  {
    shape: "the upgrade as subject of 'puts … alongside', the sentence recalling the older level",
    body: 'Canada and Vietnam signed a comprehensive strategic partnership in Ottawa on Monday.\n\n"We trust each other," the Canadian leader said.\n\nThe Vietnamese side called Canada a valued friend.\n\n"The bond is old," he said.\n\nFarm exports rose by a tenth last year.\n\nCanada and Vietnam had been strategic partners since 2017, and the upgrade puts Canada alongside Japan, India and Singapore.',
    publishedAt: "2025-05-01",
    expected: ["CA|CSP|2025", "IN|CSP|null", "JP|CSP|null", "SG|CSP|null"],
  },
  {
    shape: "a list repeating 'with' after each member's year",
    body: "Vietnam has strategic partnerships with Spain, since 2009, with Italy, since 2013, and with Germany, since 2011.",
    expected: ["DE|SP|2011", "ES|SP|2009", "IT|SP|2013"],
  },
  {
    shape: "'whose country raised its ties with Vietnam to' a level, another leader after it",
    body: "He also met Canadian Prime Minister Mark Carney, whose country raised its ties with Vietnam to a comprehensive strategic partnership in May 2024, and with Chile's Gabriel Boric.",
    publishedAt: "2025-10-27",
    expected: ["CA|CSP|2024"],
  },
];

describe("partnerships: upgrade subjects, repeated withs and whose-steps", () => {
  for (const c of CASES)
    it(c.shape, () => {
      expect(partnershipPerLevel(c.body, { publishedAt: c.publishedAt ?? null })).toEqual(c.expected);
    });
});
