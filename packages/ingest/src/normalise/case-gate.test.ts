import { describe, expect, it } from "vitest";
import { mayHoldIgnoringCase } from "./case-gate.js";

describe("mayHoldIgnoringCase", () => {
  it("rules out a line that cannot hold the literal in any case", () => {
    expect(mayHoldIgnoringCase("The minister spoke on Monday.", "AFP")).toBe(false);
  });

  it("keeps a line holding the literal in another case, as a case-insensitive pattern would", () => {
    expect(mayHoldIgnoringCase("Photo: afp / file", "AFP")).toBe(true);
    expect(mayHoldIgnoringCase("PHOTO: KYODO NEWS", "Kyodo News")).toBe(true);
  });

  it("leaves the decision to the pattern where Unicode folding reaches ASCII or the literal is not ASCII", () => {
    // The Kelvin sign folds onto "k" under /iu, so the pattern for "Kyodo" would match it.
    const kelvin = "\u212Ayodo";
    expect(/kyodo/iu.test(kelvin)).toBe(true);
    expect(mayHoldIgnoringCase(kelvin, "Kyodo")).toBe(true);
    expect(mayHoldIgnoringCase("Ảnh: TTXVN", "Thông tấn xã")).toBe(true);
  });
});
