CREATE INDEX "article_sightings_url_idx" ON "article_sightings" USING btree ("url") WHERE url IS NOT NULL;--> statement-breakpoint
CREATE INDEX "article_sightings_source_idx" ON "article_sightings" USING btree ("source_path");--> statement-breakpoint
CREATE INDEX "articles_url_idx" ON "articles" USING btree ("url") WHERE url IS NOT NULL;--> statement-breakpoint
CREATE INDEX "indicators_key_figure_idx" ON "indicators" USING btree ("key","value","of","unit","published_at","article_id");