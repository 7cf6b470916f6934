-- Articles mentioning each entity per publication date, filled from the mentions already stored and then kept by
-- triggers in every transaction that writes mentions: an article counts once for an entity however often it names
-- it, under the date the article has while its mentions are stored (reanalysis deletes them before a date changes).
INSERT INTO entity_dates (entity_id, published_at, articles)
  SELECT m.entity_id, coalesce(a.published_at, ''), count(DISTINCT m.article_id)
  FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY 1, 2;
--> statement-breakpoint
CREATE TRIGGER entity_dates_insert AFTER INSERT ON mentions
  WHEN NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = new.entity_id AND m.article_id = new.article_id AND m.id <> new.id) BEGIN
  INSERT INTO entity_dates (entity_id, published_at, articles)
    SELECT new.entity_id, coalesce(a.published_at, ''), 1 FROM articles a WHERE a.id = new.article_id
    ON CONFLICT (entity_id, published_at) DO UPDATE SET articles = articles + 1;
END;
--> statement-breakpoint
CREATE TRIGGER entity_dates_delete AFTER DELETE ON mentions
  WHEN NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = old.entity_id AND m.article_id = old.article_id) BEGIN
  UPDATE entity_dates SET articles = articles - 1
    WHERE entity_id = old.entity_id AND published_at = (SELECT coalesce(a.published_at, '') FROM articles a WHERE a.id = old.article_id);
  DELETE FROM entity_dates
    WHERE entity_id = old.entity_id AND published_at = (SELECT coalesce(a.published_at, '') FROM articles a WHERE a.id = old.article_id)
      AND articles = 0;
END;
