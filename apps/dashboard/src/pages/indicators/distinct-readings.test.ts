import { describe, expect, it } from "vitest";
import { distinctReadings } from "./distinct-readings.js";

const reading = (id: number, value: number, unit: string | null = "countries") => ({
  id,
  value,
  of: null,
  unit,
  qualifier: null,
});

describe("distinctReadings", () => {
  it("keeps disagreeing values apart, each with all its sources", () => {
    const groups = distinctReadings([reading(1, 42), reading(2, 32), reading(3, 42)]);
    expect(groups.map((g) => [g.sample.value, g.values.map((v) => v.id)])).toEqual([
      [32, [2]],
      [42, [1, 3]],
    ]);
  });

  it("never merges the same number counted in different units", () => {
    expect(distinctReadings([reading(1, 17, "agreements"), reading(2, 17, "partners")])).toHaveLength(2);
  });
});
