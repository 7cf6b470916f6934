import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** An upgrade held by "our countries" or "the two countries" dates the story's partner. Own sentences. */
const read = (body: string, publishedAt: string) => eachPartnership(body, { publishedAt }).sort();

describe("an upgrade between 'our countries' dates the story's partner", () => {
  it("takes the month of the step for the one partner named at that level without a year", () => {
    const body =
      "Thank you all for coming. In February, the two presidents raised the relationship between our countries to a Comprehensive Strategic Partnership, and this morning we spoke about trade. Chile now holds a comprehensive strategic partnership with Vietnam, as does Mexico. Chile sells copper.";
    expect(read(body, "2031-06-20")).toContain("CL|CSP|2031");
  });

  it("gives a month later in the calendar than the story the year before", () => {
    const body =
      "On November 4, the two leaders announced that relations between their countries would be lifted to a comprehensive strategic partnership. Chile holds a comprehensive strategic partnership with Vietnam. Chile and Vietnam trade copper and rice. Officials in Chile welcomed it.";
    expect(read(body, "2031-06-20")).toContain("CL|CSP|2030");
  });

  it("leaves the year open when the step is only weighed", () => {
    const body =
      "In February, the two ministers discussed how relations between our countries could be raised to a comprehensive strategic partnership. Chile holds a comprehensive strategic partnership with Vietnam.";
    expect(read(body, "2031-06-20")).not.toContain("CL|CSP|2031");
  });
});
