import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 51: a body opening the clause after a fronted phrase naming an envoy ("In a call with Ambassador X, the
// Foreign Ministry thanked … and said …") speaks the quoted words; the envoy it spoke with does not.
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-06-21" }).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("a body's words after a call with an envoy", () => {
  it("credits no person with what the body said", () => {
    const found = quotes(
      'In a phone call with Ambassador Le Thi Hoa on Friday, Chile\'s Ministry of Foreign Affairs thanked Viet Nam for its messages and said the country would remain "open, calm and safe for all who visit."',
    );
    expect(found).toEqual([]);
  });

  it("still credits the person who opens the clause", () => {
    const found = quotes(
      'In a phone call with Ambassador Le Thi Hoa on Friday, Foreign Minister Alberto van Klaveren thanked Viet Nam for its messages and said the country would remain "open, calm and safe for all who visit."',
    );
    expect(found.map((q) => q.speaker)).toEqual(["Alberto van Klaveren"]);
  });
});
