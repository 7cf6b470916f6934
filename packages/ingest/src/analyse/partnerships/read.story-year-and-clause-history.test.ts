import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * The story's year read from an undated text (a year-on-year change against a written base year), months after
 * "last" counted back from it, and a one-sentence history whose
 * later clause names another country's level. Readings: country code | level | year. Own sentences.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };
const read = (c: Case) => eachPartnership(c.body, c).sort();

const CASES: Case[] = [
  {
    name: "an undated text's year comes from 'last year, up N percent on <year>', and 'added last May' is the year before",
    body: "Hanoi's strategic partners run from Japan (2009) to Australia (2018) and to Canada, added last May. Vietnamese exports to Canada reached 7.9 billion dollars last year, up 14.2 percent on 2021.",
    expected: ["AU|SP|2018", "CA|SP|2022", "JP|SP|2009"],
  },
  {
    name: "a year-only date reads 'last <month>' as the year before",
    body: "Hanoi's strategic partners run from Japan (2009) to Australia (2018) and to Canada, added last May.",
    publishedAt: "2023",
    expected: ["AU|SP|2018", "CA|SP|2022", "JP|SP|2009"],
  },
  {
    name: "a history sentence keeps the raised level when a 'while' clause names another country's level",
    body: "Brazil became its first comprehensive partner in 2007 and was raised to a comprehensive strategic partner in 2024, while the relationship with Chile has been a comprehensive partnership since 2009.",
    publishedAt: "2025-02-01",
    expected: ["BR|CSP|2024", "CL|CP|2009"],
  },
  {
    name: "a joint declaration signed below the lead that establishes a level is the story's news, of its year",
    body: "Share this page. The Chilean foreign minister toured Hanoi on 3 and 4 May. She was joined by a group of exporters. She met her counterpart at the ministry. The two ministers signed a joint declaration establishing a strategic partnership between Chile and Viet Nam, in the year of the 30th anniversary of diplomatic ties.",
    publishedAt: "2031-05-04",
    expected: ["CL|SP|2031"],
  },
];

describe("partnerships: the story's year and clause histories", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual([...c.expected].sort()));
});
