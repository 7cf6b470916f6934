import { describe, expect, it } from "vitest";
import { clean, expectStoryOnly, LEAD, lines, MORE, storyPage, TITLE } from "./testing/story-parts.js";
import { withoutSiteSuffix } from "./title.js";

/*
 * Round 39, from a held-out feed reader's page: its bars carry counters ("34 unread") and view switches, it lists the
 * feed's other items under "Also in this feed", and it credits the item on a line of parts set apart by dots under
 * the headline. Each row is written in the project's own words beside a story line of similar look that must stay.
 */
/** The headline, the furniture under it, then the lead and a paragraph: the headline stays the title, the rest goes. */
function expectHeadlineAndStory(furniture: string): void {
  const cleaned = clean(lines(TITLE, furniture, "", LEAD, "", MORE));
  expect(cleaned.hints.title).toBe(TITLE);
  expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
}

describe("a feed reader's furniture around the item it shows", () => {
  it.each([
    ["top", "48 unread   Mark all as read   List view ▾"],
    ["top", "Visit website   ☆ Star   Read later   Share   ⋯"],
    ["bottom", "← Previous article   Mark as unread   Next article →"],
  ] as const)("takes out a bar of actions with its counters and arrows (%s): %s", (where, bar) => {
    expectStoryOnly(where, bar);
  });

  it("ends the story at the heading of the feed's other items", () => {
    expectStoryOnly(
      "bottom",
      "Also in this feed",
      "  · Ministers to meet on river transport next month",
      "  · New border gate opens for trucks",
    );
  });

  it("keeps a story line that opens on a number and names reading", () => {
    const page = storyPage("bottom", [
      "12 unread letters from the farmers' union were read aloud at the meeting, the union's chair said.",
    ]);
    expect(clean(page).body).toContain("12 unread letters");
  });
});

describe("a credit of parts set apart by dots under the headline", () => {
  it("is not joined to the headline as a wrapped line, so the headline stays the title", () => {
    expectHeadlineAndStory(
      lines(
        "by Mekong News Agency  ·  3 hours ago  ·  Mar 4, 2019 09:15",
        "Visit website   ☆ Star   Read later   Share   ⋯",
      ),
    );
  });

  it("still joins a paragraph wrapped at a fixed width", () => {
    const wrapped = lines(
      "The two ministers agreed on Tuesday to build a second rail bridge across",
      "the Mekong River, and said the work would start before the rainy season",
      "and end within three years.",
    );
    expect(clean(lines(TITLE, "", wrapped, "", MORE)).body).toContain(
      "across the Mekong River, and said the work would start before the rainy season and end",
    );
  });
});

describe("a market-data widget's notes and an aggregator's standfirst", () => {
  it.each([
    [
      "bottom",
      "Data is a real-time snapshot *Data is delayed at least 15 minutes. Business News, Stock Quotes and Data.",
    ],
    ["bottom", "*Quotes delayed at least 20 minutes."],
    [
      "top",
      "Get latest news and updates on Asia at RiverDaily. Laos and Thailand agreed to build a second rail bridge across the Mekong.",
    ],
  ] as const)("takes out the line (%s): %s", (where, line) => {
    expectStoryOnly(where, line);
  });

  it("keeps a story line about a delay of minutes", () => {
    const page = storyPage("bottom", ["The ferry was delayed 15 minutes by fog, the port authority said on Friday."]);
    expect(clean(page).body).toContain("delayed 15 minutes by fog");
  });
});

describe("a desk's credit naming its agency after a slash, where a headline would stand", () => {
  it("is the story's credit, not its title, and names the agency as the source", () => {
    const cleaned = clean(lines("Mekong Desk/AFP", "", `VIENTIANE: ${LEAD}`, "", MORE));
    expect(cleaned.hints.title).toBeNull();
    expect(cleaned.hints.source).toBe("AFP");
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("leaves a headline with a slash between two words a headline", () => {
    expect(clean(lines("Laos/Thailand: rail bridge talks resume", "", LEAD, "", MORE)).hints.title).toBe(
      "Laos/Thailand: rail bridge talks resume",
    );
  });
});

describe("a photo's caption whose credit is glued to the story's byline", () => {
  it("takes out both, so the headline above stays the title", () => {
    expectHeadlineAndStory(
      lines(
        "",
        "The two foreign ministers at the signing ceremony in Vientiane on Tuesday. (MOFA photo)By Keo Chanthavong",
      ),
    );
  });
});

describe("a print view's tab title", () => {
  it("drops the site's name before a guillemet and the view's name after the headline", () => {
    expect(withoutSiteSuffix(`The Borneo Post » ${TITLE} » Print`)).toBe(TITLE);
    expect(withoutSiteSuffix(`${TITLE} | Printer-friendly version`)).toBe(TITLE);
  });

  it("keeps a headline whose words before a chevron are no site's name", () => {
    expect(withoutSiteSuffix("Rice exports » up 12 percent in May")).toBe("Rice exports » up 12 percent in May");
  });
});
