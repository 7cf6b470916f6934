import { describe, expect, it } from "vitest";
import { clean, LAST, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 53: a links box set between a story's paragraphs may list a headline that asks a question; the box is still
// only links, and the story goes on under it.
describe("a links box whose last headline is a question, inside the story", () => {
  const box = (mark: string) => [
    "READ MORE:",
    `${mark} Laos opens new border gate with Thailand`,
    `${mark} Mekong ministers to meet in Vientiane in May`,
    `${mark} New rules for river freight: who gains?`,
  ];

  it("drops the box and keeps the paragraphs under it", () => {
    for (const mark of ["»", "•", ">>", "-"]) {
      const body = clean(lines(TITLE, LEAD, MORE, ...box(mark), LAST)).body;
      expect(body, mark).toBe([LEAD, MORE, LAST].join("\n\n"));
    }
  });
});
