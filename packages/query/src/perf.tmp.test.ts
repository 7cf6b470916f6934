import { it } from "vitest";
import { temporaryFixtureDatabase } from "./fixtures/temporary-database.js";
import { listArticles } from "./articles/list.js";
import { getArticle } from "./articles/get.js";
import { overviewMetrics } from "./metrics/overview.js";
import { getEntity } from "./entities/get.js";
import { search } from "./search/search.js";
import { listIndicators } from "./findings/indicators.js";
import { listEntities } from "./entities/list.js";
import { listThemes } from "./findings/themes.js";
import { timeline } from "./timeline/timeline.js";

it("perf", () => {
  const db = temporaryFixtureDatabase();
  const s = db.sqlite;
  const t0 = Date.now();
  s.exec(`
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
    INSERT INTO articles (content_hash, raw_text, body, title, outlet, author, published_at, published_precision, word_count, removed_noise, source_format, ingested_at, analyzer_version, story_id)
    SELECT 'h' || i, '', a.body || ' Item ' || i || ' ' || hex(randomblob(8)), a.title || ' ' || i, 'Outlet ' || (i % 20),
      NULL, date('2015-01-01', '+' || (i % 3650) || ' days'), 'day', a.word_count, '[]', 'txt', '2025-01-01', 'x', CASE WHEN i % 10 = 0 THEN 1 ELSE NULL END
    FROM n JOIN articles a ON a.id = 1 + (i % 4);
    INSERT INTO mentions (article_id, entity_id, sentence_index, start, "end", surface)
      SELECT a.id, m.entity_id, m.sentence_index, m.start, m."end", m.surface FROM articles a JOIN mentions m ON m.article_id = 1 + (a.id % 4) WHERE a.id > 5;
    INSERT INTO indicators (article_id, key, value, unit, sentence, sentence_index, start, "end")
      SELECT a.id, i.key, i.value + (a.id % 3), i.unit, i.sentence, 0, i.start, i."end" FROM articles a JOIN indicators i ON i.article_id = 1 + (a.id % 4) WHERE a.id > 5;
    INSERT INTO article_themes (article_id, theme_key, score) SELECT a.id, t.theme_key, t.score FROM articles a JOIN article_themes t ON t.article_id = 1 + (a.id % 4) WHERE a.id > 5;
    UPDATE entities SET mention_count = (SELECT count(*) FROM mentions m WHERE m.entity_id = entities.id), article_count = (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.entity_id = entities.id);
    UPDATE meta SET value = '100005' WHERE key = 'articles';
    ANALYZE;
  `);
  console.log("built in", Date.now() - t0, "ms");
  const time = (name: string, fn: () => unknown, runs = 20) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) { const a = performance.now(); fn(); times.push(performance.now() - a); }
    times.sort((x, y) => x - y);
    console.log(name.padEnd(40), "p50", times[Math.floor(runs / 2)]?.toFixed(1), "p95", times[Math.floor(runs * 0.95)]?.toFixed(1));
  };
  const m = '"Australia"';
  const ids = JSON.stringify((s.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 20").all(m) as Array<{rowid: number}>).map(r => r.rowid));
  time("hits", () => s.prepare("SELECT f.rowid AS id, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts f WHERE articles_fts MATCH ? ORDER BY score, f.rowid").all(m), 5);
  time("hits no order", () => s.prepare("SELECT f.rowid AS id, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts f WHERE articles_fts MATCH ?").all(m), 5);
  time("snippets json_each", () => s.prepare("SELECT f.rowid, snippet(articles_fts, 1, '[', ']', '…', 24) FROM articles_fts f WHERE articles_fts MATCH @m AND f.rowid IN (SELECT value FROM json_each(@ids))").all({ m, ids }), 5);
  time("snippets +rowid", () => s.prepare("SELECT f.rowid, snippet(articles_fts, 1, '[', ']', '…', 24) FROM articles_fts f WHERE articles_fts MATCH @m AND +f.rowid IN (SELECT value FROM json_each(@ids))").all({ m, ids }), 5);
  time("search outlet filter +", () => s.prepare("SELECT f.rowid FROM articles_fts f WHERE articles_fts MATCH ? AND +f.rowid IN (SELECT id FROM articles WHERE outlet = 'Outlet 3')").all(m), 5);
  time("search full", () => search(db, { q: "Australia" }), 5);
  db.dispose();
}, 600_000);
