import { describe, expect, it } from "vitest";
import { hasDigestCue } from "./digests.js";

// Round 58: an emailed newsletter calls itself a "brief" ("<Desk> Evening Brief", "In today's brief") over a list of
// its numbered items: the word tells a digest, whose other items are noise. Lines made up for the test.
describe("a newsletter named a brief", () => {
  it("is a digest's word, not a story's", () => {
    expect(hasDigestCue("PACIFIC DESK EVENING BRIEF")).toBe(true);
    expect(hasDigestCue("In today's brief")).toBe(true);
    expect(hasDigestCue("Ministers brief reporters on the Hanoi talks")).toBe(false);
  });
});
