import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean/index.js";
import { normaliseText } from "../normalise/normalise.js";
import { resolveSource, rowFields, type SourceEvidence } from "./sources.js";

// Round 47: a financial wire's bracketed name and a city paper's own initials in brackets name the story's source
// (test/READING.md: a dateline naming an outlet in the agency manner is recorded, on the outlet's own site too). Sentences are written for the tests.
const lead = "The two ministers agreed to open a direct flight between their capitals before the end of the year.";
function sourceOf(opening: string): string | null {
  const lines = ["A headline over the story", "", `${opening} ${lead}`, ""];
  const cleaned = cleanArticle(normaliseText(lines.join("\n")));
  const evidence: SourceEvidence = {
    cleaned: cleaned.hints.source,
    noise: cleaned.noise,
    body: cleaned.body,
    author: null,
    outlet: null,
    raw: null,
  };
  return resolveSource(evidence)?.source ?? null;
}

describe("tags of outlets listed in round 47", () => {
  it.each([
    ["(RTTNews) -", "RTTNews"],
    ["(LCO) –", "LCO"],
  ])("%s opening the lead names %s", (opening, source) => {
    expect(sourceOf(opening)).toBe(source);
  });
});

describe("a paper credited on its own edition's site", () => {
  const credited = (datelines: string[]): SourceEvidence => ({
    ...{ author: null, outlet: null, raw: null },
    cleaned: "VOV",
    noise: [
      { kind: "boilerplate", text: "VOV World" },
      ...datelines.map((text) => ({ kind: "dateline", text })),
      { kind: "boilerplate", text: "© Copyright VOV. All rights reserved." },
    ],
    body: lead,
  });

  it("is the edition's own staff's when no dateline names the paper", () => {
    expect(resolveSource(credited([]))).toBeNull();
  });

  it("still names the paper whose tag opens the story", () => {
    expect(resolveSource(credited(["(VOV) -"]))).toEqual({ source: "VOV", kind: "cleaned" });
  });
});

describe("a web archive's copy of a broadcaster's own story", () => {
  it("takes the publisher from the saved page's address inside the archive's own", () => {
    const evidence: SourceEvidence = {
      ...{ author: null, outlet: null, raw: null },
      cleaned: "VOA",
      noise: [
        {
          kind: "boilerplate",
          text: "Wayback Machine - https://web.archive.org/web/20200101000000/https://www.voanews.com/a/story-1.html",
        },
        { kind: "dateline", text: "GENEVA —" },
      ],
      body: lead,
    };
    expect(resolveSource(evidence)).toBeNull();
  });
});

describe("a re-poster's info row", () => {
  it("names the outlet its bulleted 'Source:' field labels", () => {
    const raw = [
      "<html><body><article><h1>Ministers agree to widen trade</h1>",
      '<div class="post-info">Posted 3 Jan 2024 &bull; 2 min read &bull; Source: The Straits Times</div>',
      `<p>${lead}</p></article></body></html>`,
    ].join("\n");
    const evidence: SourceEvidence = { cleaned: null, noise: [], body: lead, author: null, outlet: null, raw };
    expect(resolveSource(evidence)).toEqual({ source: "The Straits Times", kind: "slot" });
  });

  it("reads no field from a row without bullets", () => {
    expect(rowFields("Posted 3 Jan 2024, Source: The Straits Times")).toEqual([]);
  });
});
