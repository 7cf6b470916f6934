import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** A country set beside the holders of a level. Own sentences. */
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-06-09" }).sort();

describe("a moved holder compared with a list", () => {
  it("reads the list even when an aside about diplomatic ties stands between the step and its verb", () => {
    const body =
      "Peru and Vietnam agreed on Monday to lift their ties to a comprehensive strategic partnership. The upgrade, unveiled at a dinner marking 40 years of diplomatic ties, puts Peru on an equal footing with Chile and Mexico.";
    expect(read(body)).toEqual(["CL|CSP|null", "MX|CSP|null", "PE|CSP|2031"]);
  });

  it("gives the news's year to the moved holder only, not to those it is compared with", () => {
    const body =
      "Lima and Hanoi lifted their ties to a comprehensive strategic partnership. The upgrade puts Peru on an equal footing in Vietnam's eyes with Chile and Mexico.";
    expect(read(body)).toEqual(["CL|CSP|null", "MX|CSP|null", "PE|CSP|2031"]);
  });
});
