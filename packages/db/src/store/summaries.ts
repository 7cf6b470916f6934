import type { Database, Statement } from "better-sqlite3";

/*
 * The corpus-wide summaries (schema/summaries.ts), kept by the writer in the transaction that changes the findings:
 * after a commit group's rows are written, one grouped statement per summary adds the group's share; before an
 * article's findings are deleted, the same grouping takes its share out. Until migration 0023 triggers did this, a
 * few small upserts per finding row; the results are the same rows (ids of new figures and outlets are given in
 * the order the triggers gave them: that of each one's first finding).
 */

/** The period of date column `d` at granularity `g` on the one time model: `''` when undated, and for `all`. */
function period(d: string, g: string): string {
  return `CASE ${g}
    WHEN 'month' THEN coalesce(CASE WHEN length(${d}) >= 7 THEN substr(${d}, 1, 7) ELSE ${d} END, '')
    WHEN 'quarter' THEN coalesce(CASE WHEN length(${d}) >= 7 THEN substr(${d}, 1, 4) || '-Q' || ((CAST(substr(${d}, 6, 2) AS INTEGER) + 2) / 3) ELSE ${d} END, '')
    WHEN 'year' THEN coalesce(substr(${d}, 1, 4), '')
    ELSE '' END`;
}

const GRANULARITIES = `(SELECT 'month' AS g UNION ALL SELECT 'quarter' UNION ALL SELECT 'year')`;
const STORY_GRANULARITIES = `(SELECT 'month' AS g UNION ALL SELECT 'quarter' UNION ALL SELECT 'year' UNION ALL SELECT 'all')`;
/**
 * What the two dialects spell differently, and only that: null-safe equality (`IS` in SQLite, `IS NOT DISTINCT FROM`
 * in PostgreSQL); and "no row in a table for this one", which PostgreSQL's planner turns from `NOT EXISTS` into a
 * hash anti-join over a scan of the whole table (for `theme_story_periods`, a cost that grew with the corpus), so it
 * is written there as a subquery it keeps per row, one probe of the primary key each. Parameters are written `@name`
 * in both; `toPostgres` numbers them for PostgreSQL.
 */
interface Dialect {
  same(a: string, b: string): string;
  noRow(select1: string): string;
}
const SQLITE: Dialect = { same: (a, b) => `${a} IS ${b}`, noRow: (select1) => `NOT EXISTS (${select1})` };
const POSTGRES: Dialect = {
  same: (a, b) => `${a} IS NOT DISTINCT FROM ${b}`,
  noRow: (select1) => `(${select1} LIMIT 1) IS NULL`,
};

const SAME_FIGURE = (dialect: Dialect, f: string, d: string) =>
  `${f}.key = ${d}.key AND ${f}.value = ${d}.value AND ${dialect.same(`${f}."of"`, `${d}."of"`)} AND ${dialect.same(`${f}.unit`, `${d}.unit`)}`;

/**
 * Statements over the findings of some articles: `@lo`…`@hi` when adding (a commit group's new articles, or one
 * article), `@lo` = `@hi` = the article when taking one out.
 */
const KEYED = `SELECT * FROM indicators WHERE article_id BETWEEN @lo AND @hi AND key IS NOT NULL`;
/** Each figure once per article (and date), with its first finding: an article counts once for a figure. */
const PER_ARTICLE = `d AS (SELECT key, value, "of", unit, article_id, published_at, min(id) AS first FROM indicators
  WHERE article_id BETWEEN @lo AND @hi AND key IS NOT NULL GROUP BY key, value, "of", unit, article_id, published_at)`;
const PER_OUTLET = (dialect: Dialect) => `SELECT f.id AS figure_id, a.outlet, count(*) AS n, min(d.first) AS first
  FROM d JOIN indicator_figures f ON ${SAME_FIGURE(dialect, "f", "d")} JOIN articles a ON a.id = d.article_id GROUP BY f.id, a.outlet`;
const PER_PERIOD = `SELECT i.key, g.g AS granularity, ${period("i.published_at", "g.g")} AS period, count(*) AS n
  FROM (${KEYED}) i, ${GRANULARITIES} g WHERE true GROUP BY 1, 2, 3`;
const PER_FIGURE_PERIOD = (
  dialect: Dialect,
) => `SELECT f.id AS figure_id, g.g AS granularity, ${period("d.published_at", "g.g")} AS period, count(*) AS n
  FROM d JOIN indicator_figures f ON ${SAME_FIGURE(dialect, "f", "d")}, ${GRANULARITIES} g WHERE true GROUP BY 1, 2, 3`;
const PER_FIGURE = `SELECT key, value, "of", unit, count(*) AS n, sum(CASE WHEN published_at IS NULL THEN 1 ELSE 0 END) AS u, min(first) AS first
  FROM d GROUP BY key, value, "of", unit`;
const KEYS_OF = `SELECT DISTINCT key FROM indicators WHERE article_id BETWEEN @lo AND @hi AND key IS NOT NULL`;

/**
 * Theme contributions: each article's themes (with `@findings`) and, with `@article`, the article itself under the
 * theme `''`, at its date and story, in every story granularity.
 */
const THEME_ROWS = `c AS (
  SELECT t.theme_key AS k, a.published_at, coalesce(a.story_id, -a.id) AS story
    FROM article_themes t JOIN articles a ON a.id = t.article_id WHERE @findings AND t.article_id BETWEEN @lo AND @hi
  UNION ALL SELECT '', published_at, coalesce(story_id, -id) FROM articles WHERE @article AND id BETWEEN @lo AND @hi),
  cg AS (SELECT c.k, g.g, ${period("c.published_at", "g.g")} AS period, c.story FROM c, ${STORY_GRANULARITIES} g)`;

function addStatements(dialect: Dialect): string[] {
  return [
    // Indicators: findings per key and per key and period.
    `INSERT INTO indicator_keys (key, findings, figures) SELECT key, count(*), 0 FROM (${KEYED}) k WHERE true GROUP BY key
    ON CONFLICT (key) DO UPDATE SET findings = indicator_keys.findings + excluded.findings`,
    `INSERT INTO indicator_periods (key, granularity, period, findings) SELECT key, granularity, period, n FROM (${PER_PERIOD}) p WHERE true
    ON CONFLICT (key, granularity, period) DO UPDATE SET findings = indicator_periods.findings + excluded.findings`,
    // Figures: a key counts its new figures, figures known already count the articles, new ones are added in the order
    // of their first finding (the order one insert per finding gave them their ids).
    `WITH ${PER_ARTICLE} UPDATE indicator_keys SET figures = figures + n.c FROM (
     SELECT key, count(*) AS c FROM (${PER_FIGURE}) x
     WHERE NOT EXISTS (SELECT 1 FROM indicator_figures f WHERE ${SAME_FIGURE(dialect, "f", "x")}) GROUP BY key) n
   WHERE indicator_keys.key = n.key`,
    `WITH ${PER_ARTICLE} UPDATE indicator_figures SET articles = articles + x.n, undated = undated + x.u FROM (${PER_FIGURE}) x
   WHERE ${SAME_FIGURE(dialect, "indicator_figures", "x")}`,
    `WITH ${PER_ARTICLE} INSERT INTO indicator_figures (key, value, "of", unit, articles, undated)
   SELECT key, value, "of", unit, n, u FROM (${PER_FIGURE}) x
   WHERE NOT EXISTS (SELECT 1 FROM indicator_figures f WHERE ${SAME_FIGURE(dialect, "f", "x")}) ORDER BY first`,
    `WITH ${PER_ARTICLE} INSERT INTO indicator_figure_periods (figure_id, key, granularity, period, value, "of", unit, articles)
   SELECT f.id, f.key, p.granularity, p.period, f.value, f."of", f.unit, p.n FROM (${PER_FIGURE_PERIOD(dialect)}) p
   JOIN indicator_figures f ON f.id = p.figure_id WHERE true
   ON CONFLICT (figure_id, granularity, period) DO UPDATE SET articles = indicator_figure_periods.articles + excluded.articles`,
    `WITH ${PER_ARTICLE} UPDATE indicator_figure_outlets SET articles = articles + o.n FROM (${PER_OUTLET(dialect)}) o
   WHERE indicator_figure_outlets.figure_id = o.figure_id AND ${dialect.same("indicator_figure_outlets.outlet", "o.outlet")}`,
    `WITH ${PER_ARTICLE} INSERT INTO indicator_figure_outlets (figure_id, outlet, articles)
   SELECT figure_id, outlet, n FROM (${PER_OUTLET(dialect)}) o
   WHERE NOT EXISTS (SELECT 1 FROM indicator_figure_outlets e WHERE e.figure_id = o.figure_id AND ${dialect.same("e.outlet", "o.outlet")})
   ORDER BY first`,
    // Partnership statements per country.
    `INSERT INTO partnership_countries (country_code, statements)
   SELECT country_code, count(*) FROM partnerships WHERE article_id BETWEEN @lo AND @hi GROUP BY country_code
   ON CONFLICT (country_code) DO UPDATE SET statements = partnership_countries.statements + excluded.statements`,
    // Articles per entity and date.
    `INSERT INTO entity_dates (entity_id, published_at, articles)
   SELECT m.entity_id, coalesce(a.published_at, ''), count(DISTINCT m.article_id)
   FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.article_id BETWEEN @lo AND @hi GROUP BY 1, 2
   ON CONFLICT (entity_id, published_at) DO UPDATE SET articles = entity_dates.articles + excluded.articles`,
    // Stories per theme and period: a period counts the stories it had no version of before.
    `WITH ${THEME_ROWS} INSERT INTO theme_periods (theme_key, granularity, period, stories)
   SELECT k, g, period, count(DISTINCT story) FROM cg
   WHERE ${dialect.noRow(`SELECT 1 FROM theme_story_periods s
     WHERE s.theme_key = cg.k AND s.granularity = cg.g AND s.period = cg.period AND s.story = cg.story`)}
   GROUP BY 1, 2, 3
   ON CONFLICT (theme_key, granularity, period) DO UPDATE SET stories = theme_periods.stories + excluded.stories`,
    `WITH ${THEME_ROWS} INSERT INTO theme_story_periods (theme_key, granularity, period, story, articles)
   SELECT k, g, period, story, count(*) FROM cg WHERE true GROUP BY 1, 2, 3, 4
   ON CONFLICT (theme_key, granularity, period, story) DO UPDATE SET articles = theme_story_periods.articles + excluded.articles`,
  ];
}

/** The same, taken out for `@lo` = `@hi` = one article, before its findings (or itself) are deleted. */
const subtractFindings = (dialect: Dialect) => [
  `UPDATE indicator_figure_outlets SET articles = articles - o.n FROM (WITH ${PER_ARTICLE} ${PER_OUTLET(dialect)}) o
   WHERE indicator_figure_outlets.figure_id = o.figure_id AND ${dialect.same("indicator_figure_outlets.outlet", "o.outlet")}`,
  `WITH ${PER_ARTICLE} DELETE FROM indicator_figure_outlets WHERE articles = 0
   AND figure_id IN (SELECT f.id FROM d JOIN indicator_figures f ON ${SAME_FIGURE(dialect, "f", "d")})`,
  `UPDATE indicator_figure_periods SET articles = articles - p.n FROM (WITH ${PER_ARTICLE} ${PER_FIGURE_PERIOD(dialect)}) p
   WHERE indicator_figure_periods.figure_id = p.figure_id AND indicator_figure_periods.granularity = p.granularity
     AND indicator_figure_periods.period = p.period`,
  `WITH ${PER_ARTICLE} DELETE FROM indicator_figure_periods WHERE articles = 0
   AND figure_id IN (SELECT f.id FROM d JOIN indicator_figures f ON ${SAME_FIGURE(dialect, "f", "d")})`,
  `UPDATE indicator_figures SET articles = articles - x.n, undated = undated - x.u FROM (WITH ${PER_ARTICLE} ${PER_FIGURE}) x
   WHERE ${SAME_FIGURE(dialect, "indicator_figures", "x")}`,
  `UPDATE indicator_keys SET figures = figures - z.c FROM (
     SELECT key, count(*) AS c FROM indicator_figures WHERE articles = 0 AND key IN (${KEYS_OF}) GROUP BY key) z
   WHERE indicator_keys.key = z.key`,
  `DELETE FROM indicator_figures WHERE articles = 0 AND key IN (${KEYS_OF})`,
  `UPDATE indicator_periods SET findings = findings - p.n FROM (${PER_PERIOD}) p
   WHERE indicator_periods.key = p.key AND indicator_periods.granularity = p.granularity AND indicator_periods.period = p.period`,
  `DELETE FROM indicator_periods WHERE findings = 0 AND (key, granularity, period) IN (SELECT key, granularity, period FROM (${PER_PERIOD}) p)`,
  `UPDATE indicator_keys SET findings = findings - c.n FROM (SELECT key, count(*) AS n FROM (${KEYED}) k GROUP BY key) c
   WHERE indicator_keys.key = c.key`,
  `DELETE FROM indicator_keys WHERE findings = 0 AND key IN (${KEYS_OF})`,
  `UPDATE partnership_countries SET statements = statements - c.n FROM (
     SELECT country_code, count(*) AS n FROM partnerships WHERE article_id BETWEEN @lo AND @hi GROUP BY country_code) c
   WHERE partnership_countries.country_code = c.country_code`,
  `DELETE FROM partnership_countries WHERE statements = 0
   AND country_code IN (SELECT country_code FROM partnerships WHERE article_id BETWEEN @lo AND @hi)`,
  `UPDATE entity_dates SET articles = articles - 1
   WHERE published_at = (SELECT coalesce(published_at, '') FROM articles WHERE id = @lo)
     AND entity_id IN (SELECT entity_id FROM mentions WHERE article_id = @lo)`,
  `DELETE FROM entity_dates WHERE articles = 0
   AND published_at = (SELECT coalesce(published_at, '') FROM articles WHERE id = @lo)
   AND entity_id IN (SELECT entity_id FROM mentions WHERE article_id = @lo)`,
];

/** Takes an article's theme rows out (its themes with `@findings`, itself under `''` with `@article`). */
const SUBTRACT_THEMES = [
  `WITH ${THEME_ROWS} UPDATE theme_story_periods SET articles = articles - 1
   WHERE (theme_key, granularity, period, story) IN (SELECT k, g, period, story FROM cg)`,
  `WITH ${THEME_ROWS} UPDATE theme_periods SET stories = stories - 1
   WHERE (theme_key, granularity, period) IN (SELECT s.theme_key, s.granularity, s.period FROM cg
     JOIN theme_story_periods s ON s.theme_key = cg.k AND s.granularity = cg.g AND s.period = cg.period AND s.story = cg.story
     WHERE s.articles = 0)`,
  `WITH ${THEME_ROWS} DELETE FROM theme_story_periods
   WHERE articles = 0 AND (theme_key, granularity, period, story) IN (SELECT k, g, period, story FROM cg)`,
  `WITH ${THEME_ROWS} DELETE FROM theme_periods
   WHERE stories = 0 AND (theme_key, granularity, period) IN (SELECT k, g, period FROM cg)`,
];

/** The statements that add a group's share on PostgreSQL, each with its `@name` parameters numbered (`$1`…). */
export const postgresSummaryAdds: ReadonlyArray<{ text: string; names: string[] }> =
  addStatements(POSTGRES).map(toPostgres);

/** The statements that take one article's findings out on PostgreSQL (`removingFindings`), numbered likewise. */
export const postgresSummarySubtracts: ReadonlyArray<{ text: string; names: string[] }> = [
  ...subtractFindings(POSTGRES),
  ...SUBTRACT_THEMES,
].map(toPostgres);

/** The statements that take one article itself out on PostgreSQL (`removingArticle`: `@findings` false, `@article` true). */
export const postgresArticleSubtracts: ReadonlyArray<{ text: string; names: string[] }> =
  SUBTRACT_THEMES.map(toPostgres);

/** `@name` parameters as PostgreSQL's `$n`, numbered in order of first use (a parameter not used is not sent). */
export function toPostgres(text: string): { text: string; names: string[] } {
  const names: string[] = [];
  const numbered = text.replace(/@(\w+)/g, (_, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text: numbered, names };
}

/** Keeps the summaries: the only code that writes them after the migrations filled them. */
export class SummaryKeeper {
  private readonly add: Statement[];
  private readonly subtractFindings: Statement[];
  private readonly subtractThemes: Statement[];

  constructor(sqlite: Database) {
    this.add = addStatements(SQLITE).map((sql) => sqlite.prepare(sql));
    this.subtractFindings = subtractFindings(SQLITE).map((sql) => sqlite.prepare(sql));
    this.subtractThemes = SUBTRACT_THEMES.map((sql) => sqlite.prepare(sql));
  }

  /**
   * Adds the findings of the articles `lo`…`hi`, all written since the last call, and with `articles` the articles
   * themselves (new ones, or one whose date or story the caller took out and changed).
   */
  added(lo: number, hi: number, articles: boolean): void {
    if (hi < lo) return;
    const params = { lo, hi, findings: 1, article: articles ? 1 : 0 };
    for (const statement of this.add) statement.run(params);
  }

  /** Takes an article's findings out, before they are deleted. */
  removingFindings(articleId: number): void {
    const params = { lo: articleId, hi: articleId, findings: 1, article: 0 };
    for (const statement of this.subtractFindings) statement.run(params);
    for (const statement of this.subtractThemes) statement.run(params);
  }

  /** Takes the article itself out of the counts of every article (theme `''`), before it is deleted or moved. */
  removingArticle(articleId: number): void {
    const params = { lo: articleId, hi: articleId, findings: 0, article: 1 };
    for (const statement of this.subtractThemes) statement.run(params);
  }
}
