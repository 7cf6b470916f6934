import { describe, expect, it } from "vitest";
import { olderAnalyzer } from "./reanalyze.js";

describe("olderAnalyzer", () => {
  it("compares dotted versions part by part, not as text", () => {
    expect(olderAnalyzer("1.9.0", "1.19.0")).toBe(true);
    expect(olderAnalyzer("1.19.0", "1.9.0")).toBe(false);
    expect(olderAnalyzer("1.19", "1.19.0")).toBe(false);
    expect(olderAnalyzer("1.19.0", "1.19.0")).toBe(false);
    expect(olderAnalyzer("1.19.0", "1.19.1")).toBe(true);
  });

  it("takes any other stamp for older, unless it is the current one", () => {
    expect(olderAnalyzer("fixture", "1.19.0")).toBe(true);
    expect(olderAnalyzer("old", "1.19.0")).toBe(true);
    expect(olderAnalyzer("dev", "dev")).toBe(false);
  });
});
