import { describe, expect, it } from "vitest";
import { rollUpDays } from "./coverage-periods.js";

const day = (d: string, stored = 1) => ({ day: d, read: stored, stored, duplicates: 0, failed: 0 });

describe("coverage per publication period", () => {
  it("keeps days over a few weeks and fills the empty ones with zero", () => {
    const { granularity, periods } = rollUpDays([day("2026-02-27"), day("2026-03-02", 3)]);
    expect(granularity).toBe("day");
    expect(periods.map((p) => p.period)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(periods.map((p) => p.stored)).toEqual([1, 0, 0, 3]);
  });

  it("rolls a span of two years up to consecutive months", () => {
    const { granularity, periods } = rollUpDays([day("2024-11-03"), day("2024-11-20"), day("2026-01-05")]);
    expect(granularity).toBe("month");
    expect(periods[0]).toMatchObject({ period: "2024-11", stored: 2 });
    expect(periods).toHaveLength(15);
    expect(periods.at(-1)).toMatchObject({ period: "2026-01", stored: 1 });
  });

  it("rolls fifteen years up to years, one after another", () => {
    const { granularity, periods } = rollUpDays([day("2011-05-01"), day("2026-11-30")]);
    expect(granularity).toBe("year");
    expect(periods.map((p) => p.period)).toEqual(Array.from({ length: 16 }, (_, i) => String(2011 + i)));
  });

  it("draws nothing when no outcome has a day", () => {
    expect(rollUpDays([]).periods).toEqual([]);
  });
});
