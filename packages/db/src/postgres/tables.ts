import * as sqliteSchema from "../schema/index.js";
import { derivePostgresTables } from "./derive.js";

/**
 * The PostgreSQL tables, derived from the one schema description in src/schema. They are named one by one only
 * because drizzle-kit finds tables among a module's exports; `postgres/schema.test.ts` fails when a SQLite table
 * has no export here.
 */
export const postgresTables = derivePostgresTables(sqliteSchema);

export const {
  articleFingerprints,
  articleSightings,
  articleThemes,
  articles,
  changeEvents,
  correctedAnalyses,
  correctionHits,
  corrections,
  entities,
  entityAliases,
  feedItems,
  feeds,
  follows,
  indicators,
  ingestOutcomes,
  lshKeys,
  mentions,
  meta,
  partnerships,
  personRoles,
  quotes,
  stories,
} = postgresTables;
