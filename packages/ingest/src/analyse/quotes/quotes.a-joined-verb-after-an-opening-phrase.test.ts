import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// Round 57: 'On the sidelines, X met Y's team … and praised the coach as "…"': a verb joined by "and" has the
// sentence's subject, also when a phrase set off by its comma opens the sentence before it. Written fresh.
describe("a verb joined by 'and' after a sentence's opening phrase", () => {
  it("has the subject after the opening phrase, not the name it met", () => {
    expect(
      read(
        "Chancellor Anna Vogt arrived in Hanoi on Monday.\nAfter the talks, Vogt visited conductor Le Van Son's orchestra, which toured Europe last year, and praised the conductor as \"a true ambassador of his country's music.\"",
      ),
    ).toEqual([["Anna Vogt", "a true ambassador of"]]);
  });

  it("leaves the joined verb to the one a spokesperson's verb reports", () => {
    const speakers = read(
      'Foreign Minister Ana Costa hosted Vietnamese Foreign Minister Le Van Hai in Lisbon.\nAfter the talks, spokesperson Rita Lobo said the Vietnamese minister thanked Portugal for its help and described the two countries as "partners who trust each other across the seas."',
    ).map(([speaker]) => speaker);
    expect(speakers).not.toContain("Rita Lobo");
  });
});
