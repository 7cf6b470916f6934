import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Small key/value facts about the corpus kept current at ingest (e.g. `last_changed_at`). */
export const meta = sqliteTable("meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
