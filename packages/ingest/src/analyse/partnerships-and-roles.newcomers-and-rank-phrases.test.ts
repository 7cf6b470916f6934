import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../testing/partnership-keys.js";
import { analyseArticle } from "./index.js";

/**
 * Analysis round 7 (issue 11): shapes from the released blind14/blind15 misses, each written in new sentences with
 * invented countries and people. Partnerships: holders named beside a newcomer ("becomes the fifth …, after A and B",
 * "alongside the likes of A and B", "joins A and B as the only nations with which Vietnam has a …") and a subset set
 * off after "<n> of which" at the highest level. Roles: a lower-case rank in a series of visitors ("the first Vietnamese
 * head of government to visit") is no office, so a counterpart still inherits the host's one office.
 * Readings were written before the extractor ran on them.
 */
type Case = { shape: string; body: string; expected: string[] };

const read = (body: string) => partnershipPerLevel(body, { publishedAt: "2025-06-15" });

const COMPANIONS: Case[] = [
  {
    shape: "a subject that 'becomes' the nth holder, with the earlier holders after ', after'",
    body: "Egypt thus becomes Vietnam's fifth comprehensive strategic partner, after Chile and Poland.",
    expected: ["CL|CSP|null", "EG|CSP|2025", "PL|CSP|null"],
  },
  {
    shape: "the present participle 'is becoming' links the subject the same way",
    body: "Kenya is becoming Hanoi's newest comprehensive strategic partner, after Peru.",
    expected: ["KE|CSP|null", "PE|CSP|null"],
  },
  {
    shape: "a described top status shared 'alongside the likes of' a list",
    body: "The step makes Egypt the ninth country to hold Vietnam's highest diplomatic status, alongside the likes of Chile, Peru and Kenya.",
    expected: ["CL|CSP|null", "EG|CSP|2025", "KE|CSP|null", "PE|CSP|null"],
  },
  {
    shape: "'joins A and B as the only nations with which Vietnam has' the level",
    body: "With this step, Kenya joins Chile and Poland as the only nations with which Vietnam has a comprehensive strategic partnership.",
    expected: ["CL|CSP|null", "KE|CSP|2025", "PL|CSP|null"],
  },
  {
    shape: "a subset after '<n> of which' between dashes, at the highest level",
    body: "Vietnam now keeps strategic or comprehensive strategic partnerships with 19 nations, three of which – Chile, Peru and Kenya – are at the highest level.",
    expected: ["CL|CSP|null", "KE|CSP|null", "PE|CSP|null"],
  },
  {
    shape: "a subset after '<n> of which' between commas, on the top rung",
    body: "Hanoi has strategic partnerships with 19 nations, two of which, Chile and Peru, sit on the top rung.",
    expected: ["CL|CSP|null", "PE|CSP|null"],
  },
];

const GUARDS: Case[] = [
  {
    shape: "'similar frameworks with' members still being negotiated for next year are not held",
    body: "Vietnam has strategic partnerships with Chile and Peru.\n\nDiplomats say similar frameworks with Kenya and Egypt are being negotiated and could be signed next year.",
    expected: ["CL|SP|null", "PE|SP|null"],
  },
  {
    shape: "'a similar pact' signed last year is still held",
    body: "Vietnam has strategic partnerships with Chile and Peru.\n\nKenya signed a similar pact last year.",
    expected: ["CL|SP|null", "KE|SP|2024", "PE|SP|null"],
  },
  {
    shape: "'two of which' without a top level keeps the level named, never the top one",
    body: "Vietnam has strategic partnerships with 19 nations, two of which, Chile and Peru, are in Latin America.",
    expected: ["CL|SP|null", "PE|SP|null"],
  },
  {
    shape: "'the only nations' described with another country than Vietnam does not join the list",
    body: "Kenya joins Chile and Poland as the only nations with which Egypt has a comprehensive strategic partnership.",
    expected: [],
  },
];

describe("partnerships: holders beside a newcomer (round 7)", () => {
  it.each(COMPANIONS.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c.body)).toEqual(c.expected);
  });
});

describe("partnerships: what the round 7 links leave alone", () => {
  it.each(GUARDS.map((c) => [c.shape, c] as const))("reads %s", (_shape, c) => {
    expect(read(c.body)).toEqual(c.expected);
  });
});

const roles = (body: string, name: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .find((p) => p.name === name)
    ?.roles.map((r) => r.role) ?? [];

describe("roles: a rank in a series of visitors is no office (round 7)", () => {
  it.each([
    [
      "an appositive 'the first Vietnamese head of government to visit'",
      "Prime Minister Tran Van Ba met his Kenyan counterpart John Mwangi in Nairobi.\n\nBa, the first Vietnamese head of government to visit Kenya in ten years, spoke of trade.",
      "Tran Van Ba",
      ["Prime Minister"],
    ],
    [
      "the counterpart then inherits the host's single office",
      "Prime Minister Tran Van Ba met his Kenyan counterpart John Mwangi in Nairobi.\n\nBa, the first Vietnamese head of government to visit Kenya in ten years, spoke of trade.",
      "John Mwangi",
      ["Prime Minister"],
    ],
    [
      "'the second foreign head of state to address' the chamber",
      "President Le Van Tam arrived in Nairobi on Monday.\n\nTam, the second foreign head of state to address the Kenyan parliament this year, spoke on Tuesday.",
      "Le Van Tam",
      ["President"],
    ],
  ])("reads %s", (_shape, body, name, expected) => {
    expect(roles(body, name)).toEqual(expected);
  });

  it("keeps a two-word title that opens with a rank ('first lady')", () => {
    const body = "President John Mwangi and his wife, first lady Grace Mwangi, arrived in Hanoi on Monday.";
    expect(roles(body, "Grace Mwangi")).toContain("first lady");
  });
});
