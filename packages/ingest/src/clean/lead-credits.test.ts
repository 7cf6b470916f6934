import { describe, expect, it } from "vitest";
import { clean, lines, MORE, TITLE } from "./testing/story-parts.js";

describe("an agency's tag closing the story's first paragraph", () => {
  it("credits the story when the tagged paragraph is a lead, not a caption", () => {
    const lead =
      "Laos and Thailand on Tuesday agreed to build a second rail bridge across the Mekong River, with a freight depot on each bank, a customs post shared by both sides and a new road to the border crossing at Nong Khai. (Yonhap)";
    const cleaned = clean(lines(TITLE, lead, MORE));
    expect(cleaned.hints.source).toBe("Yonhap");
    expect(cleaned.body.startsWith("Laos and Thailand on Tuesday")).toBe(true);
    expect(cleaned.body.includes("(Yonhap)")).toBe(false);
  });
});
