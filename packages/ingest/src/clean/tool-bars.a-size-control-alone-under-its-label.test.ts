import { describe, expect, it } from "vitest";
import { expectStoryOnly } from "./testing/story-parts.js";
import { isGluedToolBar } from "./tool-bars.js";

// Round 58: a page's text-size control may stand on a line of its own, its label and the capital A's it offers
// ("Font size: A A"), apart from the share bar above it.
describe("a text-size control alone under its label", () => {
  it("is a tool bar", () => {
    expect(isGluedToolBar("Text size: A A")).toBe(true);
    expect(isGluedToolBar("Font size A- A+")).toBe(true);
  });

  it("is left out of the story", () => {
    expectStoryOnly("top", "Text size: A A");
  });

  it("leaves a label with no control, or a sentence, alone", () => {
    expect(isGluedToolBar("Text size:")).toBe(false);
    expect(isGluedToolBar("Size matters: A A")).toBe(false);
  });
});
