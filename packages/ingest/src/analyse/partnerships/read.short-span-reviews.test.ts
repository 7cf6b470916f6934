import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences. A look back at a week or a month ("The week in review") speaks from its own date: a year its
// stories name for something else (a trade figure "in 2024") does not make it a look back at that year.
const read = (body: string, title: string, publishedAt: string) => partnershipKeys(body, publishedAt, title);

const body =
  "Hanoi: Vietnam and Malaysia raised their ties to a comprehensive strategic partnership during a visit by the Malaysian prime minister. The leaders aimed to lift two-way trade from $13 billion in 2024 to $18 billion.";

describe("partnerships: a review of a short span", () => {
  it("dates an upgrade in a weekly review by the page's own year, not a year a figure names", () => {
    expect(read(body, "The week in review: rates, tariffs and a visit to Hanoi", "2025-04-12")).toEqual([
      "MY|Comprehensive Strategic Partnership|2025",
    ]);
  });

  it("still reads a look back at the year before from that year", () => {
    expect(read(body, "2024 in review: the year in Asian diplomacy", "2025-01-03")).toEqual([
      "MY|Comprehensive Strategic Partnership|2024",
    ]);
  });
});
