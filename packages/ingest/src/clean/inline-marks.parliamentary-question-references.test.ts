import { describe, expect, it } from "vitest";
import { readInlineMarks } from "./inline-marks.js";

// Round 43: a parliament's order paper closes a member's question with its reference number in square brackets. The
// sentences are the tests' own.
describe("a parliamentary question's reference number", () => {
  it("drops the reference closing a member's question", () => {
    expect(
      readInlineMarks("2. Ms Jo Park (Hilltown) (Lab): What steps he is taking on trade with Laos. [48213]").text,
    ).toBe("2. Ms Jo Park (Hilltown) (Lab): What steps he is taking on trade with Laos.");
    expect(readInlineMarks("Will the Minister visit the region this year? [900112]").text).toBe(
      "Will the Minister visit the region this year?",
    );
  });

  it("keeps a bracketed number that is part of the sentence or a short footnote call", () => {
    const year = "The treaty [2019] was ratified by both sides.";
    expect(readInlineMarks(year).text).toBe(year);
    const code = "The vessel was listed as [HD8] in the report";
    expect(readInlineMarks(code).text).toBe(code);
  });
});
