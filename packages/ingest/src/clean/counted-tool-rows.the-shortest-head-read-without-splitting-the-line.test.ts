import { describe, expect, it } from "vitest";
import { isWhiteSpace, shortestHead, withoutCountedTools } from "./counted-tool-rows.js";

// The shortest head a cut can leave, read by scanning the line, is the one its split words gave: the first words but
// the last eight, at least one, joined by single spaces. Lines are made up for the test.
function bySplit(line: string): number {
  const words = line.trim().split(/\s+/u);
  const lowest = Math.max(1, words.length - 8);
  let length = lowest - 1;
  for (let k = 0; k < lowest; k++) length += (words[k] as string).length;
  return length;
}

describe("the shortest head read without splitting the line", () => {
  it("reads white space as \\s and trim() do, over the whole BMP", () => {
    for (let c = 0; c <= 0xffff; c++) expect(isWhiteSpace(c)).toBe(/\s/u.test(String.fromCharCode(c)));
  });

  it("measures the head as the split words did", () => {
    const lines = [
      "12 May 2019 - 08:10",
      "  Posted 3 Feb 2020\u00a0\u00a0Views: 88  Print  Email  Share ",
      "The committee met 14 times last year and agreed on a plan to widen the canal by 2031 with a loan",
      "word\u2003word\tword\n9 word  word word word word word word word word word",
      "7",
    ];
    for (const line of lines) expect(shortestHead(line)).toBe(bySplit(line));
  });

  it("still reads a dated line's tools after its counter", () => {
    expect(withoutCountedTools("3 Mar 2011 - 10:05  Views: 211  Print version")?.kept).toBe("3 Mar 2011 - 10:05");
  });
});
