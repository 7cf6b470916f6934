import { describe, expect, it } from "vitest";
import { isBoilerplate, isShareBar } from "./boilerplate.js";
import { isCreditedCaption } from "./captions.js";
import { isEdgeNote } from "./page-edges.js";
import { clean } from "./testing/story-parts.js";
import { isGluedToolBar, isHomeToContactMenu } from "./tool-bars.js";

// Round 48 (issue 11): the frame of opinion pages, think tanks' sites and defence coverage, in our own words.
describe("a site's pitch for its readers' support", () => {
  it("a support label in capitals with the pitch after its colon is furniture", () => {
    expect(isBoilerplate("SUPPORT 7SEAS REVIEW: independent, ad-free analysis on the region.")).toBe(true);
    expect(isBoilerplate("Support Lakeside Weekly: reader-funded journalism since 2009")).toBe(true);
  });

  it("a heading about support stays", () => {
    expect(isBoilerplate("Support Grows: Ministers Back the Rail Bridge")).toBe(false);
  });
});

describe("a comment box's note on its new platform", () => {
  it("is furniture", () => {
    expect(
      isBoilerplate(
        "We have migrated to a new commenting platform. If you are already a registered user of Harbour Daily and logged in, you may continue to engage with our articles.",
      ),
    ).toBe(true);
  });
});

describe("two share actions alone on a line", () => {
  it.each(["Bookmark Share", "Save Share"])("%s is a share bar", (line) => {
    expect(isShareBar(line)).toBe(true);
  });

  it("a pair with another word is not", () => {
    expect(isShareBar("Share Prices")).toBe(false);
  });
});

describe("a site's menu and links rows", () => {
  it("a menu from its about link to its contact link", () => {
    expect(isHomeToContactMenu("About Research Programs Events Media Contact")).toBe(true);
  });

  it("sections closed by a call to contribute", () => {
    expect(isGluedToolBar("Politics Economics Culture Video Podcasts Publish With Us")).toBe(true);
  });
});

describe("a caption placing its people, closed by the outlet's bare name", () => {
  it("is a caption", () => {
    expect(
      isCreditedCaption(
        "Laos's Foreign Minister Anna Vong (left) and her Thai counterpart Peter Sorn shake hands before their talks in Vientiane on March 3. NHK",
      ),
    ).toBe(true);
  });

  it("a story's sentence signed by its agency places no one and stays", () => {
    expect(isCreditedCaption("The two ministers will meet again in Bangkok in December to review the work. NHK")).toBe(
      false,
    );
  });
});

describe("an institution's note that its authors speak for themselves", () => {
  it("is a disclaimer", () => {
    expect(
      isEdgeNote(
        "The Harbour Council does not take collective positions. Its publications only represent the views of their individual authors.",
        "Laos and Thailand agreed on Tuesday to build a second rail bridge.",
      ),
    ).toBe(true);
  });
});

describe("a site's tagline over its sections run together with a link", () => {
  it("is no headline: the headline under the menu is", () => {
    const page = [
      "HARBOUR REVIEW",
      "Read the Region Clearly",
      "Politics  Economics  Culture  Video  Podcasts  Publish With Us",
      "ASIA | POLITICS",
      "",
      "Two Neighbours and a Costly Promise",
      "",
      "Laos and Thailand agreed on Tuesday to build a second rail bridge across the Mekong River, the two foreign ministers said after their talks.",
      "",
      "The bridge is expected to cut freight costs for farmers on both banks and open in three years, officials from both ministries said.",
    ].join("\n");
    expect(clean(page).hints.title).toBe("Two Neighbours and a Costly Promise");
  });
});
