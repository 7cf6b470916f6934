import { describe, expect, it } from "vitest";
import { isSiteNotice } from "./site-notices.js";

// A government site's footer notes on itself: who runs it, its disclaimer on links out, a note on a translation, a
// warning on an unverified transcript. Lines are written for the test.
describe("a government site's notes on itself", () => {
  it.each([
    "This is the official website of the Example Mission in Hanoi. External links to other Internet sites should not be construed as an endorsement of the views contained therein.",
    "The Office of Web Services, Bureau of Outreach, manages this site as a portal for information from the Example Department.",
    "This is a provisional translation by an outside contractor for reference purposes only.",
    "WARNING: This is a PROOF transcript and may not be quoted until the committee has verified it.",
  ])("reads %s as the site's notice", (line) => {
    expect(isSiteNotice(line)).toBe(true);
  });

  it.each([
    "This is the official website of the summit, the minister said, adding that it would list every event.",
    "The ministry manages this site as a portal for investors. It opened in May and drew 10,000 visits.",
    "This is a provisional translation of the agreement, which both sides will sign next month.",
  ])("leaves the story's sentence %s", (line) => {
    expect(isSiteNotice(line)).toBe(false);
  });
});
