import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 51: a list of short items in marks after "the" was read as the formula a relationship goes by and skipped;
 * when the words modify the relations noun straight after the closing mark, they are the speaker's description of them
 * and a quotation of five words or more to credit.
 */
const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("described relations after a quotation", () => {
  it("credits a speaker's list of qualities modifying the ties after the closing mark", () => {
    expect(
      quotes(
        'Foreign Minister Ana Ribeiro arrived on Monday. The minister said the visit showed the "warm, steady and truly forward-looking" ties between the two nations.',
      ),
    ).toEqual([{ speaker: "Ana Ribeiro", text: "warm, steady and truly forward-looking" }]);
  });

  it("still skips the formula a relationship goes by when no such noun follows", () => {
    expect(
      quotes(
        'Foreign Minister Ana Ribeiro arrived on Monday. She said the "lasting trust, shared prosperity and open dialogue" between the two nations would grow.',
      ),
    ).toEqual([]);
  });
});
