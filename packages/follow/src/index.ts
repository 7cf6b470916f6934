/**
 * @chancery/follow: following the news — feeds polled on an interval, their new items ingested as URLs.
 * @example
 *   import { addFeed, pollFeeds } from "@chancery/follow";
 *   addFeed(database, { url: "https://example.org/rss.xml" });
 *   const results = await pollFeeds(database);
 */
export {
  addFeed,
  addFeedOnPostgres,
  DEFAULT_INTERVAL_SECONDS,
  FeedInputError,
  FeedView,
  getFeed,
  listFeeds,
  removeFeed,
  removeFeedOnPostgres,
} from "./feeds/feeds.js";
export { HostQueue } from "./feeds/host-queue.js";
export { type FeedEntry, type ReadFeed, readFeed } from "./feeds/parse.js";
export { type FeedDatabase, FeedPollResult, type PollOptions, pollFeeds } from "./feeds/poll.js";
export { type FeedPoller, type PollerOptions, startFeedPoller } from "./feeds/poller.js";
export * from "./watch/index.js";
