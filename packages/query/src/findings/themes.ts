import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { memoByChange } from "../metrics/change-memo.js";
import { prepared } from "../statements.js";

export const ThemeShare = z.object({
  key: z.string(),
  stories: z.number().int(),
  /** stories with this theme / all stories, 0..1 */
  share: z.number(),
  trend: z.array(z.object({ month: z.string(), stories: z.number().int() })),
});

export const ThemeList = z.object({
  totalStories: z.number().int(),
  months: z.array(z.string()),
  items: z.array(ThemeShare),
});
export type ThemeList = z.infer<typeof ThemeList>;

/** A story counts once per theme whichever of its versions carries it; months come from publication dates. */
export function listThemes(database: ChanceryDatabase): ThemeList {
  return memoByChange(database, "themes", () => computeThemes(database));
}

/**
 * Stories per theme = articles carrying it, minus the extra members of multi-article stories. Every part is
 * read from indexes (themes' primary key, the publication-date and story indexes), never from article rows.
 */
function computeThemes(database: ChanceryDatabase): ThemeList {
  const { sqlite } = database;
  const all = <T>(sql: string) => prepared(sqlite, sql).all() as T[];
  const totalStories = (
    prepared(sqlite, "SELECT count(DISTINCT coalesce(story_id, -id)) AS n FROM articles").get() as { n: number }
  ).n;
  const extraOf = (rows: Array<{ key: string; month?: string; extra: number }>) =>
    new Map(rows.map((row) => [`${row.key}|${row.month ?? ""}`, row.extra]));
  const extraTotals = extraOf(
    all(`SELECT t.theme_key AS key, count(*) - count(DISTINCT a.story_id) AS extra
      FROM stories s JOIN articles a ON a.story_id = s.id JOIN article_themes t ON t.article_id = a.id
      WHERE s.article_count > 1 GROUP BY t.theme_key`),
  );
  const extraMonthly = extraOf(
    all(`SELECT t.theme_key AS key, substr(a.published_at, 1, 7) AS month, count(*) - count(DISTINCT a.story_id) AS extra
      FROM stories s JOIN articles a ON a.story_id = s.id JOIN article_themes t ON t.article_id = a.id
      WHERE s.article_count > 1 AND a.published_at IS NOT NULL GROUP BY t.theme_key, month`),
  );
  const totals = all<{ key: string; articles: number }>(
    "SELECT theme_key AS key, count(*) AS articles FROM article_themes GROUP BY theme_key",
  )
    .map((row) => ({ key: row.key, stories: row.articles - (extraTotals.get(`${row.key}|`) ?? 0) }))
    .sort((a, b) => b.stories - a.stories || a.key.localeCompare(b.key));
  const monthly = all<{ key: string; month: string; articles: number }>(
    `SELECT t.theme_key AS key, substr(a.published_at, 1, 7) AS month, count(*) AS articles
     FROM articles a INDEXED BY articles_published_idx JOIN article_themes t ON t.article_id = a.id
     WHERE a.published_at IS NOT NULL GROUP BY t.theme_key, month ORDER BY month`,
  ).map((row) => ({
    key: row.key,
    month: row.month,
    stories: row.articles - (extraMonthly.get(`${row.key}|${row.month}`) ?? 0),
  }));
  const trends = new Map<string, Array<{ month: string; stories: number }>>();
  for (const row of monthly) {
    const trend = trends.get(row.key) ?? [];
    trend.push({ month: row.month, stories: row.stories });
    trends.set(row.key, trend);
  }
  const months = [...new Set(monthly.map((row) => row.month))].sort();
  return {
    totalStories,
    months,
    items: totals.map((row) => ({
      key: row.key,
      stories: row.stories,
      share: totalStories ? row.stories / totalStories : 0,
      trend: trends.get(row.key) ?? [],
    })),
  };
}
