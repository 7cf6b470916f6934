import { describe, expect, it } from "vitest";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 36: an e-paper reader prints a notice that the text is a view of the printed page, and a live blog closes
// on a note that it has ended; neither is the story's. Lines written for the tests.
describe("reader notices and live blog closing notes", () => {
  it("drops an e-paper reader's text-view notice above the story", () => {
    const notice = "Text version of the e-paper page. Fonts, pictures and tables may differ from the print.";
    const cleaned = clean(lines(notice, TITLE, LEAD, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops a live blog's closing note under the last post", () => {
    for (const note of [
      "Our live coverage has ended. Read the full report on our summit page.",
      "This live blog is now closed.",
    ]) {
      const cleaned = clean(lines(TITLE, LEAD, MORE, note));
      expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("keeps a sentence of the story that says a live broadcast ended", () => {
    const sentence = "The live broadcast of the talks ended early after the power failed in the hall.";
    const cleaned = clean(lines(TITLE, LEAD, MORE, sentence));
    expect(cleaned.body).toBe([LEAD, MORE, sentence].join("\n\n"));
  });
});
