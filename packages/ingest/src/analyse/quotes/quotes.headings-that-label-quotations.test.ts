import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Government media releases end with a heading that labels the quotations under it ("Quotes attributable to the
 * Minister for X, Jane Roe"), often with no colon, then paragraphs each holding one whole quotation. Each paragraph is a
 * quotation of its own, spoken by the one person the heading names.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-05-02" }).quotes.map((q) => [
    q.speaker,
    q.text.split(" ").slice(0, 3).join(" "),
  ]);

describe("headings that label the quotations below them", () => {
  it("credits a quotation under a heading with no colon to the person it names", () => {
    const body = [
      "Minister for Trade Alan Fenwick today opened a new shipping office in Da Nang, Vietnam.",
      "Quotes attributable to Minister for Trade Alan Fenwick",
      "“Our growers will reach new buyers faster through this office than ever before.”",
    ].join("\n");
    expect(quotes(body)).toEqual([["Alan Fenwick", "Our growers will"]]);
  });

  it("reads each whole quotation paragraph under the heading as a quotation of its own", () => {
    const body = [
      "Foreign Minister Mia Castell today met business leaders in Hanoi on her first visit to Vietnam.",
      "Quotes attributable to Foreign Minister Mia Castell:",
      "“Vietnam is among the fastest growing markets for our services and our schools.”",
      "“We will open two more offices before the end of the year to serve the firms here.”",
      "Quote attributable to Assistant Minister Rob Tallis",
      "“Every new student who comes to us is another friend made for a generation.”",
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["Mia Castell", "Vietnam is among"],
      ["Mia Castell", "We will open"],
      ["Rob Tallis", "Every new student"],
    ]);
  });
});
