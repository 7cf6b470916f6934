import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/**
 * A diplomatic formula a side works toward, put in marks ('to build "a regional community with a shared future"'), is
 * the formula named, not speech; a quotation of the same speaker after it still counts. Sentences of our own.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-05-10", title: null }).quotes.map(
    (q) => `${q.speaker}: ${q.text.split(/\s+/).slice(0, 4).join(" ")}`,
  );

describe("diplomatic formulas as goals", () => {
  it("leaves out a formula put in marks as the goal of building", () => {
    expect(
      quotes(
        'Foreign Minister Ana Ruiz said Peru was ready to build "an Andean community with a shared future" with its neighbours.',
      ),
    ).toEqual([]);
  });

  it("keeps the speaker's own sentence after it", () => {
    expect(
      quotes(
        'Foreign Minister Ana Ruiz said Peru was ready to build "an Andean community with a shared future". "Rivers should join us, never divide us," Ruiz said.',
      ),
    ).toEqual(["Ana Ruiz: Rivers should join us,"]);
  });
});
