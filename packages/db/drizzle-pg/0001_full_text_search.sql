-- PostgreSQL's own full-text machinery, the counterpart of SQLite's articles_fts (0001_fts.sql there): words folded
-- as FTS5's unicode61 with remove_diacritics folds them ("Tô Lâm" matches "to lam"), no stemming, the title weighted A
-- and the body B so a query can be held to one of them (title:word) and title matches rank higher.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION chancery (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION chancery ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
--> statement-breakpoint
-- Kept with the row by PostgreSQL itself (a stored generated column): no trigger, and never out of step.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('chancery'::regconfig, coalesce(title, '')), 'A') ||
  setweight(to_tsvector('chancery'::regconfig, body), 'B')
) STORED;
--> statement-breakpoint
CREATE INDEX articles_search_idx ON articles USING gin (search);
