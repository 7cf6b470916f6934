import { type FeedDatabase, type FeedPollResult, type PollOptions, pollFeeds } from "./poll.js";

export interface PollerOptions extends Omit<PollOptions, "dueOnly" | "feedIds"> {
  /** How often to look for due feeds (default 30 s); each feed keeps its own interval. */
  checkEveryMs?: number;
  onPoll?: (results: FeedPollResult[]) => void;
  onError?: (error: unknown) => void;
}

export interface FeedPoller {
  /** Stops polling; resolves once a poll under way has finished. */
  stop(): Promise<void>;
}

/**
 * Polls due feeds until stopped: what `chancery feeds poll` and the server (with feeds enabled) run. A round never
 * overlaps the previous one. On PostgreSQL, `database` is the primary, which the polls read and write.
 * @example const poller = startFeedPoller(database, { onPoll: console.log }); … await poller.stop();
 */
export function startFeedPoller(database: FeedDatabase, options: PollerOptions = {}): FeedPoller {
  const { checkEveryMs = 30_000, onPoll, onError, ...pollOptions } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let round: Promise<void> = Promise.resolve();
  const tick = () => {
    round = pollFeeds(database, { ...pollOptions, dueOnly: true })
      .then((results) => {
        if (results.length > 0) onPoll?.(results);
      })
      .catch((error: unknown) => onError?.(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, checkEveryMs);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
    },
  };
}
