#!/usr/bin/env node
// `npm start`: install what is missing, build, create the database, ingest seeds/ when it is empty, serve.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ensureInstalled, root, run } from "./ensure-installed.mjs";

ensureInstalled();
// turbo prints a telemetry banner on its first run; `npm start` is for users, who did not ask for it.
process.env.TURBO_TELEMETRY_DISABLED ??= "1";
run(
  join(root, "node_modules/.bin/turbo"),
  ["run", "build", "--output-logs=errors-only"],
  "Building the packages and the dashboard",
);

const { openDatabase } = await import(pathToFileURL(join(root, "packages/db/dist/index.js")).href);
const database = openDatabase();
const { n } = database.sqlite.prepare("SELECT count(*) AS n FROM articles").get();
database.close();
if (n === 0) {
  run(
    process.execPath,
    [join(root, "apps/cli/dist/main.js"), "ingest", join(root, "seeds")],
    "Ingesting seeds/ into the empty database",
  );
} else {
  process.stderr.write(`\n› ${database.path} holds ${n} articles.\n`);
}

await import(pathToFileURL(join(root, "apps/api/dist/main.js")).href);
