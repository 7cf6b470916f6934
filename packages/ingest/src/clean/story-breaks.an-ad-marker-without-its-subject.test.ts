import { describe, expect, it } from "vitest";
import { isStoryBreakLine } from "./story-breaks.js";

// Round 58: a translated site marks its ad slot with the verb alone ("Continues after advertising"), no "story" before
// it and no article before the ad; a sentence of the story that goes on past such words is kept. Lines are the test's.
describe("an ad marker without its subject", () => {
  it("is furniture between paragraphs", () => {
    for (const line of [
      "Continues after advertising",
      "Continued below advertisement",
      "Continue reading after the ad",
    ])
      expect(isStoryBreakLine(line), line).toBe(true);
  });

  it("never takes a story's sentence", () => {
    for (const line of [
      "Trade continues after advertising rules were eased in both ports.",
      "The talks continued after the advertisement of the tender closed.",
    ])
      expect(isStoryBreakLine(line), line).toBe(false);
  });
});
