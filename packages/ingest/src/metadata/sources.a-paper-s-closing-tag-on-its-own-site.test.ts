import { describe, expect, it } from "vitest";
import { resolveSource, type SourceEvidence } from "./sources.js";

// test/READING.md: a "— VNS" tail closing the story names the outlet in the agency manner, on its own site too, as an
// opening tag ("NDO –") does. The paper's name alone on its own site (its masthead, a byline) is still its staff's.
// Sentences are written for the tests.
const base: SourceEvidence = {
  cleaned: "Vietnam News",
  outlet: "Vietnam News",
  author: null,
  raw: null,
  noise: [],
  body: "Delegates from forty countries met in the capital on Sunday to discuss teaching the language to children abroad.",
};

describe("a paper signing off its own story", () => {
  it("is the source when its tag closes the story after a dash", () => {
    const evidence = { ...base, noise: [{ kind: "byline" as const, text: "— VNS" }] };
    expect(resolveSource(evidence)).toEqual({ source: "Vietnam News", kind: "cleaned" });
  });

  it("is no source when only its byline names it on its own site", () => {
    const evidence = { ...base, noise: [{ kind: "byline" as const, text: "By Mai Lan, Vietnam News" }] };
    expect(resolveSource(evidence)).toBeNull();
  });
});
