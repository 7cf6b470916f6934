import { describe, expect, it } from "vitest";
import { isMenuLine } from "./boilerplate.js";
import { clean, LAST, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

const CLOSE = "Engineers from both sides will survey the riverbanks before the rainy season starts.";

// Round 56: a share bar of the early 2010s sets a network's "+1" button among counted buttons ("Like 37  Tweet  +1
// Share"), between the story's paragraphs. Lines are written for the tests.
describe("a counted share bar with a sign button", () => {
  it("is a bar of buttons", () => {
    expect(isMenuLine("Like 37 Tweet +1 Share", 5)).toBe(true);
    expect(isMenuLine("Share +1 Tweet", 5)).toBe(true);
  });

  it("goes from between the story's paragraphs", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, "  Like 37  Tweet  +1  Share", LAST, CLOSE));
    expect(cleaned.body).toBe([LEAD, MORE, LAST, CLOSE].join("\n\n"));
  });

  it("leaves a score line", () => {
    expect(isMenuLine("Vietnam 2 Thailand +1", 5)).toBe(false);
  });
});
