import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 59: three partial quotations a leader's speech is reported with. A document word in the plural with no
 * determiner ("turn pledges and commitments into works with “…”") names no document whose wording the marks could
 * hold; "proposed that the accord be “…”" says what the speaker wants the document to be, his verdict; "a gesture he
 * called “…”" is his own call, the relative pronoun left unwritten. Sentences and names are the tests' own.
 */
const quotes = (body: string) =>
  analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text.split(/\s+/).slice(0, 3).join(" ")]);
const opening = "Prime Minister Tran Van Quoc addressed the forum on Monday.\n\n";

describe("partial quotations in a leader's reported speech", () => {
  it("credits words after a bare plural document word", () => {
    expect(
      quotes(
        `${opening}He urged donors to turn commitments into real works with "cheap, patient and predictable money, with far more grants in the mix".`,
      ),
    ).toEqual([["Tran Van Quoc", "cheap, patient and"]]);
  });

  it("credits what a proposal says a document should be", () => {
    expect(
      quotes(
        `${opening}The leader proposed that the new accord be "binding, ambitious and fair to every island state", and asked rich nations to pay.`,
      ),
    ).toEqual([["Tran Van Quoc", "binding, ambitious and"]]);
  });

  it("credits a call with the relative pronoun left out", () => {
    expect(
      quotes(
        `${opening}He pledged 2 million USD to the adaptation fund, a sum he called "modest in size but large in spirit".`,
      ),
    ).toEqual([["Tran Van Quoc", "modest in size"]]);
  });

  it("still leaves out the wording of a named document", () => {
    expect(
      quotes(
        `${opening}He said the leaders reaffirmed their commitment to "a rules-based order in the region and beyond".`,
      ),
    ).toEqual([]);
  });
});
