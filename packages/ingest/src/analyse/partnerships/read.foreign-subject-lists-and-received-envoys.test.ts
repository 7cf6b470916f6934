import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 23 shapes from Vietnamese outlets on leaders' visits and credentials ceremonies. Own sentences.

describe("partnerships: a foreign subject's own list and envoys received", () => {
  it("gives no level to a foreign subject's list when Vietnam is named only in a later coordinated clause", () => {
    const got = read(
      "Vietnam and New Zealand met in Hanoi. The premier noted that New Zealand already had comprehensive strategic partnerships with Singapore and Indonesia, and said Vietnam now stood beside them.",
      "2026-07-03",
    );
    expect(got.filter((g) => g.startsWith("SG|") || g.startsWith("ID|"))).toEqual([]);
  });

  it("gives no level to the list of a speaker who names Vietnam as the other party", () => {
    const got = read(
      '"We already have comprehensive strategic partnerships with Singapore and Indonesia, so the step with Vietnam rounds out our ties," the New Zealand leader said.',
      "2026-07-03",
    );
    expect(got.filter((g) => g.startsWith("SG|") || g.startsWith("ID|"))).toEqual([]);
  });

  it("still reads Vietnam's own list when Vietnam is the subject", () => {
    const got = read(
      "Vietnam already has comprehensive strategic partnerships with Singapore and Indonesia, and said more would follow.",
      "2026-07-03",
    );
    expect(got).toContain("SG|Comprehensive Strategic Partnership|-");
  });

  it("reads a capital inside a person's name as no party ('Rodrigo de Lima Baena')", () => {
    const got = read(
      "President Luong Cuong received the new ambassadors of Brazil and Kenya in Hanoi. Receiving Brazilian Ambassador Rodrigo de Lima Baena, the President recalled that the two countries raised their relationship to a strategic partnership last March.",
      "2026-01-21",
    );
    expect(got).toContain("BR|Strategic Partnership|2025");
    expect(got.filter((g) => g.startsWith("PE|"))).toEqual([]);
  });

  it("gives an unattached level to the country of the envoy a Vietnamese host receives", () => {
    const got = read(
      "President Luong Cuong received the new ambassadors of Kenya and New Zealand in Hanoi. Receiving New Zealand Ambassador Caroline Harvey, the President said the comprehensive strategic partnership established last February had given new momentum to all fields.",
      "2026-01-21",
    );
    expect(got).toContain("NZ|Comprehensive Strategic Partnership|2025");
  });
});
