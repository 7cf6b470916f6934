import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const dashboardDist = join(repoRoot, "apps/dashboard/dist");
// CHANCERY_E2E_FROM_SOURCE=1 runs the CLI and the server from TypeScript sources (tsx) while developing;
// by default the tests use the built files, as users run them.
const fromSource = process.env.CHANCERY_E2E_FROM_SOURCE === "1";
const sourceFlags = ["--conditions=@chancery/source", "--import", "tsx"];
const ingestCli = join(repoRoot, fromSource ? "apps/cli/src/main.ts" : "apps/cli/dist/main.js");
const apiMain = join(repoRoot, fromSource ? "apps/api/src/main.ts" : "apps/api/dist/main.js");
const nodeArgs = (script: string, ...args: string[]) => [...(fromSource ? sourceFlags : []), script, ...args];

export type RunningServer = { url: string; dbPath: string; stop: () => Promise<void> };
export type Stoppable = { stop: () => Promise<void> };

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  await new Promise((resolveStop) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      resolveStop(undefined);
    }, 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolveStop(undefined);
    });
  });
}

function requireBuilt(path: string, what: string) {
  if (!existsSync(path)) {
    throw new Error(`${what} is not built (${path} is missing). Run \`npm run build\` at the repository root first.`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API server exited with code ${child.exitCode}:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The API server did not answer /api/health within ${timeoutMs} ms:\n${log()}`);
}

/**
 * Starts the real server (built API + built dashboard) on a free port over a fresh temporary database,
 * optionally filled from folders through the built ingest CLI, and waits until it answers.
 */
export async function startServer(
  options: { ingest?: string[]; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  requireBuilt(apiMain, "The API (apps/api)");
  requireBuilt(join(dashboardDist, "index.html"), "The dashboard (apps/dashboard)");
  const dir = mkdtempSync(join(tmpdir(), "chancery-e2e-"));
  const dbPath = join(dir, "chancery.db");
  if (options.ingest && options.ingest.length > 0) {
    requireBuilt(ingestCli, "The CLI (apps/cli)");
    await promisify(execFile)(process.execPath, nodeArgs(ingestCli, "ingest", ...options.ingest, "--db", dbPath), {
      cwd: repoRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const port = await freePort();
  let output = "";
  const child = spawn(process.execPath, nodeArgs(apiMain), {
    cwd: repoRoot,
    env: {
      ...process.env,
      CHANCERY_DB: dbPath,
      PORT: String(port),
      HOST: "127.0.0.1",
      CHANCERY_TOKEN: "",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dbPath, stop };
}

/** `chancery ingest --watch <dir>` on a server's database, as a user runs it next to an open dashboard. */
export function startIngestWatch(dir: string, dbPath: string): Stoppable & { output: () => string } {
  requireBuilt(ingestCli, "The CLI (apps/cli)");
  let output = "";
  const child = spawn(process.execPath, nodeArgs(ingestCli, "ingest", dir, "--watch", "--db", dbPath), {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { stop: () => stopChild(child), output: () => output };
}
