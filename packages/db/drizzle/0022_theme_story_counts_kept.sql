-- Distinct stories per theme and period (every granularity, and 'all' for totals; theme '' is every article),
-- filled from the articles and themes already stored, then kept by triggers in every transaction that writes them.
-- A story is coalesce(story_id, -article id), as the themes page and the overview count it.
INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
  SELECT t.theme_key, 'month', coalesce(CASE WHEN length(a.published_at) >= 7 THEN substr(a.published_at, 1, 7) ELSE a.published_at END, ''), coalesce(a.story_id, -a.id), count(*)
  FROM articles a JOIN article_themes t ON t.article_id = a.id GROUP BY 1, 3, 4;
--> statement-breakpoint
INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
  SELECT '', 'month', coalesce(CASE WHEN length(a.published_at) >= 7 THEN substr(a.published_at, 1, 7) ELSE a.published_at END, ''), coalesce(a.story_id, -a.id), count(*) FROM articles a GROUP BY 3, 4;
--> statement-breakpoint
INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
  SELECT t.theme_key, 'quarter', coalesce(CASE WHEN length(a.published_at) >= 7 THEN substr(a.published_at, 1, 4) || '-Q' || ((CAST(substr(a.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE a.published_at END, ''), coalesce(a.story_id, -a.id), count(*)
  FROM articles a JOIN article_themes t ON t.article_id = a.id GROUP BY 1, 3, 4;
--> statement-breakpoint
INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
  SELECT '', 'quarter', coalesce(CASE WHEN length(a.published_at) >= 7 THEN substr(a.published_at, 1, 4) || '-Q' || ((CAST(substr(a.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE a.published_at END, ''), coalesce(a.story_id, -a.id), count(*) FROM articles a GROUP BY 3, 4;
--> statement-breakpoint
INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
  SELECT t.theme_key, 'year', coalesce(substr(a.published_at, 1, 4), ''), coalesce(a.story_id, -a.id), count(*)
  FROM articles a JOIN article_themes t ON t.article_id = a.id GROUP BY 1, 3, 4;
--> statement-breakpoint
INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
  SELECT '', 'year', coalesce(substr(a.published_at, 1, 4), ''), coalesce(a.story_id, -a.id), count(*) FROM articles a GROUP BY 3, 4;
--> statement-breakpoint
INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
  SELECT t.theme_key, 'all', '', coalesce(a.story_id, -a.id), count(*)
  FROM articles a JOIN article_themes t ON t.article_id = a.id GROUP BY 1, 3, 4;
--> statement-breakpoint
INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
  SELECT '', 'all', '', coalesce(a.story_id, -a.id), count(*) FROM articles a GROUP BY 3, 4;
--> statement-breakpoint
INSERT INTO theme_periods (theme_key, granularity, period, stories)
  SELECT theme_key, granularity, period, count(*) FROM theme_story_periods GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE TRIGGER theme_stories_theme_insert AFTER INSERT ON article_themes BEGIN
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'month', coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = new.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 1, 7) ELSE (SELECT a.published_at FROM articles a WHERE a.id = new.article_id) END, ''), (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = new.article_id), 1 FROM (SELECT new.theme_key AS k) t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'month', coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = new.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 1, 7) ELSE (SELECT a.published_at FROM articles a WHERE a.id = new.article_id) END, ''), 1 FROM (SELECT new.theme_key AS k) t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'month' AND s.period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = new.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 1, 7) ELSE (SELECT a.published_at FROM articles a WHERE a.id = new.article_id) END, '') AND s.story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = new.article_id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'quarter', coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = new.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 1, 4) || '-Q' || ((CAST(substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 6, 2) AS INTEGER) + 2) / 3) ELSE (SELECT a.published_at FROM articles a WHERE a.id = new.article_id) END, ''), (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = new.article_id), 1 FROM (SELECT new.theme_key AS k) t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'quarter', coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = new.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 1, 4) || '-Q' || ((CAST(substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 6, 2) AS INTEGER) + 2) / 3) ELSE (SELECT a.published_at FROM articles a WHERE a.id = new.article_id) END, ''), 1 FROM (SELECT new.theme_key AS k) t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'quarter' AND s.period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = new.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 1, 4) || '-Q' || ((CAST(substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 6, 2) AS INTEGER) + 2) / 3) ELSE (SELECT a.published_at FROM articles a WHERE a.id = new.article_id) END, '') AND s.story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = new.article_id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'year', coalesce(substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 1, 4), ''), (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = new.article_id), 1 FROM (SELECT new.theme_key AS k) t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'year', coalesce(substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 1, 4), ''), 1 FROM (SELECT new.theme_key AS k) t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'year' AND s.period = coalesce(substr((SELECT a.published_at FROM articles a WHERE a.id = new.article_id), 1, 4), '') AND s.story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = new.article_id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'all', '', (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = new.article_id), 1 FROM (SELECT new.theme_key AS k) t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'all', '', 1 FROM (SELECT new.theme_key AS k) t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'all' AND s.period = '' AND s.story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = new.article_id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
END;
--> statement-breakpoint
CREATE TRIGGER theme_stories_theme_delete AFTER DELETE ON article_themes BEGIN
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'month' AND period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 7) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '') AND story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT old.theme_key) AND s.granularity = 'month' AND s.period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 7) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '') AND s.story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id) AND s.articles = 0)
      AND granularity = 'month' AND period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 7) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '');
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'month' AND period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 7) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '') AND story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'month' AND period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 7) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '') AND stories = 0;
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'quarter' AND period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4) || '-Q' || ((CAST(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 6, 2) AS INTEGER) + 2) / 3) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '') AND story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT old.theme_key) AND s.granularity = 'quarter' AND s.period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4) || '-Q' || ((CAST(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 6, 2) AS INTEGER) + 2) / 3) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '') AND s.story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id) AND s.articles = 0)
      AND granularity = 'quarter' AND period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4) || '-Q' || ((CAST(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 6, 2) AS INTEGER) + 2) / 3) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '');
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'quarter' AND period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4) || '-Q' || ((CAST(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 6, 2) AS INTEGER) + 2) / 3) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '') AND story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'quarter' AND period = coalesce(CASE WHEN length((SELECT a.published_at FROM articles a WHERE a.id = old.article_id)) >= 7 THEN substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4) || '-Q' || ((CAST(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 6, 2) AS INTEGER) + 2) / 3) ELSE (SELECT a.published_at FROM articles a WHERE a.id = old.article_id) END, '') AND stories = 0;
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'year' AND period = coalesce(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4), '') AND story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT old.theme_key) AND s.granularity = 'year' AND s.period = coalesce(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4), '') AND s.story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id) AND s.articles = 0)
      AND granularity = 'year' AND period = coalesce(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4), '');
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'year' AND period = coalesce(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4), '') AND story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'year' AND period = coalesce(substr((SELECT a.published_at FROM articles a WHERE a.id = old.article_id), 1, 4), '') AND stories = 0;
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'all' AND period = '' AND story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT old.theme_key) AND s.granularity = 'all' AND s.period = '' AND s.story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id) AND s.articles = 0)
      AND granularity = 'all' AND period = '';
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'all' AND period = '' AND story = (SELECT coalesce(a.story_id, -a.id) FROM articles a WHERE a.id = old.article_id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT old.theme_key) AND granularity = 'all' AND period = '' AND stories = 0;
END;
--> statement-breakpoint
CREATE TRIGGER theme_stories_article_insert AFTER INSERT ON articles BEGIN
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'month', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 7) ELSE new.published_at END, ''), coalesce(new.story_id, -new.id), 1 FROM (SELECT '' AS k) t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'month', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 7) ELSE new.published_at END, ''), 1 FROM (SELECT '' AS k) t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'month' AND s.period = coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 7) ELSE new.published_at END, '') AND s.story = coalesce(new.story_id, -new.id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'quarter', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 4) || '-Q' || ((CAST(substr(new.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE new.published_at END, ''), coalesce(new.story_id, -new.id), 1 FROM (SELECT '' AS k) t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'quarter', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 4) || '-Q' || ((CAST(substr(new.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE new.published_at END, ''), 1 FROM (SELECT '' AS k) t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'quarter' AND s.period = coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 4) || '-Q' || ((CAST(substr(new.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE new.published_at END, '') AND s.story = coalesce(new.story_id, -new.id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'year', coalesce(substr(new.published_at, 1, 4), ''), coalesce(new.story_id, -new.id), 1 FROM (SELECT '' AS k) t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'year', coalesce(substr(new.published_at, 1, 4), ''), 1 FROM (SELECT '' AS k) t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'year' AND s.period = coalesce(substr(new.published_at, 1, 4), '') AND s.story = coalesce(new.story_id, -new.id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'all', '', coalesce(new.story_id, -new.id), 1 FROM (SELECT '' AS k) t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'all', '', 1 FROM (SELECT '' AS k) t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'all' AND s.period = '' AND s.story = coalesce(new.story_id, -new.id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
END;
--> statement-breakpoint
CREATE TRIGGER theme_stories_article_delete AFTER DELETE ON articles BEGIN
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT '') AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND story = coalesce(old.story_id, -old.id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT '') AND s.granularity = 'month' AND s.period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND s.story = coalesce(old.story_id, -old.id) AND s.articles = 0)
      AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '');
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT '') AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND story = coalesce(old.story_id, -old.id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT '') AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND stories = 0;
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT '') AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND story = coalesce(old.story_id, -old.id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT '') AND s.granularity = 'quarter' AND s.period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND s.story = coalesce(old.story_id, -old.id) AND s.articles = 0)
      AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '');
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT '') AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND story = coalesce(old.story_id, -old.id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT '') AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND stories = 0;
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT '') AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '') AND story = coalesce(old.story_id, -old.id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT '') AND s.granularity = 'year' AND s.period = coalesce(substr(old.published_at, 1, 4), '') AND s.story = coalesce(old.story_id, -old.id) AND s.articles = 0)
      AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '');
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT '') AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '') AND story = coalesce(old.story_id, -old.id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT '') AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '') AND stories = 0;
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT '') AND granularity = 'all' AND period = '' AND story = coalesce(old.story_id, -old.id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT '') AND s.granularity = 'all' AND s.period = '' AND s.story = coalesce(old.story_id, -old.id) AND s.articles = 0)
      AND granularity = 'all' AND period = '';
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT '') AND granularity = 'all' AND period = '' AND story = coalesce(old.story_id, -old.id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT '') AND granularity = 'all' AND period = '' AND stories = 0;
END;
--> statement-breakpoint
CREATE TRIGGER theme_stories_article_move AFTER UPDATE OF published_at, story_id ON articles
  WHEN new.published_at IS NOT old.published_at OR new.story_id IS NOT old.story_id BEGIN
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND story = coalesce(old.story_id, -old.id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND s.granularity = 'month' AND s.period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND s.story = coalesce(old.story_id, -old.id) AND s.articles = 0)
      AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '');
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND story = coalesce(old.story_id, -old.id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND stories = 0;
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND story = coalesce(old.story_id, -old.id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND s.granularity = 'quarter' AND s.period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND s.story = coalesce(old.story_id, -old.id) AND s.articles = 0)
      AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '');
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND story = coalesce(old.story_id, -old.id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND stories = 0;
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '') AND story = coalesce(old.story_id, -old.id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND s.granularity = 'year' AND s.period = coalesce(substr(old.published_at, 1, 4), '') AND s.story = coalesce(old.story_id, -old.id) AND s.articles = 0)
      AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '');
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '') AND story = coalesce(old.story_id, -old.id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '') AND stories = 0;
  UPDATE theme_story_periods SET articles = articles - 1
    WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'all' AND period = '' AND story = coalesce(old.story_id, -old.id);
  UPDATE theme_periods SET stories = stories - 1
    WHERE theme_key IN (SELECT s.theme_key FROM theme_story_periods s
      WHERE s.theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND s.granularity = 'all' AND s.period = '' AND s.story = coalesce(old.story_id, -old.id) AND s.articles = 0)
      AND granularity = 'all' AND period = '';
  DELETE FROM theme_story_periods
    WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'all' AND period = '' AND story = coalesce(old.story_id, -old.id) AND articles = 0;
  DELETE FROM theme_periods WHERE theme_key IN (SELECT theme_key AS k FROM article_themes WHERE article_id = old.id UNION ALL SELECT '') AND granularity = 'all' AND period = '' AND stories = 0;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'month', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 7) ELSE new.published_at END, ''), coalesce(new.story_id, -new.id), 1 FROM (SELECT theme_key AS k FROM article_themes WHERE article_id = new.id UNION ALL SELECT '') t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'month', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 7) ELSE new.published_at END, ''), 1 FROM (SELECT theme_key AS k FROM article_themes WHERE article_id = new.id UNION ALL SELECT '') t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'month' AND s.period = coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 7) ELSE new.published_at END, '') AND s.story = coalesce(new.story_id, -new.id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'quarter', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 4) || '-Q' || ((CAST(substr(new.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE new.published_at END, ''), coalesce(new.story_id, -new.id), 1 FROM (SELECT theme_key AS k FROM article_themes WHERE article_id = new.id UNION ALL SELECT '') t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'quarter', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 4) || '-Q' || ((CAST(substr(new.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE new.published_at END, ''), 1 FROM (SELECT theme_key AS k FROM article_themes WHERE article_id = new.id UNION ALL SELECT '') t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'quarter' AND s.period = coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 4) || '-Q' || ((CAST(substr(new.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE new.published_at END, '') AND s.story = coalesce(new.story_id, -new.id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'year', coalesce(substr(new.published_at, 1, 4), ''), coalesce(new.story_id, -new.id), 1 FROM (SELECT theme_key AS k FROM article_themes WHERE article_id = new.id UNION ALL SELECT '') t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'year', coalesce(substr(new.published_at, 1, 4), ''), 1 FROM (SELECT theme_key AS k FROM article_themes WHERE article_id = new.id UNION ALL SELECT '') t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'year' AND s.period = coalesce(substr(new.published_at, 1, 4), '') AND s.story = coalesce(new.story_id, -new.id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
  INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
    SELECT t.k, 'all', '', coalesce(new.story_id, -new.id), 1 FROM (SELECT theme_key AS k FROM article_themes WHERE article_id = new.id UNION ALL SELECT '') t WHERE true
    ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = articles + 1;
  INSERT INTO theme_periods (theme_key, granularity, period, stories)
    SELECT t.k, 'all', '', 1 FROM (SELECT theme_key AS k FROM article_themes WHERE article_id = new.id UNION ALL SELECT '') t
    WHERE (SELECT s.articles FROM theme_story_periods s
      WHERE s.theme_key = t.k AND s.granularity = 'all' AND s.period = '' AND s.story = coalesce(new.story_id, -new.id)) = 1
    ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = stories + 1;
END;
