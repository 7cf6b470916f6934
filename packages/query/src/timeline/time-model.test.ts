import { openDatabase, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { chooseGranularity, periodsBetween, toTimeSeries } from "./time-model.js";
import { Timeline, timeline } from "./timeline.js";

describe("the time model", () => {
  it("chooses month up to three years, quarter up to twelve, year beyond or for year-only dates", () => {
    expect(chooseGranularity("2021-01-05", "2023-12-30")).toBe("month");
    expect(chooseGranularity("2021-01-05", "2024-01-02")).toBe("quarter");
    expect(chooseGranularity("2011-03", "2022-12-01")).toBe("quarter");
    expect(chooseGranularity("2011-01", "2023-01")).toBe("year");
    expect(chooseGranularity("2021", "2021")).toBe("year");
  });

  it("lists every period between two, across year ends", () => {
    expect(periodsBetween("2021-11", "2022-02", "month")).toEqual(["2021-11", "2021-12", "2022-01", "2022-02"]);
    expect(periodsBetween("2021-Q4", "2022-Q2", "quarter")).toEqual(["2021-Q4", "2022-Q1", "2022-Q2"]);
    expect(periodsBetween("2019", "2021", "year")).toEqual(["2019", "2020", "2021"]);
  });

  it("fills empty periods with zero and keeps coarser and undated counts apart", () => {
    const series = toTimeSeries(
      [
        { period: "2017-06", articles: 2 },
        { period: "2017-09", articles: 1 },
        { period: "2017", articles: 41 },
        { period: null, articles: 5 },
      ],
      "month",
      { articles: 0 },
    );
    expect(series.buckets).toEqual([
      { period: "2017-06", articles: 2 },
      { period: "2017-07", articles: 0 },
      { period: "2017-08", articles: 0 },
      { period: "2017-09", articles: 1 },
    ]);
    expect(series.coarser).toEqual([{ period: "2017", precision: "year", articles: 41 }]);
    expect(series.undated).toEqual({ articles: 5 });
  });
});

describe("timeline over articles of mixed date precision", () => {
  const database = openDatabase({ path: ":memory:" });
  afterAll(() => database.close());
  const dated = (publishedAt: string | null, publishedPrecision: "day" | "month" | "year" | null) =>
    articleToStore({ publishedAt, publishedPrecision });
  writerFor(database).storeArticles(
    [
      dated("2017-06-03", "day"),
      dated("2020-03-14", "day"),
      dated("2020-03", "month"),
      dated("2021", "year"),
      dated("2021", "year"),
      dated("2021-12-01", "day"),
      dated(null, null),
    ],
    () => null,
    "2026-11-30T12:00:00.000Z",
  );

  it("draws consecutive quarters for a five-year span, the year-only dates apart and the undated apart", () => {
    const answer = Timeline.parse(timeline(database));
    expect(answer.granularity).toBe("quarter");
    const periods = answer.buckets.map((b) => b.period);
    expect(periods[0]).toBe("2017-Q2");
    expect(periods.at(-1)).toBe("2021-Q4");
    expect(periods).toHaveLength(19);
    expect(periods).not.toContain("2021");
    expect(answer.buckets.find((b) => b.period === "2020-Q1")).toEqual({ period: "2020-Q1", articles: 2, stories: 2 });
    expect(answer.buckets.reduce((sum, b) => sum + b.articles, 0)).toBe(4);
    expect(answer.coarser).toEqual([{ period: "2021", precision: "year", articles: 2, stories: 2 }]);
    expect(answer.undated).toEqual({ articles: 1, stories: 1 });
  });

  it("never places an undated article at its ingest date", () => {
    const answer = timeline(database, { granularity: "year" });
    expect(answer.buckets.map((b) => b.period)).toEqual(["2017", "2018", "2019", "2020", "2021"]);
    expect(answer.buckets.find((b) => b.period === "2021")?.articles).toBe(3);
    expect(answer.buckets.some((b) => b.period === "2026")).toBe(false);
    expect(answer.undated.articles).toBe(1);
    expect(answer.coarser).toEqual([]);
  });

  it("switches granularity on request, month by month with no gap", () => {
    const answer = timeline(database, { granularity: "month" });
    expect(answer.buckets).toHaveLength(55);
    expect(answer.buckets.filter((b) => b.articles > 0).map((b) => b.period)).toEqual([
      "2017-06",
      "2020-03",
      "2021-12",
    ]);
  });
});
