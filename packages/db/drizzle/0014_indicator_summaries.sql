CREATE TABLE `indicator_figure_outlets` (
	`id` integer PRIMARY KEY NOT NULL,
	`figure_id` integer NOT NULL,
	`outlet` text,
	`articles` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `indicator_figure_outlets_figure_idx` ON `indicator_figure_outlets` (`figure_id`,`outlet`);--> statement-breakpoint
CREATE TABLE `indicator_figure_periods` (
	`figure_id` integer NOT NULL,
	`key` text NOT NULL,
	`granularity` text NOT NULL,
	`period` text NOT NULL,
	`value` real NOT NULL,
	`of` real,
	`unit` text,
	`articles` integer NOT NULL,
	PRIMARY KEY(`figure_id`, `granularity`, `period`)
);
--> statement-breakpoint
CREATE INDEX `indicator_figure_periods_reported_idx` ON `indicator_figure_periods` (`key`,`granularity`,`period`,"articles" DESC,`value`,`of`,`unit`);--> statement-breakpoint
CREATE TABLE `indicator_figures` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`value` real NOT NULL,
	`of` real,
	`unit` text,
	`articles` integer NOT NULL,
	`undated` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `indicator_figures_figure_idx` ON `indicator_figures` (`key`,`value`,`of`,`unit`);--> statement-breakpoint
CREATE INDEX `indicator_figures_reported_idx` ON `indicator_figures` (`key`,"articles" DESC,`value`,`of`,`unit`);--> statement-breakpoint
CREATE TABLE `indicator_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`findings` integer NOT NULL,
	`figures` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `indicator_periods` (
	`key` text NOT NULL,
	`granularity` text NOT NULL,
	`period` text NOT NULL,
	`findings` integer NOT NULL,
	PRIMARY KEY(`key`, `granularity`, `period`)
);
