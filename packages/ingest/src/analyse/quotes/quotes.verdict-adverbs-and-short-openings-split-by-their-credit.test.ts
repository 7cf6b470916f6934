import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 31: what a document "was still" is the speaker's verdict, as what it "was" is; a short opening and the rest of
 * one sentence parted by its credit ('"In short," she said, "…"') are one quotation from its first words. Written fresh
 * in the project's own words.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-06-21" }).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("verdict adverbs and short openings split by their credit", () => {
  it("credits a verdict on a document with an adverb after its verb ('was still')", () => {
    const found = quotes(
      'Norwegian Ambassador Ingrid Solberg spoke at a seminar in Hanoi. She said the trade agreement was still "a long way from reaching the small firms that need it most".',
    );
    expect(found).toEqual([
      { speaker: "Ingrid Solberg", text: "a long way from reaching the small firms that need it most" },
    ]);
  });

  it("joins a short opening to the rest of its sentence across the credit between them", () => {
    const found = quotes(
      'Norwegian Ambassador Ingrid Solberg spoke at a seminar in Hanoi.\n\n"In short," she said, "Our two economies fit together better than either side expected ten years ago."',
    );
    expect(found).toEqual([
      {
        speaker: "Ingrid Solberg",
        text: "In short Our two economies fit together better than either side expected ten years ago.",
      },
    ]);
  });
});
