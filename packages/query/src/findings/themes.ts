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

function computeThemes(database: ChanceryDatabase): ThemeList {
  const { sqlite } = database;
  const totalStories = (
    prepared(sqlite, "SELECT count(DISTINCT coalesce(story_id, -id)) AS n FROM articles").get() as { n: number }
  ).n;
  const totals = prepared(
    sqlite,
    `SELECT t.theme_key AS key, count(DISTINCT coalesce(a.story_id, -a.id)) AS stories
     FROM article_themes t JOIN articles a ON a.id = t.article_id GROUP BY t.theme_key ORDER BY stories DESC, key`,
  ).all() as Array<{ key: string; stories: number }>;
  const monthly = prepared(
    sqlite,
    `SELECT t.theme_key AS key, substr(a.published_at, 1, 7) AS month, count(DISTINCT coalesce(a.story_id, -a.id)) AS stories
     FROM article_themes t JOIN articles a ON a.id = t.article_id
     WHERE a.published_at IS NOT NULL GROUP BY t.theme_key, month ORDER BY month`,
  ).all() as Array<{ key: string; month: string; stories: number }>;
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
