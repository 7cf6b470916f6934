import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

/**
 * Round 53: months bound to a group by "respectively" date each member against the article's date (a month later
 * than the article's is last year's), past a longer clause; "counts both X and Y among its …" lists the
 * pair. Readings: country code | level | year. Own sentences.
 */
describe("months bound by 'respectively'", () => {
  it("date each member of a group raised to a level named by reference", () => {
    const body =
      "Hanoi and Seoul raised ties to a comprehensive strategic partnership last December. Vietnam has lifted its ties with Malaysia and Singapore to the same level since that first deal, in October and February respectively.";
    expect(partnershipPerLevel(body, { publishedAt: "2025-06-20" })).toEqual([
      "KR|CSP|2024",
      "MY|CSP|2024",
      "SG|CSP|2025",
    ]);
  });
});

describe("a pair opened by 'both'", () => {
  it("is counted among the home country's partners", () => {
    const body =
      "Exporters face new checks. Vietnam counts both Japan and India among its comprehensive strategic partners, and Japan is a large investor.";
    expect(partnershipPerLevel(body, { publishedAt: "2025-06-20" })).toEqual(["IN|CSP|null", "JP|CSP|null"]);
  });
});
