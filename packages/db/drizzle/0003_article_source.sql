ALTER TABLE `articles` ADD `source` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `dateline_place` text;