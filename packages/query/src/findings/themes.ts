import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { parseInput } from "../errors.js";
import { memoByChange } from "../metrics/change-memo.js";
import { prepared } from "../statements.js";
import {
  axisOf,
  GranularityChoice,
  monthKnownSql,
  resolveGranularity,
  timeSeriesSchema,
  toTimeSeries,
} from "../timeline/time-model.js";

export const ListThemesInput = z.object({ granularity: GranularityChoice });
export type ListThemesInput = z.input<typeof ListThemesInput>;

/** Stories per period on the one time model; for a theme, `share` is its stories over all stories of the period. */
const storyCounts = { stories: z.number().int() };
const StoriesOverTime = timeSeriesSchema(storyCounts);

export const ThemeShare = z.object({
  key: z.string(),
  stories: z.number().int(),
  /** stories with this theme / all stories, 0..1 */
  share: z.number(),
  /** On the list's axis (`trend.buckets[i]` is `periods[i]`), each bucket with its share of that period's stories. */
  trend: timeSeriesSchema({ ...storyCounts, share: z.number() }),
});

export const ThemeList = z.object({
  totalStories: z.number().int(),
  /** Every story per period: the denominator of each theme's share. */
  all: StoriesOverTime,
  items: z.array(ThemeShare),
});
export type ThemeList = z.infer<typeof ThemeList>;

/**
 * Themes by share of stories, each with its trend as the share of the period's stories that carry it (a busy
 * month raises every count, not every share). A story counts once per theme and period whichever of its versions
 * carries it; periods come from publication dates only, coarser dates and undated stories apart.
 */
export function listThemes(database: ChanceryDatabase, input: ListThemesInput = {}): ThemeList {
  const options = parseInput(ListThemesInput, input);
  return memoByChange(database, `themes:${options.granularity}`, () => computeThemes(database, options));
}

/*
 * The story counts come from `theme_periods` (kept by the writer, store/summaries.ts; theme '' is every article), so a
 * read costs the themes times the periods it answers, never a pass over the articles.
 */
function computeThemes(database: ChanceryDatabase, options: z.infer<typeof ListThemesInput>): ThemeList {
  const { sqlite } = database;
  const span = prepared(
    sqlite,
    `SELECT min(published_at) AS first, max(published_at) AS last FROM articles WHERE ${monthKnownSql("published_at")}`,
  ).get() as { first: string | null; last: string | null };
  const granularity = resolveGranularity(options.granularity, span);
  const counted = prepared(
    sqlite,
    `SELECT theme_key AS key, nullif(period, '') AS period, stories FROM theme_periods
     WHERE granularity = ? ORDER BY theme_key`,
  );
  const totalRows = counted.all("all") as Array<{ key: string; stories: number }>;
  const totalStories = totalRows.find((row) => row.key === "")?.stories ?? 0;
  const totals = totalRows.filter((row) => row.key !== "");
  const periodRows = counted.all(granularity) as Array<{ key: string; period: string | null; stories: number }>;
  const allRows = periodRows.filter((row) => row.key === "").map(({ period, stories }) => ({ period, stories }));
  const themeRows = periodRows.filter((row) => row.key !== "");
  const axis = axisOf(allRows, granularity);
  const all = toTimeSeries(allRows, granularity, { stories: 0 }, axis);
  const byTheme = new Map<string, Array<{ period: string | null; stories: number }>>();
  for (const { key, ...row } of themeRows) {
    const rows = byTheme.get(key);
    if (rows) rows.push(row);
    else byTheme.set(key, [row]);
  }
  const denominators = new Map<string | null, number>([
    ...all.buckets.map((b) => [b.period, b.stories] as const),
    ...all.coarser.map((b) => [b.period, b.stories] as const),
    [null, all.undated.stories],
  ]);
  const shareOf = (periodKey: string | null, stories: number) => {
    const of = denominators.get(periodKey) ?? 0;
    return of ? stories / of : 0;
  };
  const items = totals
    .sort((a, b) => b.stories - a.stories || a.key.localeCompare(b.key))
    .map(({ key, stories }) => {
      const trend = toTimeSeries(byTheme.get(key) ?? [], granularity, { stories: 0 }, axis);
      return {
        key,
        stories,
        share: totalStories ? stories / totalStories : 0,
        trend: {
          granularity,
          buckets: trend.buckets.map((b) => ({ ...b, share: shareOf(b.period, b.stories) })),
          coarser: trend.coarser.map((b) => ({ ...b, share: shareOf(b.period, b.stories) })),
          undated: { ...trend.undated, share: shareOf(null, trend.undated.stories) },
        },
      };
    });
  return { totalStories, all, items };
}
