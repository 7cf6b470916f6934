import type { Database, Statement } from "better-sqlite3";
import { eq, is, Param, Placeholder, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../open.js";
import {
  articleFingerprints,
  articleSightings,
  articles,
  articleThemes,
  entities,
  indicators,
  mentions,
  meta,
  partnerships,
  personRoles,
  quotes,
  stories,
} from "../schema/index.js";
import { type EntityRow, entityId } from "./rows.js";

/** `{ a: sql.placeholder("a"), … }` for the named columns: the values of a prepared insert. */
function placeholders<K extends string>(keys: readonly K[]): Record<K, Placeholder<K>> {
  return Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)])) as Record<K, Placeholder<K>>;
}

type InsertColumn<T extends { $inferInsert: object }> = keyof Omit<T["$inferInsert"], "id"> & string;

/*
 * Every column an insert sets, listed once. The key list must name every insertable column of its table, or it does
 * not compile: a column added to a table fails tsc here until the statement sets it ("adding a column touches one
 * place").
 */
function everyColumn<T extends { $inferInsert: object }>() {
  return <const K extends readonly InsertColumn<T>[]>(
    keys: K &
      (Exclude<InsertColumn<T>, K[number]> extends never ? unknown : { missing: Exclude<InsertColumn<T>, K[number]> }),
  ): K => keys;
}

const articleKeys = everyColumn<typeof articles>()([
  "contentHash",
  "title",
  "outlet",
  "author",
  "source",
  "datelinePlace",
  "url",
  "language",
  "publishedAt",
  "publishedPrecision",
  "publishedSource",
  "publishedEvidence",
  "wordCount",
  "removedNoise",
  "sourcePath",
  "sourceFormat",
  "ingestedAt",
  "analyzerVersion",
  "storyId",
  "body",
  "rawText",
]);
const indicatorKeys = everyColumn<typeof indicators>()([
  "articleId",
  "key",
  "value",
  "of",
  "unit",
  "qualifier",
  "about",
  "sentence",
  "sentenceIndex",
  "start",
  "end",
  "publishedAt",
]);
const partnershipKeys = everyColumn<typeof partnerships>()([
  "articleId",
  "countryEntityId",
  "countryCode",
  "countryName",
  "level",
  "levelRank",
  "year",
  "yearSource",
  "sentence",
  "sentenceIndex",
  "start",
  "end",
  "publishedAt",
]);

/** Rows per multi-row insert: one statement per article's mentions or indicators, well under SQLite's variable limit. */
const ROWS_PER_STATEMENT = 64;

type Slot<K> = { row: number; key: K; column: { mapToDriverValue(value: unknown): unknown } };
type Prepared<K> = { statement: Statement; order: ReadonlyArray<Slot<K>> };
type MultiRowQuery = { toSQL(): { sql: string; params: unknown[] } };

/**
 * A statement over many rows of one table (`INSERT … VALUES (…), (…)`), rows in the given order so ids are assigned
 * as one insert per row would. One statement is prepared per row count met, up to `ROWS_PER_STATEMENT`; longer lists
 * are cut into chunks. The SQL is drizzle's, built once per row count from the table and key list; the values are
 * bound by position, which saves building a named-parameter object per row.
 */
class MultiRow<T extends SQLiteTable, K extends keyof T["$inferInsert"] & string> {
  private readonly prepared = new Map<number, Prepared<K>>();

  constructor(
    private readonly sqlite: Database,
    private readonly keys: readonly K[],
    /** The drizzle query for these rows of placeholders. */
    private readonly build: (rows: Array<Record<K, Placeholder>>) => MultiRowQuery,
  ) {}

  /** Runs the statement over `rows`, chunk by chunk, handing each chunk's statement and values to `run`. */
  each(rows: ReadonlyArray<Pick<T["$inferInsert"], K>>, run: (statement: Statement, values: unknown[]) => void): void {
    for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
      const count = Math.min(ROWS_PER_STATEMENT, rows.length - from);
      const { statement, order } = this.statement(count);
      const values: unknown[] = new Array(order.length);
      for (let p = 0; p < order.length; p++) {
        const { row, key, column } = order[p] as Slot<K>;
        const value = (rows[from + row] as Record<string, unknown>)[key];
        values[p] = value === undefined || value === null ? null : column.mapToDriverValue(value);
      }
      run(statement, values);
    }
  }

  /** The statement for `count` rows and, per `?` in its SQL, the row and column it takes. */
  private statement(count: number): Prepared<K> {
    let prepared = this.prepared.get(count);
    if (!prepared) {
      const rows = Array.from(
        { length: count },
        (_, i) =>
          Object.fromEntries(this.keys.map((key) => [key, sql.placeholder(`${i}:${key}`)])) as Record<K, Placeholder>,
      );
      const query = this.build(rows).toSQL();
      // Drizzle lists the values in the table's column order, each a placeholder with the column that encodes it.
      const order = query.params.map((param): Slot<K> => {
        if (!is(param, Param) || !is(param.value, Placeholder) || !param.encoder)
          throw new Error(`a value that is not a placeholder in ${query.sql}`);
        const name = param.value.name as string;
        const at = name.indexOf(":");
        const column = param.encoder as Slot<K>["column"];
        return { row: Number(name.slice(0, at)), key: name.slice(at + 1) as K, column };
      });
      prepared = { statement: this.sqlite.prepare(query.sql), order };
      this.prepared.set(count, prepared);
    }
    return prepared;
  }
}

/** Inserts many rows of one table in multi-row statements: an article's dozens of mentions cost one statement. */
export class RowInserter<T extends SQLiteTable, K extends keyof T["$inferInsert"] & string> {
  private readonly rows: MultiRow<T, K>;

  constructor(db: Db, sqlite: Database, table: T, keys: readonly K[]) {
    // biome-ignore lint/suspicious/noExplicitAny: the rows name this table's own columns, checked by the callers' key lists.
    this.rows = new MultiRow(sqlite, keys, (rows) => db.insert(table).values(rows as any));
  }

  insert(rows: ReadonlyArray<Pick<T["$inferInsert"], K>>): void {
    this.rows.each(rows, (statement, values) => statement.run(values));
  }
}

const entityKeys = ["type", "key", "name", "code", "acronym", "mentionCount"] as const satisfies ReadonlyArray<
  keyof EntityRow
>;

/**
 * Adds an article's entities, each counted once more (one article, its mentions), in one statement instead of one
 * per entity; answers each entity's id by type and key (`type` NUL `key`), as RETURNING rows come in no set order.
 */
export class EntityUpserter {
  private readonly rows: MultiRow<typeof entities, (typeof entityKeys)[number]>;

  constructor(db: Db, sqlite: Database) {
    this.rows = new MultiRow(sqlite, entityKeys, (rows) =>
      db
        .insert(entities)
        .values(rows.map((row) => ({ ...row, articleCount: sql`1` })))
        .onConflictDoUpdate({
          target: [entities.type, entities.key],
          set: {
            mentionCount: sql`${entities.mentionCount} + excluded.mention_count`,
            articleCount: sql`${entities.articleCount} + 1`,
            code: sql`coalesce(${entities.code}, excluded.code)`,
            acronym: sql`coalesce(${entities.acronym}, excluded.acronym)`,
          },
        })
        .returning({ id: entities.id, type: entities.type, key: entities.key }),
    );
  }

  /** The rows must name distinct (type, key) pairs. */
  upsert(rows: readonly EntityRow[]): Map<string, number> {
    const ids = new Map<string, number>();
    this.rows.each(rows, (statement, values) => {
      for (const row of statement.all(values) as Array<{ id: number; type: string; key: string }>) {
        ids.set(entityId(row.type, row.key), row.id);
      }
    });
    return ids;
  }
}

const mentionKeys = everyColumn<typeof mentions>()([
  "articleId",
  "entityId",
  "sentenceIndex",
  "start",
  "end",
  "surface",
]);
const roleKeys = everyColumn<typeof personRoles>()(["articleId", "entityId", "role", "start", "end"]);
const quoteKeys = everyColumn<typeof quotes>()(["articleId", "speakerEntityId", "speakerName", "text", "start", "end"]);
const themeKeys = everyColumn<typeof articleThemes>()(["articleId", "themeKey", "score"]);

/** The writer's statements, prepared once per connection: the hot path of ingest runs a dozen per article. */
export function prepareStatements(db: Db, sqlite: Database) {
  return {
    articleByHash: db
      .select({ id: articles.id, storyId: articles.storyId })
      .from(articles)
      .where(eq(articles.contentHash, sql.placeholder("contentHash")))
      .prepare(),
    insertStory: db
      .insert(stories)
      .values({ title: sql.placeholder("title"), articleCount: 0, createdAt: sql.placeholder("createdAt") })
      .returning({ id: stories.id })
      .prepare(),
    nameStory: db
      .update(stories)
      .set({ title: sql`coalesce(${stories.title}, ${sql.placeholder("title")})` })
      .where(eq(stories.id, sql.placeholder("id")))
      .prepare(),
    insertArticle: db.insert(articles).values(placeholders(articleKeys)).returning({ id: articles.id }).prepare(),
    updateArticle: db
      .update(articles)
      .set({
        body: sql`${sql.placeholder("body")}`,
        removedNoise: sql`${sql.placeholder("removedNoise")}`,
        wordCount: sql`${sql.placeholder("wordCount")}`,
        analyzerVersion: sql`${sql.placeholder("analyzerVersion")}`,
        source: sql`${sql.placeholder("source")}`,
        datelinePlace: sql`${sql.placeholder("datelinePlace")}`,
        publishedAt: sql`${sql.placeholder("publishedAt")}`,
        publishedPrecision: sql`${sql.placeholder("publishedPrecision")}`,
        publishedSource: sql`${sql.placeholder("publishedSource")}`,
        publishedEvidence: sql`${sql.placeholder("publishedEvidence")}`,
      })
      .where(eq(articles.id, sql.placeholder("id")))
      .prepare(),
    insertSighting: db
      .insert(articleSightings)
      .values(placeholders(["articleId", "sourcePath", "url", "outlet", "seenAt"] as const))
      .prepare(),
    insertFingerprint: db
      .insert(articleFingerprints)
      .values(placeholders(everyColumn<typeof articleFingerprints>()(["articleId", "minhash", "features", "lshKeys"])))
      .prepare(),
    upsertEntities: new EntityUpserter(db, sqlite),
    insertMentions: new RowInserter(db, sqlite, mentions, mentionKeys),
    insertRoles: new RowInserter(db, sqlite, personRoles, roleKeys),
    insertIndicators: new RowInserter(db, sqlite, indicators, indicatorKeys),
    insertPartnerships: new RowInserter(db, sqlite, partnerships, partnershipKeys),
    insertQuotes: new RowInserter(db, sqlite, quotes, quoteKeys),
    insertThemes: new RowInserter(db, sqlite, articleThemes, themeKeys),
    changeStamp: db.select({ value: meta.value }).from(meta).where(eq(meta.key, "last_changed_at")).prepare(),
    setChangeStamp: db
      .insert(meta)
      .values({ key: "last_changed_at", value: sql.placeholder("value") })
      .onConflictDoUpdate({ target: meta.key, set: { value: sql`excluded.value` } })
      .prepare(),
  };
}

export type WriterStatements = ReturnType<typeof prepareStatements>;
