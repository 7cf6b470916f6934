import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 51: "met X, <office> and <office>, who said …": the relative clause after a name set off with two offices
 * joined by "and" is still the name's; only an apposition of one office was read so, and the quotation went to the
 * sentence's subject.
 */
const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => q.speaker);

describe("relatives after two joined offices", () => {
  it("credits the clause after 'who' to the name both offices follow", () => {
    expect(
      quotes(
        "Prime Minister Lena Varga later called on Tomas Brenner, Chairman of the Federal Council and President of the " +
          'Republic, who said the partnership was "a bridge that neither side will ever let fall".',
      ),
    ).toEqual(["Tomas Brenner"]);
  });
});
