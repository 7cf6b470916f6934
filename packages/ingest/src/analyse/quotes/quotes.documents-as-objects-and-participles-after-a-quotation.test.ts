import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 31: partial quotations a reading credits and the reader left out. A document named after a preposition in the
 * reported clause ("said that loyalty to the treaty “…”") is that clause's object, not the text whose wording the marks
 * hold; a participle of saying after an earlier quotation of the sentence (", saying its ports had grown “…”") has the
 * sentence's subject. Written fresh in the project's own words.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-06-21" }).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("documents as objects and participles after a quotation", () => {
  it("credits a partial after a reported clause that names a document only after a preposition", () => {
    const found = quotes(
      'Kenyan Foreign Minister Amina Otieno spoke at the Security Council debate. Otieno said that loyalty to the treaty "is what keeps the smaller states safe when the larger ones disagree".',
    );
    expect(found).toEqual([
      { speaker: "Amina Otieno", text: "is what keeps the smaller states safe when the larger ones disagree" },
    ]);
  });

  it("still leaves a document's own wording, reported as its subject, uncredited", () => {
    const found = quotes(
      'Kenyan Foreign Minister Amina Otieno spoke at the debate. Otieno said the treaty "guarantees every member an equal voice in the council".',
    );
    expect(found).toEqual([]);
  });

  it("gives a participle of saying after an earlier quotation of the sentence to the sentence's subject", () => {
    const found = quotes(
      'Brazilian President Lula da Silva visited Hanoi. Lula called Vietnam "a lesson for the developing world" in how to open up, saying its exports had grown "faster than anyone in the region had dared to hope."',
    );
    expect(found.map((q) => [q.speaker, q.text])).toEqual([
      ["Lula da Silva", "a lesson for the developing world"],
      ["Lula da Silva", "faster than anyone in the region had dared to hope."],
    ]);
  });
});
