import { describe, expect, it } from "vitest";
import { chatLines } from "./live-chat.js";
import { isStoryBreakLine, storyBreakLines } from "./story-breaks.js";

// Round 51: a live stream's counter and chat box copied with the page. Lines are the tests' own.
const LEAD =
  "The two foreign ministers said on Friday they would open a hotline between their coast guards before the end of the year.";

describe("a live stream's chat box", () => {
  const page = [
    "Live: foreign ministers meet the press in Vientiane",
    "842 watching now · Started streaming 12 minutes ago",
    "Live chat",
    "Top chat ▾",
    "Somchai P.: picture is clear now",
    "Mai Linh: greetings from Da Nang!",
    "Chat is disabled for this replay",
    LEAD,
  ];

  it("reads the label, the viewers' messages and the closing notice", () => {
    const found = new Set<number>();
    expect(chatLines(page, 2, found)).toBe(6);
    expect([...found]).toEqual([2, 3, 4, 5, 6]);
  });

  it("reads the stream's counter, and leaves the story's lead", () => {
    expect(isStoryBreakLine(page[1] as string)).toBe(true);
    const breaks = storyBreakLines(page);
    expect(breaks.has(1)).toBe(true);
    expect(breaks.has(7)).toBe(false);
  });

  it("reads no label-and-text lines under a line that is no chat box's label", () => {
    const story = ["Key dates", "Talks: Friday", "Signing: Saturday", LEAD];
    const found = new Set<number>();
    expect(chatLines(story, 0, found)).toBe(0);
    expect(found.size).toBe(0);
  });
});
