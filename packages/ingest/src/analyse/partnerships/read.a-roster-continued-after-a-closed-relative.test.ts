import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 57: a document's roster of partners by level, the first group closed by its own relative clause. Own sentences.
describe("partnerships: a roster continued after a group's relative clause", () => {
  it("reads the next level's examples too", () => {
    const got = read(
      "The report names Brazil and Chile, which are Comprehensive Partners, followed by Strategic Partners including Italy, Spain and Germany.",
      "2020-01-10",
    );
    expect(got).toEqual(
      expect.arrayContaining([
        "IT|Strategic Partnership|-",
        "ES|Strategic Partnership|-",
        "DE|Strategic Partnership|-",
      ]),
    );
  });

  it("still leaves a group another country counts", () => {
    const got = read("Japan, which counts countries like Italy and Spain as strategic partners, met.", "2020-01-10");
    expect(got.filter((g) => g.startsWith("IT|") || g.startsWith("ES|"))).toEqual([]);
  });
});
