import { describe, expect, it } from "vitest";
import { resolveSource, type SourceEvidence } from "./sources.js";

// Round 55: a paper's closing block, set aside whole from its "Read more" heading to the page's end, holds the line
// crediting the wire the story was written with ("<Paper> with AFP"). Sentences are written for the tests; the paper
// is invented, the agencies are ones the data lists.
const page = (block: string): SourceEvidence => ({
  cleaned: null,
  noise: [{ kind: "related", text: block }],
  body: "The two ministers agreed on Tuesday to reopen the joint trade committee and to double flights by next year.",
  author: null,
  outlet: null,
  raw: null,
});

describe("a carried-with credit inside a closing block", () => {
  it("names the wire the paper wrote with", () => {
    const block = [
      "Read more",
      "Rice exporters brace for a dry season",
      "The Harbour Gazette with AFP",
      "Translated from the original published in French.",
    ].join("\n");
    expect(resolveSource(page(block))).toEqual({ source: "AFP", kind: "carried" });
  });

  it("credits no one for headlines that only name places or people", () => {
    const block = ["Read more", "Laos with Thailand: a bridge at last", "Ministers meet in Vientiane"].join("\n");
    expect(resolveSource(page(block))).toBeNull();
  });
});
