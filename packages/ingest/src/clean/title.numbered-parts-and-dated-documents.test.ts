import { describe, expect, it } from "vitest";
import { headlineUnderPrintLine } from "../metadata/titles.js";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isNumberedPartHeading } from "./title.js";

// Round 30: a document in numbered parts (a ministry's briefing with announcements, a report with sections) under a
// headline in title case that carries its number and its date. Sentences are the tests' own.
const titleOf = (text: string) => cleanArticle(normaliseText(text)).hints.title;
const PAGE = [
  "Home page   Contact   Sitemap",
  "Advanced Search",
  "",
  "Weekly Trade Briefing No. 12 (14 March 2025)",
  "",
  "I. NOTICES",
  "",
  "1. Opening hours of the visa centre during the spring holiday",
  "",
  "The visa centre in the capital will close for three days next week, and applications filed online will be handled when it opens again on Monday.",
  "",
  "II. QUESTIONS",
  "",
  "1. A reporter asked whether the two countries would sign a new fisheries agreement during the visit next month.",
  "",
  "The spokesperson said the two sides were still discussing the text and would announce the outcome when the talks ended.",
].join("\n");

describe("a numbered part's heading under a dated document's headline", () => {
  it("reads a part's number opening a heading", () => {
    expect(isNumberedPartHeading("1. Opening hours of the visa centre")).toBe(true);
    expect(isNumberedPartHeading("II. Questions and answers")).toBe(true);
    expect(isNumberedPartHeading("10 things to know about the visit")).toBe(false);
    expect(isNumberedPartHeading("Vietnam, Chile open fisheries talks")).toBe(false);
  });

  it("takes the dated headline in title case, not the first part's heading that echoes the lead", () => {
    expect(titleOf(PAGE)).toBe("Weekly Trade Briefing No. 12 (14 March 2025)");
  });

  it("keeps the numbered document's headline when the body opens on its first part's heading", () => {
    const body = "1. Opening hours of the visa centre\n\nThe visa centre will close for three days next week.";
    expect(headlineUnderPrintLine("Weekly Trade Briefing No. 12 (14 March 2025)", body)).toBeNull();
  });
});
