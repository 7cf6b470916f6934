import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 46: a channel's or a fan page's re-post of a wire story sets its own short sentences above the story (the
// channel's description, the sharer's note); they end as sentences do, yet the story opens under them on its headline
// and its dated lead. Sentences are the tests' own.
const clean = (text: string) => cleanArticle(normaliseText(text));

const lead = [
  "Indonesia and Vietnam agreed on Monday to lift trade to 18 billion dollars by 2028 and to settle the",
  "remaining fisheries questions, the two foreign ministers said after their talks in the capital.",
].join(" ");
const more =
  "The ministers also signed a plan on coast guard cooperation and agreed to meet again next year in Jakarta, officials said.";

describe("a re-posted story under a channel's own sentences", () => {
  it("takes the headline over the dated lead, not the channel's description, and reads the wire's dateline", () => {
    const cleaned = clean(
      [
        "About this channel: daily digest of Asian diplomacy. Reposts are not endorsements.",
        "",
        "Asia Desk Watch",
        "",
        "Indonesia and Vietnam agree to lift trade to 18 billion dollars",
        "",
        `JAKARTA, May 6. /TASS/. ${lead}`,
        "",
        more,
      ].join("\n"),
    );
    expect(cleaned.hints.title).toBe("Indonesia and Vietnam agree to lift trade to 18 billion dollars");
    expect(cleaned.hints.source).toBe("TASS");
  });

  it("passes over a sharer's note that the page shared a link", () => {
    const cleaned = clean(
      [
        "Moderator · Friends of Southeast Asian Diplomacy shared a link to the full report.",
        "",
        "Indonesia and Vietnam agree to lift trade to 18 billion dollars",
        "",
        `Jakarta (VNA) – ${lead}`,
        "",
        more,
      ].join("\n"),
    );
    expect(cleaned.hints.title).toBe("Indonesia and Vietnam agree to lift trade to 18 billion dollars");
  });

  it("keeps a story's own first paragraph when no dated lead stands under a headline below it", () => {
    const cleaned = clean([lead, "", "Coast guard plan signed", "", more].join("\n"));
    expect(cleaned.body).toContain("Indonesia and Vietnam agreed on Monday");
  });
});
