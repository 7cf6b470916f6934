import { describe, expect, it } from "vitest";
import { tableCells } from "./table-row.js";

const texts = (line: string, options?: Parameters<typeof tableCells>[1]) =>
  tableCells(line, options)?.map((cell) => cell.text) ?? null;

describe("tableCells", () => {
  it("reads a marked row's cells without its outer bars, with where each stands", () => {
    expect(tableCells("| Japan | 2023 |")).toEqual([
      { text: "Japan", start: 2, end: 7 },
      { text: "2023", start: 10, end: 14 },
    ]);
  });

  it("keeps a marked row's empty cell and refuses a marked line of one cell", () => {
    expect(texts("| Japan | | 2023 |")).toEqual(["Japan", "", "2023"]);
    expect(texts("| Japan |")).toBeNull();
  });

  it("parts a bare row at bars between spaces and refuses one with an empty cell", () => {
    expect(texts("Germany | SP|CSP | 2011")).toEqual(["Germany", "SP|CSP", "2011"]);
    expect(texts("Germany |  | 2011")).toBeNull();
    expect(texts("Home|World")).toBeNull();
  });

  it("reads a line opening on a bar but not closing on one as no row", () => {
    expect(texts("| Japan | 2023")).toBeNull();
  });

  it("reads only the shape asked for, a sentence as written with its outer bars", () => {
    expect(texts("Japan | 2023", { shape: "marked" })).toBeNull();
    expect(texts("| Japan | 2023 |", { shape: "bare" })).toBeNull();
    expect(texts("| Japan | 2023 |", { shape: "as written" })).toEqual(["| Japan", "2023 |"]);
    expect(texts("| Japan | 2023 |", { shape: "as written", anyBar: true, empty: true })).toEqual([
      "",
      "Japan",
      "2023",
      "",
    ]);
  });

  it("parts at every bar when asked, once the row has a bar between spaces", () => {
    expect(texts("Germany | SP|CSP | 2011", { anyBar: true })).toEqual(["Germany", "SP", "CSP", "2011"]);
    expect(texts("SP|CSP", { anyBar: true })).toBeNull();
    expect(texts("SP|CSP", { shape: "as written", anyBar: true })).toEqual(["SP", "CSP"]);
  });

  it("gives each cell's place in the line as written", () => {
    const line = "1 |  Singapore | 215";
    for (const cell of tableCells(line) ?? []) expect(line.slice(cell.start, cell.end)).toBe(cell.text);
  });
});
