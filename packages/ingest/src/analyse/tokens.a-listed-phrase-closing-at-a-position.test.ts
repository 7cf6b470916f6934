import { describe, expect, it } from "vitest";
import { keysEndAt, tokenize } from "./tokens.js";

// keysEndAt answers what `words.every((w, n) => toks[end - words.length + n]?.key === w)` answered, without a closure
// per listed phrase. Sentences are made up for the test.
describe("a listed phrase closing at a position", () => {
  const toks = tokenize("According to Three Port Officials, some 40 barges waited");
  const byEvery = (end: number, words: string[]) => words.every((w, n) => toks[end - words.length + n]?.key === w);

  it("reads the folded words closing just before the position", () => {
    expect(keysEndAt(toks, 2, ["according", "to"])).toBe(true);
    expect(keysEndAt(toks, 7, ["some"])).toBe(true);
    expect(keysEndAt(toks, 3, ["according", "to"])).toBe(false);
  });

  it("never reads before the first token or past the last", () => {
    expect(keysEndAt(toks, 1, ["according", "to"])).toBe(false);
    expect(keysEndAt(toks, toks.length + 1, ["waited"])).toBe(false);
  });

  it("answers as the closure over every listed word did, empty list included", () => {
    const lists = [[], ["to"], ["according", "to"], ["some"], ["port", "officials"], ["waited"], ["x", "y", "z"]];
    for (let end = -2; end <= toks.length + 2; end++) {
      for (const words of lists) expect(keysEndAt(toks, end, words)).toBe(byEvery(end, words));
    }
  });
});
