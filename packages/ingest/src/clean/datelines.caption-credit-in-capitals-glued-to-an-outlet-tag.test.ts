import { describe, expect, it } from "vitest";
import { readGluedDateline } from "./datelines.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 43: a copied page runs the picture's caption into the lead, and the photographer's credit in capitals meets
// the outlet's own opening tag with no space ("Photo: LAN ANHNDO – …"). The tag opens the story and names it; the
// credit's word is no place. Names and sentences are our own.
describe("a caption credit in capitals glued to the outlet's own tag", () => {
  it.each([
    ["The ministers at the talks in Vientiane. Photo: LAN ANHNDO – The two ministers agreed on Monday.", "Nhan Dan"],
    [
      "The leaders at the welcome ceremony. Photo: VGPVGP – The two leaders agreed on Monday.",
      "Vietnam Government Portal",
    ],
  ])("%s is read from the tag", (paragraph, outlet) => {
    const glued = readGluedDateline(paragraph);
    expect(glued?.outlet).toBe(outlet);
    expect(glued?.rest).toMatch(/^The two/);
    expect(glued?.place).toBeNull();
  });

  it("names the story's source and keeps the lead", () => {
    const cleaned = clean(
      lines(TITLE, `The ministers meet in Vientiane on May 7. Photo: DUC THANHPANO - ${LEAD}`, MORE),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
    expect(cleaned.hints.source).toBe("People's Army Newspaper");
  });

  it("still reads a place in capitals after a credit", () => {
    const glued = readGluedDateline(
      "The ministers in Hanoi. Photo: Le Minh HANOI – The two ministers agreed on Monday.",
    );
    expect(glued).toMatchObject({ place: "Hanoi", outlet: null });
  });
});
