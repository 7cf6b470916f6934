import { describe, expect, it } from "vitest";
import { clean, expectStoryOnly, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";

// Round 45: furniture shapes from Vietnamese outlets, caches, republishers and syndicated wire copy. Lines are the
// tests' own.
describe("other stories' headlines bulleted under the story", () => {
  it("drops bulleted headlines set after the story, with a tools row under them", () => {
    expectStoryOnly(
      "bottom",
      "• Trade minister opens fair for Lao farm produce",
      "• Cambodian delegation tours river port in Can Tho",
      "• Singapore envoy presents credentials to the President",
      "Print Email this Back to top",
    );
  });

  it("keeps a bulleted list the story introduces with a colon", () => {
    const intro = "The two sides also signed documents on the works:";
    const items = ["• Agreement on the second river bridge at Nong Khai", "• Memorandum on cross-border rail freight"];
    const body = clean(lines(TITLE, LEAD, MORE, intro, ...items, "Print Email this Back to top")).body;
    for (const item of items) expect(body).toContain(item);
  });

  it("keeps bulleted key figures, each a label and its amount", () => {
    const figures = [
      "- Two-way trade in 2023: 2.1 billion USD, up 4% y/y",
      "- Lao exports to Thailand: 800 million USD",
      "- Thai investment in Laos: 90 projects",
    ];
    const body = clean(lines(TITLE, LEAD, MORE, "KEY FIGURES", ...figures, "Work starts next year.")).body;
    for (const figure of figures) expect(body).toContain(figure);
  });
});

describe("notes asking republishers to cite the site", () => {
  it.each([
    ['Please cite "Mekong Herald Online" when reposting this article.'],
    ["Please credit the River Times when republishing this story."],
    ["When reprinting, please cite the source: Mekong Herald."],
  ])("drops %s", (note) => {
    expectStoryOnly("bottom", note);
  });

  it("keeps a sentence about citing sources", () => {
    const line = "Officials cited rising freight costs when asked why the bridge was needed.";
    expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body).toContain(line);
  });
});

describe("a wire copy's note on the agency it was prepared from", () => {
  it("drops the note with the reproduction terms run on after it", () => {
    expectStoryOnly(
      "bottom",
      "This story was prepared based on materials from Lao News Agency. Reproduction of materials is allowed only with a link to the source.",
    );
  });

  it.each([
    ["Reproduction of content is permitted only with reference to the source."],
    ["Full or partial copying of materials is prohibited without written consent."],
    ["When using materials, a link to the agency is required."],
  ])("drops the reproduction terms: %s", (terms) => {
    expectStoryOnly("bottom", terms);
  });
});

describe("a translation's origin line", () => {
  it("drops the original's outlet, date and the translation's rights", () => {
    expectStoryOnly(
      "bottom",
      "Original (Thai): River Daily, 12.03.2019, 09:15. Translation: Mekong Digest, for review only.",
    );
  });

  it("keeps a story's line that opens on the word original", () => {
    const line = "Original plans foresaw a road bridge, but both governments chose rail in 2018.";
    expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body).toContain(line);
  });
});

describe("a feed's other headlines with their age", () => {
  it("drops headlines closed on a dash and how long ago they came in", () => {
    expectStoryOnly(
      "top",
      "Cambodia plans new border checkpoint, officials say — 2 hours ago",
      "Bangkok shares end lower on weak baht — 5 hours ago",
    );
  });

  it("drops them with the age after a dot or in brackets", () => {
    expectStoryOnly(
      "top",
      "Cambodia plans new border checkpoint · 2 hours ago",
      "Bangkok shares end lower (5 hours ago)",
    );
  });
});

describe("menus closed on an ellipsis link", () => {
  it.each([
    ["Home Politics Economy Society Sports Life Travel Search..."],
    ["News Finance Sports Entertainment Shopping Acme Plus More…"],
  ])("drops %s", (menu) => {
    expectStoryOnly("top", menu);
  });

  it("keeps a line of story words that trails off", () => {
    const line = "Both banks will gain, and more...";
    expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body).toContain(line);
  });
});

describe("a tools row with a text-size control", () => {
  it("drops print and email buttons with the font size and its choices", () => {
    expectStoryOnly("top", "Print Email Font size: Small Medium Large");
  });
});

describe("a bilingual links heading", () => {
  it("drops the links under a heading set in two languages", () => {
    expectStoryOnly(
      "bottom",
      "Bài liên quan / Related",
      "- Cambodia reopens two border gates",
      "- Myanmar envoy visits Da Nang port",
      "- Philippine president sworn in",
      "Đọc nhiều nhất / Most read",
      "1. Fuel prices rise for third time this month",
    );
  });
});

describe("a caption closed on its photographer's name in capitals", () => {
  it("drops the caption above the lead", () => {
    const caption =
      "Foreign Minister Saleumxay Kommasith, left, greets his Thai counterpart in Vientiane. The two agreed on the bridge. NOPPARAT KHAMSRI";
    expect(clean(lines(TITLE, caption, LEAD, MORE, LAST)).body).toBe(STORY);
  });

  it("keeps a story's last paragraph signed in capitals", () => {
    const signed = `${LAST} NOPPARAT KHAMSRI`;
    expect(clean(lines(TITLE, LEAD, MORE, signed)).body).toContain(LAST.slice(0, -1));
  });
});

describe("a recent-news links list under the story", () => {
  it("drops the heading and the starred headlines under it", () => {
    expectStoryOnly(
      "bottom",
      "Recent News",
      "* Cabinet to table budget review next week",
      "* Port operator signs terminal deal",
    );
  });
});

describe("the picture of a welcome ceremony", () => {
  it.each([
    ["President Nguyen Van An receives a guard of honour at the Presidential Palace, Vientiane"],
    ["The prime minister was welcomed with military honours at the palace"],
  ])("drops %s set between the story's paragraphs", (caption) => {
    expect(clean(lines(TITLE, LEAD, caption, MORE, LAST)).body).toBe(STORY);
  });

  it("keeps a sentence of the story about the ceremony", () => {
    const line = "The prime minister inspected a guard of honour before the talks began on Tuesday.";
    expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body).toContain(line);
  });
});
