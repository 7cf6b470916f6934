import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isDeliveredHeading } from "./document-headings.js";
import { cleanArticle } from "./index.js";

// Round 54: two document tops whose headline the title reader passed over. Lines written for the tests.
const clean = (text: string) => cleanArticle(normaliseText(text));
const story = [
  "The fund's staff team held talks with the central bank and the finance ministry on the outlook for growth.",
  "",
  "Growth is expected to ease this year as exports slow, the team said, while inflation should stay within the target.",
  "",
  "The team thanked the authorities for their hospitality and for the open discussions held during the visit.",
].join("\n");

describe("a release's number over its headline", () => {
  it("takes the headline, not the number line in title case", () => {
    const page = [
      "HARBOUR MONETARY FUND",
      "Press Release No. 12/305",
      "FOR IMMEDIATE RELEASE",
      "June 3, 2011",
      "",
      "Fund Staff Completes Annual Mission to the Republic",
      "",
      story,
    ].join("\n");
    expect(clean(page).hints.title).toBe("Fund Staff Completes Annual Mission to the Republic");
  });
});

describe("a speech headed by who delivered it", () => {
  it("takes 'Statement by <Name>' over the speaker's style", () => {
    const page = [
      "Regional Partners Forum 2015",
      "",
      "Statement by Ana Lima",
      "Country Director for the Republic, The Harbour Bank",
      "Session 2: Trade and Jobs",
      "",
      "Your Excellency Minister of Trade,",
      "Ladies and gentlemen,",
      "",
      "On behalf of the partners, I thank the Harbour Bank team and the government of the Republic for hosting the forum.",
      "",
      story,
    ].join("\n");
    expect(clean(page).hints.title).toBe("Statement by Ana Lima");
  });

  it("reads only a heading, not a sentence that opens on the same words", () => {
    expect(isDeliveredHeading("Keynote Address by H.E. Ana Lima")).toBe(true);
    expect(isDeliveredHeading("Remarks by the minister drew applause from the delegates.")).toBe(false);
  });
});
