import { describe, expect, it } from "vitest";
import { clean, LAST, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 58: a portal sets links to its other stories between a story's paragraphs as headlines behind a doubled arrow,
// with no "Read more" label over them; they are links, and the story goes on under them.
describe("headlines behind a doubled arrow between paragraphs", () => {
  it("drops the linked headlines and keeps the story around them", () => {
    const body = clean(
      lines(
        TITLE,
        LEAD,
        MORE,
        ">> Minister opens river port in Savannakhet",
        ">> Laos, Cambodia agree on power trade rules",
        LAST,
      ),
    ).body;
    expect(body).toBe([LEAD, MORE, LAST].join("\n\n"));
  });

  it("drops headlines behind a tripled arrow too", () => {
    const body = clean(
      lines(
        TITLE,
        LEAD,
        ">>> Governor tours new ferry terminal in Pakse",
        ">>> Two provinces sign rice seed pact",
        MORE,
        LAST,
      ),
    ).body;
    expect(body).toBe([LEAD, MORE, LAST].join("\n\n"));
  });

  it("keeps a sentence of the story behind the arrow", () => {
    const line = ">> The two sides also agreed to open a third border gate next year.";
    expect(clean(lines(TITLE, LEAD, line, LAST)).body).toContain("third border gate");
  });
});
