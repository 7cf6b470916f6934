import { describe, expect, it } from "vitest";
import { splitCaptions } from "./captions.js";
import { isDocumentHeading } from "./document-headings.js";

describe("a dated document's heading names its kind", () => {
  it("reads a briefing's, a conference's, a daybook's and a visit's heading as a document heading", () => {
    expect(isDocumentHeading("Ministry Press Briefing – June 2, 2021")).toBe(true);
    expect(isDocumentHeading("Regular Press Conference by Spokesperson Jane Roe, 9 May 2022")).toBe(true);
    expect(isDocumentHeading("Foreign Office Spokesperson Ann Lee's Regular Press Conference on May 9, 2022")).toBe(
      true,
    );
    expect(isDocumentHeading("The 3rd Regular Press Conference (9th May, 2022)")).toBe(true);
    expect(isDocumentHeading("NEWSWIRE DAYBOOK FOR MONDAY, JUNE 6, 2022")).toBe(true);
    expect(isDocumentHeading("Visit of the Foreign Minister of Chile - Lima, 4 July 2021")).toBe(true);
  });

  it("leaves a caption that names an occasion in a sentence's lower case", () => {
    expect(isDocumentHeading("The spokesman answers at the regular press conference in Hanoi on May 9, 2022")).toBe(
      false,
    );
    expect(isDocumentHeading("Leaders pose for a photo before talks in Jakarta on June 2, 2021")).toBe(false);
  });

  it("keeps a dated document heading out of the dated captions", () => {
    expect(splitCaptions("Ministry Press Briefing – June 2, 2021")).toEqual({
      kept: "Ministry Press Briefing – June 2, 2021",
      captions: [],
    });
    expect(splitCaptions("Leaders pose for a photo before talks in Jakarta on June 2, 2021").kept).toBe("");
  });
});
