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
  let stamp = 0;
  const bump = () => s.prepare("UPDATE meta SET value = ? WHERE key = 'last_changed_at'").run(String(stamp++));
  time("search rare", () => search(db, { q: "Cambodia OR Vientiane OR Tokyo" }), 10);
  time("search common (Australia)", () => search(db, { q: "Australia" }), 10);
  time("search common page 50", () => search(db, { q: "Australia", cursor: Buffer.from('{"o":1000}').toString("base64url") }), 5);
  time("search common stories", () => search(db, { q: "Australia", stories: true }), 5);
  time("search outlet filter", () => search(db, { q: "Australia", outlet: "Outlet 3" }), 5);
  time("search entity filter", () => search(db, { q: "Australia", entity: 6 }), 5);
  time("search phrase", () => search(db, { q: '"new chapter"' }), 5);
  time("indicators (uncached)", () => { bump(); listIndicators(db); }, 3);
  time("themes (uncached)", () => { bump(); listThemes(db); }, 3);
  time("timeline (uncached)", () => { bump(); timeline(db); }, 3);
  time("list theme", () => listArticles(db, { limit: 20, theme: "cultural_diplomacy" }));
  time("list outlet", () => listArticles(db, { limit: 20, outlet: "Outlet 3" }));
  db.dispose();
}, 600_000);
