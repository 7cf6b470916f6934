import { articleRow, articles, type ChanceryDatabase, indicatorRow, indicators } from "@chancery/db";
import { z } from "zod";
import { parseInput } from "../errors.js";
import { memoByChange } from "../metrics/change-memo.js";
import { column, pickMask, selectList } from "../select-list.js";
import { prepared } from "../statements.js";

const valueKeys = [
  "id",
  "value",
  "of",
  "unit",
  "qualifier",
  "about",
  "articleId",
  "publishedAt",
  "sentence",
  "start",
  "end",
] as const;

export const IndicatorValue = indicatorRow.pick(pickMask(valueKeys)).extend({ articleTitle: articleRow.shape.title });
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const IndicatorSeries = z.object({
  key: indicatorRow.shape.key.unwrap(),
  unit: indicatorRow.shape.unit,
  latest: IndicatorValue,
  /** Newest first; at most `valuesLimit` of them, `valueCount` says how many exist. */
  values: z.array(IndicatorValue),
  valueCount: z.number().int(),
  /** True when sources published in the same year give different figures for this indicator. */
  disagree: z.boolean(),
});
export type IndicatorSeries = z.infer<typeof IndicatorSeries>;

export const ListIndicatorsInput = z.object({
  key: z.string().min(1).max(100).optional(),
  valuesLimit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ListIndicatorsInput = z.input<typeof ListIndicatorsInput>;

export const IndicatorList = z.object({ items: z.array(IndicatorSeries) });
export type IndicatorList = z.infer<typeof IndicatorList>;

/**
 * Every canonical indicator with its latest figure, its history (article, date, sentence) and whether
 * sources disagree: two different figures published in the same year, or one of them undated (indicators legitimately change
 * across years).
 */
export function listIndicators(database: ChanceryDatabase, input: ListIndicatorsInput = {}): IndicatorList {
  const options = parseInput(ListIndicatorsInput, input);
  return memoByChange(database, `indicators:${JSON.stringify(options)}`, () => computeIndicators(database, options));
}

function computeIndicators(database: ChanceryDatabase, options: z.infer<typeof ListIndicatorsInput>): IndicatorList {
  const { sqlite } = database;
  const keys = options.key
    ? [options.key]
    : (
        prepared(sqlite, "SELECT DISTINCT key FROM indicators WHERE key IS NOT NULL ORDER BY key").all() as Array<{
          key: string;
        }>
      ).map((row) => row.key);
  // Both read the (key, published_at, value, of) index: the newest values without sorting the whole history,
  // and the per-year comparison without visiting the articles.
  const valuesOf = prepared(
    sqlite,
    `SELECT ${selectList("i", indicators, valueKeys)}, ${column("a", articles, "title")} AS articleTitle
     FROM (SELECT id FROM indicators WHERE key = @key ORDER BY published_at DESC LIMIT @limit) newest
     JOIN indicators i ON i.id = newest.id JOIN articles a ON a.id = i.article_id
     ORDER BY i.published_at IS NULL, i.published_at DESC, i.article_id DESC, i.start`,
  );
  const countOf = prepared(sqlite, "SELECT count(*) AS n FROM indicators WHERE key = ?");
  // Different figures disagree when published in the same year, or when one of them is undated and so
  // cannot be told apart in time from the others.
  const disagreementOf = prepared(
    sqlite,
    `SELECT 1 AS yes FROM indicators WHERE key = @key
     GROUP BY coalesce(substr(published_at, 1, 4), 'undated')
     HAVING count(DISTINCT value || '/' || coalesce("of", '')) > 1
     UNION ALL
     SELECT 1 FROM indicators WHERE key = @key GROUP BY key
     HAVING max(published_at IS NULL) = 1 AND count(DISTINCT value || '/' || coalesce("of", '')) > 1
     LIMIT 1`,
  );
  const items: IndicatorSeries[] = [];
  for (const key of keys) {
    const values = valuesOf.all({ key, limit: options.valuesLimit }) as IndicatorValue[];
    const latest = values[0];
    if (!latest) continue;
    items.push({
      key,
      unit: latest.unit,
      latest,
      values,
      valueCount: (countOf.get(key) as { n: number }).n,
      disagree: disagreementOf.get({ key }) !== undefined,
    });
  }
  return { items };
}
