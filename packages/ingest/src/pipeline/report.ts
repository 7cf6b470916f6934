import { z } from "zod";

/*
 * The ingest report is declared once, here, as zod schemas: `chancery ingest --json` prints it, `POST /api/articles`
 * answers with it (the route uses these schemas as its OpenAPI response) and the dashboard's Upload page reads it
 * through the typed client. A consumer that needs less `.pick`s; it never retypes.
 */

/** What happened to one article (one file, or one record of a bulk file) during an ingest run. */
export const IngestedArticle = z.object({
  file: z.string(),
  /** Stored id; for a dry run, the id of the stored copy when already present, else null. */
  id: z.number().int().nullable(),
  status: z.enum(["new", "alreadyPresent", "wouldBeNew"]),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  /** The news agency or outlet a dateline or credit names ("VNA" in "Tokyo (VNA) -"). */
  source: z.string().nullable(),
  publishedAt: z.string().nullable(),
  body: z.string(),
  /** Shared by every article grouped into the same story (within the batch and with what is stored). */
  story: z.string(),
  /**
   * The stored article this one exactly duplicates (its id), or in a dry run the earlier file of the same batch;
   * null when the content is new.
   */
  duplicateOf: z.union([z.number().int(), z.string()]).nullable(),
  people: z.array(z.object({ name: z.string(), roles: z.array(z.string()) })),
  countries: z.array(z.object({ name: z.string(), code: z.string().nullable() })),
  organizations: z.array(z.object({ name: z.string(), acronym: z.string().nullable() })),
  indicators: z.array(
    z.object({
      key: z.string().nullable(),
      value: z.number(),
      of: z.number().nullable(),
      unit: z.string().nullable(),
      qualifier: z.string().nullable(),
      sentence: z.string(),
    }),
  ),
  partnerships: z.array(z.object({ country: z.string(), level: z.string(), year: z.number().int().nullable() })),
  quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string() })),
  themes: z.array(z.object({ key: z.string(), score: z.number() })),
});
export type IngestedArticle = z.infer<typeof IngestedArticle>;

export const IngestFailure = z.object({ file: z.string(), error: z.string() });
export type IngestFailure = z.infer<typeof IngestFailure>;

/** A report lists at most this many articles: a larger run is summarised by its counts, so memory stays bounded. */
export const ARTICLES_LISTED = 1000;
/** …and at most this many failures, the rest counted in `failedOmitted`. */
export const FAILURES_LISTED = 1000;

/**
 * The summary of an ingest run: the shape printed by `chancery ingest --json` and answered by uploads. A run of more
 * than `ARTICLES_LISTED` articles lists none of them and says how many it left out (`chancery ingest --jsonl` streams
 * one line per article instead); failures beyond `FAILURES_LISTED` are only counted.
 */
export const IngestReport = z.object({
  new: z.number().int(),
  alreadyPresent: z.number().int(),
  failed: z.array(IngestFailure),
  articles: z.array(IngestedArticle),
  /** Articles handled but not listed in `articles` (the run was too large to list, or listing was turned off). */
  articlesOmitted: z.number().int().optional(),
  /** Failures beyond the first `FAILURES_LISTED`, counted but not listed. */
  failedOmitted: z.number().int().optional(),
});
export type IngestReport = z.infer<typeof IngestReport>;
