import { describe, expect, it } from "vitest";
import { clean, expectStoryOnly, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 51 (blind131's shapes): a release's pointer to its press office and a links box set over the lead.
// Sentences are the tests' own.
describe("a release's pointer to its press office", () => {
  it("drops the pointer that closes on a telephone number or an e-mail address", () => {
    expectStoryOnly(
      "bottom",
      "For further information: press service of the Embassy of Norway in Hanoi, +84 24 1234 5678",
    );
    expectStoryOnly("bottom", "For more information: Media Unit, Ministry of Trade, media@example.org");
  });

  it("keeps a paragraph that opens on the same words but says something of the story", () => {
    const paragraph = "For more information: the ministry will publish the full list of projects in June.";
    expect(clean(lines(TITLE, LEAD, MORE, paragraph)).body).toContain(paragraph);
  });
});
