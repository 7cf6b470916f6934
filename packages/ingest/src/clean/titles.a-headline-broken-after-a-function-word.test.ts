import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 46: a PDF's text breaks a headline where the column ended; a line that ends on an article, a preposition or
// a conjunction goes on in the next line, even one that opens on a capital. Sentences are the tests' own.
const story = [
  "",
  "Chile and Vietnam agreed on Tuesday to widen their free trade deal to fruit and wine, the two trade ministers said after talks in the Vietnamese capital.",
  "",
  "Two-way trade reached 1.8 billion dollars last year, according to customs figures released by the Chilean side.",
].join("\n");
const clean = (head: string) => cleanArticle(normaliseText(`${head}${story}`));

describe("a headline broken over two lines", () => {
  it("goes on after a line ending on an article, whatever the case of the next line", () => {
    expect(clean("Chile and Vietnam widen their trade deal, opening a\nNew Season for Growers").hints.title).toBe(
      "Chile and Vietnam widen their trade deal, opening a New Season for Growers",
    );
  });

  it("stops at a headline ending on a word of its own, the line under it a standfirst", () => {
    expect(clean("Chile and Vietnam widen their trade deal\nNew Season for Growers").hints.title).toBe(
      "Chile and Vietnam widen their trade deal",
    );
  });
});
