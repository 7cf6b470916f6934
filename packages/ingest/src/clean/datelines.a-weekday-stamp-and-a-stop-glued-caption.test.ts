import { describe, expect, it } from "vitest";
import { clean, LAST, lines, MORE, TITLE } from "./testing/story-parts.js";

const STORY_LEAD =
  "Laos and Thailand agreed on Tuesday to build a second rail bridge across the Mekong River, the two ministers said.";

// Round 54: a stamp line opening on its weekday ("Friday, May 3, 2019 - 08:15 Print | Email") reads like a dateline
// whose place is the weekday; the story's own dateline, under a caption glued to it, must still be found.
describe("a stamp line opening on its weekday above a caption glued to the dateline", () => {
  it("removes the stamp, the caption and the agency's dateline and credits the agency", () => {
    const cleaned = clean(
      lines(
        TITLE,
        "Friday, May 3, 2019 - 08:15 Print | Email",
        `Two ministers shake hands at the riverside ceremony in Vientiane (Photo: VNA)Vientiane (VNA) – ${STORY_LEAD}`,
        MORE,
        LAST,
      ),
    );
    expect(cleaned.body).toBe([STORY_LEAD, MORE, LAST].join("\n\n"));
    expect(cleaned.hints.source).toBe("VNA");
    expect(cleaned.hints.place).toBe("Vientiane");
  });
});

// Round 54: a one-sentence caption with no credit run by its stop into a listed place's dateline ("… on May 2.Hanoi –
// …"): prose sets a space after its stop, so the two lost their break.
describe("a caption without a credit glued by its stop to a listed place's dateline", () => {
  const standfirst =
    "Freight costs along the Mekong could fall by a third once the second rail bridge opens, planners said this week.";

  it("splits off the caption and the dateline and keeps the lead", () => {
    const cleaned = clean(
      lines(TITLE, standfirst, `Engineers inspect the bridge site near Vientiane on May 2.Hanoi – ${STORY_LEAD}`, MORE),
    );
    expect(cleaned.body).toBe([standfirst, STORY_LEAD, MORE].join("\n\n"));
  });

  it("leaves a stop glued to a word that names no listed place", () => {
    const paragraph = `Engineers inspect the bridge site near Vientiane on May 2.Rainfall – ${STORY_LEAD}`;
    const cleaned = clean(lines(TITLE, standfirst, paragraph, MORE));
    expect(cleaned.body).toContain("Engineers inspect the bridge site");
  });
});
