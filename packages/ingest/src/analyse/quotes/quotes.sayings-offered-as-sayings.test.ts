import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 49 (test/READING.md): a proverb or saying a speaker offers as one, often translated, is the people's saying,
// not the speaker's words. Sentences are the tests' own.
const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text]);

describe("a saying offered as one", () => {
  it("is no quotation after 'a … saying that translates as'", () => {
    expect(
      quotes(
        'Minister Tran Van Binh spoke on Monday. He then recalled a Vietnamese saying that translates as "when the river floods, neighbours share one boat", and asked both sides to keep helping each other.',
      ),
    ).toEqual([]);
  });

  it("is no quotation after 'an old proverb'", () => {
    expect(
      quotes(
        'Minister Tran Van Binh spoke on Monday. He quoted an old proverb, "a near neighbour is worth more than a distant relative", before the talks.',
      ),
    ).toEqual([]);
  });

  it("leaves the participle 'saying' after a comma to bring in the speaker's words", () => {
    expect(
      quotes('Minister Tran Van Binh spoke on Monday, saying "we will always stand with our friends in the region".'),
    ).toEqual([["Tran Van Binh", "we will always stand with our friends in the region"]]);
  });
});

// Round 49: a label's noun ("term", "phrase") taken by a verb of judging before "as" is the thing judged.
describe("a verdict on a term", () => {
  it("takes the words after 'described the past term as' as the speaker's", () => {
    expect(
      quotes(
        'Minister Tran Van Binh spoke on Monday. Binh described the past term as "the busiest years in the history of the ministry".',
      ),
    ).toEqual([["Tran Van Binh", "the busiest years in the history of the ministry"]]);
  });

  it("still reads the words after 'used the term' as a label", () => {
    expect(
      quotes(
        'Minister Tran Van Binh spoke on Monday. He used the term "diplomacy of the bamboo in the new era" twice.',
      ),
    ).toEqual([]);
  });
});
