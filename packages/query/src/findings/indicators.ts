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
  const evidenceOf = indicatorEvidence(database);
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
      ...evidenceOf(key),
    });
  }
  return { items };
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

type EvidenceRow = {
  value: number;
  of: number | null;
  unit: string | null;
  articleId: number;
  publishedAt: string | null;
};

/**
 * Every article's outlet by article id, read once per change from the outlet index: the evidence under each figure
 * names its outlets without visiting thousands of article rows. A number per article, so it stays small.
 */
function articleOutlets(database: ChanceryDatabase): (articleId: number) => string | null {
  const { codes, names } = memoByChange(database, "article-outlets", () => {
    const rows = prepared(database.sqlite, "SELECT id, outlet FROM articles INDEXED BY articles_outlet_idx")
      .raw()
      .all() as Array<[number, string | null]>;
    const codes = new Int32Array(rows.reduce((max, [id]) => Math.max(max, id), 0) + 1).fill(-1);
    const names: Array<string | null> = [];
    const known = new Map<string | null, number>();
    for (const [id, outlet] of rows) {
      let code = known.get(outlet);
      if (code === undefined) {
        code = names.push(outlet) - 1;
        known.set(outlet, code);
      }
      codes[id] = code;
    }
    return { codes, names };
  });
  return (articleId) => names[codes[articleId] ?? -1] ?? null;
}

/**
 * The indicator's chart and its readings from one pass over its figures (read from the figure index alone): per
 * period the most reported few figures on a consecutive axis, and per figure its evidence summarised; titles are
 * then read for the shown sources only.
 */
function indicatorEvidence(database: ChanceryDatabase) {
  const { sqlite } = database;
  const rowsOf = prepared(
    sqlite,
    `SELECT value, "of", unit, article_id AS articleId, published_at AS publishedAt
     FROM indicators INDEXED BY indicators_key_figure_idx WHERE key = ?`,
  );
  const sourceOf = prepared(
    sqlite,
    `SELECT i.id AS id, i.article_id AS articleId, a.title AS articleTitle, a.outlet AS outlet,
       i.published_at AS publishedAt, i.start AS start, i.qualifier AS qualifier
     FROM indicators i INDEXED BY indicators_key_figure_idx JOIN articles a ON a.id = i.article_id
     WHERE i.key = @key AND i.value = @value AND i."of" IS @of AND i.unit IS @unit
       AND i.published_at IS @publishedAt AND i.article_id = @articleId LIMIT 1`,
  );
  const outletOf = articleOutlets(database);
  return (key: string) => {
    const rows = rowsOf.all(key) as EvidenceRow[];
    const monthKnown = rows.map((row) => row.publishedAt).filter((date): date is string => !!date && date.length >= 7);
    const span = publicationSpan(monthKnown);
    const granularity = resolveGranularity("auto", span);
    const figureKey = (row: EvidenceRow) => `${row.value}|${row.of ?? ""}|${row.unit ?? ""}`;
    // Articles per (period, figure), and all rows per figure.
    const perPeriod = new Map<string, Map<string, { row: EvidenceRow; articles: Set<number> }>>();
    const perFigure = new Map<string, EvidenceRow[]>();
    for (const row of rows) {
      const period = row.publishedAt === null ? "" : periodOf(row.publishedAt, granularity);
      const figures = perPeriod.get(period) ?? new Map();
      const figure = figures.get(figureKey(row)) ?? { row, articles: new Set<number>() };
      figure.articles.add(row.articleId);
      figures.set(figureKey(row), figure);
      perPeriod.set(period, figures);
      const members = perFigure.get(figureKey(row));
      if (members) members.push(row);
      else perFigure.set(figureKey(row), [row]);
    }
    const chart: z.infer<typeof IndicatorChart> = {
      granularity,
      periods: axisOf(
        [...perPeriod.keys()].map((period) => ({ period: period || null })),
        granularity,
      ),
      points: [],
      coarser: [],
      undated: [],
      pointsPerPeriod,
    };
    for (const [period, figures] of [...perPeriod.entries()].sort(([a], [b]) => a.localeCompare(b))) {
      const top = [...figures.values()]
        .map(({ row, articles }) => ({ ...figureOf(row), articles: articles.size }))
        .sort((a, b) => b.articles - a.articles || a.value - b.value)
        .slice(0, pointsPerPeriod);
      for (const figure of top) {
        if (!period) chart.undated.push(figure);
        else if (fitsGranularity(period, granularity)) chart.points.push({ ...figure, period });
        else chart.coarser.push({ ...figure, period, precision: precisionOf(period) });
      }
    }
    const readings = [...perFigure.values()]
      .map((members) => ({ members, articles: new Set(members.map((row) => row.articleId)).size }))
      .sort((a, b) => b.articles - a.articles || (a.members[0]?.value ?? 0) - (b.members[0]?.value ?? 0));
    return {
      chart,
      readingCount: readings.length,
      readings: readings.slice(0, readingsLimit).map(({ members, articles }) => {
        const first = members[0] as EvidenceRow;
        const byArticle = new Map<number, EvidenceRow>();
        for (const row of members) if (!byArticle.has(row.articleId)) byArticle.set(row.articleId, row);
        const outlets = new Map<string | null, number>();
        for (const row of byArticle.values()) {
          const outlet = outletOf(row.articleId);
          outlets.set(outlet, (outlets.get(outlet) ?? 0) + 1);
        }
        const dates = publicationSpan([...byArticle.values()].map((row) => row.publishedAt));
        const newest = [...byArticle.values()]
          .sort(
            (a, b) =>
              Number(a.publishedAt === null) - Number(b.publishedAt === null) ||
              (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") ||
              b.articleId - a.articleId,
          )
          .slice(0, readingSourcesLimit);
        const sources = newest.map(
          (row) =>
            sourceOf.get({ key, ...figureOf(row), publishedAt: row.publishedAt, articleId: row.articleId }) as z.infer<
              typeof IndicatorReading
            >["sources"][number] & { qualifier: string | null },
        );
        return {
          ...figureOf(first),
          qualifier: sources.find((source) => source.qualifier)?.qualifier ?? null,
          articles,
          outlets: outlets.size,
          firstPublishedAt: dates.first,
          lastPublishedAt: dates.last,
          undated: dates.undated,
          topOutlets: [...outlets.entries()]
            .sort(([a, x], [b, y]) => y - x || (a ?? "").localeCompare(b ?? ""))
            .slice(0, 3)
            .map(([outlet, count]) => ({ outlet, articles: count })),
          sources: sources.map(({ qualifier: _, ...source }) => source),
        };
      }),
    };
  };
}

/** The period of one date at `granularity`, as `periodSql` computes it in SQL. */
function periodOf(date: string, granularity: Granularity): string {
  if (granularity === "year") return date.slice(0, 4);
  if (date.length < 7) return date;
  if (granularity === "month") return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) + 2) / 3)}`;
}
