import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// "According to an official, he told X that …": the pronoun after the opening phrase is the speaker, X the listener.
describe("quotes: a pronoun after an according-to opening", () => {
  it("is the speaker, not the listener the verb names", () => {
    const body =
      'Chancellor Maria Keller hosted President Luong Cuong in Berlin.\n\nLuong Cuong said the visit was "a new chapter for our two nations and peoples". According to a German diplomat, he also told Keller that "Vietnam wants German engineers to help build its railways."';
    expect(read(body)).toEqual([
      ["Luong Cuong", "a new chapter for"],
      ["Luong Cuong", "Vietnam wants German engineers"],
    ]);
  });
});
