import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** A story groups articles that tell the same thing: syndicated copies, near-duplicates, translations. */
export const stories = sqliteTable("stories", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title"),
  articleCount: integer("article_count").notNull().default(0),
  createdAt: text("created_at").notNull(),
});
