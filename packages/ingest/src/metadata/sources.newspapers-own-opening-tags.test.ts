import { describe, expect, it } from "vitest";
import { isOwnTag, resolveSource, type SourceEvidence } from "./sources.js";

// test/READING.md: the source is the agency or outlet a dateline names in the agency manner, on that outlet's own site
// too (settled in round 41; round 22 had read a newspaper's own tag as no source). A listed newspaper's or
// broadcaster's tag opening the story ("NDO –", "(VOVWORLD) -") is such a dateline; a portal no list knows naming
// itself so is still its own staff's. Sentences are written for the tests.
const none: SourceEvidence = { cleaned: null, noise: [], body: "", author: null, outlet: null, raw: null };
const tagged = (text: string, cleaned: string, outlet: string | null = null): SourceEvidence => ({
  ...none,
  cleaned,
  outlet,
  noise: [{ kind: "dateline", text }],
  body: "The two ministers agreed to open a direct flight between their capitals before the end of the year.",
});

describe("a listed newspaper's own tag opening its story names it", () => {
  it.each([
    ["NDO –", "Nhan Dan", null],
    ["(VOVWORLD) -", "VOV World", null],
    ["SGGP –", "Saigon Giai Phong", "Saigon Giai Phong"],
  ])("%s is the source, on its own site too", (text, cleaned, outlet) => {
    expect(isOwnTag(cleaned, [{ kind: "dateline", text }])).toBe(false);
    expect(resolveSource(tagged(text, cleaned, outlet))).toEqual({ source: cleaned, kind: "cleaned" });
  });

  it("credits another newspaper's tag on a page whose publisher differs", () => {
    expect(resolveSource(tagged("(VOV) -", "VOV", "Hanoi Times"))).toEqual({ source: "VOV", kind: "cleaned" });
  });

  it("credits a listed agency's bare tag on its own site", () => {
    expect(resolveSource(tagged("(VNA) -", "VNA", "VNA"))).toEqual({ source: "VNA", kind: "cleaned" });
  });

  it("still reads an unlisted portal's own tag as its own staff's", () => {
    expect(resolveSource(tagged("(Riverside Portal) -", "Riverside Portal", "Riverside Portal"))).toBeNull();
  });
});

// Round 58: the initials closed by a full stop, with no dash, name the paper as its dashed tag does.
describe("a listed paper's initials closed by a stop opening its story", () => {
  it("name it, on its own site too", () => {
    const cleaned = "The World and Vietnam Report";
    expect(isOwnTag(cleaned, [{ kind: "dateline", text: "TGVN." }])).toBe(false);
    expect(resolveSource(tagged("TGVN.", cleaned, cleaned))).toEqual({ source: cleaned, kind: "cleaned" });
  });
});
