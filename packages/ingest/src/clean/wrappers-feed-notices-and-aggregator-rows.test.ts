import { describe, expect, it } from "vitest";
import { clean, expectStoryOnly, LEAD, lines, MORE, STORY, storyPage, TITLE } from "./testing/story-parts.js";

// Round 42: what a carrier, a proxy, an archive or an aggregator wraps around a story it shows. Each test fails when
// the shape is left in the body (or read as the headline).

describe("a carrier's note that the copy came unchanged from a wire feed", () => {
  it("drops the note in either wording, with or without brackets", () => {
    expectStoryOnly(
      "bottom",
      "This report was taken unchanged from a news agency feed; the site only wrote the headline.",
    );
    expectStoryOnly(
      "bottom",
      "(This article is published from a syndicated feed with no edits to the text. Only the picture was changed.)",
    );
  });

  it("keeps a story sentence about an agency's feed", () => {
    const sentence =
      "The ministry said the report published on Monday from an official source was wrong in three places.";
    expect(clean(lines(TITLE, LEAD, MORE, sentence)).body).toBe([LEAD, MORE, sentence].join("\n\n"));
  });
});

describe("a translation proxy's bar over the page", () => {
  it("neither takes the proxy's name as the headline nor keeps its machine-translation notice", () => {
    const cleaned = clean(
      storyPage("before", [
        "Google Translate",
        "This page has been machine-translated from Lao. The translation may be inaccurate.",
      ]),
    );
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).toBe(STORY);
  });
});

describe("a cache's and an archive's banners", () => {
  it("drops the AMP cache's bar naming the cached host", () => {
    expectStoryOnly(
      "before",
      "www-example-org.cdn.ampproject.org · Served from the Google AMP Cache · View original page",
    );
  });

  it("drops a site's notice that the page is archived and no longer updated", () => {
    expectStoryOnly(
      "top",
      "This is an archived page. It was put up under the previous government and is no longer kept up.",
    );
  });

  it("drops an archive's capture block from its name down to its last toolbar line, and never titles the page with it", () => {
    const capture = [
      "INTERNET ARCHIVE",
      "Wayback Machine",
      "12 captures",
      "About this capture",
      "COLLECTED BY",
      "Organization: Example Crawls",
      "Starting in 2003, Example Crawls have been donating their crawl data to the Internet Archive.",
      "TIMESTAMPS",
    ];
    const cleaned = clean(storyPage("before", capture));
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).toBe(STORY);
  });

  it("drops a release aggregator's closing 'Public Release' note", () => {
    expectStoryOnly(
      "bottom",
      "/Public Release. The text above is the issuing office's own and may have been shortened. The site takes no position on it.",
    );
  });
});

describe("an aggregator's rows over the story", () => {
  it("drops its age line, its rating row, and its summary box with the box's feedback prompt", () => {
    expectStoryOnly(
      "top",
      "Published 3 hours ago · Vientiane, Laos · Updated 1 hour ago",
      "12 Articles · Bias Distribution: 58% Left · Factuality: Mixed",
      "Summary by Newsroll",
      "• Laos and Thailand will build a second rail bridge over the Mekong.",
      "• Freight costs are expected to fall.",
      "Highlights by Newsroll AI · Does this summary look off?",
    );
  });

  it("keeps a story's own bulleted points when no summary label heads them", () => {
    const points = ["• The bridge will carry freight trains.", "• It should open in three years."];
    expect(clean(lines(TITLE, LEAD, ...points, MORE)).body).toBe([LEAD, ...points, MORE].join("\n\n"));
  });
});

describe("a think tank's disclaimer on its author's piece", () => {
  it("drops the institute's note that it has no opinions of its own", () => {
    expectStoryOnly(
      "bottom",
      "The Mekong Institute does not express opinions of its own. The opinions in this paper are the author's.",
    );
  });
});

describe("a newsletter's browser link", () => {
  it("drops the 'having trouble viewing this email' line over the item", () => {
    expectStoryOnly("top", "Having trouble reading this newsletter? View it online.");
  });
});

describe("a chat channel's preview around a forwarded story", () => {
  it("drops the channel's counters, buttons, pinned post and forward label, and reads the headline behind its flags", () => {
    const cleaned = clean(
      lines(
        "Mekong Wire",
        "@mekongwire",
        "8.1K subscribers · 900 photos · 75 links",
        "View in Telegram   Preview channel",
        "Pinned message",
        "📌 News from the Mekong countries every day. Forwards are not endorsement. Write to the admins via the bot.",
        "Forwarded from Vientiane Daily Online",
        `🇱🇦🇹🇭 ${TITLE}`,
        LEAD,
        MORE,
      ),
    );
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("an analysis page's footnote numbers", () => {
  it("drops a bracketed note number glued after a sentence or a word, keeping the words", () => {
    const marked =
      "Laos and Thailand agreed on Tuesday to build a second rail bridge across the Mekong River,[1] the two foreign ministers said after their talks.[2][3]";
    expect(clean(lines(TITLE, marked, MORE)).body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("a dateline naming several places", () => {
  it("takes off a dateline whose places are joined by slashes, and reads its agency", () => {
    const cleaned = clean(lines(TITLE, `VIENTIANE/BANGKOK (Reuters) – ${LEAD}`, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBe("Reuters");
  });
});

describe("captions set as lines of their own", () => {
  it("drops a caption under a 'Photo/Illustration' label, in the misspelling one site prints too", () => {
    expectStoryOnly("top", "Photo/Illustration The two foreign ministers shake hands in Vientiane on Tuesday. (Pool)");
    expectStoryOnly("bottom", "Photo/Illutration A freight train crosses the first Mekong bridge in 2009.");
  });

  it("drops a caption closed by its photographer's Getty Images credit", () => {
    expectStoryOnly("top", "The two ministers meet in Vientiane on Tuesday. Jane Roe/AFP via Getty Images");
  });
});
