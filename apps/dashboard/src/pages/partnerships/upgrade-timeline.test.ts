import { describe, expect, it } from "vitest";
import { upgradeTimeline } from "./upgrade-timeline.js";

const csp = "Comprehensive Strategic Partnership";

describe("upgradeTimeline", () => {
  it("orders dated steps by year and keeps one per country, level and year", () => {
    const timeline = upgradeTimeline([
      {
        countryCode: "AU",
        countryName: "Australia",
        steps: [
          { year: 2024, level: csp, articleId: 1, start: 10 },
          { year: 2024, level: csp, articleId: 2, start: 20 },
          { year: 2018, level: "Strategic Partnership", articleId: 3, start: 5 },
        ],
      },
      { countryCode: "FR", countryName: "France", steps: [{ year: 2024, level: csp, articleId: 1, start: 10 }] },
    ]);
    expect(timeline.map((u) => [u.year, u.countryCode, u.level, u.articleId])).toEqual([
      [2018, "AU", "Strategic Partnership", 3],
      [2024, "AU", csp, 1],
      [2024, "FR", csp, 1],
    ]);
  });

  it("leaves out steps without a year", () => {
    const timeline = upgradeTimeline([
      { countryCode: "JP", countryName: "Japan", steps: [{ year: null, level: csp, articleId: 1, start: 0 }] },
    ]);
    expect(timeline).toEqual([]);
  });
});
