import type { AddressInfo } from "node:net";
import { openDatabase } from "@chancery/db";
import { type FeedPoller, type PollerOptions, startFeedPoller, WebhookQueue } from "@chancery/follow";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { isLoopback } from "./env.js";
import { openPostgresBackend, type PostgresSetting } from "./postgres-backend.js";
import { ReadPool } from "./reads/pool.js";

export interface ServerOptions {
  port: number;
  host?: string;
  /** The SQLite file; ignored when `postgres` is given. */
  dbPath?: string;
  /** Serve the reads from PostgreSQL (`CHANCERY_DB=postgres://…`, `CHANCERY_DB_READ`); uploads, corrections, follows and feeds write to its primary (webhooks record deliveries there, feeds are polled there). */
  postgres?: PostgresSetting;
  staticDir?: string;
  token?: string;
  uploadLimitBytes?: number;
  /** When set, each change event is POSTed there, signed with the secret (a background queue with retries). */
  webhook?: { url: string; secret: string };
  /** Poll the followed feeds while serving (CHANCERY_FEEDS=1 or --feeds); an object tunes the poller (tests). */
  feeds?: boolean | PollerOptions;
}

/**
 * Opens the database and serves the app; `port: 0` picks a free port (tests). Refuses a non-loopback host
 * without a token, whoever calls it.
 * @example const { url, close } = await startServer({ port: 0, dbPath: "data/chancery.db" });
 */
export async function startServer(options: ServerOptions): Promise<{ url: string; close(): Promise<void> }> {
  const host = options.host ?? "127.0.0.1";
  if (!isLoopback(host) && !options.token) {
    throw new Error(`Refusing to listen on ${host} without a token: set CHANCERY_TOKEN, or listen on 127.0.0.1.`);
  }
  const shownHost = host.includes(":") ? `[${host}]` : host;
  if (!options.postgres && !options.dbPath) throw new Error("startServer needs a dbPath (SQLite) or postgres.");
  const backend = options.postgres ? await openPostgresBackend(options.postgres) : null;
  const database = backend?.database ?? openDatabase({ path: options.dbPath });
  // With `port: 0` the port is known only after listening; the document then keeps the default.
  const serverUrl = options.port ? `http://${shownHost}:${options.port}` : undefined;
  const reads = new ReadPool(database, backend ? { postgres: { url: backend.readUrl, readers: backend.readers } } : {});
  const app = createApp({
    ...options,
    dbPath: database.path,
    database,
    reads,
    serverUrl,
    postgres: backend
      ? {
          readUrl: backend.readUrl,
          searchPages: backend.searchPages,
          primary: backend.primary,
          writes: backend.writes,
        }
      : undefined,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolve(started));
    started.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  // The poller writes through this process's one connection (on PostgreSQL, the primary's writer), like uploads; a
  // failed round is logged, never fatal.
  const poller: FeedPoller | null = options.feeds
    ? startFeedPoller(backend?.primary ?? database, {
        ...(typeof options.feeds === "object" ? options.feeds : {}),
        onError: (error) => console.error("[chancery feeds] polling failed:", error),
      })
    : null;
  const url = `http://${shownHost}:${port}`;
  // On PostgreSQL the queue is read from the primary and each delivery recorded through its writer.
  const webhook = options.webhook
    ? new WebhookQueue(
        backend ? backend.writes.reads() : database,
        { ...options.webhook, baseUrl: url },
        backend?.writes.writer.watch,
      ).start()
    : null;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => {
          void Promise.all([reads.close(), webhook?.stop(), poller?.stop()]).then(async () => {
            if (backend) await backend.close();
            else database.close();
            resolve();
          });
        });
      }),
  };
}
