import { describe, expect, it } from "vitest";
import { isPublicationDateLine } from "./datelines.js";

/*
 * Round 24: a wire re-publisher's meta row sets the city in capitals straight before the day and the clock, with no
 * comma ("HANOI Apr. 28 2025 - 08:42 pm JST"). It is the page's date line, noise, as "HANOI, Apr. 28 2025" already was;
 * a dateline that opens the story ("HANOI Apr. 28 (Kyodo) -- Japan and …") and a capitalised word before a sentence
 * are not.
 */
describe("a place in capitals before a stamp, with no comma", () => {
  it.each(["HANOI Apr. 28 2025 - 08:42 pm JST", "HANOI May 14 2025 - 06:20 pm JST", "TOKYO Nov. 3 2024"])(
    "%s is a date line",
    (line) => {
      expect(isPublicationDateLine(line)).toBe(true);
    },
  );

  it.each([
    "HANOI Japan and Vietnam agreed on Monday to widen their ties",
    "HANOI Apr. 28 (Kyodo) -- Japanese Prime Minister Shigeru Ishiba and his counterpart agreed",
    "NOTE May 14 2025",
    "HANOI 2025",
  ])("%s is not", (line) => {
    expect(isPublicationDateLine(line)).toBe(false);
  });
});
