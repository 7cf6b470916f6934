import type { InferResponseType } from "hono/client";
import type { api } from "./client.js";

/* Response shapes shared by several components, derived from the API's routes (never written by hand). */

export type Quote = InferResponseType<typeof api.api.quotes.$get, 200>["items"][number];
export type ArticleSummary = InferResponseType<typeof api.api.articles.$get, 200>["items"][number];
export type ArticleDetail = InferResponseType<(typeof api.api.articles)[":id"]["$get"], 200>;
export type IndicatorSeries = InferResponseType<typeof api.api.indicators.$get, 200>["items"][number];
export type IndicatorValue = IndicatorSeries["values"][number];
export type Partnership = InferResponseType<typeof api.api.partnerships.$get, 200>["items"][number];
export type PartnershipLevel = Partnership["level"];
export type SearchResults = InferResponseType<typeof api.api.search.$get, 200>;
export type IngestReport = InferResponseType<typeof api.api.articles.$post, 200>;
export type EntitySummary = InferResponseType<typeof api.api.entities.$get, 200>["items"][number];
export type EntityDetail = InferResponseType<(typeof api.api.entities)[":id"]["$get"], 200>;
export type Timeline = InferResponseType<typeof api.api.timeline.$get, 200>;
export type QuoteGroup = InferResponseType<typeof api.api.quotes.groups.$get, 200>["items"][number];
export type ThemeList = InferResponseType<typeof api.api.themes.$get, 200>;
export type IndicatorReading = IndicatorSeries["readings"][number];
