/**
 * @chancery/query: every read of a Chancery database, as pure functions over a connection. The API's routes
 * are thin adapters over these; each action validates its input with the zod schema exported beside it.
 * @example
 *   import { listArticles, search } from "@chancery/query";
 *   const page = listArticles(database, { limit: 20 });
 *   const hits = search(database, { q: "partner* NOT China" });
 */
export { getArticle, ArticleDetail, GetArticleInput, paragraphsOf } from "./articles/get.js";
export { listArticles, ArticlePage, ListArticlesInput } from "./articles/list.js";
export { ArticleSummary } from "./articles/summary.js";
export { encodeCursor, decodeCursor } from "./cursor.js";
export { getEntity, EntityDetail, GetEntityInput } from "./entities/get.js";
export { listEntities, EntityPage, ListEntitiesInput, entitySorts } from "./entities/list.js";
export { EntitySummary } from "./entities/summary.js";
export { QueryError, QueryErrorCode, queryErrorCodes, parseInput } from "./errors.js";
export { toCsv } from "./export/csv.js";
export { exportDataset, ExportDataset, exportDatasets, type ExportTable } from "./export/datasets.js";
export { toJsonArray } from "./export/json.js";
export { createFixtureDatabase, type FixtureCorpus } from "./fixtures/fixture-database.js";
export { temporaryFixtureDatabase } from "./fixtures/temporary-database.js";
export { listIndicators, IndicatorList, IndicatorSeries, IndicatorValue, ListIndicatorsInput } from "./findings/indicators.js";
export { listPartnerships, Partnership, PartnershipList, ListPartnershipsInput } from "./findings/partnerships.js";
export { Quote } from "./findings/quote.js";
export { listQuotes, QuotePage, ListQuotesInput } from "./findings/quotes.js";
export { listThemes, ThemeList } from "./findings/themes.js";
export { ArticleFilters, Cursor, Flag, Id, IsoDate, Limit } from "./inputs.js";
export { getChanges, Changes } from "./metrics/changes.js";
export { overviewMetrics, OverviewMetrics } from "./metrics/overview.js";
export { describeSchema, SchemaDescription } from "./schema/describe.js";
export { toFtsQuery, type FtsQuery } from "./search/fts-query.js";
export { search, SearchInput, SearchResult } from "./search/search.js";
export { Segments } from "./search/segments.js";
export { runReadOnlySql, SqlParams, SqlRequest, SqlResult, type SqlLimits } from "./sql/run.js";
export { checkReadOnlyStatement } from "./sql/statement-check.js";
export { timeline, Timeline, TimelineInput } from "./timeline/timeline.js";
