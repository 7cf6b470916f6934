import { describe, expect, it } from "vitest";
import { memoByLine } from "./line-memo.js";

describe("memoByLine", () => {
  it("reads a line once and gives the same reading again, null included", () => {
    let reads = 0;
    const read = memoByLine((line) => {
      reads++;
      return line.startsWith("HANOI") ? line.length : null;
    });
    expect(read("HANOI (VNA) - ...")).toBe(17);
    expect(read("HANOI (VNA) - ...")).toBe(17);
    expect(read("a sentence.")).toBeNull();
    expect(read("a sentence.")).toBeNull();
    expect(reads).toBe(2);
  });

  it("forgets what it kept once full, and reads again", () => {
    let reads = 0;
    const read = memoByLine((line) => {
      reads++;
      return line.length;
    }, 2);
    for (const line of ["a", "bb", "ccc", "a"]) read(line);
    expect(reads).toBe(4);
    expect(read("a")).toBe(1);
  });
});
