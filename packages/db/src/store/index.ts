export {
  type Correction,
  CorrectionError,
  CorrectionInput,
  CorrectionLog,
  CorrectionRecord,
  EntityRef,
  entityKeyOf,
  FindingTarget,
  FindingToAdd,
  LoggedCorrection,
} from "./correction-entry.js";
export { type AppendOptions, type CorrectionEntry, describe as describeCorrection } from "./corrections.js";
export { type OutcomeToRecord, recordOutcomes } from "./coverage.js";
export {
  deleteFeed,
  type FeedItemToRecord,
  type FeedPollToRecord,
  type FeedRowStored,
  insertFeed,
  recordFeedItems,
  recordFeedPoll,
} from "./feeds.js";
export { type LshCandidate, lshBucketRange, newestBucketMembersSql } from "./lsh.js";
export { ENTITIES_OF_ARTICLE } from "./rows.js";
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
export {
  type ChangeDetector,
  type DeliveryOutcome,
  type FollowLabelLookup,
  type FollowToStore,
  sentenceAround,
  WatchWriter,
} from "./watch.js";
export { type Writer, writerFor } from "./writer.js";
