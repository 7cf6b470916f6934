import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/* The built API and CLI as a user runs them, for the tests that compare backends over HTTP. */
const main = fileURLToPath(new URL("../../dist/main.js", import.meta.url));
const cli = fileURLToPath(new URL("../../../cli/dist/main.js", import.meta.url));
export const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
const pages = fileURLToPath(new URL("../../../../packages/ingest/test/pages", import.meta.url));

/** The test pages themselves, not their readings (*.expected.json). */
export const pageFiles = () =>
  readdirSync(pages)
    .filter((f) => /\.(html|txt)$/.test(f))
    .sort()
    .map((f) => join(pages, f));

/** Runs `chancery ingest` through the built CLI; throws with its output when it fails. */
export function ingest(db: string, ...inputs: string[]): void {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build first (npx turbo run build)`);
  const result = spawnSync(process.execPath, [cli, "ingest", ...inputs, "--db", db], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`chancery ingest failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts the built API on a free port with the given environment; resolves once it serves. */
export function serve(env: Record<string, string>): Promise<{ url: string; stop(): void; output(): string }> {
  if (!existsSync(main))
    throw new Error(`${main} is missing: build first (npx turbo run build --filter=@chancery/api)`);
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk;
      const served = /serving on (http:\/\/\S+)/.exec(output);
      if (served?.[1]) resolve({ url: served[1], stop: () => child.kill("SIGTERM"), output: () => output });
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`the API exited (${code}) before serving:\n${output}`)));
  });
}
