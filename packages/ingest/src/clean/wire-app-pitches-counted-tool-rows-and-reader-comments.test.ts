import { describe, expect, it } from "vitest";
import { isBoilerplate, isCommentsHeading, isEndMark } from "./boilerplate.js";
import { isEdgeNote } from "./page-edges.js";
import { clean, expectStoryOnly, LAST, lines, STORY, storyPage } from "./testing/story-parts.js";

// Round 48 (issue 11): furniture that wire copy republished abroad and everyday pages kept in the story, in our own
// words.
describe("a wire's app and follow prompts under its copy", () => {
  it.each([
    "Read more news from Asia on the Harbour Wire app, available for iOS and Android.",
    "Get the Lakeside News app for iPhone and Android to follow the story.",
    "Follow @harbour_wire for breaking news, photos and the daily digest.",
    "Follow us on X @lakeside_news for the latest updates.",
    "Open in app for a better experience",
    "Read this article in the app",
  ])("%s is furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("a sentence about an app launch stays", () => {
    expect(isBoilerplate("The ministry launched an app for iOS and Android users to report illegal fishing.")).toBe(
      false,
    );
    expect(isBoilerplate("Officials followed the talks closely for any sign of a deal.")).toBe(false);
  });
});

describe("a wire's end mark that names the wire, on its own line", () => {
  it("is an end mark, and what follows it is the page's", () => {
    expect(isEndMark("==Harbourwire")).toBe(true);
    expectStoryOnly("bottom", "==Kyodo", "Related coverage from the region is on our site every day.");
  });

  it("credits the wire it names", () => {
    const page = clean(storyPage("bottom", ["==Kyodo", "Photo gallery: the ministers' visit"]));
    expect(page.body).toBe(STORY);
    expect(page.hints.source).toBe("Kyodo");
  });
});

describe("a breadcrumb naming the site by its address", () => {
  it("goes above the story", () => {
    expect(isBoilerplate("You are here: Lakeside.com > News > World")).toBe(true);
    expectStoryOnly("top", "You are here: Lakeside.com > News > World");
  });
});

describe("a date row with its view counter and the page's tools after it", () => {
  it("goes, under the headline", () => {
    const page = clean(storyPage("top", ["14 Mar 2019 - 08:15 Views: 1,207 Print version"]));
    expect(page.body).toBe(STORY);
    expect(page.noise.some((item) => item.text.includes("1,207"))).toBe(true);
  });

  it("a sentence counting views before a tool's word stays", () => {
    const line = "The clip drew 20,000 views in a day and was shared widely in both countries, officials said.";
    expect(clean(storyPage("top", [line])).body).toContain(line);
  });
});

describe("a topics label over lower-case tags", () => {
  it("goes with its tags, the author's beat note under them too", () => {
    expectStoryOnly(
      "bottom",
      "Topics",
      "mekong bridge  laos  thailand laos ties",
      "Mara Quint writes on transport and regional affairs. She has covered the Mekong since 2016.",
    );
  });

  it("a beat note naming its beat alone is the author's, a pact's reach is the story's", () => {
    const rest = `${STORY} The pact was signed in Vientiane.`;
    expect(isEdgeNote("Mara Quint writes on transport and regional affairs.", rest)).toBe(true);
    expect(isEdgeNote("Mekong Freight Pact covers a third of the region's trade.", rest)).toBe(false);
  });

  it("a sentence opening on the word stays", () => {
    expect(isBoilerplate("Topics on the agenda included rail freight and fisheries.")).toBe(false);
  });
});

describe("readers' comments under their own heading", () => {
  it("the heading ends the story", () => {
    expect(isCommentsHeading("YOUR COMMENTS")).toBe(true);
    const page = clean(
      lines(
        storyPage("bottom", []),
        "YOUR COMMENTS",
        "Reader_01 2h",
        "Nice words. Now fix the border crossing in Cambodia.",
      ),
    );
    expect(page.body).toBe(STORY);
    expect(page.body).toContain(LAST);
  });
});
