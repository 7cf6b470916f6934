/** What happened to one article (one file, or one record of a bulk file) during an ingest run. */
export interface IngestedArticle {
  file: string;
  /** Stored id; for a dry run, the id of the stored copy when already present, else null. */
  id: number | null;
  status: "new" | "alreadyPresent" | "wouldBeNew";
  title: string | null;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  body: string;
  /** Shared by every article grouped into the same story (within the batch and with what is stored). */
  story: string;
  /**
   * The stored article this one exactly duplicates (its id), or in a dry run the earlier file of the same batch;
   * null when the content is new.
   */
  duplicateOf: number | string | null;
  people: Array<{ name: string; roles: string[] }>;
  countries: Array<{ name: string; code: string | null }>;
  organizations: Array<{ name: string; acronym: string | null }>;
  indicators: Array<{
    key: string | null;
    value: number;
    of: number | null;
    unit: string | null;
    qualifier: string | null;
    sentence: string;
  }>;
  partnerships: Array<{ country: string; level: string; year: number | null }>;
  quotes: Array<{ speaker: string | null; text: string }>;
  themes: Array<{ key: string; score: number }>;
}

export interface IngestFailure {
  file: string;
  error: string;
}

/** The summary of an ingest run: the shape printed by `chancery ingest --json` and answered by uploads. */
export interface IngestReport {
  new: number;
  alreadyPresent: number;
  failed: IngestFailure[];
  articles: IngestedArticle[];
}
