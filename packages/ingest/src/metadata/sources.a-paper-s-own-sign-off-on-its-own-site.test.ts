import { describe, expect, it } from "vitest";
import { isPublisherItself } from "./sources.js";

// Round 54: a paper signing its story as a wire does ("— VNS") on its own site names itself as the source
// (test/READING.md); its own byline or masthead alone does not. Lines written for the tests.
describe("a paper's own sign-off on its own site", () => {
  it("is the source when the paper closes its story with its tag after a dash", () => {
    expect(isPublisherItself("VNS", "Vietnam News", [], ["— VNS"])).toBe(false);
  });

  it("is still the publisher itself when only a byline names it", () => {
    expect(isPublisherItself("VNS", "Vietnam News", [], ["By Minh Anh / Vietnam News staff"])).toBe(true);
  });
});
