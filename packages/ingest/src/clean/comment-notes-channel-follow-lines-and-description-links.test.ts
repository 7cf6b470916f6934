import { describe, expect, it } from "vitest";
import { clean, expectStoryOnly, LAST, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 43: a news site's comment box opens on the site welcoming comments and closes "Comments are moderated.";
// a video page's description ends on the channel's follow line and the link that expands it. Wordings are our own.
describe("comment notes, a channel's follow line and a description's expand link", () => {
  it("drops a comment box's note that closes on 'Comments are moderated.'", () => {
    expectStoryOnly("bottom", "Delta Daily welcomes comments. Be kind and stay on topic. Comments are moderated.");
    expectStoryOnly("bottom", "We welcome your comments; all comments are pre-moderated.");
  });

  it("drops a channel's follow line and the '...more' link under a description", () => {
    expectStoryOnly("top", "Follow River TV for more news from Laos.", "...more");
    expectStoryOnly("bottom", "Follow Mekong Daily for the latest news and videos.");
    expectStoryOnly("top", "…more");
  });

  it("keeps story sentences about comments and following", () => {
    for (const line of [
      "The ministry welcomes comments on the draft until May, and said all comments are published online.",
      "Follow-up talks are due in June, when both sides will report on the work.",
    ]) {
      expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body).toBe([LEAD, line, MORE, LAST].join("\n\n"));
    }
  });
});
