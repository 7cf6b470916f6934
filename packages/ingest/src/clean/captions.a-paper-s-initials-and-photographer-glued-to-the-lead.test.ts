import { describe, expect, it } from "vitest";
import { splitGluedCredit } from "./captions.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 51: a caption closed by the paper's initials, a slash and its photographer, the name run into the lead.
const CAPTION = "Farmers load rice onto a barge at the river port on Monday. DC/Sok Dara";

describe("a caption credited to a paper's initials and its photographer, glued to the lead", () => {
  it("parts the caption with its credit from the story", () => {
    expect(splitGluedCredit(`${CAPTION}${LEAD}`, () => false)).toEqual({
      caption: CAPTION,
      credit: "DC/Sok Dara",
      rest: LEAD,
    });
  });

  it("leaves the story alone above it", () => {
    expect(clean(lines(TITLE, `${CAPTION}${LEAD}`, MORE)).body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("leaves a sentence whose slash joins two words of the story", () => {
    expect(
      splitGluedCredit("Ministers met in the capital on Monday. The road/rail link opens next year.", () => false),
    ).toBeNull();
  });
});
