ALTER TABLE `indicators` ADD `published_at` text;--> statement-breakpoint
CREATE INDEX `indicators_key_published_idx` ON `indicators` (`key`,`published_at`,`value`,`of`);--> statement-breakpoint
UPDATE `indicators` SET `published_at` = (SELECT `published_at` FROM `articles` WHERE `articles`.`id` = `indicators`.`article_id`);
