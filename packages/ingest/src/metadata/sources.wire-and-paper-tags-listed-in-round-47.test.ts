import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean/index.js";
import { normaliseText } from "../normalise/normalise.js";
import { resolveSource, type SourceEvidence } from "./sources.js";

// Round 47: a financial wire's bracketed name, a city paper's own initials in brackets and a national paper's online
// initials before a dash name the story's source (test/READING.md: a dateline naming an outlet in the agency manner
// is recorded, on the outlet's own site too). Sentences are written for the tests.
const lead = "The two ministers agreed to open a direct flight between their capitals before the end of the year.";
function sourceOf(opening: string): string | null {
  const cleaned = cleanArticle(normaliseText(["A headline over the story", "", `${opening} ${lead}`, ""].join("\n")));
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
    ["TTO -", "Tuoi Tre"],
  ])("%s opening the lead names %s", (opening, source) => {
    expect(sourceOf(opening)).toBe(source);
  });
});
