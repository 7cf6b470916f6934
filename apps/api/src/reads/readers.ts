import {
  describeSchema,
  exportCorrections,
  getArticle,
  getCorrectableFindings,
  getEntity,
  listArticles,
  listChangeEvents,
  listCorrectableEntities,
  listCorrections,
  listEntities,
  listIndicators,
  listPartnerships,
  listQuoteGroups,
  listQuotes,
  listThemes,
  overviewMetrics,
  search,
  timeline,
} from "@chancery/query";

/** The reads the API hands to its worker pool: each takes a connection and its input, and returns plain data. */
export const readers = {
  describeSchema,
  exportCorrections,
  getArticle,
  getCorrectableFindings,
  getEntity,
  listArticles,
  listChangeEvents,
  listCorrectableEntities,
  listCorrections,
  listEntities,
  listIndicators,
  listPartnerships,
  listQuoteGroups,
  listQuotes,
  listThemes,
  overviewMetrics,
  search,
  timeline,
};

export type ReaderName = keyof typeof readers;

/** The reads by name, any of which may answer asynchronously (search on PostgreSQL does). */
export type Readers = {
  [K in ReaderName]: (
    database: Parameters<(typeof readers)[K]>[0],
    input: Parameters<(typeof readers)[K]>[1],
  ) => ReturnType<(typeof readers)[K]> | Promise<ReturnType<(typeof readers)[K]>>;
};
export type ReaderInput<K extends ReaderName> = Parameters<(typeof readers)[K]>[1];
export type ReaderOutput<K extends ReaderName> = ReturnType<(typeof readers)[K]>;

/**
 * A read's outcome as it crosses the thread boundary: the answer already as JSON text (copying a string is far
 * cheaper than cloning a large object), and a QueryError with its code so the API maps its status.
 */
export type ReadOutcome =
  | { ok: true; json: string }
  | { ok: false; error: { name: string; message: string; code?: string; details?: Record<string, unknown> } };
