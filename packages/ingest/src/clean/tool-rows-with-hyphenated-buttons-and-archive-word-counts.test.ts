import { describe, expect, it } from "vitest";
import { clean, expectStoryOnly, LAST, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 43: an old site's tool row under its stamp names its mail button with a hyphen ("E-mail") among the others,
// and a news archive sets the document's word count alone on a line with its date and wire. Wordings are our own.
describe("tool rows with hyphenated buttons and an archive's word count", () => {
  it("drops a tool row whose mail button is hyphenated, among feedback and text-size buttons", () => {
    expectStoryOnly("top", "Posted: 08:40 | 03/04/2014", "Print   E-mail   Feedback   Font size: A+ A-");
    expectStoryOnly("top", "Send   Print   E-mail   Comments");
  });

  it("drops a word count alone on its line under the headline", () => {
    expectStoryOnly("top", "612 words", "14 March 2012", "Agence France Presse");
    expectStoryOnly("top", "1,204 words");
  });

  it("keeps a sentence that counts words", () => {
    const line = "The joint statement runs to 612 words.";
    expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body).toBe([LEAD, line, MORE, LAST].join("\n\n"));
  });
});
