CREATE TABLE `change_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`follow_id` integer NOT NULL,
	`kind` text NOT NULL,
	`article_id` integer NOT NULL,
	`summary` text NOT NULL,
	`before` text,
	`after` text NOT NULL,
	`evidence` text NOT NULL,
	`created_at` text NOT NULL,
	`delivered_at` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`next_attempt_at` text,
	FOREIGN KEY (`follow_id`) REFERENCES `follows`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `change_events_kind_idx` ON `change_events` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `change_events_follow_idx` ON `change_events` (`follow_id`,`id`);--> statement-breakpoint
CREATE INDEX `change_events_article_idx` ON `change_events` (`article_id`);--> statement-breakpoint
CREATE INDEX `change_events_pending_idx` ON `change_events` (`delivered_at`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `follows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`target` text NOT NULL,
	`label` text NOT NULL,
	`match` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `follows_kind_target_idx` ON `follows` (`kind`,`target`);