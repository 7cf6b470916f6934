export type {
  ArticleColumns,
  ArticleToStore,
  EntityToStore,
  FindingsToStore,
  FingerprintToStore,
  IndicatorToStore,
  PartnershipToStore,
  QuoteToStore,
  ReanalysisToStore,
  StoreOutcome,
} from "./types.js";
export { type Writer, writerFor } from "./writer.js";
