import { describe, expect, it } from "vitest";
import { clean, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";

// Links to other stories a site bullets between two paragraphs of the story, with no label over them.
describe("bulleted headlines set between the story's paragraphs", () => {
  it("drops a run of bulleted headlines standing between two of the story's sentences", () => {
    const page = lines(
      TITLE,
      LEAD,
      MORE,
      "- Cambodia opens a new border gate with Thailand",
      "- Lao minister meets Thai counterpart in Vientiane",
      LAST,
    );
    expect(clean(page).body).toBe(STORY);
  });

  it("keeps a bulleted list the story brings in with a colon", () => {
    const items = ["- Agreement on the second river bridge at Nong Khai", "- Memorandum on cross-border rail freight"];
    const body = clean(lines(TITLE, LEAD, "The two sides also signed these documents:", ...items, MORE, LAST)).body;
    for (const item of items) expect(body).toContain(item);
  });

  it("keeps bulleted points closed by stops", () => {
    const items = [
      "- Freight will cross the river by rail from next year.",
      "- Farmers will pay lower fees at the border.",
    ];
    const body = clean(lines(TITLE, LEAD, MORE, ...items, LAST)).body;
    for (const item of items) expect(body).toContain(item);
  });

  it("keeps a single bulleted line", () => {
    const item = "- Cambodia opens a new border gate with Thailand";
    expect(clean(lines(TITLE, LEAD, MORE, item, LAST)).body).toContain(item);
  });
});
