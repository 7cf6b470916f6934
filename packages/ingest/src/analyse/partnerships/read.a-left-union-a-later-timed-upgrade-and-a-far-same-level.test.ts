import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

const CSP = "Comprehensive Strategic Partnership";
const filler = [
  "The two delegations met for four hours at the government guesthouse.",
  "Officials spoke of fisheries, universities and a new shipping line.",
  "A joint statement listed twelve areas of work for the coming years.",
  "Business leaders from both sides attended a lunch after the talks.",
  "Students gathered outside the hall to greet the visitors.",
  "The visit ends on Saturday with a trip to a port city.",
  "Both sides said the talks were friendly and open.",
];

describe("a body its member has left", () => {
  it("holds no level after 'leaving'", () => {
    const body = [
      "Vietnam and Norway raised their ties to a comprehensive strategic partnership on Tuesday.",
      "Norway becomes the second Nordic country to hold the top tier, and the first to do so after leaving the European Union.",
    ].join(" ");
    const keys = partnershipKeys(body, "2030-05-14");
    expect(keys).toContain(`NO|${CSP}|2030`);
    expect(keys.some((k) => k.startsWith("EU|"))).toBe(false);
  });
});

describe("a later sentence timing the upgrade of a holder read undated", () => {
  it("dates the holder by that sentence's time word", () => {
    const body = [
      "Vietnam and Chile lifted their relationship to a comprehensive strategic partnership on Monday.",
      "Chile joins China, Russia, Brazil and Mexico at that level.",
      ...filler,
      "Last year Hanoi upgraded relations with Brazil and Mexico within weeks of each other.",
    ].join(" ");
    const keys = partnershipKeys(body, "2031-03-10");
    expect(keys).toContain(`BR|${CSP}|2030`);
    expect(keys).toContain(`MX|${CSP}|2030`);
    expect(keys).toContain(`CN|${CSP}|-`);
  });

  it("dates no one when the upgrade is denied", () => {
    const body = [
      "Vietnam and Chile lifted their relationship to a comprehensive strategic partnership on Monday.",
      "Chile joins China, Russia, Brazil and Mexico at that level.",
      "Last year Hanoi did not upgrade relations with Brazil, and it has not upgraded relations with Mexico since.",
    ].join(" ");
    const keys = partnershipKeys(body, "2031-03-10");
    expect(keys).toContain(`BR|${CSP}|-`);
  });
});

describe("a holder that reached the same level, far below the lead's upgrade", () => {
  it("holds the lead's level with its own year", () => {
    const body = [
      "Vietnam and the African Union upgraded their relations to a comprehensive strategic partnership on Friday.",
      ...filler,
      "The union joins Egypt, which reached the same level in 2029, and Kenya, which upgraded last October.",
    ].join(" ");
    const keys = partnershipKeys(body, "2031-02-07");
    expect(keys).toContain(`EG|${CSP}|2029`);
    expect(keys).toContain(`KE|${CSP}|2030`);
  });
});
