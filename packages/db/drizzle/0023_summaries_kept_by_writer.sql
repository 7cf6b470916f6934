-- The summaries of 0014–0022 are kept by the writer from now on (store/summaries.ts): one grouped statement per summary
-- after each commit group, and the same grouping taken out before an article's findings are deleted, instead of
-- triggers firing several small upserts per finding row. Their rows are unchanged.
DROP TRIGGER IF EXISTS indicator_summaries_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS indicator_summaries_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS indicator_figures_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS indicator_figures_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS partnership_countries_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS partnership_countries_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS entity_dates_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS entity_dates_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS theme_stories_theme_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS theme_stories_theme_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS theme_stories_article_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS theme_stories_article_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS theme_stories_article_move;
