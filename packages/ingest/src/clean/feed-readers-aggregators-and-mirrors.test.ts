import { describe, expect, it } from "vitest";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 35: the chrome of feed readers, aggregators and mirrors around one story, and an outlet's plea for support.
// Each test fails when the shape is left in the body.

const STORY = [LEAD, MORE].join("\n\n");

describe("aggregator and mirror lists after the story", () => {
  it("ends the story at a heading naming the topic's countries or the outlet before other items", () => {
    for (const heading of [
      "More Laos, Thailand stories",
      "MORE MEKONG NEWS",
      "More from Kyodo:",
      "TRENDING ON THE ARCHIVE",
    ]) {
      const other = "Cambodia's rice exports to China rose 12 percent in May, the commerce ministry said on Monday.";
      const cleaned = clean(lines(TITLE, LEAD, MORE, heading, other, "Myanmar holds talks with donors"));
      expect(cleaned.body, heading).toBe(STORY);
    }
  });

  it("keeps a story line that opens on 'More' and goes on as a sentence", () => {
    const sentence = "More Thai companies are expected to bid for the contracts, the ministry said.";
    expect(clean(lines(TITLE, LEAD, sentence, MORE)).body).toBe([LEAD, sentence, MORE].join("\n\n"));
  });

  it("ends the story at a feed reader's related-from-your-feeds heading", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, "Related from your feeds", "· Asia Desk — Cambodia rice output up"));
    expect(cleaned.body).toBe(STORY);
  });
});

describe("feed reader chrome", () => {
  it("drops the reader's item actions above the story", () => {
    const bar = "☆ Star   ✓ Mark read   Save to Pocket   Share   Open in new tab   Text view | Web view";
    expect(clean(lines(TITLE, bar, LEAD, MORE)).body).toBe(STORY);
  });

  it("ends the item at the reader's actions under it, dropping the next items in the list", () => {
    const cleaned = clean(
      lines(
        TITLE,
        LEAD,
        MORE,
        "Add star   Like   Share   Share with note   Email   Keep unread   Add tags",
        "Send to: Delicious  Twitter",
        "Cambodia opens new deep-sea port in Kampot",
        "The port will handle container ships from next year...",
      ),
    );
    expect(cleaned.body).toBe(STORY);
  });

  it("drops the reader's counters and send-to row", () => {
    for (const line of [
      "All items (1,024)",
      "Show: 12 new items - all items   Mark all as read   Refresh",
      "Send to: Pocket Evernote",
    ]) {
      expect(clean(lines(TITLE, line, LEAD, MORE)).body, line).toBe(STORY);
    }
  });

  it("drops the entry's feed line under its headline, with or without the writer", () => {
    for (const line of ["from Mekong Ledger - Business by Dara Sok", "from Mekong Ledger - World"]) {
      expect(clean(lines(TITLE, line, LEAD, MORE)).body, line).toBe(STORY);
    }
  });

  it("keeps a crosshead that opens on 'From' with no feed's section after a dash", () => {
    const crosshead = "From Vientiane to Bangkok";
    expect(clean(lines(TITLE, LEAD, crosshead, MORE)).body).toBe([LEAD, crosshead, MORE].join("\n\n"));
  });

  it("drops a news site's add-to-selections button between paragraphs", () => {
    expect(clean(lines(TITLE, LEAD, "Add to your selections", MORE)).body).toBe(STORY);
  });
});

describe("closing pitches", () => {
  it("drops an outlet's plea to support its journalism", () => {
    const pitch = "Support DAILY LEDGER's journalism of courage. Good reporting costs money. Make a donation";
    expect(clean(lines(TITLE, LEAD, MORE, pitch)).body).toBe(STORY);
  });
});
