import { describe, expect, it } from "vitest";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 55: a block of related links set inside the story, with the story's short last sentence under it, its
// contribution note and the page's closing furniture after that. The sentence is the story's; the links, the note and
// the furniture are not. A reader's comment or a site's notice under a block has no such note. Sentences are written
// for the tests.

const CLOSING = "The ministers will go on to Cambodia and Myanmar later in the week.";

describe("a short closing sentence under a block of related links", () => {
  it("stays in the story while the links and the next widget go", () => {
    const page = lines(
      TITLE,
      LEAD,
      MORE,
      "RELATED",
      "Rice exporters brace for a dry season along the river",
      "Border crossings reopen after the holiday",
      CLOSING,
      "Our Vientiane bureau contributed to this article.",
      "Read Next",
      "Fishing fleets return to port early",
    );
    const cleaned = clean(page);
    expect(cleaned.body).toBe([LEAD, MORE, CLOSING].join("\n\n"));
    expect(cleaned.body).not.toContain("Rice exporters");
  });

  it("does not keep a sentence with no contribution note under it", () => {
    const page = lines(
      TITLE,
      LEAD,
      MORE,
      "RELATED",
      "Rice exporters brace for a dry season along the river",
      "Border crossings reopen after the holiday",
      CLOSING,
      "Read Next",
      "Fishing fleets return to port early",
    );
    expect(clean(page).body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("does not keep a headline without a stop under the links", () => {
    const page = lines(
      TITLE,
      LEAD,
      MORE,
      "RELATED",
      "Rice exporters brace for a dry season along the river",
      "Border crossings reopen after the holiday",
      "Fishing fleets return to port early as storms close in",
    );
    expect(clean(page).body).toBe([LEAD, MORE].join("\n\n"));
  });
});
