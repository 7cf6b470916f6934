CREATE TABLE `partnership_countries` (
	`country_code` text PRIMARY KEY NOT NULL,
	`statements` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `partnerships` ADD `published_at` text;--> statement-breakpoint
CREATE INDEX `partnerships_country_newest_idx` ON `partnerships` (`country_code`,`level_rank`,"published_at" DESC,`id`);--> statement-breakpoint
CREATE INDEX `partnerships_country_year_newest_idx` ON `partnerships` (`country_code`,`level_rank`,`year`,"published_at" DESC,`id`);