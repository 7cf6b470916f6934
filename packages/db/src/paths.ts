import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Where the database lives: an explicit path, else `CHANCERY_DB`, else `data/chancery.db`
 * at the repository root (found by walking up to `turbo.json`), so every command agrees.
 */
export function resolveDatabasePath(explicit?: string, user = "this command"): string {
  const location = resolveDatabase(explicit, user);
  if (location.kind === "sqlite") return location.path;
  throw refusal(explicit ? "--db" : "CHANCERY_DB", "postgres", user);
}

/** A SQLite file, or a PostgreSQL server's database. */
export type DatabaseLocation = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

/** What runs on PostgreSQL so far, named in the refusal every other command gives (docs/SCALING.md). */
const ON_POSTGRES =
  "chancery ingest (files, folders, URLs, --dry-run, --watch), chancery follow, chancery feeds, chancery corrections export/import, chancery query, chancery reanalyze, chancery migrate --to/--from, and the API with its reads, uploads, corrections, follows and feeds (npm start, with CHANCERY_DB_READ for a replica)";

/**
 * Where the database lives, as `resolveDatabasePath`, but a `postgres://` (or `postgresql://`) address is a PostgreSQL
 * database, for the commands that support it; `user` names the command in the message when `postgres` is not given.
 */
export function resolveDatabase(explicit: string | undefined, user: string, postgres = false): DatabaseLocation {
  const setting = explicit ? "--db" : "CHANCERY_DB";
  const location = explicit || process.env.CHANCERY_DB;
  if (!location) return { kind: "sqlite", path: join(findRepositoryRoot(process.cwd()), "data", "chancery.db") };
  if (!SERVER_ADDRESS.test(location)) return { kind: "sqlite", path: resolve(location) };
  const scheme = location.slice(0, location.indexOf(":"));
  if (/^postgres(ql)?$/i.test(scheme)) {
    if (postgres) return { kind: "postgres", url: location };
    throw refusal(setting, scheme, user);
  }
  throw new DatabaseLocationError(
    `${setting}=${scheme}://… names a database server, but Chancery stores its data in one SQLite file or in PostgreSQL (postgres://…): give a file path (for example data/chancery.db).`,
  );
}

/** A database server's address (`postgres://…`, `mysql://…`), as opposed to a file path. */
const SERVER_ADDRESS = /^[a-z][a-z0-9+.-]*:\/\//i;

export class DatabaseLocationError extends Error {
  override name = "DatabaseLocationError";
}

/**
 * Taken as a path, `postgres://host/db` would silently become a folder named `postgres:` holding a fresh SQLite
 * database, and the user would believe their data went to the server: a command that runs on SQLite alone says so.
 * The address is not echoed, as it may carry a password.
 */
function refusal(setting: string, scheme: string, user: string): DatabaseLocationError {
  return new DatabaseLocationError(
    `${setting}=${scheme}://… names a database server, but ${user} runs on SQLite only so far: give a file path (for example data/chancery.db). On PostgreSQL so far: ${ON_POSTGRES}.`,
  );
}

export function findRepositoryRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "turbo.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}
