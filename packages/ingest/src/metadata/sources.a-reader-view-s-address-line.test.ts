import { describe, expect, it } from "vitest";
import { resolveSource, type SourceEvidence } from "./sources.js";

// Round 49: a page copied from a browser's reader view opens on the page's address alone, then the headline and the
// paper's own name as its byline: the address names the publisher, so the byline is the paper's own staff's and the
// page names no source (test/READING.md). The sentence is our own.
const copied = (address: string): SourceEvidence => ({
  cleaned: "VietnamNet",
  noise: [
    { kind: "boilerplate", text: address },
    { kind: "boilerplate", text: "Reader view · 4–5 minutes" },
    { kind: "byline", text: "VietNamNet Global" },
  ],
  body: "The two foreign ministers agreed on Tuesday to open a new border gate before the end of the year.",
  author: null,
  outlet: null,
  raw: null,
});

describe("a reader view's address line over the paper's own byline", () => {
  it("names the publisher, so its own name in the byline is no source", () => {
    expect(resolveSource(copied("vietnamnet.vn/en/two-ministers-agree-new-border-gate-1234567.html"))).toBeNull();
  });

  it("leaves the byline the source when the address is another site's", () => {
    expect(resolveSource(copied("example.org/news/two-ministers-agree.html"))?.source).toBe("VietnamNet");
  });
});
