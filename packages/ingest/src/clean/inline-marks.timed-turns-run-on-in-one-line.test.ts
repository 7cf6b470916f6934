import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { timedTurnsApart } from "./inline-marks.js";

// Round 43: a rush transcript may run a turn on in the line of the turn before it, opened by its time code and its
// speaker's label. The sentences are the tests' own.
describe("a timed turn run on in the line before it", () => {
  it("splits the line before the time code of a labelled turn", () => {
    expect(timedTurnsApart("Thanks for joining us. [10:14:05] OKAFOR: Still ahead, the markets.")).toEqual([
      "Thanks for joining us.",
      "[10:14:05] OKAFOR: Still ahead, the markets.",
    ]);
    expect(timedTurnsApart('He said "we are ready." [10:14:05] RUTH PIKE, CNN ANCHOR: Welcome back.')).toEqual([
      'He said "we are ready."',
      "[10:14:05] RUTH PIKE, CNN ANCHOR: Welcome back.",
    ]);
  });

  it("keeps a time code inside a sentence or before words that are no label", () => {
    const line = "The vote closed at [10:14] local time, officials said.";
    expect(timedTurnsApart(line)).toEqual([line]);
    const note = "The minister spoke. [10:14:05] Later the talks resumed in Hanoi.";
    expect(timedTurnsApart(note)).toEqual([note]);
  });

  it("reads the split turn as a paragraph of its own, its time code set aside", () => {
    const text =
      "[09:00:10] ANNA ROSS, ANCHOR: Vietnam and Chile signed a trade deal today in Hanoi after two days of talks.\n\nROSS: Thank you for watching this morning. [09:05:40] ROSS: We will have more on the trade deal throughout the day.";
    const cleaned = cleanArticle(text);
    expect(cleaned.body).toContain("ROSS: Thank you for watching this morning.\n");
    expect(cleaned.body).toContain("\nROSS: We will have more on the trade deal throughout the day.");
    expect(cleaned.body).not.toContain("[09:05:40]");
  });
});
