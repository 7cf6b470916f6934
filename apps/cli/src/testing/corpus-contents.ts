import { openPostgres } from "@chancery/db/postgres";
import Database from "better-sqlite3";
import { expect } from "vitest";

/*
 * A corpus's contents, the same for both backends (the tests of ingest and reanalyze on PostgreSQL compare them with
 * SQLite's): test support, not built into the CLI.
 */

export type Row = Record<string, string | null>;
type Id = string | null | undefined;
/** Runs a query written the same for both backends. */
export type Read = (query: string) => Promise<Row[]>;

/** Every value as text, the same for both drivers: numbers in decimal, blobs in hex. */
function plain(row: Record<string, unknown>): Row {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      v === null || v === undefined ? null : Buffer.isBuffer(v) ? v.toString("hex") : String(v),
    ]),
  );
}

export const sqliteReader =
  (file: string): Read =>
  async (query) => {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare(query).all() as Record<string, unknown>[]).map(plain);
    } finally {
      db.close();
    }
  };

export const postgresReader =
  (url: string): Read =>
  async (query) => {
    const database = await openPostgres(url);
    try {
      return (await database.pool.query(query)).rows.map(plain);
    } finally {
      await database.close();
    }
  };

/**
 * A database's contents with its ids replaced by what they stand for (an article by its content hash, a story by
 * its articles' hashes, an entity by type and key, a figure by its value), so two databases that stored the same
 * things in another order, or on another backend, compare equal table by table.
 */
export async function contents(query: Read): Promise<Record<string, string[]>> {
  const read = (table: string) => query(`SELECT * FROM ${table}`);
  const articles = await read("articles");
  const hash = new Map(articles.map((a) => [a.id, a.content_hash]));
  const members = new Map<Id, string[]>();
  for (const a of articles) members.set(a.story_id, [...(members.get(a.story_id) ?? []), a.content_hash ?? ""]);
  const story = (id: Id) => (members.get(id) ?? [`empty story ${id}`]).sort().join("+");
  const entities = await read("entities");
  const entity = new Map(entities.map((e) => [e.id, `${e.type}:${e.key}`]));
  const figures = await read("indicator_figures");
  const figure = new Map(figures.map((f) => [f.id, `${f.key}|${f.value}|${f.of}|${f.unit}`]));
  const swap = (row: Row, drop: string[], ids: Record<string, (id: Id) => string | null | undefined>) => {
    const out: Row = {};
    // Columns by name: SQLite appends a column added by a later migration, the derived table keeps schema order.
    for (const [k, v] of Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (drop.includes(k)) continue;
      const map = ids[k];
      out[k] = map ? (map(v) ?? `missing ${v}`) : v;
    }
    return JSON.stringify(out);
  };
  const byArticle = { article_id: (id: Id) => hash.get(id) };
  const table = async (name: string, drop: string[], ids: Parameters<typeof swap>[2] = {}) =>
    (await read(name)).map((row) => swap(row, drop, ids)).sort();
  const ofArticle = { ...byArticle, entity_id: (id: Id) => entity.get(id) };
  return {
    // `search` is PostgreSQL's own full-text column, as FTS5's tables are SQLite's.
    articles: articles.map((a) => swap(a, ["id", "ingested_at", "search"], { story_id: story })).sort(),
    stories: (await read("stories")).map((s) => swap(s, ["created_at"], { id: story })).sort(),
    // As a set: a file read by two processes at once, or again after a kill, is one more sighting of the same copy.
    article_sightings: [...new Set(await table("article_sightings", ["id", "seen_at"], byArticle))],
    article_fingerprints: await table("article_fingerprints", [], byArticle),
    // Split in SQL: a row id is a 63-bit integer, beyond a JavaScript number's exact range.
    lsh_keys: (await query("SELECT id >> 31 AS bucket, id & 2147483647 AS article FROM lsh_keys"))
      .map((r) => `${r.bucket}:${hash.get(r.article)}`)
      .sort(),
    entities: entities.map((e) => swap(e, ["id"], {})).sort(),
    mentions: await table("mentions", ["id"], ofArticle),
    person_roles: await table("person_roles", ["id"], ofArticle),
    indicators: await table("indicators", ["id"], byArticle),
    partnerships: await table("partnerships", ["id"], { ...byArticle, country_entity_id: (id) => entity.get(id) }),
    quotes: await table("quotes", ["id"], { ...byArticle, speaker_entity_id: (id) => entity.get(id) }),
    article_themes: await table("article_themes", [], byArticle),
    indicator_keys: await table("indicator_keys", []),
    indicator_periods: await table("indicator_periods", []),
    indicator_figures: figures.map((f) => swap(f, ["id"], {})).sort(),
    indicator_figure_periods: await table("indicator_figure_periods", [], { figure_id: (id) => figure.get(id) }),
    indicator_figure_outlets: await table("indicator_figure_outlets", ["id"], { figure_id: (id) => figure.get(id) }),
    partnership_countries: await table("partnership_countries", []),
    entity_dates: await table("entity_dates", [], { entity_id: (id) => entity.get(id) }),
    theme_periods: await table("theme_periods", []),
    theme_story_periods: await table("theme_story_periods", [], {
      story: (id) => (Number(id) < 0 ? hash.get(String(-Number(id))) : story(id)),
    }),
    ingest_outcomes: await table("ingest_outcomes", ["id", "recorded_at"], byArticle),
    meta: (await read("meta"))
      .filter((m) => m.key !== "last_changed_at")
      .map((m) => `${m.key}=${m.value}`)
      .sort(),
  };
}

/** Each table compared on its own, so a failure names the table that differs. */
export function expectSameContents(actual: Record<string, string[]>, expected: Record<string, string[]>): void {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const [name, rows] of Object.entries(expected)) expect(actual[name], name).toEqual(rows);
}
