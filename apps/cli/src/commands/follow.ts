import type { ChanceryDatabase } from "@chancery/db";
import {
  addFollow,
  addFollowOnPostgres,
  deliverPendingChanges,
  deliverPendingChangesOnPostgres,
  type FollowInput,
  parseFollowSpec,
  removeFollow,
  removeFollowOnPostgres,
  type WebhookOptions,
} from "@chancery/follow";
import { listChangeEvents, listFollows } from "@chancery/query";

/** Where the watchlist is read and written: a SQLite file's one writer, or a PostgreSQL primary's. */
interface FollowBackend {
  reads: ChanceryDatabase;
  add(input: FollowInput): { id: number; created: boolean } | Promise<{ id: number; created: boolean }>;
  remove(idOrSpec: string): void | Promise<void>;
  deliver(options: WebhookOptions): Promise<{ delivered: number; failed: number }>;
}

export const followUsage = `chancery follow add indicator:<key> | partnership:<CC> | person:<name> | query:"<search>" [--db FILE]
  chancery follow list [--json] | remove <id or kind:target> | changes [--json] | deliver (send queued changes to CHANCERY_WEBHOOK_URL)`;

/** `chancery follow …`: the watchlist from the command line; the writes go through the one writer. */
export function runFollowCommand(
  database: ChanceryDatabase,
  args: readonly string[],
  options: { json: boolean },
): Promise<number> {
  return runWith(
    {
      reads: database,
      add: (input) => addFollow(database, input),
      remove: (idOrSpec) => removeFollow(database, idOrSpec),
      deliver: (webhook) => deliverPendingChanges(database, webhook),
    },
    args,
    options,
  );
}

/** `chancery follow … --db postgres://…`: the same, written through the primary's writer and read from it. */
export async function runPostgresFollowCommand(
  url: string,
  args: readonly string[],
  options: { json: boolean },
): Promise<number> {
  const { openPostgres, postgresWriterFor } = await import("@chancery/db/postgres");
  const { openPostgresReads } = await import("@chancery/query/postgres");
  const primary = await openPostgres(url);
  const reads = openPostgresReads(url);
  const { watch } = postgresWriterFor(primary);
  try {
    return await runWith(
      {
        reads,
        add: (input) => addFollowOnPostgres(watch, input),
        remove: (idOrSpec) => removeFollowOnPostgres(watch, idOrSpec),
        deliver: (webhook) => deliverPendingChangesOnPostgres(watch, reads, webhook),
      },
      args,
      options,
    );
  } finally {
    reads.close();
    await primary.close();
  }
}

async function runWith(backend: FollowBackend, args: readonly string[], options: { json: boolean }): Promise<number> {
  const database = backend.reads;
  const [action, ...rest] = args;
  const print = (value: unknown, text: () => string) =>
    process.stdout.write(options.json ? `${JSON.stringify(value)}\n` : `${text()}\n`);
  switch (action) {
    case "add": {
      if (rest.length === 0) throw new Error(`follow add needs what to follow, e.g. partnership:JP\n  ${followUsage}`);
      for (const spec of rest) {
        const { id, created } = await backend.add(parseFollowSpec(spec));
        print({ id, created }, () => `${created ? "Following" : "Already following"} ${spec} (follow ${id}).`);
      }
      return 0;
    }
    case "list": {
      const { items } = listFollows(database);
      print({ items }, () =>
        items.length === 0
          ? "Nothing is followed yet: chancery follow add partnership:JP"
          : items
              .map(
                (f) =>
                  `${f.id}\t${f.kind}:${f.target}\t${f.label}\t${f.events} changes${f.lastEventAt ? `, last ${f.lastEventAt}` : ""}`,
              )
              .join("\n"),
      );
      return 0;
    }
    case "remove": {
      if (rest.length === 0) throw new Error("follow remove needs an id or the kind:target it was added with");
      for (const target of rest) {
        await backend.remove(target);
        print({ removed: target }, () => `Removed ${target}.`);
      }
      return 0;
    }
    case "changes": {
      const { items } = listChangeEvents(database, { limit: 50 });
      print({ items }, () =>
        items.length === 0
          ? "No changes recorded yet."
          : items
              .map(
                (e) =>
                  `${e.createdAt}\t${e.summary}\n\t${e.evidence}\n\tarticle ${e.articleId}: ${e.articleTitle ?? ""}`,
              )
              .join("\n"),
      );
      return 0;
    }
    case "deliver": {
      const url = process.env.CHANCERY_WEBHOOK_URL;
      const secret = process.env.CHANCERY_WEBHOOK_SECRET;
      if (!url || !secret) throw new Error("follow deliver needs CHANCERY_WEBHOOK_URL and CHANCERY_WEBHOOK_SECRET");
      const result = await backend.deliver({ url, secret });
      print(result, () => `Delivered ${result.delivered} changes; ${result.failed} failed and will be retried.`);
      return result.failed > 0 ? 1 : 0;
    }
    default:
      throw new Error(`unknown follow action "${action ?? ""}"\n  ${followUsage}`);
  }
}
