import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";
import { readInlineMarks } from "./inline-marks.js";

// Round 40: what an updated story, a live page and a transcript archive print about themselves is the page's: a blog's
// update note and its "Original post:" label, a live page's "refresh for the latest" note, an archive's note on when the
// president spoke and its citation line; the marks opening an added paragraph ("[UPDATE]", "UPDATE, 11pm:") and an
// interpreter's note in brackets go, the paragraph's words stay.
describe("notes an updated story, a live page and a transcript archive print", () => {
  it("drops them as whole lines", () => {
    for (const line of [
      "This post has been updated with Tuesday's talks in Manila.",
      "Original post:",
      "LIVE — Newest updates first. Refresh for the latest.",
      "Refresh this page for the latest. Entries are listed in the order they were posted.",
      "NOTE: The President spoke at 2:05 p.m. in the Roosevelt Room at the White House. In his remarks, he referred to Prime Minister Nguyen Tan Dung of Vietnam.",
      "Citation: Barack Obama, Remarks Following a Meeting With Prime Minister Nguyen Tan Dung of Vietnam, Online by the Presidency Archive Project.",
    ])
      expect(isBoilerplate(line), line).toBe(true);
    expect(isBoilerplate("The post was updated by the ministry after the talks in Manila.")).toBe(false);
  });

  it("drops an update mark or an interpreter's note and keeps the paragraph's words", () => {
    expect(readInlineMarks("[UPDATE] The two leaders also agreed to open a new consulate.").text).toBe(
      "The two leaders also agreed to open a new consulate.",
    );
    expect(readInlineMarks("UPDATE, 6.15pm: Police said the factory fires were under control.").text).toBe(
      "Police said the factory fires were under control.",
    );
    expect(
      readInlineMarks("Prime Minister Dung. [As translated by an interpreter.] Thank you, Mr. President.").text,
    ).toBe("Prime Minister Dung. Thank you, Mr. President.");
  });
});
