import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { granularities } from "./constants.js";

/*
 * Corpus-wide aggregates of the findings, filled by migrations 0015, 0017, 0020 and 0022 and kept current by the
 * writer (store/summaries.ts) in the transaction that writes the findings: one grouped statement per summary after a
 * commit group, the same taken out before an article's findings are deleted (the triggers that did it per finding row
 * went in 0023). Every write path (ingest, reanalysis, corrections, deletion) goes through the writer, and a read
 * after a change costs what it returns instead of a scan of every finding.
 * A row whose count falls to zero is deleted: the tables hold exactly what the findings would group to.
 * Periods are those of the one time model (`''` for an undated finding), at every granularity it may draw.
 */

/** One row per indicator key: its findings and its distinct figures (value, of, unit). */
export const indicatorKeys = sqliteTable("indicator_keys", {
  key: text("key").primaryKey(),
  findings: integer("findings").notNull(),
  figures: integer("figures").notNull(),
});

/** The findings of a key per period, at each granularity: the chart's axis and the key's span. */
export const indicatorPeriods = sqliteTable(
  "indicator_periods",
  {
    key: text("key").notNull(),
    granularity: text("granularity", { enum: granularities }).notNull(),
    period: text("period").notNull(),
    findings: integer("findings").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.granularity, t.period] })],
);

/** One row per distinct figure of a key: how many articles report it, and how many of those are undated. */
export const indicatorFigures = sqliteTable(
  "indicator_figures",
  {
    id: integer("id").primaryKey(),
    key: text("key").notNull(),
    value: real("value").notNull(),
    of: real("of"),
    unit: text("unit"),
    articles: integer("articles").notNull(),
    undated: integer("undated").notNull(),
  },
  (t) => [
    index("indicator_figures_figure_idx").on(t.key, t.value, t.of, t.unit),
    // The most reported figures first, ties in the figure's own order: the readings are the first rows.
    index("indicator_figures_reported_idx").on(t.key, sql`${t.articles} DESC`, t.value, t.of, t.unit),
  ],
);

/** Articles reporting a figure per period and granularity: a period's most reported figures are its first rows. */
export const indicatorFigurePeriods = sqliteTable(
  "indicator_figure_periods",
  {
    figureId: integer("figure_id").notNull(),
    key: text("key").notNull(),
    granularity: text("granularity", { enum: granularities }).notNull(),
    period: text("period").notNull(),
    value: real("value").notNull(),
    of: real("of"),
    unit: text("unit"),
    articles: integer("articles").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.figureId, t.granularity, t.period] }),
    index("indicator_figure_periods_reported_idx").on(
      t.key,
      t.granularity,
      t.period,
      sql`${t.articles} DESC`,
      t.value,
      t.of,
      t.unit,
    ),
  ],
);

/** Articles reporting a figure per outlet (null when the article names none). */
export const indicatorFigureOutlets = sqliteTable(
  "indicator_figure_outlets",
  {
    id: integer("id").primaryKey(),
    figureId: integer("figure_id").notNull(),
    outlet: text("outlet"),
    articles: integer("articles").notNull(),
  },
  (t) => [index("indicator_figure_outlets_figure_idx").on(t.figureId, t.outlet)],
);

/** How many partnership statements name each partner country. */
export const partnershipCountries = sqliteTable("partnership_countries", {
  countryCode: text("country_code").primaryKey(),
  statements: integer("statements").notNull(),
});

/**
 * Articles mentioning an entity per publication date (`''` when undated): its first and last dates are the ends of
 * its index range, however many articles mention it.
 */
export const entityDates = sqliteTable(
  "entity_dates",
  {
    entityId: integer("entity_id").notNull(),
    publishedAt: text("published_at").notNull(),
    articles: integer("articles").notNull(),
  },
  (t) => [primaryKey({ columns: [t.entityId, t.publishedAt] })],
);

/** The periods stories are counted in: each granularity of the time model, and `all` (period `''`) for totals. */
export const storyCountGranularities = [...granularities, "all"] as const;

/**
 * Articles per theme, period and story (`coalesce(story_id, -article id)`): a story counts once in a period however
 * many of its versions carry the theme. The theme `''` stands for every article, the denominator of a theme's share.
 */
export const themeStoryPeriods = sqliteTable(
  "theme_story_periods",
  {
    themeKey: text("theme_key").notNull(),
    granularity: text("granularity", { enum: storyCountGranularities }).notNull(),
    period: text("period").notNull(),
    story: integer("story").notNull(),
    articles: integer("articles").notNull(),
  },
  (t) => [primaryKey({ columns: [t.themeKey, t.granularity, t.period, t.story] })],
);

/** Distinct stories per theme and period (the rows of `theme_story_periods` for it), what the themes page draws. */
export const themePeriods = sqliteTable(
  "theme_periods",
  {
    themeKey: text("theme_key").notNull(),
    granularity: text("granularity", { enum: storyCountGranularities }).notNull(),
    period: text("period").notNull(),
    stories: integer("stories").notNull(),
  },
  (t) => [primaryKey({ columns: [t.themeKey, t.granularity, t.period] })],
);
