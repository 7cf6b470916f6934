import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 42 (issue 11): partial quotations inside reported speech that are the speaker's words. Sentences are the
// tests' own.
const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text]);

describe("partial quotations in reported speech", () => {
  it("takes the words after a verb of judging and 'as' as the speaker's verdict", () => {
    expect(
      quotes(
        'President Lena Kask met her host in Hanoi. Kask described the accord as a "turning point for the shipyards of both our countries" and left for Da Nang.',
      ),
    ).toEqual([["Lena Kask", "turning point for the shipyards of both our countries"]]);
  });

  it("still leaves a characterisation after a verb of regarding as no quotation", () => {
    expect(
      quotes(
        'President Lena Kask met her host in Hanoi. Her government regards the port as a "gateway to the markets of the south" for its exporters.',
      ),
    ).toEqual([]);
  });

  it("takes a list governed by a preposition of the sentence as the speaker's phrase, not a motto", () => {
    expect(
      quotes(
        'Minister Omar Haddad met Vietnamese officials. Haddad said his country wanted to invest "in ports, railways, solar power and food processing," and asked for faster licences.',
      ),
    ).toEqual([["Omar Haddad", "in ports, railways, solar power and food processing"]]);
  });
});
