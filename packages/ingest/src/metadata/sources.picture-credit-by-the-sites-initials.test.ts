import { describe, expect, it } from "vitest";
import { resolveSource, type SourceEvidence } from "./sources.js";

// Round 32: a paper's own site credits a picture by the paper's initials in brackets at the caption's end, while its
// masthead and copyright notice spell the paper's full name. Neither says who wrote the story. Lines are written for
// the tests.
const page = (extra: SourceEvidence["noise"] = []): SourceEvidence => ({
  cleaned: "Saigon Giai Phong",
  noise: [
    { kind: "boilerplate", text: "Saigon Giai Phong Online - news of the southern city" },
    { kind: "caption", text: "Dock workers load rice onto a cargo ship at a river port (Photo: SGGP)" },
    ...extra,
    { kind: "boilerplate", text: "Copyright © 2011 Saigon Giai Phong Online. All rights reserved." },
  ],
  body: "Rice exports rose by a fifth in the first quarter as buyers in Asia and Africa placed larger orders.",
  author: null,
  outlet: null,
  raw: null,
});

describe("a picture credited by the site's initials", () => {
  it("names no source when only the caption, the masthead and the notice name the paper", () => {
    expect(resolveSource(page())).toBeNull();
  });

  it("still credits the paper named in a dateline's brackets", () => {
    const dated = page([{ kind: "dateline", text: "HANOI, March 3 (Saigon Giai Phong) –" }]);
    expect(resolveSource(dated)?.source).toBe("Saigon Giai Phong");
  });
});
