import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { hc } from "hono/client";
import { type AppOptions, type AppType, createApp } from "../app.js";

/** The app over a fresh fixture database, with a typed client that calls it in-process (no server). */
export function testApp(options: Omit<AppOptions, "dbPath" | "database"> = {}) {
  const database = temporaryFixtureDatabase();
  const app = createApp({ ...options, dbPath: database.path, database });
  const client = hc<AppType>("http://chancery.test", {
    fetch: (input: string | URL | Request, init?: RequestInit) => app.request(input, init),
  });
  return { app, client, database, dispose: () => database.dispose() };
}
