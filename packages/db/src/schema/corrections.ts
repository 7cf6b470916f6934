import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { articles } from "./articles.js";
import { entityTypes } from "./constants.js";

export const correctionKinds = [
  "merge_entity",
  "rename_entity",
  "split_mention",
  "reject_finding",
  "add_finding",
  "undo",
] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

/** The findings an analyst can reject or add, one article at a time. */
export const correctableFindings = ["person", "indicator", "partnership", "quote", "theme"] as const;
export type CorrectableFinding = (typeof correctableFindings)[number];

/**
 * What analysts changed, as an append-only log (triggers refuse UPDATE and DELETE): targets name things by stable
 * keys (entity type and key, an article's content hash and a finding's natural key), never row ids, so an entry
 * still applies after reanalysis or in another database that ingested the same articles.
 */
export const corrections = sqliteTable(
  "corrections",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: correctionKinds }).notNull(),
    /** JSON: what the entry is about, by stable keys. */
    target: text("target").notNull(),
    /** JSON: what it changes the target to (a name, the entity merged into, a finding to add). */
    payload: text("payload").notNull().default("{}"),
    author: text("author").notNull(),
    reason: text("reason").notNull().default(""),
    createdAt: text("created_at").notNull(),
    /** For an undo: the entry it takes back. */
    undoes: integer("undoes").references((): AnySQLiteColumn => corrections.id),
  },
  (t) => [index("corrections_kind_idx").on(t.kind, t.id), index("corrections_undoes_idx").on(t.undoes)],
);

/** Which articles an active correction changed the last time their findings were written; none means stale. */
export const correctionHits = sqliteTable(
  "correction_hits",
  {
    correctionId: integer("correction_id")
      .notNull()
      .references(() => corrections.id),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.correctionId, t.articleId] }), index("correction_hits_article_idx").on(t.articleId)],
);

/**
 * The analysis as the analyser gave it, kept for the articles a correction changed, so that an undo or a new
 * correction re-derives their findings from it instead of from rows earlier corrections already changed.
 */
export const correctedAnalyses = sqliteTable("corrected_analyses", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id, { onDelete: "cascade" }),
  /** JSON of the writer's FindingsToStore. */
  findings: text("findings").notNull(),
});

/** Spellings learnt from merges: an entity stored under the variant key lands on the canonical one. */
export const entityAliases = sqliteTable(
  "entity_aliases",
  {
    type: text("type", { enum: entityTypes }).notNull(),
    variantKey: text("variant_key").notNull(),
    canonicalKey: text("canonical_key").notNull(),
    /** The merge that taught it; undoing that merge removes the alias. */
    correctionId: integer("correction_id")
      .notNull()
      .references(() => corrections.id),
  },
  (t) => [primaryKey({ columns: [t.type, t.variantKey] })],
);
