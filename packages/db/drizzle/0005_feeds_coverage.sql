CREATE TABLE `feed_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`feed_id` integer NOT NULL,
	`key` text NOT NULL,
	`link` text,
	`title` text,
	`published_at` text,
	`seen_at` text NOT NULL,
	`status` text,
	`article_id` integer,
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feed_items_key_idx` ON `feed_items` (`feed_id`,`key`);--> statement-breakpoint
CREATE INDEX `feed_items_article_idx` ON `feed_items` (`article_id`);--> statement-breakpoint
CREATE TABLE `feeds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`interval_seconds` integer NOT NULL,
	`etag` text,
	`last_modified` text,
	`created_at` text NOT NULL,
	`last_polled_at` text,
	`last_success_at` text,
	`last_error` text,
	`last_error_at` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`items_seen` integer DEFAULT 0 NOT NULL,
	`next_poll_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feeds_url_unique` ON `feeds` (`url`);--> statement-breakpoint
CREATE TABLE `ingest_outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recorded_at` text NOT NULL,
	`origin` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`outlet` text,
	`day` text,
	`reason` text,
	`detail` text,
	`article_id` integer,
	`findings` integer DEFAULT 0 NOT NULL,
	`feed_id` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`feed_id`) REFERENCES `feeds`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `ingest_outcomes_day_idx` ON `ingest_outcomes` (`day`,`outlet`);--> statement-breakpoint
CREATE INDEX `ingest_outcomes_outlet_idx` ON `ingest_outcomes` (`outlet`,`day`);--> statement-breakpoint
CREATE INDEX `ingest_outcomes_article_idx` ON `ingest_outcomes` (`article_id`);