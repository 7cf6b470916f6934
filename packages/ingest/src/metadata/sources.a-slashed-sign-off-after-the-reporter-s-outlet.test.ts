import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean/index.js";
import { normaliseText } from "../normalise/normalise.js";
import { resolveSource, type SourceEvidence } from "./sources.js";

// A broadcaster's own tag opens the story and its sign-off names the reporter, the broadcaster in brackets, then the
// agency after a slash: the agency is the source (test/READING.md: "VOV/VNA" makes the agency the source). Sentences
// are written for the test.
function sourceOf(signOff: string): string | null {
  const lines = [
    "Two ministers open a new air route",
    "",
    "(VOVWORLD) - The two ministers agreed on Tuesday to open a direct flight between their capitals before the end of the year.",
    "",
    "They also said that student exchanges would double over the next three years under a new scholarship plan.",
    "",
    signOff,
    "",
  ];
  const cleaned = cleanArticle(normaliseText(lines.join("\n")));
  const evidence: SourceEvidence = {
    cleaned: cleaned.hints.source,
    noise: cleaned.noise,
    body: cleaned.body,
    author: cleaned.hints.author ?? null,
    outlet: "VOV World",
    raw: null,
  };
  return resolveSource(evidence)?.source ?? null;
}

describe("a slashed sign-off after the reporter's outlet", () => {
  it("credits the agency named after the slash", () => {
    expect(sourceOf("Lan Anh (VOV)/VNA")).toBe("VNA");
  });
  it("keeps the broadcaster's own tag when the sign-off names no agency", () => {
    expect(sourceOf("Lan Anh (VOV)")).toBe("VOV World");
  });
});
