import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** Round 50: "The upgrade puts X level with A, B and C": the step as subject sets its holder beside the others. */
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-06-09" }).sort();

describe("a holder put level with others by its step", () => {
  it("reads the countries it is put level with at its level, without the news's year", () => {
    const body =
      "Lima and Hanoi lifted their ties to a comprehensive strategic partnership on Monday. The upgrade puts Peru level with Chile and Mexico.";
    expect(read(body)).toEqual(["CL|CSP|null", "MX|CSP|null", "PE|CSP|2031"]);
  });

  it("dates a member by its own relative clause, past an aside after the step", () => {
    const body =
      'Lima and Hanoi lifted their ties to a comprehensive strategic partnership on Monday. The upgrade, from the "strategic partnership" the two had shared since 2014, puts Peru level with Chile, Mexico and Brazil, which lifted its own ties with Hanoi in April.';
    expect(read(body)).toEqual(["BR|CSP|2031", "CL|CSP|null", "MX|CSP|null", "PE|CSP|2031"]);
  });

  it("leaves a comparison whose subject is no step of the ties", () => {
    const body =
      "Lima and Hanoi lifted their ties to a comprehensive strategic partnership on Monday. The copper deal puts Peru level with Chile in exports.";
    expect(read(body)).toEqual(["PE|CSP|2031"]);
  });
});
