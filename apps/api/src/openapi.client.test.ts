import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { IngestReport } from "@chancery/ingest";
import { afterAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Health } from "./routes/health.js";
import { testApp } from "./testing/test-app.js";

// Generation and tsc run in a process of their own (see the script for why); this worker only imports the result.
const compile = new URL("./testing/compile-openapi-client.mjs", import.meta.url).pathname;
const token = "client-test-token-0123456789";
const { app, dispose } = testApp({ token });
const dir = mkdtempSync(join(tmpdir(), "chancery-openapi-client-"));
afterAll(() => {
  dispose();
  rmSync(dir, { recursive: true, force: true });
});

// A client written only against the generated types: method names come from operationIds, auth from the scheme.
const caller = `import type { operations } from "./schema.js";

// Declared here rather than taken from lib.dom, which would triple the compile time.
type Init = { method?: string; headers?: Record<string, string>; body?: string };
export type Fetch = (input: string, init?: Init) => Promise<{ json(): Promise<unknown> }>;
type Ok<O> = O extends { responses: { 200: { content: { "application/json": infer Body } } } } ? Body : never;
type JsonBody<O> = O extends { requestBody?: { content: { "application/json": infer Body } } } ? Body : never;
export type Health = Ok<operations["getHealth"]>;
export type UploadAnswer = Ok<operations["addArticles"]>;

export async function getHealth(fetch: Fetch): Promise<Health> {
  return (await (await fetch("/api/health")).json()) as Health;
}

export async function addArticles(fetch: Fetch, token: string, article: JsonBody<operations["addArticles"]>) {
  const response = await fetch("/api/articles", {
    method: "POST",
    headers: { Authorization: \`Bearer \${token}\`, "Content-Type": "application/json" },
    body: JSON.stringify(article),
  });
  return (await response.json()) as UploadAnswer;
}

/** What the Upload page shows per article; fails to compile if the generated answer lacks the findings. */
export function findings(answer: UploadAnswer) {
  return answer.articles.map((a) => ({
    title: a.title,
    people: a.people.map((p) => p.name),
    countries: a.countries.map((c) => c.name),
    indicators: a.indicators.map((i) => i.value),
  }));
}

// @ts-expect-error the generated types are precise, not any: there is no such field
export const wrongField = (health: Health) => health.nonexistent;
`;

const tsconfig = {
  compilerOptions: {
    strict: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
    target: "ES2022",
    lib: ["ES2023"],
    skipLibCheck: true,
    module: "ESNext",
    moduleResolution: "Bundler",
    types: [],
  },
  files: ["client.ts"],
};

/** How this test sees the generated client (which tsc has just checked against the generated types). */
type Fetch = (input: string, init?: RequestInit) => Promise<Response>;
type GeneratedClient = {
  getHealth(fetch: Fetch): Promise<z.infer<typeof Health>>;
  addArticles(fetch: Fetch, token: string, article: { text: string; outlet?: string }): Promise<IngestReport>;
  findings(answer: IngestReport): Array<{ title: string | null; people: string[]; countries: string[] }>;
};

const article =
  "Vietnam and Laos pledge closer ties\n\nVietnam and Laos agreed on Monday to deepen their special relationship, Foreign Minister Bui Thanh Son said after talks in Vientiane.\n\nThe two sides signed 12 cooperation agreements.";

describe("a client generated from the OpenAPI document with openapi-typescript", () => {
  it("compiles under tsc and calls routes through app.request with typed answers", async () => {
    writeFileSync(join(dir, "openapi.json"), await (await app.request("/api/openapi.json")).text());
    writeFileSync(join(dir, "client.ts"), caller);
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
    const compiled = await promisify(execFile)(process.execPath, [compile, dir]).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }),
    );
    expect(compiled.stdout).toBe("");

    const client = (await import(join(dir, "client.ts"))) as GeneratedClient;
    const fetch: Fetch = async (input, init) => app.request(input, init);
    const health = await client.getHealth(fetch);
    expect(health.ok).toBe(true);
    expect(health.articles).toBeGreaterThan(0);
    const answer = await client.addArticles(fetch, token, { text: article, outlet: "VietnamPlus" });
    expect(answer.new).toBe(1);
    const [found] = client.findings(answer);
    expect(found?.countries).toEqual(expect.arrayContaining(["Laos"]));
    expect(found?.people).toEqual(expect.arrayContaining(["Bui Thanh Son"]));
  }, 60_000);
});
