-- Full-text index over title and body, kept in sync with articles by triggers.
-- External content: the text lives once, in articles; remove_diacritics folds "Tô Lâm" to "to lam".
CREATE VIRTUAL TABLE `articles_fts` USING fts5(title, body, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `articles_fts_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, coalesce(new.title, ''), new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, coalesce(old.title, ''), old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_update` AFTER UPDATE OF title, body ON `articles` BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', old.id, coalesce(old.title, ''), old.body);
  INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, coalesce(new.title, ''), new.body);
END;
