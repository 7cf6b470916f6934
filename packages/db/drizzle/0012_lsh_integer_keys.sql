CREATE TABLE `lsh_keys` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE `article_fingerprints` ADD `lsh_keys` blob;--> statement-breakpoint
CREATE INDEX `article_fingerprints_unkeyed_idx` ON `article_fingerprints` (`article_id`) WHERE lsh_keys IS NULL;