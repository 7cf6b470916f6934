import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/**
 * Home names written with Vietnamese tone marks, a sentence listing "the others"/"the remaining" holders of the level
 * the sentence before counted, "that top rung/label" as a reference to the top level with each holder's own year, and
 * a ", joining …" participle whose subject opens the sentence, and a table header row naming the level. Readings: country code | level | year. Own sentences.
 */
type Case = { name: string; body: string; publishedAt?: string; expected: string[] };
const read = (c: Case) => eachPartnership(c.body, c).sort();

const CASES: Case[] = [
  {
    name: "'Việt Nam's comprehensive strategic partners' names the home country as well as the unmarked spelling does",
    body: "Chile joined Brazil and Mexico among Việt Nam's comprehensive partners in 2024.",
    publishedAt: "2025-03-01",
    expected: ["BR|CP|null", "CL|CP|2024", "MX|CP|null"],
  },
  {
    name: "a sentence opening on 'the remaining four are' lists earlier holders of the level just counted, each with its bracketed year, after the news holder",
    body: "Portugal becomes the fifth European country to hold a strategic partnership with Vietnam. The remaining four are Spain (2009), Germany (2011), Italy and the Netherlands (both 2013).",
    publishedAt: "2025-03-01",
    expected: ["DE|SP|2011", "ES|SP|2009", "IT|SP|2013", "NL|SP|2013", "PT|SP|2025"],
  },
  {
    name: "a list after 'the others' is not read when the sentence before counted no holder",
    body: "Portugal and Vietnam talked about a strategic partnership on Monday. The others are Spain and Germany, officials said.",
    publishedAt: "2025-03-01",
    expected: [],
  },
  {
    name: "'that top rung' refers to the top level, and each holder of the clause keeps the year written after it",
    body: "Vietnam's ladder tops out at the comprehensive strategic partnership. China has held that top rung since 2008, and India reached it in 2016.",
    publishedAt: "2025-03-01",
    expected: ["CN|CSP|2008", "IN|CSP|2016"],
  },
  {
    name: "the subject of ', joining …' holds the level with the year of its own clause; the joined list keeps none",
    body: "Malaysia moved up in November 2024, joining China, Russia and India among Vietnam's comprehensive strategic partners.",
    publishedAt: "2025-03-01",
    expected: ["CN|CSP|null", "IN|CSP|null", "MY|CSP|2024", "RU|CSP|null"],
  },
  {
    name: "a table's header row naming the level between column words heads rows of a country and its year",
    body: "Vietnam's upper tier looks like this:\nCountry Comprehensive strategic partnership from\nChina 2008\nRussia 2012\nIndia 2016",
    publishedAt: "2025-03-01",
    expected: ["CN|CSP|2008", "IN|CSP|2016", "RU|CSP|2012"],
  },
  {
    name: "a sentence naming the level with a closing stop heads no rows",
    body: "Vietnam wants a comprehensive strategic partnership soon.\nChina 2008\nRussia 2012",
    publishedAt: "2025-03-01",
    expected: [],
  },
  {
    name: "'Vietnam has added A (2019) and B and C (2021) to its own list of <level>s' gives each group its bracketed year",
    body: "Over the past decade Vietnam has added Canada (2019) and Chile and Peru (2021) to its own list of comprehensive partners.",
    publishedAt: "2025-03-01",
    expected: ["CA|CP|2019", "CL|CP|2021", "PE|CP|2021"],
  },
  {
    name: "a foreign country adding partners to its own list gives Vietnam none",
    body: "Canada has added Chile (2019) and Peru (2021) to its own list of comprehensive partners.",
    publishedAt: "2025-03-01",
    expected: [],
  },
];

describe("partnerships: marked home names, remaining holders, top rungs and joining participles", () => {
  for (const c of CASES) it(c.name, () => expect(read(c)).toEqual([...c.expected].sort()));
});
