import { sql } from "drizzle-orm";
import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { datePrecisions, dateSources, sourceFormats } from "./constants.js";
import { stories } from "./stories.js";

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    contentHash: text("content_hash").notNull().unique(),
    title: text("title"),
    outlet: text("outlet"),
    author: text("author"),
    /** The news agency or outlet a dateline or credit names, e.g. "VNA" in "Tokyo (VNA) -". */
    source: text("source"),
    /** The place its dateline names, e.g. "Tokyo". */
    datelinePlace: text("dateline_place"),
    url: text("url"),
    language: text("language"),
    publishedAt: text("published_at"),
    publishedPrecision: text("published_precision", { enum: datePrecisions }),
    publishedSource: text("published_source", { enum: dateSources }),
    publishedEvidence: text("published_evidence"),
    wordCount: integer("word_count").notNull(),
    /** JSON array of {kind, text}: what the cleaner removed, shown on request. */
    removedNoise: text("removed_noise").notNull().default("[]"),
    sourcePath: text("source_path"),
    sourceFormat: text("source_format", { enum: sourceFormats }).notNull(),
    ingestedAt: text("ingested_at").notNull(),
    analyzerVersion: text("analyzer_version").notNull(),
    storyId: integer("story_id").references(() => stories.id),
    // The long texts come last: SQLite stores columns in order, so reading metadata never walks past them.
    /** The cleaned article text the analysis reads. */
    body: text("body").notNull(),
    /** The file's text exactly as read (after decoding), so analysis can always be redone. */
    rawText: text("raw_text").notNull(),
  },
  (t) => [
    index("articles_published_idx").on(t.publishedAt, t.id),
    index("articles_outlet_idx").on(t.outlet, t.publishedAt, t.id),
    index("articles_published_story_idx").on(t.publishedAt, t.storyId, t.id),
    index("articles_story_idx").on(t.storyId),
    index("articles_ingested_idx").on(t.ingestedAt, t.id),
    // A URL already stored is recognised before any request (ingest of URLs and feeds).
    index("articles_url_idx").on(t.url).where(sql`url IS NOT NULL`),
  ],
);

/** Every time a file with already-stored content was seen (including the first). */
export const articleSightings = sqliteTable(
  "article_sightings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    sourcePath: text("source_path"),
    url: text("url"),
    outlet: text("outlet"),
    seenAt: text("seen_at").notNull(),
  },
  (t) => [
    index("article_sightings_article_idx").on(t.articleId),
    // A URL or file seen before, found by one probe whatever the corpus' size.
    index("article_sightings_url_idx").on(t.url).where(sql`url IS NOT NULL`),
    index("article_sightings_source_idx").on(t.sourcePath),
  ],
);

/** MinHash signature and figures of an article, used to find near-duplicates without all-pairs comparison. */
export const articleFingerprints = sqliteTable(
  "article_fingerprints",
  {
    articleId: integer("article_id")
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    minhash: blob("minhash", { mode: "buffer" }).notNull(),
    /** JSON: sorted distinct figures and content words, for paraphrase/translation similarity. */
    features: text("features").notNull().default("{}"),
    /** The article's LSH bucket keys (unsigned 32-bit, little-endian), i.e. its rows in `lsh_keys`; null until indexed. */
    lshKeys: blob("lsh_keys", { mode: "buffer" }),
  },
  // Finds the fingerprints of a database written before lsh_keys existed; empty (and free to keep) once indexed.
  (t) => [index("article_fingerprints_unkeyed_idx").on(t.articleId).where(sql`lsh_keys IS NULL`)],
);
