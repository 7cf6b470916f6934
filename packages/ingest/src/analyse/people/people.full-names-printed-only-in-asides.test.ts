import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 42 (issue 11): a release names its ministers in full only in a heading the cleaner sets aside, then calls
// them "Foreign Minister Wong" in the text. Sentences are the tests' own.
const read = (body: string, asides: string[]) => {
  const a = analyseArticle(body, { asides });
  return {
    people: a.entities.filter((e) => e.type === "person").map((e) => e.name),
    quotes: a.quotes.map((q) => q.speaker),
  };
};

describe("a surname in the text, the full name in an aside", () => {
  const body =
    'Trade Minister Lind said the agreement would open "a market our farmers simply cannot ignore", and Senator Kerr welcomed it.';

  it("names the person by the full name the heading prints", () => {
    const heading =
      "Joint media release with Minister for Trade Senator the Hon Maria Lind and Senator the Hon Paul Kerr";
    expect(read(body, [heading])).toEqual({ people: ["Maria Lind", "Paul Kerr"], quotes: ["Maria Lind"] });
  });

  it("keeps the surname when the aside names two people of that name, or none", () => {
    expect(read(body, ["Maria Lind and Johan Lind at the signing in Hanoi."]).people).toContain("Lind");
    expect(read(body, ["The two ministers at the signing in Hanoi."]).people).toEqual(["Lind", "Kerr"]);
  });
});
