import { describe, expect, it } from "vitest";
import { resolveSource, type SourceEvidence } from "./sources.js";

// Round 45: a paper's own page whose author meta tag gives the paper's name, with no dateline or credit naming it:
// its logo, a link home, names the same paper, so the page is its own staff's and names no source (test/READING.md).
const page = (logo: string): SourceEvidence => ({
  cleaned: "Tuoi Tre News",
  noise: [{ kind: "byline", text: "Thu Ha" }],
  body: "Exporters of rice and coffee expect a better year after the two trade ministers met on Monday.",
  author: "Tuoi Tre News - TTN",
  outlet: null,
  raw: `<html><head><meta name="author" content="Tuoi Tre News - TTN"></head><body><header>${logo}</header></body></html>`,
});

describe("a paper's name in its own author slot", () => {
  it("is no source when the page's logo names the same paper", () => {
    expect(resolveSource(page('<a class="site-logo" href="/">Tuoi Tre News</a>'))).toBeNull();
  });

  it("stays the source when the logo names another site", () => {
    expect(resolveSource(page('<a class="logo" href="/">Harbour Digest</a>'))?.source).toBe("Tuoi Tre News");
  });
});
