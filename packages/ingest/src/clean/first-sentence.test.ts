import { describe, expect, it } from "vitest";
import { firstSentence, splitSentences } from "./sentences.js";

// A reader that needs every sentence of a line to pass asks the first alone before splitting the line (speed, round
// 54): the first sentence must be the one splitSentences gives first. Sentences are written for the tests.
describe("a line's first sentence, read without splitting the line", () => {
  it.each([
    "Harbour prices rose on Tuesday. Traders expect more gains.",
    "Mr. Tran met the envoy in Da Nang. They spoke for an hour.",
    "The U.S. delegation arrived late! Talks began at noon?",
    '"We will sign," she said. The pact follows in May.',
    "One sentence with no stop at its end",
    "A figure closes it at 3.5 per cent. 2024 was a record year.",
  ])("reads %j as splitSentences reads its first", (line) => {
    expect(firstSentence(line)).toBe(splitSentences(line)[0]);
  });

  it("stops at the first boundary that is no abbreviation's stop", () => {
    expect(firstSentence("Gen. Lam inspected the port. Ships waited offshore.")).toBe("Gen. Lam inspected the port.");
  });
});
