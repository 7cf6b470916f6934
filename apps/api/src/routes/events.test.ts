import { ingestBuffers } from "@chancery/ingest";
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
    const article = "Hanoi (VNA) – Vietnam and Laos signed three cooperation agreements on Monday in Vientiane.";
    await ingestBuffers(database, [{ name: "new.txt", bytes: new TextEncoder().encode(article) }]);
    await readUntil(/"articles":6/);
    expect(text).toMatch(/"articles":6/);
    await reader.cancel();
    controller.abort();
  });
});
