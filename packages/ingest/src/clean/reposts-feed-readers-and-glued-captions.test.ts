import { describe, expect, it } from "vitest";
import { isBoilerplate, withoutTrailingFurniture } from "./boilerplate.js";
import { isPublicationDateLine, readDateline } from "./datelines.js";
import { readInlineMarks } from "./inline-marks.js";
import { clean, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";
import { isGluedToolBar } from "./tool-bars.js";

// Round 41, from pages of the older web and of Vietnam's own outlets written blind (blind89–92): a blogger's repost of
// wire copy with the blogger's own notes around it, an old feed reader's frame, captions run into the lead by a stop or
// closed by a credit in square brackets or by a photographer and a paper no list knows, and the lines of a rating
// widget, a comment box, a content-type label, a gallery and a syndication note. Every sentence is written for the tests.
describe("a blogger's repost of wire copy", () => {
  it("keeps the wire story and drops the blogger's note above it and notes under it", () => {
    const page = clean(
      lines(
        "Mekong Notebook",
        "Nov. 2nd, 2011 | 08:10 am",
        "Bridge news at last",
        "Quiet week on the river, then this. The ministries finally agree, and the cost is nobody's guess yet. Full KPL text below, my bold.",
        "----------",
        TITLE,
        `VIENTIANE, November 1 (KPL) - ${LEAD}`,
        MORE,
        LAST,
        "My notes: the first bridge took six years, so three sounds hopeful. Compare with the Nong Khai talks last spring.",
      ),
    );
    expect(page.body).toBe(STORY);
    expect(page.hints.title).toBe(TITLE);
  });

  it("drops the repost note and the agency's end mark after the last sentence", () => {
    expect(isBoilerplate("Repost for reference (source: Kyodo News via a Tokyo daily). My notes at the end.")).toBe(
      true,
    );
    expect(isBoilerplate("Reposted the ministry's statement is not a sentence anyone writes in a story.")).toBe(false);
    expect(withoutTrailingFurniture("He will meet the emperor on Wednesday. ==Kyodo")).toEqual({
      kept: "He will meet the emperor on Wednesday.",
      removed: "==Kyodo",
    });
  });

  it("reads the stressed words of a Markdown copy without their asterisks", () => {
    expect(readInlineMarks('**"We will not let that trust down,"** the president told reporters.').text).toBe(
      '"We will not let that trust down," the president told reporters.',
    );
    expect(readInlineMarks("Turnover rose 5 per cent (figures marked ** are estimates).").text).toBe(
      "Turnover rose 5 per cent (figures marked ** are estimates).",
    );
  });
});

describe("an old feed reader's frame around one item", () => {
  it("drops the feed's counter line, the item's feed line and its action row", () => {
    for (const line of [
      "Mekong Wire: Top Stories » Show: 42 new items - all items Mark all as read ▼ Refresh Feed settings... ▼",
      "from Mekong Wire: Top Stories",
    ])
      expect(isBoilerplate(line), line).toBe(true);
    expect(isGluedToolBar("☆ Add star Like Share Share with note Email Keep unread Edit tags: ▼ Send to ▼")).toBe(true);
    expect(isGluedToolBar("☆ Star ⤴ Share 🕮 Read later ↗ Open in browser Aa")).toBe(true);
    expect(isBoilerplate("from Vientiane to Bangkok in four hours")).toBe(false);
  });
});

describe("captions run into the lead or closed by a credit", () => {
  it("splits a caption that says where people stand from the lead its stop touches", () => {
    const lead =
      "Foreign Minister Saleumxay Kommasith and his Thai counterpart Don Pramudwinai agreed on Tuesday to build a second rail bridge across the Mekong River.";
    const page = clean(
      lines(
        TITLE,
        `Foreign Minister Saleumxay Kommasith (L) and Don Pramudwinai at the talks in Vientiane on Tuesday.${lead}`,
        MORE,
        LAST,
      ),
    );
    expect(page.body).toBe([lead, MORE, LAST].join("\n\n"));
  });

  it("takes a caption closed by a labelled credit in square brackets or by a photographer and a paper", () => {
    for (const caption of [
      "The Lao foreign minister (L) holds talks with his Thai counterpart in Vientiane, Laos, Nov. 1, 2011. [Photo: KPL]",
      "The two foreign ministers walk to the talks in Vientiane after a welcome ceremony at the palace (Somchai Vong/The Mekong Daily)",
      "The two foreign ministers inspect an honour guard in Vientiane on Tuesday. The Thai minister arrived on Monday. (Somchai Vong/The Mekong Daily)",
    ])
      expect(clean(lines(TITLE, caption, LEAD, MORE, LAST)).body, caption).toBe(STORY);
  });
});

describe("lines of widgets, comment boxes, labels, galleries and syndication", () => {
  it("drops them as whole lines", () => {
    for (const line of [
      "[Rate this article] ★★★★★",
      "Rate this story: ☆☆☆☆☆",
      "Readers' comments are moderated before publication. Please write in English or with full diacritics.",
      "Content-Type: News Based on facts, either observed and verified by the reporter or reported by knowledgeable sources.",
      "1 of 6 | The two foreign ministers shake hands in Vientiane on Tuesday. Photo by Somchai Vong/KPL | License Photo",
      "Published by The Mekong Daily - mekongdaily.example - on November 1, 2011.",
      "♡ Save ⤴ Share ✉ Email ⎙ Print",
      "Reader rating ★★★★☆ 4.2 (38 votes)",
    ])
      expect(isBoilerplate(line), line).toBe(true);
    for (const line of [
      "Comments are moderated by the ministry, a spokesman said, adding that the portal would open in June.",
      "Published by the ministry on Monday, the report on 2011 trade found exports rose by a fifth.",
      "🇱🇦 🇹🇭 Laos and Thailand plan second rail bridge",
      "Temperatures reached 38°C in Vientiane and 40°C in Bangkok",
    ])
      expect(isBoilerplate(line), line).toBe(false);
  });
});

describe("an old masthead's date strip", () => {
  it("reads today's date beside the weather and the exchange rate as the page's date line", () => {
    expect(isPublicationDateLine("Tuesday, November 1, 2011 | Vientiane 31°C | Dollar: 8,010 / 8,030")).toBe(true);
    expect(isPublicationDateLine("Tuesday, November 1, 2011 | Vientiane | Economy | Sports")).toBe(false);
  });
});

describe("datelines of older and scraped pages", () => {
  it("reads a lone unlisted place in capitals before a dash, but not a label", () => {
    expect(readDateline(`BURABAY – ${LEAD}`)).toMatchObject({ rest: LEAD, place: "Burabay", outlet: null });
    expect(readDateline(`EXCLUSIVE – ${LEAD}`)).toBeNull();
    expect(readDateline(`UNESCO – ${LEAD}`)).toBeNull();
  });

  it("reads an agency's dateline with a scraper's emoji before its dash", () => {
    expect(readDateline(`Vientiane (VNA) 🐼– ${LEAD}`)).toMatchObject({ rest: LEAD, outlet: "VNA" });
  });

  it("reads a listed agency's name in title case after the day and before the dash", () => {
    expect(readDateline(`TOKYO, March 18, Kyodo — ${LEAD}`)).toMatchObject({ rest: LEAD, outlet: "Kyodo" });
  });

  it("takes the headline over a lead opening on the site's own tag, not the site's name above it", () => {
    const page = clean(
      lines(
        "Mekong Business Daily",
        "Economic news of the Mekong region",
        "Agriculture   Finance   Industry   Transport   Economy",
        "Vientiane - 1 November 2011 - 10:05",
        TITLE,
        `(Mekong Business Daily) - ${LEAD}`,
        MORE,
        LAST,
      ),
    );
    expect(page.hints.title).toBe(TITLE);
    expect(page.body).toBe(STORY);
  });
});
