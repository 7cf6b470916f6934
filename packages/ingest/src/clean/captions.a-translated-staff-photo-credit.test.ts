import { describe, expect, it } from "vitest";
import { isCreditedCaption } from "./captions.js";

// Round 52: a Chinese photo credit ("<agency> reporter <name> photo") as a browser's translation renders it, closing a
// caption. Sentences are the tests' own.
describe("a caption closed by a translated staff photo credit", () => {
  it("reads the whole line as a caption", () => {
    expect(
      isCreditedCaption(
        "On the morning of May 9, the two premiers met in Shanghai. China News Service reporter Liu Wen photo",
      ),
    ).toBe(true);
  });

  it("keeps a sentence about a reporter's photo", () => {
    expect(isCreditedCaption("The minister thanked the paper. Its reporter later sold the photo")).toBe(false);
  });
});
