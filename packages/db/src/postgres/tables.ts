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
  entityDates,
  feedItems,
  feeds,
  follows,
  indicatorFigureOutlets,
  indicatorFigurePeriods,
  indicatorFigures,
  indicatorKeys,
  indicatorPeriods,
  indicators,
  ingestOutcomes,
  lshKeys,
  mentions,
  meta,
  partnershipCountries,
  partnerships,
  personRoles,
  quotes,
  stories,
  themePeriods,
  themeStoryPeriods,
} = postgresTables;
