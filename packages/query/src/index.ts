/**
 * @chancery/query: every read of a Chancery database, as pure functions over a connection. The API's routes
 * are thin adapters over these; each action validates its input with the zod schema exported beside it.
 * @example
 *   import { listArticles, search } from "@chancery/query";
 *   const page = listArticles(database, { limit: 20 });
 *   const hits = search(database, { q: "partner* NOT China" });
 */
export { ArticleDetail, GetArticleInput, getArticle, paragraphsOf } from "./articles/get.js";
export { ArticlePage, ListArticlesInput, listArticles } from "./articles/list.js";
export { ArticleSummary } from "./articles/summary.js";
export { CorrectionLog, exportCorrections } from "./corrections/export.js";
export {
  CorrectionListItem,
  CorrectionPage,
  getCorrections,
  ListCorrectionsInput,
  listCorrections,
} from "./corrections/list.js";
export {
  CorrectableEntities,
  CorrectableFindings,
  GetCorrectableFindingsInput,
  getCorrectableFindings,
  ListCorrectableEntitiesInput,
  listCorrectableEntities,
} from "./corrections/targets.js";
export { Coverage, CoverageCounts, CoverageInput, getCoverage } from "./coverage/coverage.js";
export { decodeCursor, encodeCursor } from "./cursor.js";
export { EntityDetail, GetEntityInput, getEntity, MentionGroup } from "./entities/get.js";
export { EntityPage, entitySorts, ListEntitiesInput, listEntities } from "./entities/list.js";
export { EntitySummary } from "./entities/summary.js";
export { parseInput, QueryError, QueryErrorCode, queryErrorCodes } from "./errors.js";
export { toCsv } from "./export/csv.js";
export {
  ExportDataset,
  type ExportSearch,
  type ExportTable,
  exportDataset,
  exportDatasets,
} from "./export/datasets.js";
export { toJsonArray } from "./export/json.js";
export {
  IndicatorChart,
  IndicatorList,
  IndicatorReading,
  IndicatorSeries,
  IndicatorValue,
  ListIndicatorsInput,
  listIndicators,
} from "./findings/indicators.js";
export { ListPartnershipsInput, listPartnerships, Partnership, PartnershipList } from "./findings/partnerships.js";
export { Quote } from "./findings/quote.js";
export {
  ListQuoteGroupsInput,
  listQuoteGroups,
  QuoteGroup,
  QuoteGroupPage,
  QuoteSource,
} from "./findings/quote-groups.js";
export { ListQuotesInput, listQuotes, QuotePage } from "./findings/quotes.js";
export { groupRepeats, normaliseText } from "./findings/repeats.js";
export { ListThemesInput, listThemes, ThemeList } from "./findings/themes.js";
export { ArticleFilters, Cursor, Flag, Id, IsoDate, Limit } from "./inputs.js";
export { Changes, getChanges } from "./metrics/changes.js";
export { OverviewMetrics, overviewMetrics } from "./metrics/overview.js";
export { describeSchema, SchemaDescription } from "./schema/describe.js";
export { type FtsQuery, toFtsQuery } from "./search/fts-query.js";
export { relevanceLimit, SearchInput, SearchOrder, SearchResult, search } from "./search/search.js";
export { Segments } from "./search/segments.js";
export { runReadOnlySql, type SqlLimits, SqlParams, SqlRequest, SqlResult } from "./sql/run.js";
export { checkReadOnlyStatement } from "./sql/statement-check.js";
export {
  chooseGranularity,
  DatePrecision,
  Granularity,
  GranularityChoice,
  periodsBetween,
  toTimeSeries,
} from "./timeline/time-model.js";
export { Timeline, TimelineInput, timeline } from "./timeline/timeline.js";
export {
  ChangeEvent,
  ChangeEventPage,
  ListChangeEventsInput,
  listChangeEvents,
  pendingDeliveries,
} from "./watch/events.js";
export { Follow, FollowList, listFollows } from "./watch/follows.js";
