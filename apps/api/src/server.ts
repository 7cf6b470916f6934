import type { AddressInfo } from "node:net";
import { openDatabase } from "@chancery/db";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { isLoopback } from "./env.js";
import { ReadPool } from "./reads/pool.js";

export interface ServerOptions {
  port: number;
  host?: string;
  dbPath: string;
  staticDir?: string;
  token?: string;
  uploadLimitBytes?: number;
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
  const database = openDatabase({ path: options.dbPath });
  // With `port: 0` the port is known only after listening; the document then keeps the default.
  const serverUrl = options.port ? `http://${shownHost}:${options.port}` : undefined;
  const reads = new ReadPool(database);
  const app = createApp({ ...options, dbPath: database.path, database, reads, serverUrl });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port, hostname: host }, () => resolve(started));
    started.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => {
          void reads.close().then(() => {
            database.close();
            resolve();
          });
        });
      }),
  };
}
