import { describe, expect, it } from "vitest";
import { readGluedDateline } from "./datelines.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 56: a copied page runs the picture's caption into the lead, the credit's outlet touching the broadcaster's
// own tag written as its domain ("Photo: VOVVOV.VN - …"); the caption closes on a place and its stop just before the
// credit. Sentences are our own.
const CAPTION = "Delegates pose for a group photo at the forum in Pakse. Photo: VOV";

describe("a domain tag glued to a caption's credit", () => {
  it("is read from the tag, the caption whole before it", () => {
    const glued = readGluedDateline(`${CAPTION}VOV.VN - The two ministers agreed on Monday.`);
    expect(glued).toMatchObject({ outlet: "VOV", place: null, caption: CAPTION });
    expect(glued?.rest).toBe("The two ministers agreed on Monday.");
  });

  it("names the story's source and keeps the lead", () => {
    const cleaned = clean(lines(TITLE, `${CAPTION}VOV.VN - ${LEAD}`, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBe("VOV");
  });
});
