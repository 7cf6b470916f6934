import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { articles } from "./articles.js";

/** Where an ingested item came from. */
export const ingestOrigins = ["file", "upload", "url", "feed"] as const;
export type IngestOrigin = (typeof ingestOrigins)[number];

/** What became of one item: stored, already stored, not read, or (for a feed itself) not polled. */
export const ingestStatuses = ["stored", "duplicate", "failed", "feedError"] as const;
export type IngestStatus = (typeof ingestStatuses)[number];

/**
 * Why an item failed, in classes an analyst can count and act on; the exact message is kept beside it.
 * `http` is an error status, `notHtml` a body of another type, `unreadable` a page or file the reader refused,
 * `empty` one with no article text left after cleaning, `store` a database error.
 */
export const failureReasons = [
  "http",
  "timeout",
  "tooLarge",
  "notHtml",
  "redirectLoop",
  "tooManyRedirects",
  "badUrl",
  "network",
  "notAFeed",
  "unreadable",
  "empty",
  "store",
] as const;
export type FailureReason = (typeof failureReasons)[number];

/** A news feed (RSS 2.0 or Atom) polled on an interval, with what the last requests taught us. */
export const feeds = sqliteTable("feeds", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  url: text("url").notNull().unique(),
  /** The feed's own title, once read. */
  title: text("title"),
  intervalSeconds: integer("interval_seconds").notNull(),
  /** Validators of the last full answer, sent back so an unchanged feed answers 304. */
  etag: text("etag"),
  lastModified: text("last_modified"),
  createdAt: text("created_at").notNull(),
  lastPolledAt: text("last_polled_at"),
  lastSuccessAt: text("last_success_at"),
  lastError: text("last_error"),
  lastErrorAt: text("last_error_at"),
  /** Polls failed in a row: the next poll waits the interval times 2^failures (capped), so a dead feed is left be. */
  consecutiveFailures: integer("consecutive_failures").notNull().default(0),
  itemsSeen: integer("items_seen").notNull().default(0),
  nextPollAt: text("next_poll_at").notNull(),
});

/** Every item a feed listed, by its guid (or link): an item seen once is never fetched again. */
export const feedItems = sqliteTable(
  "feed_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    feedId: integer("feed_id")
      .notNull()
      .references(() => feeds.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    link: text("link"),
    title: text("title"),
    publishedAt: text("published_at"),
    seenAt: text("seen_at").notNull(),
    status: text("status", { enum: ingestStatuses }),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
  },
  // The article index keeps an article's deletion (which clears these links) from scanning the table.
  (t) => [uniqueIndex("feed_items_key_idx").on(t.feedId, t.key), index("feed_items_article_idx").on(t.articleId)],
);

/**
 * The coverage ledger: one row per ingest outcome (a file, an upload, a URL, a feed item, a feed poll that failed),
 * counted per outlet and publication day by the coverage query. Rows are never updated: a log, not a state.
 */
export const ingestOutcomes = sqliteTable(
  "ingest_outcomes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recordedAt: text("recorded_at").notNull(),
    origin: text("origin", { enum: ingestOrigins }).notNull(),
    status: text("status", { enum: ingestStatuses }).notNull(),
    /** The file, `file:line`, URL or feed the outcome is about. */
    source: text("source").notNull(),
    /** The outlet the article names, or the one its URL's host stands for; null when nothing tells. */
    outlet: text("outlet"),
    /** Publication day (YYYY-MM-DD) when known; null rows are the "undated" column of the ledger. */
    day: text("day"),
    reason: text("reason", { enum: failureReasons }),
    detail: text("detail"),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    /** Findings the analysis read (indicators, partnerships, quotes, people): 0 for a failure. */
    findings: integer("findings").notNull().default(0),
    feedId: integer("feed_id").references(() => feeds.id, { onDelete: "set null" }),
  },
  (t) => [
    index("ingest_outcomes_day_idx").on(t.day, t.outlet),
    index("ingest_outcomes_outlet_idx").on(t.outlet, t.day),
    index("ingest_outcomes_article_idx").on(t.articleId),
  ],
);
