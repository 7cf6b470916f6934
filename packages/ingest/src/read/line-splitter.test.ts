import { describe, expect, it } from "vitest";
import { LineSplitter } from "./line-splitter.js";

function splitAll(chunks: string[], max = 100) {
  const splitter = new LineSplitter(max);
  return [...chunks.flatMap((c) => splitter.push(c)), ...splitter.end()];
}

describe("LineSplitter", () => {
  it("numbers lines ending in LF, CRLF or a lone CR, whatever the chunk boundaries", () => {
    const text = "a\r\nb\rc\nd";
    const expected = ["a", "b", "c", "d"].map((t, i) => ({ line: i + 1, text: t }));
    expect(splitAll([text])).toEqual(expected);
    expect(splitAll([...text])).toEqual(expected);
    expect(splitAll(["a\r", "\nb\r", "c\n", "d"])).toEqual(expected);
  });

  it("reports a line over the limit with its size, keeps counting, and reads the next line", () => {
    expect(splitAll(["short\n", "x".repeat(60), "x".repeat(60), "\nok\n"])).toEqual([
      { line: 1, text: "short" },
      { line: 2, tooLong: 120 },
      { line: 3, text: "ok" },
    ]);
  });

  it("counts the limit in UTF-8 bytes", () => {
    expect(splitAll(["ệ".repeat(40)], 100)).toEqual([{ line: 1, tooLong: 120 }]);
  });
});
