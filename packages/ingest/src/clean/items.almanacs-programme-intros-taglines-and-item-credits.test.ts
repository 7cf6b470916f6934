import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 48: more pages of several items read as their one story about Vietnam's foreign relations (test/READING.md):
// an almanac's sections, a programme's brief, a digest's tagline, a column of briefs, a roundup item's paper credit.
const read = (lines: readonly string[], title?: string) =>
  cleanArticle(normaliseText(lines.join("\n")), title ? { title } : {});

describe("an almanac page ('Today in History')", () => {
  it("keeps the highlight on the subject and drops the sections under labels alone on their lines", () => {
    const body = read(
      [
        "Today is Monday, March 2, the 61st day of 2026. There are 304 days left in the year.",
        "",
        "Today's Highlight:",
        "",
        "On March 2, 1977, Vietnam's delegation was seated for the first time among the members of the United Nations in New York after years of diplomatic effort.",
        "",
        "On this date:",
        "",
        "In 1836, settlers in a river town declared independence from their distant capital.",
        "",
        "Ten years ago:",
        "",
        "A ferry sank in a northern lake during a storm, and divers searched the water for days afterwards.",
        "",
        "Five years ago:",
        "",
        "A marathon runner broke the course record in a coastal city under heavy rain and strong wind.",
      ],
      "Today in History: March 2",
    ).body;
    expect(body).toContain("first time among the members of the United Nations");
    expect(body).not.toContain("settlers in a river town");
    expect(body).not.toContain("A ferry sank");
    expect(body).not.toContain("marathon runner");
    expect(body).not.toContain("61st day");
  });
});

describe("a programme's brief", () => {
  it("reads the programme's own intro as a digest's and drops the items on other stories", () => {
    const body = read([
      "This is the World Desk Bulletin from Harbour Radio.",
      "",
      "Vietnam and Chile sign a trade pact",
      "",
      "Vietnam and Chile signed a pact on Thursday to cut tariffs on farm goods, the two foreign ministers said in Hanoi after their talks.",
      "",
      "Floods close roads in the south",
      "",
      "Heavy rain closed dozens of roads in the southern provinces, and rescue teams moved families to higher ground overnight.",
      "",
      "Stock index ends the week higher",
      "",
      "The main stock index closed the week two percent higher as investors bought shares of the largest banks again.",
    ]).body;
    expect(body).toContain("cut tariffs on farm goods");
    expect(body).not.toContain("This is the World Desk Bulletin");
    expect(body).not.toContain("rescue teams");
    expect(body).not.toContain("largest banks");
  });
});

describe("a digest's first item under the digest's title", () => {
  it("reads the item's headline paragraph as the title and drops the digest's tagline above it", () => {
    const page = read(
      [
        "Evening Digest: Vietnam and Chile sign a trade pact; floods in the south, and more",
        "",
        "Stories worth your time before the day ends",
        "",
        "Vietnam and Chile sign a trade pact",
        "",
        "Vietnam and Chile signed a pact on Thursday to cut tariffs on farm goods, the two foreign ministers said in Hanoi after their talks.",
        "",
        "The ministers also agreed to open a direct shipping route between the two countries next year.",
      ],
      "Evening Digest: Vietnam and Chile sign a trade pact; floods in the south, and more",
    );
    expect(page.hints.itemTitle).toBe("Vietnam and Chile sign a trade pact");
    expect(page.body).not.toContain("worth your time");
    expect(page.body).toContain("direct shipping route");
  });
});

describe("a section line over a single story", () => {
  it("makes no title of the caption under the story's headline", () => {
    const page = read([
      "Latest news",
      "Vietnam and Chile sign a trade pact",
      "The two foreign ministers shake hands at the guest house in Hanoi",
      "Vietnam and Chile signed a pact on Thursday to cut tariffs on farm goods, the two foreign ministers said in Hanoi after their talks.",
      "The ministers also agreed to open a direct shipping route between the two countries next year.",
    ]);
    expect(page.hints.title).toBe("Vietnam and Chile sign a trade pact");
    expect(page.hints.itemTitle).toBeUndefined();
  });
});

describe("a roundup item's closing credit", () => {
  it("goes from the body and credits the paper once the next items are gone", () => {
    const page = read(
      [
        "Regional Roundup: the week in Southeast Asia",
        "",
        "Welcome to our weekly roundup of the region's news, picked by our desk.",
        "",
        "1. Vietnam and Chile sign a trade pact",
        "",
        "Vietnam and Chile signed a pact on Thursday to cut tariffs on farm goods, the two foreign ministers said in Hanoi after their talks.",
        "",
        "— Viet Nam News",
        "",
        "2. Floods close roads in the south of Thailand",
        "",
        "Heavy rain closed dozens of roads in the southern provinces, and rescue teams moved families to higher ground overnight.",
      ],
      "Regional Roundup: the week in Southeast Asia",
    );
    expect(page.body).toContain("cut tariffs on farm goods");
    expect(page.body).not.toContain("Viet Nam News");
    expect(page.hints.source).toBe("Vietnam News");
  });
});

describe("a single story's short opening sentences", () => {
  it("open no items on a page that neither greets its readers nor calls itself a digest", () => {
    const body = read([
      "Vietnam and Chile sign a trade pact",
      "",
      "Vietnam and Chile signed a pact on Thursday to cut tariffs on farm goods, the two foreign ministers said in Hanoi after their talks.",
      "",
      "Farm groups welcomed the deal. Growers in the south said lower tariffs would help them sell more fruit and coffee abroad next season.",
      "",
      "Rights groups criticised the timing. Campaigners said the talks had skipped labour standards that unions in both countries have long asked for.",
    ]).body;
    expect(body).toContain("Growers in the south");
    expect(body).toContain("Campaigners said");
  });
});
