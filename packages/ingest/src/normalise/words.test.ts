import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpaceUnit, spaceSeparatedWords } from "./words.js";

describe("spaceSeparatedWords", () => {
  it("counts the runs between white space of every kind, as split(/\\s+/) does", () => {
    expect(spaceSeparatedWords("  Ha\u00a0Noi,\tthe  capital\u2003— of\nViet Nam ")).toBe(8);
    expect(spaceSeparatedWords("")).toBe(0);
    expect(spaceSeparatedWords(" \u3000 ")).toBe(0);
  });

  it("reads a character outside the basic plane as part of its word", () => {
    expect(spaceSeparatedWords("flag 🇻🇳 and 𝐛𝐨𝐥𝐝")).toBe(4);
  });

  it("agrees with split on white space for any text", () => {
    const texts = fc.string({ unit: fc.constantFrom("a", "Ư", " ", "\u00a0", "\t", "\n", "\u2028", "😀", "-") });
    fc.assert(
      fc.property(texts, (text) => {
        expect(spaceSeparatedWords(text)).toBe(text.split(/\s+/).filter(Boolean).length);
      }),
    );
  });
});

describe("isSpaceUnit", () => {
  it("takes the no-break and ideographic spaces as white space and a letter as not", () => {
    expect(isSpaceUnit(0xa0)).toBe(true);
    expect(isSpaceUnit(0x3000)).toBe(true);
    expect(isSpaceUnit("Đ".charCodeAt(0))).toBe(false);
  });
});
