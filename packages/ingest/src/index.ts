/**
 * @chancery/ingest: read → normalise → clean → analyse → store.
 * @example
 *   import { openDatabase } from "@chancery/db";
 *   import { ingestPaths } from "@chancery/ingest";
 *   const report = await ingestPaths(openDatabase(), ["seeds"], { dryRun: true });
 */

export { fold } from "./analyse/fold.js";
export { ANALYZER_VERSION, analyseArticle } from "./analyse/index.js";
export type { Analysis, AnalysisContext } from "./analyse/types.js";
export {
  client as fetchClient,
  type FetchOptions,
  type FetchResult,
  fetchUrl,
  findKnownUrl,
  findKnownUrlPostgres,
  type KnownUrl,
  outletOfUrl,
  parseHttpUrl,
  USER_AGENT,
} from "./fetch/index.js";
export { type IngestOptions, type IngestProgress, ingestBuffers, ingestPaths } from "./pipeline/ingest.js";
export { type IngestUrlsOptions, ingestUrls, type UrlToIngest } from "./pipeline/ingest-urls.js";
export { type PreparedArticle, prepareArticle } from "./pipeline/prepare.js";
export {
  formatDelta,
  olderAnalyzer,
  type ReanalyzeOptions,
  type ReanalyzeReport,
  reanalyzeAll,
  reanalyzeAllPostgres,
} from "./pipeline/reanalyze.js";
export { IngestedArticle, IngestFailure, IngestReport } from "./pipeline/report.js";
export type { ReadFailure, SourceDocument, SourceMetadata } from "./read/document.js";
