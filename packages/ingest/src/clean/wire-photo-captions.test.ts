import { describe, expect, it } from "vitest";
import { isWirePhotoCaption } from "./wire-photo-captions.js";

// Round 54: a wire photo's caption copied into the text as a line of its own. Sentences are written for the tests.
describe("a wire photo's caption on a line of its own", () => {
  it("reads a caption framed by the same bracketed agency at both ends", () => {
    expect(
      isWirePhotoCaption("(Harbour Wire) Port officials cut a ribbon at the new ferry pier on May 3. (Harbour Wire)"),
    ).toBe(true);
  });

  it("reads a caption carrying the wire's not-for-sale terms", () => {
    expect(isWirePhotoCaption("Two ministers shake hands in Seoul on June 1. (PHOTO NOT FOR SALE)")).toBe(true);
  });

  it("reads a caption naming who provided its picture", () => {
    expect(
      isWirePhotoCaption("Rescue workers search a collapsed house, in this photo provided by the fire agency."),
    ).toBe(true);
  });

  it("leaves a story sentence with a bracketed aside at each end", () => {
    expect(isWirePhotoCaption("(Updated) The ministry said exports rose in the first quarter (year on year).")).toBe(
      false,
    );
  });

  it("leaves a sentence that speaks of a photo without captioning one", () => {
    expect(isWirePhotoCaption("The minister said a photo of the signing would hang in the new embassy.")).toBe(false);
  });
});
