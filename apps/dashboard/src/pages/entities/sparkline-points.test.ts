import { describe, expect, it } from "vitest";
import { sparklinePoints } from "./sparkline-points.js";

describe("sparklinePoints", () => {
  it("spreads values across the width with the largest at the top", () => {
    expect(sparklinePoints([0, 2, 1], 100, 24)).toBe("2,22 50,2 98,12");
  });

  it("draws nothing for no values", () => {
    expect(sparklinePoints([], 100, 24)).toBe("");
  });
});
