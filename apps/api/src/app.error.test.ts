import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { ErrorBody } from "./errors.js";
import { testApp } from "./testing/test-app.js";

const { app, database, dispose } = testApp({ token: "a-long-enough-test-token", uploadLimitBytes: 1024 });
afterAll(dispose);

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at |SELECT |FROM articles|SqliteError|node_modules/);
  const body = ErrorBody.parse(JSON.parse(text));
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(5);
  return body;
}

describe("one error shape from every source", () => {
  it("zod validation of the query string (400 bad_request)", async () => {
    await expectError(await app.request("/api/articles?limit=0"), 400, "bad_request");
    await expectError(await app.request("/api/articles?limit=abc"), 400, "bad_request");
    await expectError(await app.request("/api/articles?from=2024-13-45"), 400, "bad_request");
    await expectError(await app.request("/api/entities?type=planet"), 400, "bad_request");
  });

  it("zod validation of path parameters (400) and an unknown id (404)", async () => {
    await expectError(await app.request("/api/articles/abc"), 400, "bad_request");
    await expectError(await app.request("/api/articles/-3"), 400, "bad_request");
    await expectError(await app.request("/api/articles/99999"), 404, "not_found");
    await expectError(await app.request("/api/entities/99999"), 404, "not_found");
  });

  it("a cursor the server did not issue (400 bad_cursor)", async () => {
    await expectError(await app.request("/api/articles?cursor=bm9wZQ"), 400, "bad_cursor");
    await expectError(await app.request("/api/quotes?cursor=%%%"), 400, "bad_cursor");
  });

  it("a search FTS5 cannot run (400 bad_search_query)", async () => {
    const body = await expectError(await app.request("/api/search?q=NOT%20china"), 400, "bad_search_query");
    expect(body.error.message).toMatch(/NOT needs a word before it/);
  });

  it("malformed JSON and refused SQL (400)", async () => {
    const post = (body: string) =>
      app.request("/api/query", { method: "POST", body, headers: { "Content-Type": "application/json" } });
    await expectError(await post("{not json"), 400, "bad_request");
    await expectError(await post(JSON.stringify({ sql: 42 })), 400, "bad_request");
    await expectError(await post(JSON.stringify({ sql: "DROP TABLE articles" })), 400, "sql_refused");
  });

  it("an oversized body (413)", async () => {
    const body = JSON.stringify({ sql: `SELECT '${"x".repeat(300_000)}'` });
    await expectError(
      await app.request("/api/query", { method: "POST", body, headers: { "Content-Type": "application/json" } }),
      413,
      "payload_too_large",
    );
  });

  it("a write without the bearer token (401)", async () => {
    const upload = (headers: Record<string, string>) =>
      app.request("/api/articles", {
        method: "POST",
        body: JSON.stringify({ text: "Vietnam and Laos met." }),
        headers: { "Content-Type": "application/json", ...headers },
      });
    const response = await upload({});
    expect(response.headers.get("www-authenticate")).toMatch(/Bearer/);
    await expectError(response, 401, "unauthorized");
    await expectError(await upload({ Authorization: "Bearer wrong-token-of-some-length" }), 401, "unauthorized");
    await expectError(await upload({ Authorization: "Basic abc" }), 401, "unauthorized");
  });

  it("an unknown route (404) and the fallback for anything outside /api", async () => {
    await expectError(await app.request("/api/nothing-here"), 404, "not_found");
    await expectError(await app.request("/api/articles", { method: "DELETE" }), 404, "not_found");
    await expectError(await app.request("/not-a-page"), 404, "not_found");
  });

  it("an unexpected failure (500 internal, no detail)", async () => {
    const broken = testApp();
    const failing = createApp({ dbPath: broken.database.path, database: broken.database });
    broken.database.close();
    const body = await expectError(await failing.request("/api/articles"), 500, "internal");
    expect(body.error.details).toBeUndefined();
  });
});

describe("database untouched", () => {
  it("still answers after the errors", async () => {
    expect((await app.request("/api/health")).status).toBe(200);
    expect(database.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  });
});
