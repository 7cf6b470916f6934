import { describe, expect, it } from "vitest";
import { isSectionName } from "./clean.js";
import { clean, lines, MORE } from "./testing/story-parts.js";

// Round 55: two lines of a global paper's header taken for the headline. A picture's caption closed by its "©"
// credit, set just above the dateline's lead, echoes the lead more than the headline does; a section's name joined by
// "and" ("Asia and Pacific") stands above the headline. Neither is the headline. Sentences are written for the tests.

describe("a credited caption above the dateline's lead", () => {
  it("is not taken for the headline", () => {
    const headline = "Laos hails 'reliable' Thailand as Vientiane rolls out red carpet despite criticism";
    const caption =
      "Laos's prime minister and Thailand's prime minister review an honour guard at the palace in Vientiane on June 20, 2024 © Jane Roe, AFP";
    const page = lines(
      "Skip to main content",
      "Live | World | Africa | Asia-Pacific | Business",
      "Asia-Pacific",
      headline,
      "Issued on: 20/06/2024 - 14:52 Modified: 20/06/2024 - 18:07",
      "3 min Reading time",
      "Share on Facebook Share on X Share on LinkedIn Send by email",
      caption,
      "Vientiane (AFP) –",
      "Thailand's prime minister was given a 21-gun salute in Vientiane on Thursday as Laos's leaders welcomed him after talks in Phnom Penh.",
      MORE,
    );
    const cleaned = clean(page);
    expect(cleaned.hints.title).toBe(headline);
    expect(cleaned.body).not.toContain("©");
  });
});

describe("a section's name joined by 'and'", () => {
  it("reads as a section's name, as one in capitalised words does", () => {
    expect(isSectionName("Asia and Pacific")).toBe(true);
    expect(isSectionName("Science and Technology")).toBe(true);
  });

  it("is not a short headline's phrase in lower case or one ending on a joining word", () => {
    expect(isSectionName("Talks and tensions")).toBe(false);
    expect(isSectionName("Asia and")).toBe(false);
  });
});
