import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * Where the database lives: an explicit path, else `CHANCERY_DB`, else `data/chancery.db`
 * at the repository root (found by walking up to `turbo.json`), so every command agrees.
 */
export function resolveDatabasePath(explicit?: string): string {
  if (explicit) return resolve(explicit);
  const fromEnv = process.env.CHANCERY_DB;
  if (fromEnv) return resolve(fromEnv);
  return join(findRepositoryRoot(process.cwd()), "data", "chancery.db");
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
