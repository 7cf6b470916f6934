import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "./testing/test-app.js";

const require = createRequire(import.meta.url);
const redocly = join(dirname(require.resolve("@redocly/cli/package.json")), "bin/cli.js");
const config = fileURLToPath(new URL("../redocly.yaml", import.meta.url));

const { app, dispose } = testApp();
const dir = mkdtempSync(join(tmpdir(), "chancery-openapi-lint-"));
afterAll(() => {
  dispose();
  rmSync(dir, { recursive: true, force: true });
});

type Operation = {
  operationId?: string;
  parameters?: unknown[];
  requestBody?: unknown;
  security?: Array<Record<string, string[]>>;
  responses: Record<string, unknown>;
};
const document = (await (await app.request("/api/openapi.json")).json()) as {
  servers?: Array<{ url: string }>;
  tags?: Array<{ name: string; description?: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes?: Record<string, { type: string; scheme?: string }> };
};
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, method, operation })),
);

type LintReport = {
  totals: { errors: number; warnings: number };
  problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer: string }> }>;
};

describe("OpenAPI document under Redocly's recommended rules", () => {
  it("lints with no errors and no warnings (redocly.yaml says why two rules are off)", async () => {
    const file = join(dir, "openapi.json");
    writeFileSync(file, JSON.stringify(document));
    // The CLI exits non-zero when it finds errors; its JSON report is on stdout either way.
    const output = await promisify(execFile)(
      process.execPath,
      [redocly, "lint", file, "--config", config, "--format=json"],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    const report = JSON.parse(output.stdout) as LintReport;
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 20_000);

  it("documents 400 for every operation that takes parameters or a body (instead of operation-4xx-response)", () => {
    const missing = operations
      .filter(({ operation }) => (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined)
      .filter(({ operation }) => !("400" in operation.responses))
      .map(({ name }) => name);
    expect(missing).toEqual([]);
  });

  it("names every operation uniquely and describes every tag", () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(document.tags?.every((tag) => (tag.description ?? "").length > 0)).toBe(true);
    expect(document.servers?.[0]?.url).toBe("http://127.0.0.1:3000");
  });

  it("declares the bearer token on exactly the operations that answer 401", () => {
    expect(document.components.securitySchemes?.bearer).toMatchObject({ type: "http", scheme: "bearer" });
    const guarded = operations.filter(({ operation }) => operation.security?.some((s) => "bearer" in s));
    const answers401 = operations.filter(({ operation }) => "401" in operation.responses);
    expect(guarded.map(({ name }) => name)).toEqual([
      "POST /api/articles",
      "POST /api/corrections",
      "POST /api/corrections/{id}/undo",
      "POST /api/corrections/import",
      "POST /api/feeds",
      "DELETE /api/feeds/{id}",
      "POST /api/feeds/poll",
      "POST /api/watch/follows",
      "DELETE /api/watch/follows/{id}",
    ]);
    expect(answers401.map(({ name }) => name)).toEqual(guarded.map(({ name }) => name));
  });
});
