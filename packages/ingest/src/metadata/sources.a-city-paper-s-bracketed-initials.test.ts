import { describe, expect, it } from "vitest";
import { isOwnTag, resolveSource, type SourceEvidence } from "./sources.js";

// Round 43: Hanoi's city paper opens its stories on its initials in brackets and a dash ("(HNM) - …"), as Vietnamese
// papers set their own tags. Listed, the tag names the paper, as "NDO –" or "SGGP –" do; the sentence is our own.
describe("a city paper's bracketed initials opening the story", () => {
  it("names the paper as the source", () => {
    const evidence: SourceEvidence = {
      cleaned: "HNM",
      noise: [{ kind: "dateline", text: "(HNM) -" }],
      body: "The city opened two new metro stations on Sunday.",
      author: null,
      outlet: null,
      raw: null,
    };
    expect(isOwnTag("HNM", evidence.noise)).toBe(false);
    expect(resolveSource(evidence)).toEqual({ source: "HNM", kind: "cleaned" });
  });
});
