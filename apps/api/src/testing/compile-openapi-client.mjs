// Run as its own process by openapi.client.test.ts: openapi-typescript and the TypeScript compiler are heavy, and
// loading them inside the test's vitest worker (beside the app, its database and every other package's tests) let
// that worker die mid-run under a whole-repo `npm test`. Here they live and die with this short process.
//
// Usage: node compile-openapi-client.mjs DIR — reads DIR/openapi.json, writes DIR/schema.ts from it, then type-checks
// DIR/tsconfig.json's files with tsc. Prints tsc's diagnostics (nothing when the client compiles); exits 1 on any.
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import openapiTS, { astToString } from "openapi-typescript";

const dir = process.argv[2];
if (!dir) throw new Error("compile-openapi-client: give the folder holding openapi.json, client.ts and tsconfig.json");
const document = JSON.parse(readFileSync(join(dir, "openapi.json"), "utf8"));
writeFileSync(join(dir, "schema.ts"), astToString(await openapiTS(document)));

const require = createRequire(import.meta.url);
const tsc = join(dirname(require.resolve("typescript/package.json")), "bin/tsc");
try {
  await promisify(execFile)(process.execPath, [tsc, "-p", dir]);
} catch (error) {
  process.stdout.write(error.stdout || String(error));
  process.exitCode = 1;
}
