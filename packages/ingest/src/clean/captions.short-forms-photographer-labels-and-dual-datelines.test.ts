import { describe, expect, it } from "vitest";
import { isCaptionShortForm } from "./caption-short-forms.js";
import { isCopyrightCaption, isCreditedCaption } from "./captions.js";
import { readDateline } from "./datelines.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 55: captions and datelines of global papers a held-out set left in the story. Sentences are written for the
// tests.

const CAPTION = "Farmers load rice onto a barge on the Mekong River near the border on March 4. © Example Agency";

describe("a caption closed by its photographer's label", () => {
  it("is a caption when the label names the maker of the picture", () => {
    expect(
      isCreditedCaption("Farmers load rice onto a barge near the border. Photographer: Jane Roe/Example News"),
    ).toBe(true);
  });

  it("leaves a sentence that names a photographer in its prose", () => {
    expect(isCreditedCaption("The exhibition opened on Monday. The photographer said it took ten years.")).toBe(false);
  });
});

describe("a caption's short form under the full caption", () => {
  it("is read as the same caption when it names no one the caption does not", () => {
    expect(isCaptionShortForm("Farmers load rice on the Mekong, March 4", CAPTION)).toBe(true);
    const cleaned = clean(lines(TITLE, CAPTION, "Farmers load rice on the Mekong, March 4", LEAD, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("is not a line naming others, a sentence or a line longer than the caption", () => {
    expect(isCaptionShortForm("Laos and Thailand plan a rail bridge on the Mekong", CAPTION)).toBe(false);
    expect(isCaptionShortForm("Farmers load rice on the Mekong River on March 4.", CAPTION)).toBe(false);
  });
});

describe("a dateline naming the two places a story was filed from", () => {
  it("reads both listed places joined by a slash before a double dash", () => {
    expect(readDateline("VIENTIANE/BANGKOK -- Laos and Thailand agreed on Tuesday.")).toMatchObject({
      prefix: "VIENTIANE/BANGKOK --",
      outlet: null,
    });
  });

  it("leaves words in capitals joined by a slash that are no places", () => {
    expect(readDateline("EXCLUSIVE/ANALYSIS -- Laos and Thailand agreed on Tuesday.")).toBeNull();
  });
});

describe("a caption closed by a copyright sign after its day", () => {
  it("is a caption with the photographer and the agency after the sign, with no stop before it", () => {
    expect(
      isCopyrightCaption("The ministers shake hands in Vientiane on March 4, 2025 © Jane Roe, Example Agency"),
    ).toBe(true);
  });

  it("leaves a sentence that only mentions a year", () => {
    expect(isCopyrightCaption("The ministers shook hands in Vientiane in 2025 and said they would meet again.")).toBe(
      false,
    );
  });
});
