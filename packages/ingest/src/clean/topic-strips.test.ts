import { describe, expect, it } from "vitest";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";
import { isLabelTrail, isTopicStrip } from "./topic-strips.js";

describe("section trails and topic strips over the headline", () => {
  it("passes over a breadcrumb whose topic names an event's edition", () => {
    // The breadcrumb shares words with the lead ("Thailand", "Mekong"), as a country's or a river's section does.
    const page = lines(
      "River Daily",
      "News and analysis from the Mekong",
      "Thailand | Mekong River 2024",
      TITLE,
      LEAD,
      MORE,
    );
    expect(clean(page).hints.title).toBe(TITLE);
    expect(isLabelTrail("Thailand | Mekong River 2024")).toBe(true);
    expect(isLabelTrail("Laos and Thailand | plan a second rail bridge over the river")).toBe(false);
  });

  it("passes over a strip of topic links led by one in capitals", () => {
    const strip = "ON THE RIVER Thailand rail plans Laos freight corridor";
    const page = lines("RIVER DAILY", "News Politics Business World", strip, TITLE, LEAD, MORE);
    expect(clean(page).hints.title).toBe(TITLE);
    expect(isTopicStrip(strip)).toBe(true);
    expect(isTopicStrip("ASEAN Ministers agree on rail plan")).toBe(false);
  });
});
