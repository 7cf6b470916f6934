import { articleRow, articles, type ChanceryDatabase, indicatorRow, indicators } from "@chancery/db";
import { z } from "zod";
import { parseInput } from "../errors.js";
import { memoByChange } from "../metrics/change-memo.js";
import { column, pickMask, selectList } from "../select-list.js";
import { prepared } from "../statements.js";
import {
  axisOf,
  DatePrecision,
  fitsGranularity,
  Granularity,
  precisionOf,
  publicationSpan,
  resolveGranularity,
} from "../timeline/time-model.js";

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

const Figure = indicatorRow.pick({ value: true, of: true, unit: true });

/** One figure as reported in one period: how many articles of that period report it. */
const Point = Figure.extend({ period: z.string(), articles: z.number().int() });

/**
 * The indicator on the one time model: consecutive `periods` at one granularity (from the span of its values'
 * publication dates), the `pointsPerPeriod` figures most articles report in each; figures from articles dated only
 * to a coarser precision, and from undated ones, apart.
 */
export const IndicatorChart = z.object({
  granularity: Granularity,
  periods: z.array(z.string()),
  points: z.array(Point),
  coarser: z.array(Point.extend({ precision: DatePrecision })),
  undated: z.array(Figure.extend({ articles: z.number().int() })),
  pointsPerPeriod: z.number().int(),
});

/** One distinct figure and its evidence, summarised: how many articles and outlets, when, and the newest sources. */
export const IndicatorReading = Figure.extend({
  qualifier: indicatorRow.shape.qualifier,
  articles: z.number().int(),
  outlets: z.number().int(),
  firstPublishedAt: z.string().nullable(),
  lastPublishedAt: z.string().nullable(),
  undated: z.number().int(),
  topOutlets: z.array(z.object({ outlet: z.string().nullable(), articles: z.number().int() })),
  /** Newest first, at most `readingSourcesLimit`; `articles` says how many there are. */
  sources: z.array(
    IndicatorValue.pick({
      id: true,
      articleId: true,
      articleTitle: true,
      publishedAt: true,
      start: true,
    }).extend({
      outlet: articleRow.shape.outlet,
    }),
  ),
});

export const IndicatorSeries = z.object({
  key: indicatorRow.shape.key.unwrap(),
  unit: indicatorRow.shape.unit,
  latest: IndicatorValue,
  /** Newest first; at most `valuesLimit` of them, `valueCount` says how many exist. */
  values: z.array(IndicatorValue),
  valueCount: z.number().int(),
  /** True when sources published in the same year give different figures for this indicator. */
  disagree: z.boolean(),
  chart: IndicatorChart,
  /** The figures most articles report, most reported first; at most `readingsLimit` of `readingCount`. */
  readings: z.array(IndicatorReading),
  readingCount: z.number().int(),
});
export type IndicatorSeries = z.infer<typeof IndicatorSeries>;

export const ListIndicatorsInput = z.object({
  key: z.string().min(1).max(100).optional(),
  valuesLimit: z.coerce.number().int().min(1).max(1000).default(5),
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
  // Every count below comes from the summaries the writer keeps with the findings (store/summaries.ts), never a scan.
  const keys = options.key
    ? (prepared(sqlite, "SELECT key, findings, figures FROM indicator_keys WHERE key = ?").all(options.key) as KeyRow[])
    : (prepared(sqlite, "SELECT key, findings, figures FROM indicator_keys ORDER BY key").all() as KeyRow[]);
  // Reads the (key, published_at, value, of) index backwards: the newest values without sorting the whole history,
  // ties in the index's own order, written out so that every backend picks the same ones.
  const valuesOf = prepared(
    sqlite,
    `SELECT ${selectList("i", indicators, valueKeys)}, ${column("a", articles, "title")} AS articleTitle
     FROM (SELECT id FROM indicators WHERE key = @key
       ORDER BY published_at DESC, value DESC, "of" DESC, id DESC LIMIT @limit) newest
     JOIN indicators i ON i.id = newest.id JOIN articles a ON a.id = i.article_id
     ORDER BY i.published_at IS NULL, i.published_at DESC, i.article_id DESC, i.start`,
  );
  const disagree = disagreement(database);
  const evidenceOf = indicatorEvidence(database);
  const items: IndicatorSeries[] = [];
  for (const { key, findings, figures } of keys) {
    const values = valuesOf.all({ key, limit: options.valuesLimit }) as IndicatorValue[];
    const latest = values[0];
    if (!latest) continue;
    items.push({
      key,
      unit: latest.unit,
      latest,
      values,
      valueCount: findings,
      disagree: disagree(key, figures),
      ...evidenceOf(key, figures),
    });
  }
  return { items };
}

type KeyRow = { key: string; findings: number; figures: number };

/** How a figure is told apart when sources are compared: its value and base, whatever the unit. */
const comparedFigure = `value || '/' || coalesce(CAST("of" AS TEXT), '')`;

/**
 * Different figures disagree when published in the same year, or when one of them is undated and so cannot be told
 * apart in time from the others. Each test stops at the second figure that differs from the first.
 */
function disagreement(database: ChanceryDatabase): (key: string, figures: number) => boolean {
  const { sqlite } = database;
  const years = prepared(sqlite, "SELECT period FROM indicator_periods WHERE key = ? AND granularity = 'year'");
  const inYear = prepared(
    sqlite,
    `SELECT 1 AS yes FROM indicator_figure_periods
     WHERE key = @key AND granularity = 'year' AND period = @period AND ${comparedFigure} <> (
       SELECT ${comparedFigure} FROM indicator_figure_periods WHERE key = @key AND granularity = 'year' AND period = @period LIMIT 1)
     LIMIT 1`,
  );
  const inKey = prepared(
    sqlite,
    `SELECT 1 AS yes FROM indicator_figures
     WHERE key = @key AND ${comparedFigure} <> (SELECT ${comparedFigure} FROM indicator_figures WHERE key = @key LIMIT 1)
     LIMIT 1`,
  );
  return (key, figures) => {
    if (figures < 2) return false;
    const periods = (years.all(key) as Array<{ period: string }>).map((row) => row.period);
    if (periods.some((period) => inYear.get({ key, period }) !== undefined)) return true;
    return periods.includes("") && inKey.get({ key }) !== undefined;
  };
}

export const pointsPerPeriod = 3;
// Every indicator is in one answer the dashboard loads whole: 12 readings of 10 sources made it 340 KB at
// 10,000 articles, most of it sources behind a closed <details>; the counts still say how many there are.
export const readingsLimit = 8;
export const readingSourcesLimit = 5;

const figureOf = (row: { value: number; of: number | null; unit: string | null }) => ({
  value: row.value,
  of: row.of,
  unit: row.unit,
});

type FigureRow = { id: number; value: number; of: number | null; unit: string | null };

/**
 * The indicator's chart and its readings, read from the summaries: per period the few most reported figures (the
 * first rows of the period's index), per reading its counts, outlets and dates; only the shown sources visit the
 * findings, newest first along the figure index.
 */
function indicatorEvidence(database: ChanceryDatabase) {
  const { sqlite } = database;
  const periodsOf = prepared(sqlite, "SELECT granularity, period FROM indicator_periods WHERE key = ?");
  const topOf = prepared(
    sqlite,
    `SELECT value, "of", unit, articles FROM indicator_figure_periods
     WHERE key = @key AND granularity = @granularity AND period = @period
     ORDER BY articles DESC, value, "of", unit LIMIT ${pointsPerPeriod}`,
  );
  const readingsOf = prepared(
    sqlite,
    `SELECT id, value, "of", unit, articles, undated FROM indicator_figures INDEXED BY indicator_figures_reported_idx
     WHERE key = ? ORDER BY articles DESC, value, "of", unit LIMIT ${readingsLimit}`,
  );
  const outletsOf = prepared(sqlite, "SELECT outlet, articles FROM indicator_figure_outlets WHERE figure_id = ?");
  const figure = `key = @key AND value = @value AND "of" IS @of AND unit IS @unit`;
  const firstOf = prepared(
    sqlite,
    `SELECT min(published_at) AS date FROM indicators INDEXED BY indicators_key_figure_idx
     WHERE ${figure} AND published_at IS NOT NULL`,
  );
  const lastOf = prepared(
    sqlite,
    `SELECT max(published_at) AS date FROM indicators INDEXED BY indicators_key_figure_idx WHERE ${figure}`,
  );
  const newestOf = prepared(
    sqlite,
    `SELECT published_at AS publishedAt, article_id AS articleId FROM indicators INDEXED BY indicators_key_figure_idx
     WHERE ${figure} ORDER BY published_at DESC, article_id DESC`,
  );
  const sourceOf = prepared(
    sqlite,
    `SELECT i.id AS id, i.article_id AS articleId, a.title AS articleTitle, a.outlet AS outlet,
       i.published_at AS publishedAt, i.start AS start, i.qualifier AS qualifier
     FROM indicators i INDEXED BY indicators_key_figure_idx JOIN articles a ON a.id = i.article_id
     WHERE i.key = @key AND i.value = @value AND i."of" IS @of AND i.unit IS @unit
       AND i.published_at IS @publishedAt AND i.article_id = @articleId LIMIT 1`,
  );
  /** The newest articles giving the figure, each once: rows of one article are adjacent in the index. */
  const newestArticles = (params: object) => {
    const found: Array<{ publishedAt: string | null; articleId: number }> = [];
    for (const row of newestOf.iterate(params) as Iterable<{ publishedAt: string | null; articleId: number }>) {
      if (found.at(-1)?.articleId === row.articleId) continue;
      found.push(row);
      if (found.length === readingSourcesLimit) break;
    }
    return found;
  };
  return (key: string, figures: number) => {
    const periods = periodsOf.all(key) as Array<{ granularity: Granularity; period: string }>;
    const monthKnown = periods
      .filter((row) => row.granularity === "month" && row.period.length >= 7)
      .map((row) => row.period);
    const granularity = resolveGranularity("auto", publicationSpan(monthKnown));
    const drawn = periods.filter((row) => row.granularity === granularity).map((row) => row.period);
    const chart: z.infer<typeof IndicatorChart> = {
      granularity,
      periods: axisOf(
        drawn.map((period) => ({ period: period || null })),
        granularity,
      ),
      points: [],
      coarser: [],
      undated: [],
      pointsPerPeriod,
    };
    for (const period of drawn.sort((a, b) => a.localeCompare(b))) {
      const top = topOf.all({ key, granularity, period }) as Array<ReturnType<typeof figureOf> & { articles: number }>;
      for (const row of top) {
        const figure = { ...figureOf(row), articles: row.articles };
        if (!period) chart.undated.push(figure);
        else if (fitsGranularity(period, granularity)) chart.points.push({ ...figure, period });
        else chart.coarser.push({ ...figure, period, precision: precisionOf(period) });
      }
    }
    const readings = readingsOf.all(key) as Array<FigureRow & { articles: number; undated: number }>;
    return {
      chart,
      readingCount: figures,
      readings: readings.map((reading) => {
        const params = { key, ...figureOf(reading) };
        const outlets = (outletsOf.all(reading.id) as Array<{ outlet: string | null; articles: number }>)
          .map(({ outlet, articles }) => [outlet, articles] as const)
          .sort(([a, x], [b, y]) => y - x || (a ?? "").localeCompare(b ?? ""));
        const sources = newestArticles(params).map(
          (row) =>
            sourceOf.get({ ...params, publishedAt: row.publishedAt, articleId: row.articleId }) as z.infer<
              typeof IndicatorReading
            >["sources"][number] & { qualifier: string | null },
        );
        return {
          ...figureOf(reading),
          qualifier: sources.find((source) => source.qualifier)?.qualifier ?? null,
          articles: reading.articles,
          outlets: outlets.length,
          firstPublishedAt: (firstOf.get(params) as { date: string | null }).date,
          lastPublishedAt: (lastOf.get(params) as { date: string | null }).date,
          undated: reading.undated,
          topOutlets: outlets.slice(0, 3).map(([outlet, count]) => ({ outlet, articles: count })),
          sources: sources.map(({ qualifier: _, ...source }) => source),
        };
      }),
    };
  };
}
