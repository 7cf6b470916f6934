import { eq, type Placeholder, sql } from "drizzle-orm";
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
    insertBucket: db
      .insert(lshBuckets)
      .values(placeholders(["band", "bucket", "articleId"] as const))
      .onConflictDoNothing()
      .prepare(),
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
    insertMention: db
      .insert(mentions)
      .values(placeholders(["articleId", "entityId", "sentenceIndex", "start", "end", "surface"] as const))
      .prepare(),
    insertRole: db
      .insert(personRoles)
      .values(placeholders(["articleId", "entityId", "role", "start", "end"] as const))
      .prepare(),
    insertIndicator: db.insert(indicators).values(placeholders(indicatorKeys)).prepare(),
    insertPartnership: db.insert(partnerships).values(placeholders(partnershipKeys)).prepare(),
    insertQuote: db
      .insert(quotes)
      .values(placeholders(["articleId", "speakerEntityId", "speakerName", "text", "start", "end"] as const))
      .prepare(),
    insertTheme: db
      .insert(articleThemes)
      .values(placeholders(["articleId", "themeKey", "score"] as const))
      .prepare(),
    changeStamp: db.select({ value: meta.value }).from(meta).where(eq(meta.key, "last_changed_at")).prepare(),
    setChangeStamp: db
      .insert(meta)
      .values({ key: "last_changed_at", value: sql.placeholder("value") })
      .onConflictDoUpdate({ target: meta.key, set: { value: sql`excluded.value` } })
      .prepare(),
  };
}

export type WriterStatements = ReturnType<typeof prepareStatements>;
