-- Corpus totals are kept by SQLite itself, so no writer can forget one: meta.articles, meta.words and
-- meta.stories follow every insert, delete and word-count change, and each story's article_count follows its
-- articles. The first statements repair any drift an older database carries.
INSERT OR REPLACE INTO meta (key, value) VALUES ('articles', (SELECT count(*) FROM articles));
--> statement-breakpoint
INSERT OR REPLACE INTO meta (key, value) VALUES ('words', (SELECT coalesce(sum(word_count), 0) FROM articles));
--> statement-breakpoint
INSERT OR REPLACE INTO meta (key, value) VALUES ('stories', (SELECT count(*) FROM stories));
--> statement-breakpoint
UPDATE stories SET article_count = (SELECT count(*) FROM articles a WHERE a.story_id = stories.id);
--> statement-breakpoint
CREATE TRIGGER `totals_article_insert` AFTER INSERT ON `articles` BEGIN
  UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'articles';
  UPDATE meta SET value = CAST(value AS INTEGER) + new.word_count WHERE key = 'words';
  UPDATE stories SET article_count = article_count + 1 WHERE id = new.story_id;
END;
--> statement-breakpoint
CREATE TRIGGER `totals_article_delete` AFTER DELETE ON `articles` BEGIN
  UPDATE meta SET value = CAST(value AS INTEGER) - 1 WHERE key = 'articles';
  UPDATE meta SET value = CAST(value AS INTEGER) - old.word_count WHERE key = 'words';
  UPDATE stories SET article_count = article_count - 1 WHERE id = old.story_id;
END;
--> statement-breakpoint
CREATE TRIGGER `totals_article_words` AFTER UPDATE OF word_count ON `articles` WHEN new.word_count IS NOT old.word_count BEGIN
  UPDATE meta SET value = CAST(value AS INTEGER) + new.word_count - old.word_count WHERE key = 'words';
END;
--> statement-breakpoint
CREATE TRIGGER `totals_article_story` AFTER UPDATE OF story_id ON `articles` WHEN new.story_id IS NOT old.story_id BEGIN
  UPDATE stories SET article_count = article_count - 1 WHERE id = old.story_id;
  UPDATE stories SET article_count = article_count + 1 WHERE id = new.story_id;
END;
--> statement-breakpoint
CREATE TRIGGER `totals_story_insert` AFTER INSERT ON `stories` BEGIN
  UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'stories';
END;
--> statement-breakpoint
CREATE TRIGGER `totals_story_delete` AFTER DELETE ON `stories` BEGIN
  UPDATE meta SET value = CAST(value AS INTEGER) - 1 WHERE key = 'stories';
END;
