CREATE TABLE `article_fingerprints` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`minhash` blob NOT NULL,
	`features` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `article_sightings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`source_path` text,
	`url` text,
	`outlet` text,
	`seen_at` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_sightings_article_idx` ON `article_sightings` (`article_id`);--> statement-breakpoint
CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`content_hash` text NOT NULL,
	`title` text,
	`outlet` text,
	`author` text,
	`url` text,
	`language` text,
	`published_at` text,
	`published_precision` text,
	`published_source` text,
	`published_evidence` text,
	`word_count` integer NOT NULL,
	`removed_noise` text DEFAULT '[]' NOT NULL,
	`source_path` text,
	`source_format` text NOT NULL,
	`ingested_at` text NOT NULL,
	`analyzer_version` text NOT NULL,
	`story_id` integer,
	`body` text NOT NULL,
	`raw_text` text NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_content_hash_unique` ON `articles` (`content_hash`);--> statement-breakpoint
CREATE INDEX `articles_published_idx` ON `articles` (`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_outlet_idx` ON `articles` (`outlet`,`published_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_published_story_idx` ON `articles` (`published_at`,`story_id`,`id`);--> statement-breakpoint
CREATE INDEX `articles_story_idx` ON `articles` (`story_id`);--> statement-breakpoint
CREATE INDEX `articles_ingested_idx` ON `articles` (`ingested_at`,`id`);--> statement-breakpoint
CREATE TABLE `lsh_buckets` (
	`band` integer NOT NULL,
	`bucket` text NOT NULL,
	`article_id` integer NOT NULL,
	PRIMARY KEY(`band`, `bucket`, `article_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `lsh_buckets_article_idx` ON `lsh_buckets` (`article_id`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`code` text,
	`acronym` text,
	`mention_count` integer DEFAULT 0 NOT NULL,
	`article_count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entities_type_key_idx` ON `entities` (`type`,`key`);--> statement-breakpoint
CREATE INDEX `entities_type_mentions_idx` ON `entities` (`type`,`mention_count`);--> statement-breakpoint
CREATE TABLE `article_themes` (
	`article_id` integer NOT NULL,
	`theme_key` text NOT NULL,
	`score` real NOT NULL,
	PRIMARY KEY(`article_id`, `theme_key`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_themes_theme_idx` ON `article_themes` (`theme_key`,`score`);--> statement-breakpoint
CREATE INDEX `article_themes_theme_article_idx` ON `article_themes` (`theme_key`,`article_id`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`key` text,
	`value` real NOT NULL,
	`of` real,
	`unit` text,
	`qualifier` text,
	`about` text,
	`sentence` text NOT NULL,
	`sentence_index` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `indicators_key_idx` ON `indicators` (`key`,`article_id`);--> statement-breakpoint
CREATE INDEX `indicators_article_idx` ON `indicators` (`article_id`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`sentence_index` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`surface` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mentions_entity_idx` ON `mentions` (`entity_id`,`article_id`);--> statement-breakpoint
CREATE INDEX `mentions_article_idx` ON `mentions` (`article_id`);--> statement-breakpoint
CREATE TABLE `partnerships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`country_entity_id` integer,
	`country_code` text NOT NULL,
	`country_name` text NOT NULL,
	`level` text NOT NULL,
	`level_rank` integer NOT NULL,
	`year` integer,
	`year_source` text,
	`sentence` text NOT NULL,
	`sentence_index` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`country_entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `partnerships_country_idx` ON `partnerships` (`country_code`,`level_rank`);--> statement-breakpoint
CREATE INDEX `partnerships_year_idx` ON `partnerships` (`year`);--> statement-breakpoint
CREATE INDEX `partnerships_article_idx` ON `partnerships` (`article_id`);--> statement-breakpoint
CREATE TABLE `person_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`role` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_roles_entity_idx` ON `person_roles` (`entity_id`);--> statement-breakpoint
CREATE INDEX `person_roles_article_idx` ON `person_roles` (`article_id`);--> statement-breakpoint
CREATE TABLE `quotes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`speaker_entity_id` integer,
	`speaker_name` text,
	`text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`speaker_entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `quotes_speaker_idx` ON `quotes` (`speaker_entity_id`);--> statement-breakpoint
CREATE INDEX `quotes_article_idx` ON `quotes` (`article_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `stories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text,
	`article_count` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL
);
