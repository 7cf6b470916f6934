CREATE TABLE `corrected_analyses` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`findings` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `correction_hits` (
	`correction_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	PRIMARY KEY(`correction_id`, `article_id`),
	FOREIGN KEY (`correction_id`) REFERENCES `corrections`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `correction_hits_article_idx` ON `correction_hits` (`article_id`);--> statement-breakpoint
CREATE TABLE `corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`target` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`author` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`undoes` integer,
	FOREIGN KEY (`undoes`) REFERENCES `corrections`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `corrections_kind_idx` ON `corrections` (`kind`,`id`);--> statement-breakpoint
CREATE INDEX `corrections_undoes_idx` ON `corrections` (`undoes`);--> statement-breakpoint
CREATE TABLE `entity_aliases` (
	`type` text NOT NULL,
	`variant_key` text NOT NULL,
	`canonical_key` text NOT NULL,
	`correction_id` integer NOT NULL,
	PRIMARY KEY(`type`, `variant_key`),
	FOREIGN KEY (`correction_id`) REFERENCES `corrections`(`id`) ON UPDATE no action ON DELETE no action
);
