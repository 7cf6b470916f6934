import { spawn, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built CLI: the suites run what ships, as a user runs it, not the sources. */
export const cli = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
export const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
export const pages = fileURLToPath(new URL("../../../../packages/ingest/test/pages", import.meta.url));

export type CliRun = { code: number | null; stdout: string; stderr: string };

/** Runs `chancery ARGS…` to its end. */
export function chancery(...args: string[]): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `chancery ARGS…` without blocking the test, so that several run at once. */
export function chanceryAsync(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** The test pages (HTML and text copies), in name order. */
export function pageFiles(): string[] {
  return readdirSync(pages)
    .filter((f) => /\.(html|txt)$/.test(f))
    .sort()
    .map((f) => join(pages, f));
}
