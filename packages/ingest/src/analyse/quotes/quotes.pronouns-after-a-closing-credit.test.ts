import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 51: a sentence of reported speech closed by its credit (", Minh said.") has that speaker as the one talking;
 * a pronoun crediting the next quotation goes on with him, not with a person named earlier in the sentence as the owner
 * of its subject ("Chancellor X's visit … saw …").
 */
const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => q.speaker);

describe("pronouns after a closing credit", () => {
  it("gives the quotation to the one the closing credit names, not to a possessive before it", () => {
    expect(
      quotes(
        "Trade Minister Karl Jensen opened the fair on Friday. President Omar Haddad's tour of the region last spring " +
          'brought two new deals, Jensen said. "Our exporters now reach markets we could only hope for five years ago," he said.',
      ),
    ).toEqual(["Karl Jensen"]);
  });
});
