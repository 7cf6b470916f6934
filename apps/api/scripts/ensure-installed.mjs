#!/usr/bin/env node
// Installs the project's dependencies when they are missing (a fresh clone), so `npm start` and `npm test` work
// as the first command. Plain JavaScript with no dependencies, because it runs before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

export function run(command, args, what) {
  process.stderr.write(`\n› ${what}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    process.stderr.write(`\nStopped: ${what} failed (exit ${result.status ?? result.signal}).\n`);
    process.exit(result.status ?? 1);
  }
}

export function ensureInstalled() {
  const nativeDriver = join(root, "node_modules/better-sqlite3/build/Release/better_sqlite3.node");
  if (existsSync(join(root, "node_modules/.bin/turbo")) && existsSync(nativeDriver)) return;
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // `npm ci`: the lockfile records every platform's optional packages, so a clean install follows it exactly
  // and leaves it untouched (a clone stays clean after `npm start`).
  run(
    npm,
    ["ci", "--no-audit", "--no-fund"],
    "Installing dependencies (the first run builds SQLite from source: a few minutes)",
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) ensureInstalled();
