import { describe, expect, it } from "vitest";
import { clean, LEAD, lines, MORE } from "./testing/story-parts.js";

// Round 55: two lines of a global paper's header taken for the headline. A picture's caption closed by its "©"
// credit, set just above the lead, echoes the lead more than the headline does; a section's name joined by "and"
// ("Asia and Pacific") stands above the headline. Neither is the headline. Sentences are written for the tests.

const HEADLINE = "Laos and Thailand agree to build a second bridge over the Mekong";

describe("a credited caption above the lead", () => {
  it("is not taken for the headline", () => {
    const caption =
      "The foreign ministers of Laos and Thailand shake hands after their talks on the Mekong River on Tuesday © Jane Roe, Example Agency";
    const cleaned = clean(lines("World", HEADLINE, "Issued on: 04/03/2025 - 10:12", caption, LEAD, MORE));
    expect(cleaned.hints.title).toBe(HEADLINE);
  });
});

describe("a section's name joined by 'and' over the headline", () => {
  it("is the section's label, and the headline under it the title", () => {
    const standfirst =
      "Both governments said the crossing would open in three years and carry freight as well as passengers.";
    const cleaned = clean(lines("International", "Asia and Pacific", "Laos", HEADLINE, standfirst, LEAD, MORE));
    expect(cleaned.hints.title).toBe(HEADLINE);
  });
});
