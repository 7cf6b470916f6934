import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * Holders a level names around itself: a counted list set off by dashes before "to" the level, a list "among its"
 * plural level with a newcomer's hedged clause after it, a year that belongs to an older step named after "after",
 * another holder in an apposition to the level with its own year, and a list compared with a partner whose new level
 * stands further back than an older one. Readings: country code | level | year. Own
 * sentences.
 */
type Case = { name: string; body: string; publishedAt: string; expected: string[] };

const CASES: Case[] = [
  {
    name: "a counted list between dashes before 'to' the level holds it",
    body: "Hanoi has lifted its relations with four partners – Brazil, Mexico, Chile and the Philippines – to comprehensive partnerships.",
    publishedAt: "2025-06-10",
    expected: ["BR|CP|2025", "CL|CP|2025", "MX|CP|2025", "PH|CP|2025"],
  },
  {
    name: "a list 'among its' plural level stands though a newcomer after it is only likely to join",
    body: "Vietnam already counts Italy and Spain among its strategic partners, and Poland is likely to join them next spring.",
    publishedAt: "2025-06-10",
    expected: ["ES|SP|null", "IT|SP|null"],
  },
  {
    name: "a newcomer's own hedged clause does not run the list on",
    body: "Vietnam regards Norway and Finland as comprehensive partners, and Ireland is expected to follow later this decade.",
    publishedAt: "2025-06-10",
    expected: ["FI|CP|null", "NO|CP|null"],
  },
  {
    name: "a year of an older step named after 'after' is not the new level's",
    body: "The strategic partnership was announced after Peruvian President Dina Boluarte held talks with Vietnam's leader, eight years after the two countries set up a comprehensive partnership in 2017.",
    publishedAt: "2025-06-10",
    expected: ["PE|SP|2025"],
  },
  {
    name: "another country in an apposition to the level holds it with its own year",
    body: "Vietnam raised ties with Brazil to a strategic partnership on Monday, the same level Argentina has held since 2010.",
    publishedAt: "2025-06-10",
    expected: ["AR|SP|2010", "BR|SP|2025"],
  },
  {
    name: "a list set on the same footing as an upgraded partner takes its new level, not the older one named last",
    body: "Vietnam and Canada lifted their relationship to a strategic partnership on Tuesday. The two countries had been comprehensive partners since 2017. Ottawa welcomed the step. Vietnam has now put Canada on the same footing as Spain and Italy.",
    publishedAt: "2025-06-10",
    expected: ["CA|SP|2025", "ES|SP|null", "IT|SP|null"],
  },
  {
    name: "a footing shared 'in' a possessed place phrase still compares the moved partner with the list",
    body: "Leaders of Vietnam and Mexico agreed on Monday to raise relations between the two former rivals to a comprehensive partnership, putting Mexico on the same footing in Hanoi's regional ranking as Chile and Peru and skipping the intermediate level altogether.",
    publishedAt: "2025-06-10",
    expected: ["CL|CP|null", "MX|CP|2025", "PE|CP|null"],
  },
  {
    name: "'since' a month with no year dates the level from the story's year",
    body: "Hanoi and Ottawa have called their ties a strategic partnership since March.",
    publishedAt: "2025-06-10",
    expected: ["CA|SP|2025"],
  },
];

describe("holders around a level: dashed lists, hedged newcomers, older steps and apposed holders", () => {
  for (const c of CASES) {
    it(c.name, () => {
      expect(eachPartnership(c.body, { publishedAt: c.publishedAt }).sort()).toEqual(c.expected);
    });
  }
});
