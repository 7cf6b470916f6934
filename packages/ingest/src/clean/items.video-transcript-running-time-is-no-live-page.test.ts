import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 43: a video page copied with its transcript panel open stamps every caption line with the recording's running
// time from '0:00'. Those stamps are the player's clock, not a live page's entries: the caption lines are the
// transcript, each kept whether or not it names the country. The page is the tests' own.
const clean = (text: string) => cleanArticle(normaliseText(text));

describe("a video's transcript panel", () => {
  it("keeps every caption line under the recording's running time", () => {
    const page = clean(
      [
        "Leaders speak after talks in Lima",
        "The two presidents spoke to the press after their talks on the future of ties between Vietnam and Peru.",
        "",
        "Transcript",
        "0:00",
        "[Music]",
        "0:41",
        "MODERATOR: Ladies and gentlemen, the President of Peru.",
        "0:49",
        "PRESIDENT ANA SOTO: Dear friends, ladies and gentlemen of the press.",
        "1:02",
        "This afternoon the President and I held very successful talks in a frank atmosphere.",
        "1:15",
        "We agreed to raise our relations with Vietnam to a new level.",
        "1:31",
        "Ten years ago our two countries set up a partnership, and today we open a new chapter.",
      ].join("\n"),
    );
    expect(page.body).toContain("This afternoon the President and I held very successful talks");
    expect(page.body).toContain("Ten years ago our two countries set up a partnership");
    expect(page.body).toContain("PRESIDENT ANA SOTO: Dear friends");
    expect(page.body).not.toMatch(/^1:02$/mu);
  });
});
