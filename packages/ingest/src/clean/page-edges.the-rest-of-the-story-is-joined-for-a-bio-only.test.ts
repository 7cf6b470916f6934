import { describe, expect, it } from "vitest";
import { isEdgeNote } from "./page-edges.js";

// isEdgeNote may be given the rest of the story as a function: it is joined only when a bio sentence asks whether
// the story names its subject. Sentences are made up for the test.
describe("the rest of the story joined for a bio only", () => {
  it("does not ask for the rest when the paragraph holds a disclaimer alone", () => {
    let asked = 0;
    const rest = () => {
      asked++;
      return "The port opened a second berth on Monday.";
    };
    expect(isEdgeNote("The views expressed are those of the authors.", rest)).toBe(true);
    expect(asked).toBe(0);
  });

  it("reads a bio on someone the rest never names as a note, and one on someone it names as the story's", () => {
    const note = "Ilse Varga is a senior fellow at the Harbour Policy Institute.";
    const parts = ["The port opened a second berth on Monday,", "said Ilse Varga."];
    expect(isEdgeNote(note, () => parts[0] as string)).toBe(true);
    expect(isEdgeNote(note, () => parts.join(" "))).toBe(false);
  });
});
