-- The figures of an indicator with their dates and articles, read from the index alone: the indicator charts and
-- the evidence under each figure group a key's values without visiting the table (dashboard over large corpora).
CREATE INDEX `indicators_key_figure_idx` ON `indicators` (`key`,`value`,`of`,`unit`,`published_at`,`article_id`);
