import { describe, expect, it } from "vitest";
import { carriedWithAgency } from "./carried-credits.js";
import { clean, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";

// Round 55: a paper sets the credit of the wire its story was written with ("<Paper> with AFP") on a line of its own
// inside the page, between the story's paragraphs or over the paywall's note. Sentences are written for the tests;
// the paper is invented, the agencies are ones the data lists.

describe("a carried-with credit line", () => {
  it("names the wire after a paper's or its writers' names", () => {
    expect(carriedWithAgency("The Harbour Gazette with AFP")).toBe("AFP");
    expect(carriedWithAgency("Jane Roe and Minh Tran with Reuters")).toBe("Reuters");
  });

  it("is no sentence and no pairing of places", () => {
    expect(carriedWithAgency("Laos signed a deal with Reuters reporters present.")).toBeNull();
    expect(carriedWithAgency("Laos with Thailand")).toBeNull();
  });

  it("goes from between the story's paragraphs", () => {
    expect(clean(lines(TITLE, LEAD, MORE, "The Harbour Gazette with AFP", LAST)).body).toBe(STORY);
  });
});
