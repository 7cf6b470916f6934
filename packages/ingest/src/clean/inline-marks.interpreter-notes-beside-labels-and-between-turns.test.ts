import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { readInlineMarks } from "./inline-marks.js";

// Round 43: a transcript's interpreter's notes set before a turn label's colon, opening a turn's paragraph, or standing
// on a line of their own between turns. The notes are the transcript's; the speaker's words stay. Sentences are the
// tests' own.
describe("an interpreter's note in a transcript", () => {
  it("drops the note set between a turn's label and its colon, keeping the label whole", () => {
    expect(readInlineMarks("President of Laos Sone Vong (retranslated): Mr President, dear friends,").text).toBe(
      "President of Laos Sone Vong: Mr President, dear friends,",
    );
    expect(readInlineMarks("MINISTER TRAN (via interpreter): We agreed on three new flights.").text).toBe(
      "MINISTER TRAN: We agreed on three new flights.",
    );
  });

  it("drops a bracketed note opening a turn's paragraph", () => {
    expect(
      readInlineMarks(
        "[Interpreter's note: the minister's remarks on fishing were summarised.] We also discussed trade.",
      ).text,
    ).toBe("We also discussed trade.");
  });

  it("keeps brackets that are no interpreter's note", () => {
    const line = "Secretary (East) (Smt. Ana Rao): Thank you, and welcome.";
    expect(readInlineMarks(line).text).toBe(line);
  });

  it("sets aside a note standing on its own line between turns", () => {
    const cleaned = cleanArticle(
      "Leaders speak in Hanoi\n\nPRESIDENT ANA SOTO: We agreed to raise our relations with Vietnam to a new level this year.\n\n[interpreter: the President then quotes a proverb about rivers and the sea]\n\nWe must look to the future together, so that our children can be friends and partners.",
    );
    expect(cleaned.body).not.toContain("[interpreter:");
    expect(cleaned.body).toContain("We must look to the future together");
  });
});
