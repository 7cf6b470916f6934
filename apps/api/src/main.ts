import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { resolveDatabase } from "@chancery/db";
import { readEnv } from "./env.js";
import { startServer } from "./server.js";

/** The process entry: checks the environment, serves the API and the built dashboard, stops on a signal. */
async function main() {
  const env = readEnv();
  const location = resolveDatabase(env.CHANCERY_DB, "the API", true);
  const dashboard = fileURLToPath(new URL("../../dashboard/dist", import.meta.url));
  const server = await startServer({
    port: env.PORT,
    host: env.HOST,
    ...(location.kind === "postgres"
      ? { postgres: { url: location.url, readUrl: env.CHANCERY_DB_READ } }
      : { dbPath: location.path }),
    staticDir: existsSync(dashboard) ? dashboard : undefined,
    token: env.CHANCERY_TOKEN,
    uploadLimitBytes: Math.round(env.CHANCERY_UPLOAD_LIMIT_MB * 1024 * 1024),
    webhook:
      env.CHANCERY_WEBHOOK_URL && env.CHANCERY_WEBHOOK_SECRET
        ? { url: env.CHANCERY_WEBHOOK_URL, secret: env.CHANCERY_WEBHOOK_SECRET }
        : undefined,
    feeds: env.CHANCERY_FEEDS || process.argv.includes("--feeds"),
  });
  console.log(`Chancery is serving on ${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
