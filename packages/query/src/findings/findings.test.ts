import { partnershipLevels } from "@chancery/db";
import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { IndicatorList, listIndicators } from "./indicators.js";
import { listPartnerships, PartnershipList } from "./partnerships.js";
import { listQuotes, QuotePage } from "./quotes.js";
import { listThemes, ThemeList } from "./themes.js";

const database = temporaryFixtureDatabase();
afterAll(() => database.dispose());

describe("listIndicators", () => {
  it("gives each key its latest value and history, newest first", () => {
    const list = IndicatorList.parse(listIndicators(database));
    expect(list.items.map((i) => i.key)).toEqual(["diplomatic_relations", "free_trade_agreements", "trade_value"]);
    const relations = list.items[0];
    expect(relations?.latest).toMatchObject({ value: 193, publishedAt: "2024-03-08" });
    expect(relations?.values.map((v) => v.value)).toEqual([193, 194, 190, 192]);
    expect(relations?.latest.sentence).toMatch(/193 countries/);
  });

  it("flags disagreement only between figures of the same year", () => {
    const list = listIndicators(database);
    expect(list.items.find((i) => i.key === "diplomatic_relations")?.disagree).toBe(true);
    expect(list.items.find((i) => i.key === "free_trade_agreements")?.disagree).toBe(false);
  });

  it("limits the values per key but counts them all", () => {
    const relations = listIndicators(database, { key: "diplomatic_relations", valuesLimit: 1 }).items[0];
    expect(relations?.values).toHaveLength(1);
    expect(relations?.valueCount).toBe(4);
  });
});

describe("listPartnerships", () => {
  it("keeps each country at its highest level with the year of that level and all evidence", () => {
    const list = PartnershipList.parse(listPartnerships(database));
    expect(list.items.map((p) => [p.countryCode, p.level, p.since])).toEqual([
      ["JP", "Comprehensive Strategic Partnership", 2023],
      ["AU", "Comprehensive Strategic Partnership", 2024],
    ]);
    expect(list.items[1]?.evidence.map((e) => e.level)).toContain("Strategic Partnership");
    expect(list.items.map((p) => p.evidenceCount)).toEqual(list.items.map((p) => p.evidence.length));
    expect(listPartnerships(database, { level: "Strategic Partnership" }).items).toEqual([]);
  });

  it("dates each level once at the earliest year a source gives, highest level first, with a source stating it", () => {
    const list = PartnershipList.parse(listPartnerships(database));
    const australia = list.items.find((p) => p.countryCode === "AU");
    expect(australia?.steps.map((s) => [s.level, s.year])).toContainEqual([
      "Comprehensive Strategic Partnership",
      2024,
    ]);
    for (const p of list.items) {
      expect(new Set(p.steps.map((s) => s.level)).size).toBe(p.steps.length);
      if (p.since !== null) expect(p.steps[0]).toMatchObject({ level: p.level, year: p.since });
      const ranks = p.steps.map((s) => partnershipLevels.indexOf(s.level));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      const states = database.sqlite.prepare(
        "SELECT count(*) AS n FROM partnerships WHERE country_code = ? AND article_id = ? AND level = ? AND year = ?",
      );
      for (const s of p.steps) {
        expect((states.get(p.countryCode, s.articleId, s.level, s.year) as { n: number }).n).toBeGreaterThan(0);
      }
    }
  });
});

describe("listQuotes", () => {
  it("pages newest first and filters by speaker", () => {
    const first = QuotePage.parse(listQuotes(database, { limit: 1 }));
    const second = listQuotes(database, { limit: 1, cursor: first.nextCursor ?? "" });
    expect(first.items[0]?.id).toBeGreaterThan(second.items[0]?.id ?? Number.POSITIVE_INFINITY);
    expect(second.nextCursor).toBeNull();
    expect(listQuotes(database, { speaker: 999 }).items).toEqual([]);
  });
});

describe("listThemes", () => {
  it("counts a story once per theme and trends as its share of each month's stories, on the shared axis", () => {
    const themes = ThemeList.parse(listThemes(database));
    expect(themes.totalStories).toBe(4);
    const economic = themes.items.find((t) => t.key === "economic_diplomacy");
    expect(economic).toMatchObject({ stories: 2, share: 0.5 });
    expect(economic?.trend.granularity).toBe("month");
    expect(economic?.trend.buckets.map((b) => b.period)).toEqual(themes.all.buckets.map((b) => b.period));
    expect(economic?.trend.buckets.filter((b) => b.stories > 0)).toEqual([
      { period: "2023-11", stories: 1, share: 1 },
      { period: "2024-03", stories: 1, share: 1 },
    ]);
    const periods = themes.all.buckets.map((b) => b.period);
    expect(periods).toHaveLength(22);
    expect(themes.all.undated.stories).toBe(1);
  });
});
