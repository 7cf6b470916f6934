-- Add by URL and feeds ask "was this URL ingested already?" before every fetch: without these, each question scans
-- every article (about 100 ms at 10,000 articles). Partial where most rows have no URL.
CREATE INDEX IF NOT EXISTS `articles_url_idx` ON `articles` (`url`) WHERE `url` IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `article_sightings_url_idx` ON `article_sightings` (`url`) WHERE `url` IS NOT NULL;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `article_sightings_source_idx` ON `article_sightings` (`source_path`);
