import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";

// Round 46: a search engine's cache prints the terms it highlighted above the copy; the line is the cache's banner,
// never the headline. Sentences are the tests' own.
describe("a cache's highlighted-terms line", () => {
  it("is the cache's furniture in either wording", () => {
    expect(isBoilerplate("These search terms are highlighted: chile vietnam trade pact")).toBe(true);
    expect(isBoilerplate("These terms have been highlighted: chile vietnam")).toBe(true);
  });

  it("leaves a sentence that speaks of highlighted terms", () => {
    expect(
      isBoilerplate("These terms are highlighted in the joint statement the two ministers signed on Tuesday."),
    ).toBe(false);
  });
});
