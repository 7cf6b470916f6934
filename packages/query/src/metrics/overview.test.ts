import { writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, describe, expect, it } from "vitest";
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
      lastChangedAt: expect.any(String),
      people: 2,
      countries: 4,
      organisations: 1,
      domesticBodies: 1,
      indicatorsTracked: 3,
      partnerships: 2,
      quotes: 2,
    });
  });

  it("shows an article stored through the writer at once, though the answer is kept between changes", () => {
    const database = temporaryFixtureDatabase();
    const before = overviewMetrics(database);
    expect(overviewMetrics(database)).toBe(before);
    const body = "New Person met the press in Hanoi.";
    writerFor(database).storeArticles([
      articleToStore(
        { contentHash: "overview-test", title: "A new person", body, wordCount: 7, publishedAt: null },
        {
          entities: [
            {
              type: "person",
              key: "new person",
              name: "New Person",
              code: null,
              acronym: null,
              mentions: [{ sentenceIndex: 0, start: 0, end: 10, surface: "New Person" }],
              roles: [],
            },
          ],
        },
      ),
    ]);
    const after = overviewMetrics(database);
    expect(after).toMatchObject({ people: before.people + 1, articles: 6, words: before.words + 7 });
    expect(getChanges(database)).toEqual({ lastChangedAt: after.lastChangedAt, articles: 6 });
    expect(after.lastChangedAt).not.toBe(before.lastChangedAt);
    database.dispose();
  });
});

describe("timeline", () => {
  it("counts articles and stories per month, undated apart", () => {
    const months = timeline(database);
    expect(months.granularity).toBe("month");
    expect(months.buckets.find((b) => b.period === "2024-03")).toEqual({ period: "2024-03", articles: 2, stories: 1 });
    expect(months.undated).toEqual({ articles: 1, stories: 1 });
  });
});
