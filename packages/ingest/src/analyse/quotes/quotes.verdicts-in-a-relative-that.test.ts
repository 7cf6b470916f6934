import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 51: 'a step that Minister X described as a “…”': the thing judged is the relative "that" before the speaker,
 * so the verb of judging stands straight before "as"; the words are the speaker's verdict, not a characterisation.
 */
const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("verdicts in a relative clause", () => {
  it("credits the words a named speaker described the thing as, with the thing before him", () => {
    expect(
      quotes(
        "The two sides agreed to cut tariffs on rice, a deal that Farm Minister Pavel Novak described as a " +
          '"long overdue win for growers on both sides".',
      ),
    ).toEqual([{ speaker: "Pavel Novak", text: "long overdue win for growers on both sides" }]);
  });
});
