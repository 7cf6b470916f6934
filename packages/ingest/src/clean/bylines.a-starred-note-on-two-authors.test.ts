import { describe, expect, it } from "vitest";
import { isAuthorNote } from "./bylines.js";

// Round 56: a commentary closes on a footnote's star over a note on its two authors, their titles capitalised
// ("*<A> is a Visiting Fellow and <B> a Research Fellow at …"). Names and institutions are invented.
describe("a starred note on two authors", () => {
  it("is a note on the authors", () => {
    expect(
      isAuthorNote(
        "*Mai Lan Chi is a Visiting Fellow and Peter Orr a Research Fellow at the J. Halden Institute of Maritime Studies, Delta University. This piece first ran as an institute brief.",
        null,
      ),
    ).toBe(true);
  });

  it("reads a capitalised title without the star only with the note's cues", () => {
    expect(isAuthorNote("Mai Lan Chi is a Senior Lecturer at Delta University and writes on river trade.", null)).toBe(
      true,
    );
    expect(isAuthorNote("Mai Lan Chi is a Senior Lecturer at Delta University.", null)).toBe(false);
  });
});
