import { describe, expect, it } from "vitest";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 56 (blind153's shapes): a bare co-author byline whose surname has a prefix ("O'Brien", "McKay") and a think
// tank's closing note on the series it publishes. Own sentences.

const STANDFIRST =
  "Both governments say the second bridge will double the freight the river crossing can carry by the end of the decade.";
const THIRD =
  "Work on the approach roads is due to start next spring, and both governments will share the cost of the customs posts.";

describe("commentary furniture: prefixed surnames and series notes", () => {
  it("drops a bare byline of two co-authors when a surname has an apostrophe prefix, and their closing note", () => {
    const note =
      "Pham Van Long is a researcher at a policy institute in Hanoi. Fiona O'Brien is a fellow at a university.";
    const cleaned = clean(
      lines(TITLE, STANDFIRST, "Pham Van Long and Fiona O'Brien", "3 March 2024", LEAD, MORE, THIRD, note),
    );
    expect(cleaned.body).toBe([STANDFIRST, LEAD, MORE, THIRD].join("\n\n"));
  });

  it("drops a bare byline whose surname opens on Mc", () => {
    const cleaned = clean(lines(TITLE, STANDFIRST, "Duncan McKay", "3 March 2024", LEAD, MORE));
    expect(cleaned.body).toBe([STANDFIRST, LEAD, MORE].join("\n\n"));
  });

  it("drops a closing note on the series a tax-exempt institute publishes and its policy positions", () => {
    const note =
      "River Briefs is published by the Delta Policy Centre, a private, tax-exempt institution working on regional policy. Its work is nonpartisan. The Centre does not take specific policy positions.";
    const cleaned = clean(lines(TITLE, STANDFIRST, LEAD, MORE, THIRD, note));
    expect(cleaned.body).toBe([STANDFIRST, LEAD, MORE, THIRD].join("\n\n"));
  });
});
