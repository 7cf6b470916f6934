import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { articles } from "./articles.js";
import { partnershipLevels, yearSources } from "./constants.js";
import { entities } from "./entities.js";

/*
 * What the analyser read out of an article. Every finding carries its provenance:
 * the article, the sentence (index and text) and character offsets into the cleaned body.
 */

const articleRef = () =>
  integer("article_id")
    .notNull()
    .references(() => articles.id, { onDelete: "cascade" });

export const mentions = sqliteTable(
  "mentions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: articleRef(),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    sentenceIndex: integer("sentence_index").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    surface: text("surface").notNull(),
  },
  (t) => [index("mentions_entity_idx").on(t.entityId, t.articleId), index("mentions_article_idx").on(t.articleId)],
);

export const personRoles = sqliteTable(
  "person_roles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: articleRef(),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id),
    role: text("role").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
  },
  (t) => [index("person_roles_entity_idx").on(t.entityId), index("person_roles_article_idx").on(t.articleId)],
);

export const indicators = sqliteTable(
  "indicators",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: articleRef(),
    /** Canonical indicator key from the indicator definitions file; null when the quantity matches none. */
    key: text("key"),
    value: real("value").notNull(),
    of: real("of"),
    unit: text("unit"),
    qualifier: text("qualifier"),
    /** The words around the number that say what it counts. */
    about: text("about"),
    sentence: text("sentence").notNull(),
    sentenceIndex: integer("sentence_index").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    /** The article's publication date, copied here so an indicator's history is read from one index. */
    publishedAt: text("published_at"),
  },
  (t) => [
    index("indicators_article_idx").on(t.articleId),
    index("indicators_key_published_idx").on(t.key, t.publishedAt, t.value, t.of),
    // The figures of an indicator with their dates and articles, read from the index alone (charts, figure pages).
    index("indicators_key_figure_idx").on(t.key, t.value, t.of, t.unit, t.publishedAt, t.articleId),
  ],
);

export const partnerships = sqliteTable(
  "partnerships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: articleRef(),
    countryEntityId: integer("country_entity_id").references(() => entities.id),
    countryCode: text("country_code").notNull(),
    countryName: text("country_name").notNull(),
    level: text("level", { enum: partnershipLevels }).notNull(),
    /** 1 = Comprehensive Strategic Partnership (highest). */
    levelRank: integer("level_rank").notNull(),
    year: integer("year"),
    yearSource: text("year_source", { enum: yearSources }),
    sentence: text("sentence").notNull(),
    sentenceIndex: integer("sentence_index").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    /** The article's publication date, copied here so a country's newest evidence is read from one index. */
    publishedAt: text("published_at"),
  },
  (t) => [
    index("partnerships_country_idx").on(t.countryCode, t.levelRank),
    index("partnerships_year_idx").on(t.year),
    index("partnerships_article_idx").on(t.articleId),
    // A country's evidence in the order the partnerships page lists it, and each level's earliest stated year.
    index("partnerships_country_newest_idx").on(t.countryCode, t.levelRank, sql`${t.publishedAt} DESC`, t.id),
    index("partnerships_country_year_newest_idx").on(
      t.countryCode,
      t.levelRank,
      t.year,
      sql`${t.publishedAt} DESC`,
      t.id,
    ),
  ],
);

export const quotes = sqliteTable(
  "quotes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: articleRef(),
    speakerEntityId: integer("speaker_entity_id").references(() => entities.id),
    speakerName: text("speaker_name"),
    text: text("text").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
  },
  (t) => [index("quotes_speaker_idx").on(t.speakerEntityId), index("quotes_article_idx").on(t.articleId)],
);

export const articleThemes = sqliteTable(
  "article_themes",
  {
    articleId: articleRef(),
    themeKey: text("theme_key").notNull(),
    score: real("score").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.themeKey] }),
    index("article_themes_theme_idx").on(t.themeKey, t.score),
    index("article_themes_theme_article_idx").on(t.themeKey, t.articleId),
  ],
);
