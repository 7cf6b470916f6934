import { describe, expect, it } from "vitest";
import { displayTitle } from "./display-title.js";

describe("displayTitle", () => {
  it("prefers the article's own title", () => {
    expect(displayTitle("  Vietnam and Japan  ", "Body", 3)).toBe("Vietnam and Japan");
  });

  it("falls back to the opening words, cut at a word", () => {
    const text =
      "Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son has reviewed the outstanding diplomatic achievements of 2024.";
    const title = displayTitle(null, text, 3);
    expect(title.endsWith("…")).toBe(true);
    expect(text.startsWith(title.slice(0, -1))).toBe(true);
    expect(title.length).toBeLessThanOrEqual(91);
  });

  it("uses the number when there is no text either", () => {
    expect(displayTitle(null, "  ", 7)).toBe("Article #7");
  });
});
