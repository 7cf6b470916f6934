import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { readUnlistedTag } from "./own-tags.js";

// Round 47: a portal's or an office's own initials, which no list knows, opening its lead in brackets with no dash
// or bare before a dash. Sentences are written for the tests.
describe("a portal's unlisted tag opening the lead", () => {
  it.each([
    ["(PQBT) The province's border guards met their counterparts on Tuesday.", "(PQBT)"],
    ["QBP - The province and its neighbour across the border held talks on Tuesday.", "QBP -"],
  ])("reads the tag of %j as a dateline naming no outlet", (lead, prefix) => {
    expect(readUnlistedTag(lead)).toMatchObject({ prefix, outlet: null, place: null });
  });

  it.each([
    "ASEAN - The bloc's ministers met on Tuesday.",
    "US - China talks resumed on Tuesday in Geneva.",
    "(AFP) The ministers met on Tuesday.",
    "GDP grew 6 percent last year.",
  ])("leaves %j to the other readers", (lead) => {
    expect(readUnlistedTag(lead)).toBeNull();
  });

  it("strips the tag from the lead and names no source", () => {
    const text = [
      "Border province receives neighbouring delegation",
      "",
      "(PQBT) The province's leaders received a delegation from the neighbouring province on Tuesday to review trade at the border gate.",
      "",
      "The two sides agreed to open a second market at the border before the end of the year.",
    ].join("\n");
    const cleaned = cleanArticle(normaliseText(text));
    expect(cleaned.body.startsWith("The province's leaders received")).toBe(true);
    expect(cleaned.hints.source).toBeNull();
  });
});
