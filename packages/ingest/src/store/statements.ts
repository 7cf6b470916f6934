import type { ChanceryDatabase } from "@chancery/db";
import type Database from "better-sqlite3";

/*
 * The hot path of ingest (storing, and finding an article's story) runs a dozen statements per article; preparing them once per connection instead of
 * building SQL for every row is what keeps storing cheaper than analysing. Table and column names follow
 * the drizzle schema in packages/db, whose migrations create them.
 */
export interface StoreStatements {
  articleByHash: Database.Statement<[string], { id: number; story_id: number | null }>;
  insertStory: Database.Statement<[string | null, string], { id: number }>;
  joinStory: Database.Statement<[string | null, number]>;
  insertArticle: Database.Statement<unknown[], { id: number }>;
  insertSighting: Database.Statement<[number, string | null, string | null, string | null, string]>;
  insertFingerprint: Database.Statement<[number, Buffer, string]>;
  insertBucket: Database.Statement<[number, string, number]>;
  upsertEntity: Database.Statement<[string, string, string, string | null, string | null, number], { id: number }>;
  insertMention: Database.Statement<[number, number, number, number, number, string]>;
  insertRole: Database.Statement<[number, number, string, number, number]>;
  insertIndicator: Database.Statement<unknown[]>;
  insertPartnership: Database.Statement<unknown[]>;
  insertQuote: Database.Statement<[number, number | null, string | null, string, number, number]>;
  insertTheme: Database.Statement<[number, string, number]>;
  bumpCounter: Database.Statement<[string, string, number]>;
  setMeta: Database.Statement<[string, string]>;
  bucketMembers: Database.Statement<[number, string, number], { article_id: number }>;
  storedFingerprint: Database.Statement<[number], { minhash: Buffer; features: string; story_id: number | null }>;
}

const cache = new WeakMap<Database.Database, StoreStatements>();

export function storeStatements(database: ChanceryDatabase): StoreStatements {
  const { sqlite } = database;
  let statements = cache.get(sqlite);
  if (statements) return statements;
  statements = {
    articleByHash: sqlite.prepare("SELECT id, story_id FROM articles WHERE content_hash = ?"),
    insertStory: sqlite.prepare("INSERT INTO stories (title, article_count, created_at) VALUES (?, 1, ?) RETURNING id"),
    joinStory: sqlite.prepare(
      "UPDATE stories SET article_count = article_count + 1, title = coalesce(title, ?) WHERE id = ?",
    ),
    insertArticle: sqlite.prepare(
      `INSERT INTO articles (content_hash, title, outlet, author, url, language, published_at, published_precision,
         published_source, published_evidence, word_count, removed_noise, source_path, source_format, ingested_at,
         analyzer_version, story_id, body, raw_text)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ),
    insertSighting: sqlite.prepare(
      "INSERT INTO article_sightings (article_id, source_path, url, outlet, seen_at) VALUES (?, ?, ?, ?, ?)",
    ),
    insertFingerprint: sqlite.prepare(
      "INSERT INTO article_fingerprints (article_id, minhash, features) VALUES (?, ?, ?)",
    ),
    insertBucket: sqlite.prepare("INSERT OR IGNORE INTO lsh_buckets (band, bucket, article_id) VALUES (?, ?, ?)"),
    upsertEntity: sqlite.prepare(
      `INSERT INTO entities (type, key, name, code, acronym, mention_count, article_count) VALUES (?, ?, ?, ?, ?, ?, 1)
       ON CONFLICT (type, key) DO UPDATE SET mention_count = mention_count + excluded.mention_count,
         article_count = article_count + 1, code = coalesce(code, excluded.code),
         acronym = coalesce(acronym, excluded.acronym)
       RETURNING id`,
    ),
    insertMention: sqlite.prepare(
      'INSERT INTO mentions (article_id, entity_id, sentence_index, start, "end", surface) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertRole: sqlite.prepare(
      'INSERT INTO person_roles (article_id, entity_id, role, start, "end") VALUES (?, ?, ?, ?, ?)',
    ),
    insertIndicator: sqlite.prepare(
      `INSERT INTO indicators (article_id, key, value, "of", unit, qualifier, about, sentence, sentence_index, start, "end",
         published_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertPartnership: sqlite.prepare(
      `INSERT INTO partnerships (article_id, country_entity_id, country_code, country_name, level, level_rank, year,
         year_source, sentence, sentence_index, start, "end")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertQuote: sqlite.prepare(
      'INSERT INTO quotes (article_id, speaker_entity_id, speaker_name, text, start, "end") VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertTheme: sqlite.prepare("INSERT INTO article_themes (article_id, theme_key, score) VALUES (?, ?, ?)"),
    bumpCounter: sqlite.prepare(
      "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + ?",
    ),
    setMeta: sqlite.prepare(
      "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ),
    bucketMembers: sqlite.prepare(
      "SELECT article_id FROM lsh_buckets WHERE band = ? AND bucket = ? ORDER BY article_id DESC LIMIT ?",
    ),
    storedFingerprint: sqlite.prepare(
      `SELECT f.minhash, f.features, a.story_id FROM article_fingerprints f JOIN articles a ON a.id = f.article_id
       WHERE f.article_id = ?`,
    ),
  };
  cache.set(sqlite, statements);
  return statements;
}
