import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 44: a quoted sentence split by its credit ('"If the talks go well," she said, "Hanoi will …"') is one quote,
 * even when the part after the credit opens on a capital (a name, a place): the first part's comma leaves the
 * sentence open. Written fresh in the project's own words.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2019-11-25" }).quotes.map((q) => `${q.speaker}: ${q.text}`);

describe("a quoted sentence split by its credit after a comma", () => {
  it("is one quote when the second part opens on a capital", () => {
    expect(
      quotes(
        'Deputy Minister Tran Quoc Bao spoke at the launch. "Depending on how the talks go next spring," he said, "Vietnam may widen its naval exercises with other partners."',
      ),
    ).toEqual([
      "Tran Quoc Bao: Depending on how the talks go next spring Vietnam may widen its naval exercises with other partners.",
    ]);
  });
});
