import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Where the database lives: an explicit path, else `CHANCERY_DB`, else `data/chancery.db`
 * at the repository root (found by walking up to `turbo.json`), so every command agrees.
 */
export function resolveDatabasePath(explicit?: string): string {
  if (explicit) return resolve(refuseServerAddress(explicit, "--db"));
  const fromEnv = process.env.CHANCERY_DB;
  if (fromEnv) return resolve(refuseServerAddress(fromEnv, "CHANCERY_DB"));
  return join(findRepositoryRoot(process.cwd()), "data", "chancery.db");
}

/** A database server's address (`postgres://…`, `mysql://…`), as opposed to a file path. */
const SERVER_ADDRESS = /^[a-z][a-z0-9+.-]*:\/\//i;

export class DatabaseLocationError extends Error {
  override name = "DatabaseLocationError";
}

/**
 * Taken as a path, `postgres://host/db` would silently become a folder named `postgres:` holding a fresh SQLite
 * database, and the user would believe their data went to the server. Only SQLite files are supported, so say so.
 */
function refuseServerAddress(location: string, setting: string): string {
  if (!SERVER_ADDRESS.test(location)) return location;
  const scheme = location.slice(0, location.indexOf(":"));
  throw new DatabaseLocationError(
    `${setting}=${scheme}://… names a database server, but Chancery stores its data in one SQLite file: give a file path (for example data/chancery.db). Server databases are not supported yet.`,
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
