import { describe, expect, it } from "vitest";
import { isOwnTag, resolveSource, type SourceEvidence } from "./sources.js";

// test/READING.md: the source is null on own-staff pages. A newspaper's or a broadcaster's own tag opening the story
// ("NDO –", "(VOVWORLD) -") names the site itself, as a portal's does. Sentences are written for the tests.
const none: SourceEvidence = { cleaned: null, noise: [], body: "", author: null, outlet: null, raw: null };
const tagged = (text: string, cleaned: string, outlet: string | null = null): SourceEvidence => ({
  ...none,
  cleaned,
  outlet,
  noise: [{ kind: "dateline", text }],
  body: "The two ministers agreed to open a direct flight between their capitals before the end of the year.",
});

describe("a newspaper's own tag opening its story is no source", () => {
  it.each([
    ["NDO –", "Nhan Dan", null],
    ["(VOVWORLD) -", "VOV World", null],
    ["SGGP –", "Saigon Giai Phong", "Saigon Giai Phong"],
  ])("%s names the site itself", (text, cleaned, outlet) => {
    expect(isOwnTag(cleaned, [{ kind: "dateline", text }], outlet)).toBe(true);
    expect(resolveSource(tagged(text, cleaned, outlet))).toBeNull();
  });

  it("still credits another newspaper's tag on a page whose publisher differs", () => {
    expect(resolveSource(tagged("(VOV) -", "VOV", "Hanoi Times"))).toEqual({ source: "VOV", kind: "cleaned" });
  });

  it("still credits a listed agency's bare tag on its own site", () => {
    expect(resolveSource(tagged("(VNA) -", "VNA", "VNA"))).toEqual({ source: "VNA", kind: "cleaned" });
  });
});
