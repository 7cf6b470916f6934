import { describe, expect, it } from "vitest";
import { clean, LAST, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 54: a wire's page sets a link to another of its stories between the paragraphs, as the labelled headline of
// that story closed by its own end mark; the story runs on under it to the end mark of its own.
describe("a wire's labelled teaser closed by an end mark between the story's paragraphs", () => {
  const teaser = "(LEAD) Thai premier to visit Vientiane for bridge ceremony";

  it("drops the teaser and its mark and keeps the story under them", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, teaser, "(END)", LAST, "(END)", "Most Liked"));
    expect(cleaned.body).toBe([LEAD, MORE, LAST].join("\n\n"));
    expect(cleaned.noise.map((n) => n.text)).toContain(teaser);
  });

  it("still ends the story at an end mark with no other mark under it", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, teaser, "(END)", LAST));
    expect(cleaned.body).not.toContain(LAST);
  });

  it("still ends the story at an end mark under a paragraph that is no labelled headline", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, "(END)", LAST, "(END)"));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });
});
