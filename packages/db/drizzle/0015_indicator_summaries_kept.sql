-- The indicator summaries (0014) filled from the findings already stored, then kept by triggers in every
-- transaction that inserts or deletes a finding: ingest, reanalysis, corrections and deletions alike. A figure counts an
-- article once however many times the article gives it; periods follow the one time model ('' when undated).
INSERT INTO indicator_keys (key, findings, figures)
  SELECT key, count(*), 0 FROM indicators WHERE key IS NOT NULL GROUP BY key;
--> statement-breakpoint
INSERT INTO indicator_periods (key, granularity, period, findings)
  SELECT key, 'month', coalesce(CASE WHEN length(published_at) >= 7 THEN substr(published_at, 1, 7) ELSE published_at END, ''), count(*) FROM indicators WHERE key IS NOT NULL GROUP BY key, 3;
--> statement-breakpoint
INSERT INTO indicator_periods (key, granularity, period, findings)
  SELECT key, 'quarter', coalesce(CASE WHEN length(published_at) >= 7 THEN substr(published_at, 1, 4) || '-Q' || ((CAST(substr(published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE published_at END, ''), count(*) FROM indicators WHERE key IS NOT NULL GROUP BY key, 3;
--> statement-breakpoint
INSERT INTO indicator_periods (key, granularity, period, findings)
  SELECT key, 'year', coalesce(substr(published_at, 1, 4), ''), count(*) FROM indicators WHERE key IS NOT NULL GROUP BY key, 3;
--> statement-breakpoint
INSERT INTO indicator_figures (key, value, "of", unit, articles, undated)
  SELECT key, value, "of", unit, count(DISTINCT article_id), count(DISTINCT CASE WHEN published_at IS NULL THEN article_id END)
  FROM indicators WHERE key IS NOT NULL GROUP BY key, value, "of", unit;
--> statement-breakpoint
UPDATE indicator_keys SET figures = (SELECT count(*) FROM indicator_figures f WHERE f.key = indicator_keys.key);
--> statement-breakpoint
INSERT INTO indicator_figure_periods (figure_id, key, granularity, period, value, "of", unit, articles)
  SELECT f.id, f.key, 'month', coalesce(CASE WHEN length(i.published_at) >= 7 THEN substr(i.published_at, 1, 7) ELSE i.published_at END, ''), f.value, f."of", f.unit, count(DISTINCT i.article_id)
  FROM indicator_figures f JOIN indicators i ON i.key = f.key AND i.value = f.value AND i."of" IS f."of" AND i.unit IS f.unit GROUP BY f.id, 4;
--> statement-breakpoint
INSERT INTO indicator_figure_periods (figure_id, key, granularity, period, value, "of", unit, articles)
  SELECT f.id, f.key, 'quarter', coalesce(CASE WHEN length(i.published_at) >= 7 THEN substr(i.published_at, 1, 4) || '-Q' || ((CAST(substr(i.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE i.published_at END, ''), f.value, f."of", f.unit, count(DISTINCT i.article_id)
  FROM indicator_figures f JOIN indicators i ON i.key = f.key AND i.value = f.value AND i."of" IS f."of" AND i.unit IS f.unit GROUP BY f.id, 4;
--> statement-breakpoint
INSERT INTO indicator_figure_periods (figure_id, key, granularity, period, value, "of", unit, articles)
  SELECT f.id, f.key, 'year', coalesce(substr(i.published_at, 1, 4), ''), f.value, f."of", f.unit, count(DISTINCT i.article_id)
  FROM indicator_figures f JOIN indicators i ON i.key = f.key AND i.value = f.value AND i."of" IS f."of" AND i.unit IS f.unit GROUP BY f.id, 4;
--> statement-breakpoint
INSERT INTO indicator_figure_outlets (figure_id, outlet, articles)
  SELECT f.id, a.outlet, count(DISTINCT i.article_id)
  FROM indicator_figures f JOIN indicators i ON i.key = f.key AND i.value = f.value AND i."of" IS f."of" AND i.unit IS f.unit JOIN articles a ON a.id = i.article_id
  GROUP BY f.id, a.outlet;
--> statement-breakpoint
CREATE TRIGGER indicator_summaries_insert AFTER INSERT ON indicators WHEN new.key IS NOT NULL BEGIN
  INSERT INTO indicator_keys (key, findings, figures) VALUES (new.key, 1, 0)
    ON CONFLICT (key) DO UPDATE SET findings = findings + 1;
  INSERT INTO indicator_periods (key, granularity, period, findings) VALUES
    (new.key, 'month', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 7) ELSE new.published_at END, ''), 1),
    (new.key, 'quarter', coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 4) || '-Q' || ((CAST(substr(new.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE new.published_at END, ''), 1),
    (new.key, 'year', coalesce(substr(new.published_at, 1, 4), ''), 1)
    ON CONFLICT (key, granularity, period) DO UPDATE SET findings = findings + 1;
END;
--> statement-breakpoint
CREATE TRIGGER indicator_summaries_delete AFTER DELETE ON indicators WHEN old.key IS NOT NULL BEGIN
  UPDATE indicator_keys SET findings = findings - 1 WHERE key = old.key;
  UPDATE indicator_periods SET findings = findings - 1 WHERE key = old.key AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '');
  UPDATE indicator_periods SET findings = findings - 1 WHERE key = old.key AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '');
  UPDATE indicator_periods SET findings = findings - 1 WHERE key = old.key AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '');
  DELETE FROM indicator_periods WHERE key = old.key AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND findings = 0;
  DELETE FROM indicator_periods WHERE key = old.key AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND findings = 0;
  DELETE FROM indicator_periods WHERE key = old.key AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '') AND findings = 0;
  DELETE FROM indicator_keys WHERE key = old.key AND findings = 0;
END;
--> statement-breakpoint
CREATE TRIGGER indicator_figures_insert AFTER INSERT ON indicators
  WHEN new.key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM indicators i WHERE i.key = new.key AND i.value = new.value AND i."of" IS new."of" AND i.unit IS new.unit AND i.published_at IS new.published_at AND i.article_id = new.article_id AND i.id <> new.id) BEGIN
  INSERT INTO indicator_keys (key, findings, figures) VALUES (new.key, 0, 0) ON CONFLICT (key) DO NOTHING;
  INSERT INTO indicator_figures (key, value, "of", unit, articles, undated)
    SELECT new.key, new.value, new."of", new.unit, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM indicator_figures WHERE key = new.key AND value = new.value AND "of" IS new."of" AND unit IS new.unit);
  UPDATE indicator_keys SET figures = figures + 1
    WHERE key = new.key AND EXISTS (SELECT 1 FROM indicator_figures WHERE key = new.key AND value = new.value AND "of" IS new."of" AND unit IS new.unit AND articles = 0);
  UPDATE indicator_figures SET articles = articles + 1, undated = undated + (new.published_at IS NULL) WHERE key = new.key AND value = new.value AND "of" IS new."of" AND unit IS new.unit;
  INSERT INTO indicator_figure_periods (figure_id, key, granularity, period, value, "of", unit, articles)
    SELECT f.id, f.key, g.granularity, g.period, f.value, f."of", f.unit, 1
    FROM indicator_figures f, (SELECT 'month' AS granularity, coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 7) ELSE new.published_at END, '') AS period UNION ALL SELECT 'quarter' AS granularity, coalesce(CASE WHEN length(new.published_at) >= 7 THEN substr(new.published_at, 1, 4) || '-Q' || ((CAST(substr(new.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE new.published_at END, '') AS period UNION ALL SELECT 'year' AS granularity, coalesce(substr(new.published_at, 1, 4), '') AS period) g
    WHERE f.key = new.key AND f.value = new.value AND f."of" IS new."of" AND f.unit IS new.unit
    ON CONFLICT (figure_id, granularity, period) DO UPDATE SET articles = articles + 1;
  INSERT INTO indicator_figure_outlets (figure_id, outlet, articles)
    SELECT (SELECT id FROM indicator_figures WHERE key = new.key AND value = new.value AND "of" IS new."of" AND unit IS new.unit), (SELECT outlet FROM articles WHERE id = new.article_id), 0
    WHERE NOT EXISTS (SELECT 1 FROM indicator_figure_outlets WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = new.key AND value = new.value AND "of" IS new."of" AND unit IS new.unit) AND outlet IS (SELECT outlet FROM articles WHERE id = new.article_id));
  UPDATE indicator_figure_outlets SET articles = articles + 1
    WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = new.key AND value = new.value AND "of" IS new."of" AND unit IS new.unit) AND outlet IS (SELECT outlet FROM articles WHERE id = new.article_id);
END;
--> statement-breakpoint
CREATE TRIGGER indicator_figures_delete AFTER DELETE ON indicators
  WHEN old.key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM indicators i WHERE i.key = old.key AND i.value = old.value AND i."of" IS old."of" AND i.unit IS old.unit AND i.published_at IS old.published_at AND i.article_id = old.article_id) BEGIN
  UPDATE indicator_figure_outlets SET articles = articles - 1
    WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit) AND outlet IS (SELECT outlet FROM articles WHERE id = old.article_id);
  DELETE FROM indicator_figure_outlets WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit) AND outlet IS (SELECT outlet FROM articles WHERE id = old.article_id) AND articles = 0;
  UPDATE indicator_figure_periods SET articles = articles - 1
    WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit) AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '');
  UPDATE indicator_figure_periods SET articles = articles - 1
    WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit) AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '');
  UPDATE indicator_figure_periods SET articles = articles - 1
    WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit) AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '');
  DELETE FROM indicator_figure_periods
    WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit) AND granularity = 'month' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 7) ELSE old.published_at END, '') AND articles = 0;
  DELETE FROM indicator_figure_periods
    WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit) AND granularity = 'quarter' AND period = coalesce(CASE WHEN length(old.published_at) >= 7 THEN substr(old.published_at, 1, 4) || '-Q' || ((CAST(substr(old.published_at, 6, 2) AS INTEGER) + 2) / 3) ELSE old.published_at END, '') AND articles = 0;
  DELETE FROM indicator_figure_periods
    WHERE figure_id = (SELECT id FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit) AND granularity = 'year' AND period = coalesce(substr(old.published_at, 1, 4), '') AND articles = 0;
  UPDATE indicator_figures SET articles = articles - 1, undated = undated - (old.published_at IS NULL) WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit;
  UPDATE indicator_keys SET figures = figures - 1
    WHERE key = old.key AND EXISTS (SELECT 1 FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit AND articles = 0);
  DELETE FROM indicator_figures WHERE key = old.key AND value = old.value AND "of" IS old."of" AND unit IS old.unit AND articles = 0;
END;
