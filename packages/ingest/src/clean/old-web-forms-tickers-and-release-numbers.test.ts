import { describe, expect, it } from "vitest";
import { headingOverSiteName } from "../read/html.js";
import { readBareCredit } from "./bylines.js";
import { isCreditedCaption } from "./captions.js";
import { clean, expectStoryOnly, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";
import { isInstitutionName } from "./title.js";

// Round 49: the older web's furniture (2008–2016 pages saved or copied), each shape written here in other words.

describe("old-web forms, tickers and release numbers", () => {
  it("drops a send-to-a-friend form with its empty fields and buttons, and keeps the headline under it", () => {
    const form = [
      "Mekong Ledger",
      "E-MAIL THIS STORY",
      "Email this story to a friend using the form below.",
      "Your name:",
      "Your e-mail:",
      "Recipient's e-mail:",
      "[Submit] [Reset]",
    ];
    const cleaned = clean(lines(...form, TITLE, "By Lan Pham, May 4, 2026", LEAD, MORE, LAST));
    expect(cleaned.body).toBe(STORY);
    expect(cleaned.noise.find((n) => n.kind === "title")?.text).toBe(TITLE);
  });

  it("drops a ticker line set behind arrows above the headline, though its headlines close on an ellipsis", () => {
    const ticker = ">> Latest: Rice prices rise for a third week ... Ferry service resumes on the Mekong ...";
    const cleaned = clean(
      lines("Mekong Ledger", "Home | Politics | Business | World", ticker, TITLE, LEAD, MORE, LAST),
    );
    expect(cleaned.body).toBe(STORY);
    expectStoryOnly("before", "» Breaking: Border crossing reopens after floods");
  });

  it("takes a caption closed by an agency's photo credit with no dash for the picture's", () => {
    const caption = "The two foreign ministers, right, walk to the talks in Vientiane on Monday. Reuters photo";
    expect(isCreditedCaption(caption)).toBe(true);
    expect(isCreditedCaption("The ministers walked to the talks in Vientiane on Monday. A photo")).toBe(false);
  });

  it("reads an old template's page title of the mission's name and a section as the site's, not the headline", () => {
    expect(isInstitutionName("Embassy of Laos, Bangkok")).toBe(true);
    expect(headingOverSiteName("Embassy of Laos, Bangkok :: News", null)).toBeNull();
    expect(headingOverSiteName("Embassy of Laos, Bangkok | Press Releases", TITLE)).toBe(TITLE);
    expect(headingOverSiteName("Laos, Thailand plan bridge :: Mekong Ledger", null)).toBe(
      "Laos, Thailand plan bridge :: Mekong Ledger",
    );
  });

  it("takes the headline over a release's number line with its place and day, and credits no one with it", () => {
    const number = "Press Release No. VTE/PR/12/2026    Vientiane, 4 May 2026";
    const cleaned = clean(lines("Embassy of Laos, Bangkok", TITLE, number, LEAD, MORE, LAST));
    expect(cleaned.noise.find((n) => n.kind === "title")?.text).toBe(TITLE);
    expect(cleaned.hints.author).toBeNull();
    expect(readBareCredit("Press Release No. VTE/PR/12/2026 Vientiane")).toBeNull();
  });
});
