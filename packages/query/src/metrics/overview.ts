import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { prepared } from "../statements.js";
import { memoByChange } from "./change-memo.js";
import { getChanges } from "./changes.js";

export const OverviewMetrics = z.object({
  articles: z.number().int(),
  stories: z.number().int(),
  outlets: z.number().int(),
  words: z.number().int(),
  firstPublishedAt: z.string().nullable(),
  lastPublishedAt: z.string().nullable(),
  lastIngestAt: z.string().nullable(),
  lastChangedAt: z.string().nullable(),
  people: z.number().int(),
  countries: z.number().int(),
  organisations: z.number().int(),
  domesticBodies: z.number().int(),
  indicatorsTracked: z.number().int(),
  partnerships: z.number().int(),
  quotes: z.number().int(),
});
export type OverviewMetrics = z.infer<typeof OverviewMetrics>;

function scalar<T>(database: ChanceryDatabase, sql: string): T {
  return (prepared(database.sqlite, sql).get() as { v: T }).v;
}

/**
 * Corpus totals from indexes, the ingest's `meta` counters and the findings' summaries, never a scan of article text.
 * Kept per connection until `meta.last_changed_at` moves, so repeated dashboard loads cost one lookup.
 */
export function overviewMetrics(database: ChanceryDatabase): OverviewMetrics {
  return memoByChange(database, "overview", () => computeOverview(database));
}

function computeOverview(database: ChanceryDatabase): OverviewMetrics {
  const changes = getChanges(database);

  // Kept by triggers on articles (migration 0004), so it cannot drift from SUM(word_count).
  const words = Number(
    scalar<string | null>(database, "SELECT (SELECT value FROM meta WHERE key = 'words') AS v") ?? 0,
  );
  const types = new Map(
    (
      prepared(
        database.sqlite,
        "SELECT type, count(*) AS n FROM entities INDEXED BY entities_type_counted_idx WHERE article_count > 0 GROUP BY type",
      ).all() as Array<{
        type: string;
        n: number;
      }>
    ).map((row) => [row.type, row.n]),
  );
  const metrics: OverviewMetrics = {
    articles: changes.articles,
    // Distinct stories (an article with none counts as one), kept by the writer for the themes page (store/summaries.ts).
    stories: scalar(
      database,
      "SELECT coalesce((SELECT stories FROM theme_periods WHERE theme_key = '' AND granularity = 'all' AND period = ''), 0) AS v",
    ),
    outlets: scalar(database, "SELECT count(DISTINCT outlet) AS v FROM articles"),
    words,
    firstPublishedAt: scalar(database, "SELECT min(published_at) AS v FROM articles"),
    lastPublishedAt: scalar(database, "SELECT max(published_at) AS v FROM articles"),
    lastIngestAt: scalar(database, "SELECT max(ingested_at) AS v FROM articles"),
    lastChangedAt: changes.lastChangedAt,
    people: types.get("person") ?? 0,
    countries: types.get("country") ?? 0,
    organisations: types.get("organization") ?? 0,
    domesticBodies: types.get("domestic_body") ?? 0,
    indicatorsTracked: scalar(database, "SELECT count(*) AS v FROM indicator_keys"),
    partnerships: scalar(database, "SELECT count(*) AS v FROM partnership_countries"),
    quotes: scalar(database, "SELECT count(*) AS v FROM quotes"),
  };
  return metrics;
}
