import { describe, expect, it } from "vitest";
import { sentenceAround } from "./sentence-around.js";

const body = "Trade rose 12 percent in 2024. Exports to Japan reached $24 billion! Imports fell.\nA new line here.";

describe("sentenceAround", () => {
  it("widens a selection to its whole sentence as the body writes it", () => {
    const at = body.indexOf("$24 billion");
    expect(sentenceAround(body, at, at + 11)).toBe("Exports to Japan reached $24 billion!");
  });

  it("stops at the first sentence and at a line break", () => {
    expect(sentenceAround(body, 0, 5)).toBe("Trade rose 12 percent in 2024.");
    const at = body.indexOf("new line");
    expect(sentenceAround(body, at, at + 3)).toBe("A new line here.");
  });

  it("keeps a selection that spans two sentences whole", () => {
    const from = body.indexOf("2024");
    const to = body.indexOf("Japan") + 5;
    expect(sentenceAround(body, from, to)).toBe("Trade rose 12 percent in 2024. Exports to Japan reached $24 billion!");
  });
});
