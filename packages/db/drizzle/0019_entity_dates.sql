CREATE TABLE `entity_dates` (
	`entity_id` integer NOT NULL,
	`published_at` text NOT NULL,
	`articles` integer NOT NULL,
	PRIMARY KEY(`entity_id`, `published_at`)
);
