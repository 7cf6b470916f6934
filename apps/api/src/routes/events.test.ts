import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.js";

const { app, database, dispose } = testApp();
afterAll(dispose);

describe("GET /api/events", () => {
  it("sends the current state at connect and a new event when the corpus changes", async () => {
    const controller = new AbortController();
    const response = await app.request("/api/events", { signal: controller.signal });
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (pattern: RegExp) => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil(/"articles":5/);
    expect(text).toMatch(/event: changes/);
    database.sqlite.prepare("UPDATE meta SET value = '2030-01-01T00:00:00.000Z' WHERE key = 'last_changed_at'").run();
    await readUntil(/2030-01-01/);
    expect(text).toMatch(/2030-01-01/);
    await reader.cancel();
    controller.abort();
  });
});
