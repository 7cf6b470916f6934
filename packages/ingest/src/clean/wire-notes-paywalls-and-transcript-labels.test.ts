import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 20: furniture shapes left in the body of unseen-like pages, each written here in other words. Every test
// fails on the cleaner before round 20.

describe("wire notes riding on the dateline and update notes of a wire desk", () => {
  it("drops a correction note that shares its line with the dateline, and keeps the story", () => {
    const cleaned = clean(
      lines(TITLE, "Vientiane, May 4 (EFE).- (Corrects name of the Thai minister in paragraph 2)", LEAD, MORE),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.noise.some((n) => n.text.startsWith("(Corrects name"))).toBe(true);
  });

  it("reads an update note in square brackets or after the update's time as the desk's", () => {
    for (const note of [
      "[UPDATE 3 adds quotes from the Thai minister in paras 5-7]",
      "Updated 1415 GMT: adds details of the bridge's cost, background on the first bridge",
    ]) {
      expect(isBoilerplate(note), note).toBe(true);
      expect(clean(lines(TITLE, note, LEAD, MORE)).body, note).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("drops an editors' advisory over the story", () => {
    const advisory =
      "ADVISORY: Coverage plan for the Mekong summit, Pakse, May 4-6. Editors please note the joint statement is embargoed until 1500 local time.";
    expect(clean(lines(TITLE, advisory, LEAD, MORE)).body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("archive, print-edition and paywall notes", () => {
  it("reads the notes a site sets around an old or gated story as furniture", () => {
    for (const note of [
      "This article was published more than 6 years ago. Some information may no longer be current.",
      "This story is more than two years old",
      "Appeared in the May 5, 2026, print edition as 'Second Bridge for the Mekong'.",
      "This article appeared in Issue 1,204 of The River Weekly. The writer owns no shares in the firms named.",
      "You've reached the end of the free preview. Subscribe to read the full story and our data on river trade.",
      "This article is part of the Ledger's premium Asia coverage. To read more, log in or start a free trial.",
      "You are reading a free article.",
      "Save by subscribing to us for your print and digital copy.",
      "P/S: The Ledger is also available on the App Store and on Google Play.",
      "Stocks mentioned in the article: MEKONG RAIL +2.10% 14.20 Delayed Quote.",
      "Thank you. Please check your inbox to confirm.",
      "Bing is not responsible for the content of this page.",
      "The River Weekly is reader-supported. Become a member to read every story and support our reporters.",
      "SUPPORT THE LEDGER. Reporting costs money. Subscribe for US$4 a month and keep our stories free for all.",
      "Tel: (021) 555-0142 | Fax: (021) 555-0143",
    ]) {
      expect(isBoilerplate(note), note).toBe(true);
      expect(clean(lines(TITLE, LEAD, MORE, note)).body, note).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("keeps a story's sentence on who is not responsible for what", () => {
    for (const sentence of [
      "The ministry said it was not responsible for the content of the leaked letter.",
      "The rail company said it is not liable for the delays caused by the floods.",
    ])
      expect(isBoilerplate(sentence), sentence).toBe(false);
  });
});

describe("transcript, player and reader-view labels", () => {
  it("drops a transcript page's labels and notes and a player's placeholder", () => {
    for (const label of [
      "Read the full transcript",
      "Transcript",
      "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
      "*This text was compiled from uncorrected Closed Captioning.",
      "Video Player is loading.",
      "Your browser does not support HTML5 video. 03:12",
      "4–5 minutes",
      "View in your browser | Forward to a friend",
    ]) {
      expect(isBoilerplate(label), label).toBe(true);
      expect(clean(lines(TITLE, label, LEAD, MORE)).body, label).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("drops a break marker between two paragraphs of a transcript", () => {
    expect(clean(lines(TITLE, LEAD, "(COMMERCIAL BREAK)", MORE)).body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("press-release notes, site links and tool rows", () => {
  it("drops the notes-to-editors heading and a numbered follow line, and keeps the notes' facts", () => {
    const fact = "1. Laos and Thailand opened their first Mekong bridge in 1994.";
    const cleaned = clean(
      lines(TITLE, LEAD, MORE, "Notes to editors", fact, "2. Follow the Foreign Ministry on X: @mfa_example"),
    );
    expect(cleaned.body).toBe([LEAD, MORE, fact].join("\n\n"));
  });

  it("drops a link to another story of the site, an old site's tool row and a three-word motto", () => {
    for (const line of [
      "Also on Mekong Ledger: Thai rice exports rise for a third month",
      "Print version  Send to friend  Add to blog",
      "Independence. Community. Trust.",
      "Source: Compiled by the author from customs data.",
      "For the bridges on the upper river, see List of Mekong bridges.",
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
      expect(clean(lines(TITLE, LEAD, line, MORE)).body, line).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("drops a closing credit naming where the information came from", () => {
    expect(clean(lines(TITLE, LEAD, MORE, "With information from EFE and the Thai foreign ministry.")).body).toBe(
      [LEAD, MORE].join("\n\n"),
    );
  });
});
