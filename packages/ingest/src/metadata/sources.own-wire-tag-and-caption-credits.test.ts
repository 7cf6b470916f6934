import { describe, expect, it } from "vitest";
import { isPublisherItself, resolveSource } from "./sources.js";

// Round 35: a newspaper that signs its own copy as a wire does ("— VNS" closing the story) is the source on its own
// site, whether or not the page's metadata names the site; a credit closing a caption ("NAME / AFP") is the
// picture's, though it carries no photo word. Lines written for the tests.
describe("a newspaper's wire tag on its own site", () => {
  it("is the source when the story closes on it and the metadata names the same site", () => {
    expect(isPublisherItself("Vietnam News", "Vietnam News", [], ["— VNS"])).toBe(false);
  });

  it("is still the publisher itself when only a byline names the paper", () => {
    expect(isPublisherItself("Vietnam News", "Vietnam News", [], ["By Lan Anh, Vietnam News"])).toBe(true);
  });
});

describe("an agency credited only at the end of a caption", () => {
  const caption = {
    kind: "caption",
    text: "The two ministers shake hands before their talks in Hanoi on Tuesday. JANE ROE / AFP",
  };

  it("is not the story's source", () => {
    const found = resolveSource({
      cleaned: "AFP",
      noise: [caption, { kind: "byline", text: "By John Doe" }],
      body: "The two ministers met in Hanoi.\nThey agreed to meet again next year.",
      author: null,
      outlet: null,
      raw: null,
    });
    expect(found).toBeNull();
  });

  it("gives way to the agency's own dateline tag", () => {
    const found = resolveSource({
      cleaned: "AFP",
      noise: [caption, { kind: "dateline", text: "HANOI (AFP) -" }],
      body: "The two ministers met in Hanoi.",
      author: null,
      outlet: null,
      raw: null,
    });
    expect(found?.source).toBe("AFP");
  });
});
