-- Partnerships copy their article's publication date (written by the writer from now on, like indicators) and the
-- statements per partner country are kept by triggers in the transaction that writes them, so the partnerships page
-- reads each country's newest evidence and earliest years from its indexes instead of sorting every statement.
UPDATE partnerships SET published_at = (SELECT a.published_at FROM articles a WHERE a.id = partnerships.article_id);
--> statement-breakpoint
INSERT INTO partnership_countries (country_code, statements)
  SELECT country_code, count(*) FROM partnerships GROUP BY country_code;
--> statement-breakpoint
CREATE TRIGGER partnership_countries_insert AFTER INSERT ON partnerships BEGIN
  INSERT INTO partnership_countries (country_code, statements) VALUES (new.country_code, 1)
    ON CONFLICT (country_code) DO UPDATE SET statements = statements + 1;
END;
--> statement-breakpoint
CREATE TRIGGER partnership_countries_delete AFTER DELETE ON partnerships BEGIN
  UPDATE partnership_countries SET statements = statements - 1 WHERE country_code = old.country_code;
  DELETE FROM partnership_countries WHERE country_code = old.country_code AND statements = 0;
END;
