import { describe, expect, it } from "vitest";
import { monthNamePattern, monthNamePatternAnyCase, monthNamePatternCapitalised, monthNumber } from "./months.js";

describe("month names", () => {
  it("reads full names, abbreviations with a dot and the region's own spellings", () => {
    expect(monthNumber("November")).toBe(11);
    expect(monthNumber("Sept.")).toBe(9);
    expect(monthNumber("Maret")).toBe(3);
    expect(monthNumber("Monday")).toBeNull();
  });

  it("matches the longest name first, so a full name is not cut to its abbreviation", () => {
    expect(new RegExp(`^(?:${monthNamePattern})`, "i").exec("September 2024")?.[0]).toBe("September");
  });

  it("keeps the capital in the capitalised pattern, so the modal 'may' and the verb 'march' are not months", () => {
    const capitalised = new RegExp(`^(?:${monthNamePatternCapitalised})\\b`);
    expect(capitalised.test("May 2024")).toBe(true);
    expect(capitalised.test("Sept 2024")).toBe(true);
    expect(capitalised.test("may 2024")).toBe(false);
    expect(capitalised.test("march on")).toBe(false);
  });

  it("matches any case letter by letter where a regex cannot take the i flag", () => {
    const anyCase = new RegExp(`^(?:${monthNamePatternAnyCase})$`);
    expect(anyCase.test("MARCH")).toBe(true);
    expect(anyCase.test("march")).toBe(true);
  });
});
