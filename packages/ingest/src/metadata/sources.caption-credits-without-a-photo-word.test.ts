import { describe, expect, it } from "vitest";
import { resolveSource } from "./sources.js";

// Round 35: a credit closing a caption's sentence ("NAME / AFP") is the picture's, though it carries no photo word;
// a short credit bar or a sentence signed with the wire's dash and tag is not a picture's. Lines written for the tests.
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

  it("still counts in a credit bar or a wire's signed tail the cleaner called a caption", () => {
    for (const text of ["AFP |", "The two sides agreed to widen trade and investment links. - AFP/ab"]) {
      const found = resolveSource({
        cleaned: "AFP",
        noise: [caption, { kind: "caption", text }],
        body: "The two ministers met in Hanoi.",
        author: null,
        outlet: null,
        raw: null,
      });
      expect(found?.source).toBe("AFP");
    }
  });
});
