import { afterAll, describe, expect, it } from "vitest";
import { temporaryFixtureDatabase } from "../fixtures/temporary-database.js";
import { timeline } from "../timeline/timeline.js";
import { getChanges } from "./changes.js";
import { OverviewMetrics, overviewMetrics } from "./overview.js";

const database = temporaryFixtureDatabase();
afterAll(() => database.dispose());

describe("overviewMetrics", () => {
  it("answers the corpus totals", () => {
    expect(OverviewMetrics.parse(overviewMetrics(database))).toEqual({
      articles: 5,
      stories: 4,
      outlets: 3,
      words: expect.any(Number),
      firstPublishedAt: "2022-06-15",
      lastPublishedAt: "2024-03-08",
      lastIngestAt: "2025-01-02T03:04:05.000Z",
      lastChangedAt: "2025-01-02T03:04:05.000Z",
      people: 2,
      countries: 4,
      organisations: 1,
      domesticBodies: 1,
      indicatorsTracked: 3,
      partnerships: 2,
      quotes: 2,
    });
  });

  it("keeps its answer until meta.last_changed_at moves", () => {
    overviewMetrics(database);
    database.sqlite
      .prepare("INSERT INTO entities (type, key, name, article_count) VALUES ('person', 'new person', 'New Person', 1)")
      .run();
    expect(overviewMetrics(database).people).toBe(2);
    database.sqlite.prepare("UPDATE meta SET value = '2030-01-01' WHERE key = 'last_changed_at'").run();
    expect(overviewMetrics(database).people).toBe(3);
    expect(getChanges(database)).toEqual({ lastChangedAt: "2030-01-01", articles: 5 });
  });
});

describe("timeline", () => {
  it("counts articles and stories per month, undated apart", () => {
    const months = timeline(database);
    expect(months.buckets.find((b) => b.period === "2024-03")).toEqual({ period: "2024-03", articles: 2, stories: 1 });
    expect(months.undated).toBe(1);
  });
});
