CREATE TABLE `theme_periods` (
	`theme_key` text NOT NULL,
	`granularity` text NOT NULL,
	`period` text NOT NULL,
	`stories` integer NOT NULL,
	PRIMARY KEY(`theme_key`, `granularity`, `period`)
);
--> statement-breakpoint
CREATE TABLE `theme_story_periods` (
	`theme_key` text NOT NULL,
	`granularity` text NOT NULL,
	`period` text NOT NULL,
	`story` integer NOT NULL,
	`articles` integer NOT NULL,
	PRIMARY KEY(`theme_key`, `granularity`, `period`, `story`)
);
