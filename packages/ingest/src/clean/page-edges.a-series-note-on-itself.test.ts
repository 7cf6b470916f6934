import { describe, expect, it } from "vitest";
import { isEdgeNote } from "./page-edges.js";

// A roundup's note on itself under its name, with its disclaimer: the page's, not the story's. Sentences are written
// for the test.
describe("a series' note on itself", () => {
  const rest = "The two ministers agreed on Tuesday to open a direct flight between their capitals.";

  it("reads a weekly roundup's note with its disclaimer as the page's", () => {
    const note =
      "Harbour Notes is a weekly roundup of news from the region and what it means for exporters. The views expressed are those of the authors.";
    expect(isEdgeNote(note, rest)).toBe(true);
  });

  it("leaves a story's sentence about a newsletter", () => {
    const sentence = "The ministry said the bulletin would reach 2,000 exporters every week from March.";
    expect(isEdgeNote(sentence, rest)).toBe(false);
  });
});
