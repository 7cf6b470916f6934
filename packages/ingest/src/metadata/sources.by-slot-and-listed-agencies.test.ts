import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean/index.js";
import { normaliseText } from "../normalise/normalise.js";
import { agencyNamed } from "./agencies.js";
import { resolveSource, type SourceEvidence } from "./sources.js";

// Sentences here are written for the tests; the newspaper is invented, the agencies are ones the data lists.
const page = (meta: string): SourceEvidence => ({
  cleaned: null,
  noise: [],
  body: "The two ministers agreed on Tuesday to reopen the joint trade committee and to double flights by next year.",
  author: null,
  outlet: null,
  raw: `<html><body><h1>Ministers agree to reopen trade committee</h1>${meta}<p>The two ministers agreed.</p></body></html>`,
});

describe("a template's byline span classed 'by'", () => {
  it("reads the agency a 'by' span names as the author slot", () => {
    const found = resolveSource(
      page('<div class="meta"><span class="by">KUNA</span> <span>Published 3 May</span></div>'),
    );
    expect(found).toEqual({ source: "KUNA", kind: "slot" });
  });

  it("credits no one when the 'by' span names a reporter", () => {
    expect(resolveSource(page('<div class="meta"><span class="by">Jane Roe</span></div>'))).toBeNull();
  });

  it("does not take a class that only contains the letters 'by' for a byline", () => {
    expect(resolveSource(page('<div class="baby-banner">KUNA</div>'))).toBeNull();
  });
});

describe("Central Asian national agencies in the outlet list", () => {
  it("knows Uzbekistan's national agency by its initials and its name", () => {
    expect(agencyNamed("UzA")).toBe("UzA");
    expect(agencyNamed("Uzbekistan National News Agency")).toBe("UzA");
  });

  it("credits the agency's bracketed tag closing the story", () => {
    const text = [
      "Ministers agree to reopen trade committee",
      "The two ministers agreed in Samarkand on Friday to reopen the joint trade committee and to double weekly flights.",
      "The two sides established diplomatic relations in 1992 and opened embassies three years later. (UzA)",
    ].join("\n\n");
    expect(cleanArticle(normaliseText(text)).hints.source).toBe("UzA");
  });
});
