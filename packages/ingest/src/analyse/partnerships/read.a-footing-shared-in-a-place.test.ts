import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 51: "on the same footing in <place> as" a list of holders. Own sentences.

describe("partnerships: a footing shared in a place", () => {
  it("gives the level to the list after 'on the same footing in Hanoi as', without the news's year", () => {
    const got = read(
      "Canada and Vietnam lifted their ties to a comprehensive strategic partnership on Tuesday, putting Ottawa on the same footing in Hanoi as Beijing and Moscow.",
      "2026-05-06",
    );
    expect(got).toEqual([
      "CA|Comprehensive Strategic Partnership|2026",
      "CN|Comprehensive Strategic Partnership|-",
      "RU|Comprehensive Strategic Partnership|-",
    ]);
  });
});
