import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 21 shape: the partner's own press lists the partner's other frameworks ("Thailand's other comprehensive
// strategic partners, Japan and China"); those countries are the partner's partners, not Vietnam's. Own sentences.

describe("partnerships: a foreign country's own level in the plural", () => {
  it("gives no level to the list after 'Malaysia's other comprehensive strategic partners,'", () => {
    const got = read(
      "Malaysia and Vietnam lifted their ties to a comprehensive strategic partnership on Tuesday. An official in Kuala Lumpur said the step set Vietnam beside Malaysia's other comprehensive strategic partners, India and Australia.",
      "2024-03-05",
    );
    expect(got).toContain("MY|Comprehensive Strategic Partnership|2024");
    expect(got.filter((g) => g.startsWith("IN|") || g.startsWith("AU|"))).toEqual([]);
  });

  it("still reads Vietnam's own plural level and a singular foreign possessor", () => {
    const got = read(
      "Vietnam's comprehensive strategic partners include India and Australia. India's comprehensive strategic partnership with Vietnam dates from 2016.",
      "2024-03-05",
    );
    expect(got.some((g) => g.startsWith("AU|Comprehensive Strategic Partnership"))).toBe(true);
    expect(got).toContain("IN|Comprehensive Strategic Partnership|2016");
  });
});
