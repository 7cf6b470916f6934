import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { splitCaptions } from "./captions.js";
import { cleanArticle } from "./clean.js";
import { readDateline } from "./datelines.js";

// Round 52: a paper carrying an agency's copy sets both in the dateline's bracket, the agency first ("(VNA/QDND)").
// The slash made the bracket look like a picture's credit ("(Photo: VNA/VNS)"), so the dateline was taken for a
// caption and its dash left opening the lead. Sentences are written for the tests.
const HEADLINE = "Hanoi asks for support for its second term on the Council";
const LEAD =
  "Geneva, March 3 (VNA/QDND) - Speaking at the opening of the session on Monday, the deputy minister said the country was ready to serve again and would work with every member.";
const MORE = "He recalled the country's earlier term and the resolutions it had helped to draft during that time.";

describe("an agency pair in a dateline's bracket", () => {
  it("is the story's dateline, not a caption, and the agency named first is the source", () => {
    expect(splitCaptions(LEAD).captions).toEqual([]);
    const cleaned = cleanArticle(normaliseText([HEADLINE, "", LEAD, "", MORE].join("\n")));
    expect(cleaned.body.startsWith("Speaking at the opening")).toBe(true);
    expect(cleaned.hints.source).toBe("VNA");
  });

  it("names the agency whichever of the pair it is", () => {
    expect(
      readDateline("(NDO/VNA) - The two sides agreed to open a consulate in the port city next year.")?.outlet,
    ).toBe("VNA");
    expect(readDateline("Geneva, March 3 (VNA/QDND) - The session opened on Monday with a debate.")?.outlet).toBe(
      "VNA",
    );
  });

  it("still takes a caption closed by a slashed credit for a caption", () => {
    const caption = "The deputy minister speaks at the session in Geneva. (Photo: VNA/VNS)";
    expect(splitCaptions(caption).captions).toEqual([caption]);
  });
});
