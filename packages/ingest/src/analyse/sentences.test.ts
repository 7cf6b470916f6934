import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

describe("splitSentences", () => {
  it("does not end a sentence after Mr., No. or an initial", () => {
    const s = splitSentences(
      "Mr. Xu said so under Resolution No. 18. U.S. envoy Antony J. Blinken agreed. Then they left.",
    );
    expect(s.map((x) => x.text)).toEqual([
      "Mr. Xu said so under Resolution No. 18.",
      "U.S. envoy Antony J. Blinken agreed.",
      "Then they left.",
    ]);
  });

  it("ends a sentence on U.S. or U.K. when a country and its verb open the next one", () => {
    const s = splitSentences(
      "The fund backs firms from Chile and the U.K. Brazil has asked to join. The U.S. Embassy said little. Talks with the U.S. Treasury went on.",
    );
    expect(s.map((x) => x.text)).toEqual([
      "The fund backs firms from Chile and the U.K.",
      "Brazil has asked to join.",
      "The U.S. Embassy said little.",
      "Talks with the U.S. Treasury went on.",
    ]);
  });

  it("keeps offsets into the body and counts paragraphs", () => {
    const body = "First line here.\n\nSecond paragraph. It has two sentences.";
    const s = splitSentences(body);
    expect(s).toHaveLength(3);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.line)).toEqual([0, 1, 1]);
  });

  it("treats a single newline as a boundary", () => {
    expect(splitSentences("A caption line\nBody sentence.").map((x) => x.text)).toEqual([
      "A caption line",
      "Body sentence.",
    ]);
  });
});
