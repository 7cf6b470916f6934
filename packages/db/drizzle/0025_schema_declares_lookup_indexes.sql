-- These four indexes were created by hand-written migrations (0009, 0011) and were missing from the schema
-- description, so PostgreSQL, whose tables are derived from it, never had them (its indicator figures and URL look-ups were read without an index). Declared now; on SQLite they
-- exist already.
CREATE INDEX IF NOT EXISTS `article_sightings_url_idx` ON `article_sightings` (`url`) WHERE url IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `article_sightings_source_idx` ON `article_sightings` (`source_path`);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `articles_url_idx` ON `articles` (`url`) WHERE url IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `indicators_key_figure_idx` ON `indicators` (`key`,`value`,`of`,`unit`,`published_at`,`article_id`);
