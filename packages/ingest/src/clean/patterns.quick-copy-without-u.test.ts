import { describe, expect, it } from "vitest";
import { quickFor } from "./patterns.js";

describe("quickFor: a caseless pattern's copy without u", () => {
  const cue = /\bweekly\s+notes\b/iu;

  it("is searched on plain text and finds what the pattern finds", () => {
    const text = "Our Weekly Notes arrive on Friday";
    expect(quickFor(cue, text)).not.toBe(cue);
    expect(quickFor(cue, text).test(text)).toBe(cue.test(text));
  });

  it("is not used where u reads a letter or a character differently", () => {
    // the long s and the Kelvin sign fold to ASCII letters only under u; an emoji is one character only under u
    for (const text of ["weekly noteſ", "\u212Aeen weekly notes", "weekly notes 🙂"]) {
      expect(quickFor(cue, text)).toBe(cue);
    }
    expect(cue.test("weekly noteſ")).toBe(true);
  });

  it("is not made for a pattern that needs u", () => {
    const named = /\b\p{Lu}\p{Ll}+\s+notes\b/iu;
    expect(quickFor(named, "Weekly notes")).toBe(named);
    const plain = /weekly/iu;
    expect(quickFor(plain, "weekly")).toBe(plain);
  });
});
