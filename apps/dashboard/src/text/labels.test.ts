import { describe, expect, it } from "vitest";
import { formatCount, formatDate, formatNumber, keyLabel } from "./labels.js";

describe("keyLabel", () => {
  it("turns snake and kebab keys into sentence case", () => {
    expect(keyLabel("economic_diplomacy")).toBe("Economic diplomacy");
    expect(keyLabel("diplomatic-relations")).toBe("Diplomatic relations");
  });

  it("writes known acronyms in capitals", () => {
    expect(keyLabel("fta_partners")).toBe("FTA partners");
    expect(keyLabel("unesco_titles")).toBe("UNESCO titles");
    expect(keyLabel("ftas")).toBe("FTAs");
  });
});

describe("formatDate", () => {
  it("says undated rather than inventing a date", () => {
    expect(formatDate(null)).toBe("undated");
  });

  it("shows only the precision the date has", () => {
    expect(formatDate("2024", "year")).toBe("2024");
    expect(formatDate("2024-03", null)).toBe("Mar 2024");
    expect(formatDate("2024-03-05", "day")).toBe("5 Mar 2024");
  });
});

describe("formatNumber", () => {
  it("groups thousands, writes millions in words and shows a dash for missing values", () => {
    expect(formatNumber(194)).toBe("194");
    expect(formatNumber(12500)).toBe("12,500");
    expect(formatNumber(6000000)).toBe("6 million");
    expect(formatNumber(800_000_000_000)).toBe("800 billion");
    expect(formatNumber(null)).toBe("—");
  });
});

describe("formatCount", () => {
  it("groups thousands with commas, whatever the browser's language", () => {
    expect(formatCount(7)).toBe("7");
    expect(formatCount(12480)).toBe("12,480");
    expect(formatCount(1_250_000)).toBe("1,250,000");
  });
});
