import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 42 (issue 11): two people of one family name ("Park", "Tan", "Nguyen" as written alone) in one story. The name
// used alone is the one named last before it. Sentences are the tests' own.
describe("a family name shared by two people, used alone", () => {
  it("is the person named last before it", () => {
    const body = [
      "The minister also met National Assembly Speaker Park Min-soo on Monday.",
      'Park Ji-hye, an economist at a Seoul think tank, said the upgrade came late. "Trade has outgrown the old label for years," Park said.',
    ].join("\n\n");
    const quotes = analyseArticle(body, {}).quotes.map((q) => q.speaker);
    expect(quotes).toEqual(["Park Ji-hye"]);
  });

  it("is the one person holding it when only one does", () => {
    const body =
      'Speaker Park Min-soo hosted the delegation. "We want more flights to Da Nang," Park said after the talks.';
    expect(analyseArticle(body, {}).quotes.map((q) => q.speaker)).toEqual(["Park Min-soo"]);
  });
});
