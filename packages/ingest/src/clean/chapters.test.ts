import { describe, expect, it } from "vitest";
import { chapterListLines } from "./chapters.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

describe("a show's chapter list", () => {
  const chapters = ["00:00 Welcome and housekeeping", "04:30 Why the bridge matters", "19:05 Farmers on both banks"];

  it("reads three or more timed titles in a row, in order of time, as one list", () => {
    expect(chapterListLines(chapters, 0)).toBe(3);
    expect(chapterListLines(["1:02:10 Questions from listeners", ...chapters], 0)).toBe(0);
  });

  it("does not read timed segment heads set apart, post times or timed sentences as a list", () => {
    expect(chapterListLines([chapters[0] as string, "The host opened the show.", chapters[1] as string], 0)).toBe(0);
    expect(chapterListLines(["12:41 AEDT", "13:02 AEDT", "13:30 AEDT"], 0)).toBe(0);
    expect(chapterListLines(["09:00 The ministers arrived.", "10:00 Talks began.", "11:00 They signed."], 0)).toBe(0);
  });

  it("removes the list from the show notes and keeps the story", () => {
    const cleaned = clean(lines(TITLE, LEAD, ...chapters, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });
});
