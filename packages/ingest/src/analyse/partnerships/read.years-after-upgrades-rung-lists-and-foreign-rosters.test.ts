import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * Round 24 shapes of partner-heavy pages: a level dated "a year after the two countries raised their ties to" it, a
 * list "on the same top rung as" the holder, a described top tier behind a modal, an upgrade of a counted group, and a
 * foreign country's own roster followed by "It signed its first with …". Readings: code | level | year. Own sentences.
 */
type Case = { name: string; body: string; publishedAt: string; has?: string[]; hasNot?: string[] };

const CASES: Case[] = [
  {
    name: "'a year after the two countries raised their relations to' a level dates it a year before the news",
    body: "Vietnam's president will meet the US president in New York on Tuesday, a year after the two countries raised their relations to a comprehensive strategic partnership.",
    publishedAt: "2024-09-20",
    has: ["US|CSP|2023"],
    hasNot: ["US|CSP|2024"],
  },
  {
    name: "the span counts from the news, not from a year another level of the sentence owns",
    body: "The US embassy in Hanoi opened a trade week today, two years after the two countries raised their ties to a comprehensive strategic partnership, and twelve years after they established a comprehensive partnership in July 2013.",
    publishedAt: "2025-06-20",
    has: ["US|CSP|2023"],
    hasNot: ["US|CSP|2025", "US|CSP|2011"],
  },
  {
    name: "a level with its own month and year after it keeps that year ('established … in July 2013')",
    body: "The move came three years after the United States and Vietnam established a comprehensive partnership in July 2013.",
    publishedAt: "2016-05-24",
    has: ["US|CP|2013"],
  },
  {
    name: "'on the same top rung as' a list gives the list the holder's level",
    body: "Vietnam and New Zealand agreed to a comprehensive strategic partnership on Thursday. New Zealand now sits on the same top rung as China, Russia, India and Australia in Hanoi's list of partners.",
    publishedAt: "2024-02-15",
    has: ["NZ|CSP|2024", "CN|CSP|null", "RU|CSP|null", "IN|CSP|null", "AU|CSP|null"],
  },
  {
    name: "'could be lifted to the top tier' is a hedge: the strategic partnership of 2010 stands alone",
    body: "London signed its strategic partnership with Hanoi in 2010 and, diplomats say, could be lifted to the top tier when Vietnam's leader travels to Britain.",
    publishedAt: "2025-10-20",
    has: ["GB|SP|2010"],
    hasNot: ["GB|CSP|2025"],
  },
  {
    name: "'Hanoi has lifted 13 countries to its top diplomatic tier' names no holder, least of all the story's partner",
    body: "The Philippines and Vietnam agreed on their strategic partnership in 2015. Hanoi has lifted 13 countries to its top diplomatic tier. The Philippines has never called any partner comprehensive.",
    publishedAt: "2025-10-20",
    has: ["PH|SP|2015"],
    hasNot: ["PH|CSP|2025"],
  },
  {
    name: "a foreign country's own roster of a level is not carried to 'It signed its first with China in 2013, …'",
    body: "Indonesia and Vietnam raised their relations to a comprehensive strategic partnership on Monday. Indonesia's own roster of comprehensive strategic partners is shorter. It signed its first with China in 2013, followed by Australia in 2018.",
    publishedAt: "2025-03-11",
    has: ["ID|CSP|2025"],
    hasNot: ["CN|CSP|2013", "AU|CSP|2018"],
  },
  {
    name: "'For Malaysia, the list of …' opens a foreign roster the same way",
    body: "Malaysia and Vietnam raised ties to a comprehensive strategic partnership on Friday. For Malaysia, the list of comprehensive strategic partners is shorter but growing. It signed its first such framework with China in 2013, followed by Australia in 2021.",
    publishedAt: "2024-11-22",
    has: ["MY|CSP|2024"],
    hasNot: ["CN|CSP|2013", "AU|CSP|2021"],
  },
  {
    name: "Vietnam's own list is still carried to the timeline after it",
    body: "Vietnam's list of comprehensive strategic partners is long. It signed its first with China in 2008, followed by Russia in 2012.",
    publishedAt: "2024-05-01",
    has: ["CN|CSP|2008", "RU|CSP|2012"],
  },
];

describe("partnerships: years after upgrades, rung lists and foreign rosters", () => {
  for (const c of CASES)
    it(c.name, () => {
      const got = eachPartnership(c.body, { publishedAt: c.publishedAt });
      for (const h of c.has ?? []) expect(got).toContain(h);
      for (const h of c.hasNot ?? []) expect(got).not.toContain(h);
    });
});
