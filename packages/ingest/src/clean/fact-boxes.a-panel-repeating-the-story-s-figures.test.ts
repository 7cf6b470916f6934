import { describe, expect, it } from "vitest";
import { isFactBoxHeading } from "./fact-boxes.js";
import { storyBreakLines } from "./story-breaks.js";
import { clean, LAST, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 56: a fact box set between the story's paragraphs, its heading over short rows of a label and a figure. Lines
// are written for the tests.
const FIGURES = "Freight across the bridge is put at 4.2 million tonnes a year, and some 1,300 workers will build it.";

describe("a fact box between the story's paragraphs", () => {
  it.each(["Key figures", "Fact file", "Key facts: Laos and Thailand", "KEY NUMBERS (as of May 2024)"])(
    "%s is a box's heading",
    (line) => {
      expect(isFactBoxHeading(line)).toBe(true);
    },
  );

  it("is no headline of a box's own story", () => {
    expect(isFactBoxHeading("Factbox-Who builds the bridges over the Mekong?")).toBe(false);
    expect(isFactBoxHeading("Key figures show the bridge will pay for itself.")).toBe(false);
  });

  it("goes with its rows when they repeat the story's figures", () => {
    const page = lines(
      TITLE,
      LEAD,
      FIGURES,
      "Fact file",
      "Mekong crossings",
      "- Freight: 4.2 million tonnes",
      "- Workers: 1,300",
      "- Opened first bridge: 1994",
      MORE,
      LAST,
    );
    expect(clean(page).body).toBe([LEAD, FIGURES, MORE, LAST].join("\n\n"));
  });

  it("leaves a box with figures of its own, heading and rows", () => {
    const rows = ["Budget: $380 million", "Length: 1,800 metres"];
    const found = storyBreakLines([LEAD, "Key figures", ...rows, MORE]);
    expect(found.size).toBe(0);
  });
});
