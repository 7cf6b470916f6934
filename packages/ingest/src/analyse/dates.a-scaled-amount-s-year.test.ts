import { describe, expect, it } from "vitest";
import { inferDate } from "./dates.js";
import { splitSentences } from "./sentences.js";

const date = (body: string) => inferDate(splitSentences(body));

// Own sentences. A year right after a scaled amount ("€2.1 billion in 2018") dates the figure: a past year the page
// reports, which does not make that year the page's own when it is written again elsewhere.
describe("inferDate: a scaled amount's year", () => {
  it("does not count the year of a trade figure towards the page's year", () => {
    expect(
      date(
        "Norway and Vietnam signed a partnership in Oslo on Monday. Portugal signed one in 2018. Two-way trade: €2.1 billion in 2018, up 9% on 2017.",
      ),
    ).toBeNull();
  });

  it("still counts a year written twice as the page's own", () => {
    expect(
      date("In 2018 the two countries signed a partnership. Trade grew strongly in 2018, officials said.")?.date,
    ).toBe("2018");
  });
});
