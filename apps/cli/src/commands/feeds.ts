import type { ChanceryDatabase } from "@chancery/db";
import {
  addFeed,
  addFeedOnPostgres,
  type FeedDatabase,
  type FeedPollResult,
  type FeedView,
  listFeeds,
  pollFeeds,
  removeFeed,
  removeFeedOnPostgres,
  startFeedPoller,
} from "@chancery/follow";

export interface FeedsCommandOptions {
  json: boolean;
  /** `feeds add`: "900", "15m", "2h" — seconds unless a unit says otherwise. */
  interval?: string;
  /** `feeds poll`: poll every feed once now and exit, instead of polling due feeds until stopped. */
  once: boolean;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "900" (seconds), "15m", "2h", "1d" → seconds; a feed polled more than once a minute gains nothing. */
export function parseInterval(text: string): number {
  const match = /^(\d+)\s*([smhd]?)$/i.exec(text.trim());
  const seconds = match ? Number(match[1]) * (UNITS[(match[2] || "s").toLowerCase()] ?? 1) : Number.NaN;
  if (!Number.isInteger(seconds) || seconds < 60) {
    throw new Error(`--interval must be at least a minute, as seconds or with a unit (900, 15m, 2h), not "${text}"`);
  }
  return seconds;
}

function when(iso: string | null): string {
  return iso ? iso.replace("T", " ").replace(/\.\d+Z$/, "Z") : "—";
}

function printFeeds(feeds: FeedView[]): void {
  if (feeds.length === 0) {
    process.stdout.write("No feeds followed. Add one: chancery feeds add https://…/rss.xml\n");
    return;
  }
  for (const feed of feeds) {
    const lines = [
      `#${feed.id} ${feed.url}${feed.title ? ` (${feed.title})` : ""}`,
      `  ${feed.status}, every ${Math.round(feed.intervalSeconds / 60)} min, ${feed.itemsSeen} items seen`,
      `  last success ${when(feed.lastSuccessAt)}, next poll ${when(feed.nextPollAt)}`,
    ];
    if (feed.lastError) lines.push(`  last error ${when(feed.lastErrorAt)}: ${feed.lastError}`);
    process.stdout.write(`${lines.join("\n")}\n`);
  }
}

function pollLine(result: FeedPollResult): string {
  if (result.status === "error") return `#${result.feedId} ${result.url}: failed (${result.reason}): ${result.error}`;
  if (result.status === "notModified") return `#${result.feedId} ${result.url}: not modified`;
  if (result.status === "busy") return `#${result.feedId} ${result.url}: already being polled`;
  return `#${result.feedId} ${result.url}: ${result.listed} listed, ${result.newItems} new — ${result.stored} stored, ${result.duplicates} duplicates, ${result.failed} failed`;
}

/** Where the feeds are read, written and polled: a SQLite file's one writer, or a PostgreSQL primary's. */
interface FeedsBackend {
  reads: ChanceryDatabase;
  add(input: { url: string; intervalSeconds?: number }): Promise<{ feed: FeedView; created: boolean }>;
  remove(feed: number | string): Promise<boolean>;
  polls: FeedDatabase;
}

/** `chancery feeds add | list | remove | poll`. Returns the exit code. */
export function runFeedsCommand(
  database: ChanceryDatabase,
  args: string[],
  options: FeedsCommandOptions,
): Promise<number> {
  return runWith(
    {
      reads: database,
      add: async (input) => addFeed(database, input),
      remove: async (feed) => removeFeed(database, feed),
      polls: database,
    },
    args,
    options,
  );
}

/**
 * `chancery feeds … --db postgres://…`: the same, written through the primary's writer and read from it; polls read
 * and write the primary, and store the articles as `chancery ingest` does there.
 */
export async function runPostgresFeedsCommand(
  url: string,
  args: string[],
  options: FeedsCommandOptions,
): Promise<number> {
  const { openPostgres, postgresWriterFor } = await import("@chancery/db/postgres");
  const { openPostgresReads } = await import("@chancery/query/postgres");
  const primary = await openPostgres(url);
  const reads = openPostgresReads(url);
  const { feeds } = postgresWriterFor(primary);
  try {
    return await runWith(
      {
        reads,
        add: (input) => addFeedOnPostgres(feeds, input),
        remove: (feed) => removeFeedOnPostgres(feeds, feed),
        polls: primary,
      },
      args,
      options,
    );
  } finally {
    reads.close();
    await primary.close();
  }
}

async function runWith(backend: FeedsBackend, args: string[], options: FeedsCommandOptions): Promise<number> {
  const [action, ...rest] = args;
  const out = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
  switch (action) {
    case "add": {
      const [url] = rest;
      if (!url || rest.length > 1) throw new Error("chancery feeds add needs one feed URL");
      const interval = options.interval === undefined ? undefined : parseInterval(options.interval);
      const { feed, created } = await backend.add({ url, intervalSeconds: interval });
      if (options.json) out({ feed, created });
      else process.stdout.write(`${created ? "Following" : "Already following"} feed #${feed.id} ${feed.url}\n`);
      return 0;
    }
    case "list": {
      const feeds = listFeeds(backend.reads);
      if (options.json) out({ feeds });
      else printFeeds(feeds);
      return 0;
    }
    case "remove": {
      const [which] = rest;
      if (!which || rest.length > 1) throw new Error("chancery feeds remove needs one feed id or URL");
      const removed = await backend.remove(/^\d+$/.test(which) ? Number(which) : which);
      if (!removed) {
        process.stderr.write(`chancery: no feed ${which} (see chancery feeds list)\n`);
        return 1;
      }
      if (!options.json) process.stdout.write(`Stopped following feed ${which}\n`);
      else out({ removed: true });
      return 0;
    }
    case "poll": {
      if (options.once) {
        const results = await pollFeeds(backend.polls);
        if (options.json) out({ results });
        else process.stdout.write(results.length ? `${results.map(pollLine).join("\n")}\n` : "No feeds to poll.\n");
        return results.some((r) => r.status === "error") ? 1 : 0;
      }
      return pollUntilStopped(backend.polls, options.json);
    }
    default:
      throw new Error(`chancery feeds needs add, list, remove or poll${action ? `, not "${action}"` : ""}`);
  }
}

/** Polls due feeds until SIGINT or SIGTERM, printing each poll as it ends. */
function pollUntilStopped(database: FeedDatabase, json: boolean): Promise<number> {
  process.stderr.write("Polling due feeds until stopped (Ctrl+C)…\n");
  return new Promise((resolve) => {
    const poller = startFeedPoller(database, {
      onPoll: (results) => {
        for (const result of results) process.stdout.write(`${json ? JSON.stringify(result) : pollLine(result)}\n`);
      },
      onError: (error) => process.stderr.write(`chancery: polling failed: ${String(error)}\n`),
    });
    const stop = () => void poller.stop().then(() => resolve(0));
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
