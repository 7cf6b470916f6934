import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

// Round 50: "the first <occasion> since <year>" in the sentence reporting an upgrade counts the occasion from that
// year; the upgrade is the day's news. Sentences are the tests' own.
const read = (body: string, publishedAt: string) => partnershipPerLevel(body, { publishedAt });

describe("a first counted from a year beside an upgrade", () => {
  it("dates the upgrade by the day, not by the year the first is counted from", () => {
    expect(
      read(
        "Chile and Vietnam lifted their ties to a comprehensive strategic partnership on Tuesday, during the first state visit by a Chilean president since 2004.",
        "2026-03-12",
      ),
    ).toEqual(["CL|CSP|2026"]);
  });

  it("still reads a year after 'since' that dates the level itself", () => {
    expect(
      read("Vietnam and Chile have been comprehensive strategic partners since 2022, officials said.", "2026-03-12"),
    ).toEqual(["CL|CSP|2022"]);
  });
});

describe("a first counted from a time word beside an upgrade", () => {
  it("dates the upgrade by the day, not by the month the first is counted from", () => {
    expect(
      read(
        "Peru and Vietnam raised their ties to a comprehensive strategic partnership on Monday, during the president's first trip abroad since taking office last October.",
        "2026-04-20",
      ),
    ).toEqual(["PE|CSP|2026"]);
  });
});
