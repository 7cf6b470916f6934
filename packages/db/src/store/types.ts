import type { articles, entities, indicators, mentions, partnerships, personRoles, quotes } from "../schema/index.js";

/*
 * What the writer is given, derived from the tables: a column added to a table shows up here, and every caller
 * that builds one of these fails to compile until it says what goes in it.
 */
type Insert<T extends { $inferInsert: unknown }> = T["$inferInsert"];

/** Columns of an article that the caller decides; ids, story, ingest time and totals are the writer's. */
export type ArticleColumns = Required<Omit<Insert<typeof articles>, "id" | "storyId" | "ingestedAt">>;

type Offsets = Required<Pick<Insert<typeof mentions>, "sentenceIndex" | "start" | "end">>;

export interface EntityToStore
  extends Required<Pick<Insert<typeof entities>, "type" | "key" | "name" | "code" | "acronym">> {
  mentions: ReadonlyArray<Offsets & Required<Pick<Insert<typeof mentions>, "surface">>>;
  roles: ReadonlyArray<Required<Pick<Insert<typeof personRoles>, "role" | "start" | "end">>>;
}

export type IndicatorToStore = Required<Omit<Insert<typeof indicators>, "id" | "articleId" | "publishedAt">>;

export type PartnershipToStore = Required<
  Omit<Insert<typeof partnerships>, "id" | "articleId" | "countryEntityId" | "levelRank" | "publishedAt">
>;

export interface QuoteToStore extends Required<Pick<Insert<typeof quotes>, "text" | "start" | "end">> {
  /** Canonical name of the speaker; the writer links it to the person entity of the same name. */
  speaker: string | null;
}

/** Everything read out of one article, in the shape the analysis produces. */
export interface FindingsToStore {
  entities: readonly EntityToStore[];
  indicators: readonly IndicatorToStore[];
  partnerships: readonly PartnershipToStore[];
  quotes: readonly QuoteToStore[];
  themes: ReadonlyArray<{ key: string; score: number }>;
}

/** Near-duplicate fingerprint: the MinHash signature, its features, and the LSH buckets it falls in. */
export interface FingerprintToStore {
  minhash: Buffer;
  features: string;
  /** The keys (unsigned 32-bit) of the LSH buckets the article falls in, one per band. */
  buckets: readonly number[];
}

export interface ArticleToStore {
  article: ArticleColumns;
  findings: FindingsToStore;
  fingerprint: FingerprintToStore;
  /** Where this copy was seen, recorded as a sighting whether the content is new or already stored. */
  sighting: { sourcePath: string | null; url: string | null; outlet: string | null };
}

export interface StoreOutcome {
  id: number;
  storyId: number | null;
  status: "new" | "alreadyPresent";
}

/** The article columns a re-analysis rewrites (the rest — text, source, hashes, story — stay as stored). */
export const reanalysedColumns = [
  "body",
  "removedNoise",
  "wordCount",
  "analyzerVersion",
  "source",
  "datelinePlace",
  "publishedAt",
  "publishedPrecision",
  "publishedSource",
  "publishedEvidence",
] as const;

/** A re-analysis of a stored article: the new cleaning and findings replace the old ones. */
export interface ReanalysisToStore {
  articleId: number;
  article: Pick<ArticleColumns, (typeof reanalysedColumns)[number]>;
  findings: FindingsToStore;
}
