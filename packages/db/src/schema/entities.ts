import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { entityTypes } from "./constants.js";

/** One row per canonical person, country, organisation or domestic body; counts kept up to date at ingest. */
export const entities = sqliteTable(
  "entities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    type: text("type", { enum: entityTypes }).notNull(),
    /** Diacritics-folded, lower-case canonical name: the identity used for matching. */
    key: text("key").notNull(),
    name: text("name").notNull(),
    /** ISO 3166-1 alpha-2 for countries. */
    code: text("code"),
    acronym: text("acronym"),
    mentionCount: integer("mention_count").notNull().default(0),
    articleCount: integer("article_count").notNull().default(0),
  },
  (t) => [
    uniqueIndex("entities_type_key_idx").on(t.type, t.key),
    index("entities_type_mentions_idx").on(t.type, t.mentionCount),
    // The overview's entities per type, counted on this small index instead of visiting every entity row.
    index("entities_type_counted_idx").on(t.type).where(sql`article_count > 0`),
  ],
);
