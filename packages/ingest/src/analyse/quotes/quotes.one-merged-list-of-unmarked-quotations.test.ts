import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { mergeSpans } from "./find-quotes.js";

describe("the quote reader hands on one merged list of quotations printed without marks", () => {
  it("joins overlapping and touching spans and sorts them, so no offset falls in two", () => {
    expect(
      mergeSpans([
        { start: 40, end: 60 },
        { start: 0, end: 10 },
        { start: 5, end: 20 },
        { start: 20, end: 25 },
        { start: 50, end: 55 },
      ]),
    ).toEqual([
      { start: 0, end: 25 },
      { start: 40, end: 60 },
    ]);
  });

  it("leaves the spans it is given untouched", () => {
    const spans = [
      { start: 0, end: 10 },
      { start: 5, end: 20 },
    ];
    mergeSpans(spans);
    expect(spans).toEqual([
      { start: 0, end: 10 },
      { start: 5, end: 20 },
    ]);
  });

  it("drops a count spoken in a transcript's turn and keeps the speaker's money and percentages", () => {
    const body = [
      "ANNA KOVAC: Welcome back. With us is Deputy Minister Tran Quoc Binh.",
      "TRAN QUOC BINH: We signed 14 agreements this week. Trade grew 12 percent to $8 billion last year.",
      "ANNA KOVAC: Thank you, Deputy Minister.",
      "TRAN QUOC BINH: Thank you for having me on the programme.",
    ].join("\n\n");
    const found = analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);
    expect(found).toContain("12 percent");
    expect(found).toContain("8000000000 USD");
    expect(found.some((f) => f.startsWith("14 "))).toBe(false);
  });
});
