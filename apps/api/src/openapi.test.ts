import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { testApp } from "./testing/test-app.js";

const { app, dispose } = testApp();
afterAll(dispose);

type Json = Record<string, unknown>;
const document = (await (await app.request("/api/openapi.json")).json()) as Json & {
  paths: Record<string, Record<string, Json>>;
  components?: { schemas?: Record<string, unknown> };
};

/** Inlines `#/components/schemas/X` references so each response schema stands alone. */
function inline(schema: unknown, seen = new Set<string>()): unknown {
  if (Array.isArray(schema)) return schema.map((item) => inline(item, seen));
  if (schema === null || typeof schema !== "object") return schema;
  const ref = (schema as { $ref?: string }).$ref;
  if (ref?.startsWith("#/components/schemas/")) {
    const name = ref.slice("#/components/schemas/".length);
    if (seen.has(name)) return {};
    return inline(document.components?.schemas?.[name], new Set([...seen, name]));
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, inline(value, seen)]));
}

function responseSchema(method: string, path: string, status: number) {
  const operation = document.paths[path]?.[method] as {
    responses?: Record<string, { content?: Record<string, { schema: unknown }> }>;
  };
  const response = operation?.responses?.[String(status)];
  expect(response, `${method.toUpperCase()} ${path} documents ${status}`).toBeDefined();
  const schema = response?.content?.["application/json"]?.schema;
  return schema === undefined ? undefined : z.fromJSONSchema(inline(schema) as Parameters<typeof z.fromJSONSchema>[0]);
}

const cases: Array<[method: string, docPath: string, url: string, status: number, body?: unknown]> = [
  ["get", "/api/health", "/api/health", 200],
  ["get", "/api/changes", "/api/changes", 200],
  ["get", "/api/articles", "/api/articles?limit=3", 200],
  ["get", "/api/articles", "/api/articles?limit=1000", 400],
  ["get", "/api/articles", "/api/articles?cursor=zzz", 400],
  ["get", "/api/articles/{id}", "/api/articles/1", 200],
  ["get", "/api/articles/{id}", "/api/articles/5", 200],
  ["get", "/api/articles/{id}", "/api/articles/404", 404],
  ["get", "/api/metrics/overview", "/api/metrics/overview", 200],
  ["get", "/api/entities", "/api/entities?type=person", 200],
  ["get", "/api/entities/{id}", "/api/entities/1", 200],
  ["get", "/api/entities/{id}", "/api/entities/999", 404],
  ["get", "/api/indicators", "/api/indicators", 200],
  ["get", "/api/partnerships", "/api/partnerships", 200],
  ["get", "/api/quotes", "/api/quotes?limit=1", 200],
  ["get", "/api/themes", "/api/themes", 200],
  ["get", "/api/timeline", "/api/timeline", 200],
  ["get", "/api/search", "/api/search?q=partner*&stories=true", 200],
  ["get", "/api/search", "/api/search?q=AND", 400],
  ["get", "/api/schema", "/api/schema", 200],
  ["post", "/api/query", "/api/query", 200, { sql: "SELECT id, title FROM articles" }],
  ["post", "/api/query", "/api/query", 400, { sql: "DELETE FROM articles" }],
  ["post", "/api/articles", "/api/articles", 400, { title: "no text" }],
];

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 and documents every route", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const path of [
      "/api/health",
      "/api/articles",
      "/api/articles/{id}",
      "/api/metrics/overview",
      "/api/entities",
      "/api/entities/{id}",
      "/api/indicators",
      "/api/partnerships",
      "/api/quotes",
      "/api/themes",
      "/api/timeline",
      "/api/search",
      "/api/query",
      "/api/schema",
      "/api/export/{file}",
      "/api/changes",
      "/api/events",
    ]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
  });

  it("turns documented schemas into validators that reject wrong shapes", () => {
    expect(responseSchema("get", "/api/health", 200)?.safeParse({ ok: true, articles: "five" }).success).toBe(false);
    expect(
      responseSchema("get", "/api/articles", 200)?.safeParse({ items: [{ id: 1 }], nextCursor: null }).success,
    ).toBe(false);
  });

  it.each(cases)("%s %s answers what the document says (%s → %i)", async (method, docPath, url, status, body) => {
    const init: RequestInit =
      body === undefined
        ? { method }
        : { method, body: JSON.stringify(body), headers: { "Content-Type": "application/json" } };
    const response = await app.request(url, init);
    expect(response.status).toBe(status);
    const schema = responseSchema(method, docPath, status);
    const result = schema?.safeParse(await response.json());
    expect(result?.success, JSON.stringify(result?.error?.issues.slice(0, 3))).toBe(true);
  });

  it("serves the interactive reference", async () => {
    const response = await app.request("/api/docs");
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/openapi\.json/);
  });
});
