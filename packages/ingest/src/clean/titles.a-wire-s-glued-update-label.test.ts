import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 46: a wire's update label glued to its headline ("UPDATE 3-<headline>") is printed as part of it, and the
// headline is read as printed (test/READING.md); a bracketed label ("(2nd LD)") still goes. Sentences are the tests'.
const story = [
  "",
  "HANOI, March 4 (Reuters) - Chile and Vietnam agreed on Tuesday to widen their free trade deal to fruit and wine, the two trade ministers said after talks in the Vietnamese capital.",
  "",
  "Two-way trade reached 1.8 billion dollars last year, according to customs figures released by the Chilean side.",
].join("\n");

describe("a wire's label before its headline", () => {
  it("keeps a glued update label as printed", () => {
    const cleaned = cleanArticle(normaliseText(`UPDATE 3-Chile and Vietnam widen their trade deal${story}`));
    expect(cleaned.hints.title).toBe("UPDATE 3-Chile and Vietnam widen their trade deal");
  });

  it("drops a bracketed lead label", () => {
    const cleaned = cleanArticle(normaliseText(`(2nd LD) Chile and Vietnam widen their trade deal${story}`));
    expect(cleaned.hints.title).toBe("Chile and Vietnam widen their trade deal");
  });
});
