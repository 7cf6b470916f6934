import { eq, type Placeholder, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Db } from "../open.js";
import {
  articleFingerprints,
  articleSightings,
  articles,
  articleThemes,
  entities,
  indicators,
  lshBuckets,
  mentions,
  meta,
  partnerships,
  personRoles,
  quotes,
  stories,
} from "../schema/index.js";

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
]);

/** Rows per multi-row insert: one statement per article's mentions or buckets, well under SQLite's variable limit. */
const ROWS_PER_STATEMENT = 64;

/**
 * Inserts many rows of one table in multi-row statements (`INSERT … VALUES (…), (…)`), rows in the given order so
 * ids are assigned as one insert per row would. One statement is prepared per row count met, up to
 * `ROWS_PER_STATEMENT`; longer lists are cut into chunks. An article's dozens of mentions or LSH buckets then cost
 * one statement instead of one each.
 */
export class RowInserter<T extends SQLiteTable, K extends keyof T["$inferInsert"] & string> {
  private readonly prepared = new Map<number, { run(values: Record<string, unknown>): unknown }>();

  constructor(
    private readonly db: Db,
    private readonly table: T,
    private readonly keys: readonly K[],
    private readonly ignoreConflicts = false,
  ) {}

  insert(rows: ReadonlyArray<Pick<T["$inferInsert"], K>>): void {
    for (let from = 0; from < rows.length; from += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(from, from + ROWS_PER_STATEMENT);
      const values: Record<string, unknown> = {};
      for (const [i, row] of chunk.entries()) for (const key of this.keys) values[`${key}_${i}`] = row[key];
      this.statement(chunk.length).run(values);
    }
  }

  private statement(count: number): { run(values: Record<string, unknown>): unknown } {
    let statement = this.prepared.get(count);
    if (!statement) {
      const rows = Array.from({ length: count }, (_, i) =>
        Object.fromEntries(this.keys.map((key) => [key, sql.placeholder(`${key}_${i}`)])),
      );
      // biome-ignore lint/suspicious/noExplicitAny: the rows name this table's own columns, checked by the callers' key lists.
      const insert = this.db.insert(this.table).values(rows as any);
      statement = (this.ignoreConflicts ? insert.onConflictDoNothing() : insert).prepare();
      this.prepared.set(count, statement);
    }
    return statement;
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
const bucketKeys = everyColumn<typeof lshBuckets>()(["band", "bucket", "articleId"]);
const themeKeys = everyColumn<typeof articleThemes>()(["articleId", "themeKey", "score"]);

/** The writer's statements, prepared once per connection: the hot path of ingest runs a dozen per article. */
export function prepareStatements(db: Db) {
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
      .values(placeholders(["articleId", "minhash", "features"] as const))
      .prepare(),
    insertBuckets: new RowInserter(db, lshBuckets, bucketKeys, true),
    upsertEntity: db
      .insert(entities)
      .values({
        ...placeholders(["type", "key", "name", "code", "acronym", "mentionCount"] as const),
        articleCount: 1,
      })
      .onConflictDoUpdate({
        target: [entities.type, entities.key],
        set: {
          mentionCount: sql`${entities.mentionCount} + excluded.mention_count`,
          articleCount: sql`${entities.articleCount} + 1`,
          code: sql`coalesce(${entities.code}, excluded.code)`,
          acronym: sql`coalesce(${entities.acronym}, excluded.acronym)`,
        },
      })
      .returning({ id: entities.id })
      .prepare(),
    insertMentions: new RowInserter(db, mentions, mentionKeys),
    insertRoles: new RowInserter(db, personRoles, roleKeys),
    insertIndicators: new RowInserter(db, indicators, indicatorKeys),
    insertPartnership: db.insert(partnerships).values(placeholders(partnershipKeys)).prepare(),
    insertQuote: db
      .insert(quotes)
      .values(placeholders(["articleId", "speakerEntityId", "speakerName", "text", "start", "end"] as const))
      .prepare(),
    insertThemes: new RowInserter(db, articleThemes, themeKeys),
    changeStamp: db.select({ value: meta.value }).from(meta).where(eq(meta.key, "last_changed_at")).prepare(),
    setChangeStamp: db
      .insert(meta)
      .values({ key: "last_changed_at", value: sql.placeholder("value") })
      .onConflictDoUpdate({ target: meta.key, set: { value: sql`excluded.value` } })
      .prepare(),
  };
}

export type WriterStatements = ReturnType<typeof prepareStatements>;
