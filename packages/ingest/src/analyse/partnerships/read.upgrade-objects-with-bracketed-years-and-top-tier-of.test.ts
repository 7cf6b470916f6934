import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 51: the objects of an upgrade listed with their years in brackets, and "the top tier of" before the level's
// name. Own sentences.

describe("partnerships: the objects of an upgrade with bracketed years", () => {
  it("reads each group of 'raised ties with A and B (both 2023), C (2024) to …' at its own year", () => {
    const got = read(
      "Over three years Hanoi lifted ties with Canada and Chile (both 2023), then Egypt and Kenya (2025) to comprehensive strategic partnership.",
      "2026-03-01",
    );
    expect(got).toEqual([
      "CA|Comprehensive Strategic Partnership|2023",
      "CL|Comprehensive Strategic Partnership|2023",
      "EG|Comprehensive Strategic Partnership|2025",
      "KE|Comprehensive Strategic Partnership|2025",
    ]);
  });

  it("reads the objects raised 'to the top tier of' or 'to the highest level of' a named level", () => {
    expect(
      read(
        "Hanoi has raised ties with Canada and Chile to the top tier of comprehensive strategic partnership.",
        "2026-03-01",
      ),
    ).toEqual(["CA|Comprehensive Strategic Partnership|2026", "CL|Comprehensive Strategic Partnership|2026"]);
    expect(
      read(
        "Last year Vietnam lifted relations with Egypt and Kenya to the highest level of strategic partnership.",
        "2026-03-01",
      ),
    ).toEqual(["EG|Strategic Partnership|2025", "KE|Strategic Partnership|2025"]);
  });
});
