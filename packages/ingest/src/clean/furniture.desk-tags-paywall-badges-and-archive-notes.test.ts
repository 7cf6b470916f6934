import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isBoilerplate } from "./boilerplate.js";
import { cleanArticle } from "./clean.js";
import { readDateline } from "./datelines.js";
import { clean, expectStoryOnly, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";

// Round 55: furniture a held-out set of global papers left in the story. Each shape is a class of line, not a site's
// words: editors' initials in lower case closing wire copy, a paywall's badge, a print archive's notes on the
// scanned page, and a dateline whose bracket pools two wires. Sentences are written for the tests.

describe("an editors' desk tag in lower case", () => {
  it("goes when a bureau's initials are joined by a hyphen, with lines still under it", () => {
    expect(
      clean(lines(TITLE, LEAD, MORE, LAST, "burs-abc/de", "Get the day's news in our free app")).body,
    ).not.toContain("burs-abc/de");
    expect(clean(lines(TITLE, LEAD, MORE, "xy-abc/de", LAST)).body).toBe(STORY);
  });

  it("keeps a word pair joined by a slash inside a sentence", () => {
    const sentence = "Officials said the and/or wording in the draft would be settled by the lawyers this week.";
    expect(clean(lines(TITLE, LEAD, MORE, sentence, LAST)).body).toContain(sentence);
  });
});

describe("a paywall's badge", () => {
  it("is furniture in its several wordings, and goes between the standfirst and the story", () => {
    expect(isBoilerplate("Article reserved for subscribers")).toBe(true);
    expect(isBoilerplate("This story is available only to subscribers.")).toBe(true);
    expect(clean(lines(TITLE, LEAD, "Content reserved for members", MORE, LAST)).body).toBe(STORY);
  });

  it("leaves a sentence about seats reserved for members", () => {
    expect(isBoilerplate("Seats in the hall are reserved for members of both delegations.")).toBe(false);
  });
});

describe("a print archive's notes on the scanned page", () => {
  it("goes over and under the story", () => {
    expectStoryOnly(
      "top",
      "See the article in its original context from March 2, 1998, Section B, Page 7",
      "This is a digitized version of an article from the paper's print archive, before online publication began.",
    );
    expectStoryOnly(
      "bottom",
      "A version of this article appears in print on March 3, 1998, Section B, Page 7 of the national edition with the headline: Rail Bridge Planned.",
    );
  });
});

describe("a dateline pooling two wires in its bracket", () => {
  it("is read as a dateline naming the first wire, not a place and a day", () => {
    expect(readDateline("VIENTIANE (REUTERS, AFP) - The two ministers met on Tuesday.")).toMatchObject({
      outlet: "Reuters",
      place: "Vientiane",
    });
    const cleaned = cleanArticle(normaliseText([TITLE, "", `VIENTIANE (AFP, Reuters) - ${LEAD}`, "", MORE].join("\n")));
    expect(cleaned.body.startsWith(LEAD)).toBe(true);
    expect(cleaned.hints.source).toBe("AFP");
  });

  it("leaves a bracket of places or words that are no outlets", () => {
    expect(readDateline("VIENTIANE (Laos, Tuesday) - The two ministers met.")?.outlet ?? null).toBeNull();
  });
});
