import { describe, expect, it } from "vitest";
import { offAxisText, periodLabel } from "./periods.js";

describe("periodLabel", () => {
  it("names months, quarters and years", () => {
    expect(periodLabel("2021-03")).toBe("Mar 2021");
    expect(periodLabel("2021-Q4")).toBe("Q4 2021");
    expect(periodLabel("2021")).toBe("2021");
  });
});

describe("offAxisText", () => {
  it("says how many are dated only to a coarser period and how many are undated", () => {
    expect(offAxisText([{ period: "2021", count: 41 }], 3)).toBe(
      "+41 dated only to 2021 · 3 articles undated (not on the axis)",
    );
    expect(offAxisText([], 0)).toBeNull();
  });
});
