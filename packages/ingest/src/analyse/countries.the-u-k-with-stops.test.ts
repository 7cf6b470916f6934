import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

// Round 52: American-style copy writes the United Kingdom with stops, as it writes "the U.S.".
describe("the U.K. written with stops", () => {
  it("is the United Kingdom, at a sentence's end too", () => {
    const codes = analyseArticle("Talks were held with Chile and the U.K. on Monday. Trade rose with the U.K.", {})
      .entities.filter((e) => e.type === "country")
      .map((c) => c.code);
    expect(codes).toContain("GB");
  });
});
