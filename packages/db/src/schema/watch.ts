import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { articles } from "./articles.js";

/** What a user can follow: an indicator (its key), a country's partnership (ISO code), a person (entity key), a search. */
export const followKinds = ["indicator", "partnership", "person", "query"] as const;
export type FollowKind = (typeof followKinds)[number];

/** One thing a user watches; a newly stored article that moves it records a change event. */
export const follows = sqliteTable(
  "follows",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: followKinds }).notNull(),
    /** The indicator key, country code, person's entity key or the search as the user wrote it. */
    target: text("target").notNull(),
    /** How to show it, e.g. "Tô Lâm" for the key "to lam". */
    label: text("label").notNull(),
    /** For a query follow, the repaired FTS5 expression run against each new article; null otherwise. */
    match: text("match"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("follows_kind_target_idx").on(t.kind, t.target)],
);

/** Something a newly stored article changed about a follow, with its evidence; webhook delivery state beside it. */
export const changeEvents = sqliteTable(
  "change_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    followId: integer("follow_id")
      .notNull()
      .references(() => follows.id, { onDelete: "cascade" }),
    /** The follow's kind, copied so the events can be filtered by it from one index. */
    kind: text("kind", { enum: followKinds }).notNull(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** One line saying what moved, e.g. "Japan: Strategic Partnership → Comprehensive Strategic Partnership". */
    summary: text("summary").notNull(),
    /** The value before the article (null when it is the first report) and after it. */
    before: text("before"),
    after: text("after").notNull(),
    /** The sentence of the article that shows the change. */
    evidence: text("evidence").notNull(),
    createdAt: text("created_at").notNull(),
    /** Webhook delivery: when it was accepted, how many tries so far, the last failure and when to try next. */
    deliveredAt: text("delivered_at"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: text("next_attempt_at"),
  },
  (t) => [
    index("change_events_kind_idx").on(t.kind, t.id),
    index("change_events_follow_idx").on(t.followId, t.id),
    index("change_events_article_idx").on(t.articleId),
    index("change_events_pending_idx").on(t.deliveredAt, t.nextAttemptAt),
  ],
);
