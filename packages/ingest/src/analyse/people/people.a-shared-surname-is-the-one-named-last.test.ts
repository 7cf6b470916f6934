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

  it("stays with the story's own person when the other was named in passing paragraphs before", () => {
    const body = [
      "Prime Minister Erik Lund arrived in Hanoi on Monday. Lund held talks with his host.",
      "It is the second visit by a Norwegian head of government. His mother, former foreign minister Anna Lund, signed the first aid deal in 1975.",
      "The trip also covers energy. The talks went on for three hours. A trade forum followed.",
      'Lund said he would not rush a decision. "We will take the time to get it right," Lund told reporters.',
    ].join("\n\n");
    expect(analyseArticle(body, {}).quotes.map((q) => q.speaker)).toEqual(["Erik Lund"]);
  });

  it("is the one person holding it when only one does", () => {
    const body =
      'Speaker Park Min-soo hosted the delegation. "We want more flights to Da Nang," Park said after the talks.';
    expect(analyseArticle(body, {}).quotes.map((q) => q.speaker)).toEqual(["Park Min-soo"]);
  });
});
