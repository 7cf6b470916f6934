import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChanceryDatabase, openDatabase, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addFollow } from "./follows.js";
import { deliverPendingChanges, verifyWebhookSignature, WebhookQueue } from "./webhook.js";

const secret = "a webhook secret for tests";

interface Received {
  body: string;
  signatureValid: boolean;
  timestamp: string | undefined;
}

/** A receiver on 127.0.0.1 answering with the given statuses in turn (200 once they run out). */
function startReceiver(statuses: number[]): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const header = request.headers["x-chancery-signature"];
      received.push({
        body,
        signatureValid: verifyWebhookSignature(secret, body, Array.isArray(header) ? header[0] : header),
        timestamp: request.headers["x-chancery-timestamp"] as string | undefined,
      });
      response.writeHead(statuses.shift() ?? 200).end();
    });
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/hook`, received, server });
    }),
  );
}

let dir: string;
let database: ChanceryDatabase;
let server: Server | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-webhook-"));
  database = openDatabase({ path: join(dir, "test.db") });
  addFollow(database, { kind: "query", target: "rice" });
  writerFor(database).storeArticles([articleToStore({ body: "Rice exports rose in May.", title: "Rice" })]);
});

afterEach(async () => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
  await new Promise((resolve) => server?.close(resolve) ?? resolve(null));
  server = undefined;
});

const state = () =>
  database.sqlite.prepare("SELECT attempts, delivered_at, last_error, next_attempt_at FROM change_events").get() as {
    attempts: number;
    delivered_at: string | null;
    last_error: string | null;
    next_attempt_at: string | null;
  };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("webhook delivery", () => {
  it("retries with a growing wait after two failures and records the delivery on the third try", async () => {
    const receiver = await startReceiver([500, 503]);
    server = receiver.server;
    const options = { url: receiver.url, secret, backoffMs: 200 };
    expect(await deliverPendingChanges(database, options)).toEqual({ delivered: 0, failed: 1 });
    expect(state()).toMatchObject({ attempts: 1, delivered_at: null, last_error: "HTTP 500 Internal Server Error" });
    // Not due yet: the wait is still running, so a pass right away sends nothing.
    expect(await deliverPendingChanges(database, options)).toEqual({ delivered: 0, failed: 0 });
    await sleep(250);
    expect(await deliverPendingChanges(database, options)).toEqual({ delivered: 0, failed: 1 });
    const second = state();
    expect(second.attempts).toBe(2);
    await sleep(450);
    expect(await deliverPendingChanges(database, options)).toEqual({ delivered: 1, failed: 0 });
    expect(state()).toMatchObject({ attempts: 3, last_error: null, next_attempt_at: null });
    expect(state().delivered_at).not.toBeNull();
    expect(receiver.received).toHaveLength(3);
    expect(receiver.received.every((r) => r.signatureValid)).toBe(true);
    const payload = JSON.parse(receiver.received[2]?.body ?? "{}");
    expect(payload).toMatchObject({ type: "change", kind: "query", evidence: expect.stringContaining("Rice") });
    expect(payload.article.url).toMatch(/\/articles\/\d+$/);
    expect(String(Math.floor(Date.parse(payload.sentAt) / 1000))).toBe(receiver.received[2]?.timestamp);
    // Delivered events are not sent again.
    expect(await deliverPendingChanges(database, options)).toEqual({ delivered: 0, failed: 0 });
  });

  it("signs the raw body so a receiver with another secret or a changed body rejects it", async () => {
    const receiver = await startReceiver([]);
    server = receiver.server;
    await deliverPendingChanges(database, { url: receiver.url, secret });
    const [delivery] = receiver.received;
    const header = `sha256=${"0".repeat(64)}`;
    expect(delivery?.signatureValid).toBe(true);
    expect(verifyWebhookSignature("another secret", delivery?.body ?? "", header)).toBe(false);
    expect(verifyWebhookSignature(secret, `${delivery?.body} `, header)).toBe(false);
  });

  it("gives up after the last attempt, keeping the reason, when nothing listens", async () => {
    const receiver = await startReceiver([]);
    const url = receiver.url;
    await new Promise((resolve) => receiver.server.close(resolve));
    const options = { url, secret, backoffMs: 1, maxAttempts: 2 };
    await deliverPendingChanges(database, options);
    await sleep(5);
    await deliverPendingChanges(database, options);
    await sleep(5);
    expect(await deliverPendingChanges(database, options)).toEqual({ delivered: 0, failed: 0 });
    expect(state()).toMatchObject({ attempts: 2, delivered_at: null, next_attempt_at: null });
    expect(state().last_error).toMatch(/ECONNREFUSED|fetch failed/);
  });

  it("delivers from the background queue when nudged", async () => {
    const receiver = await startReceiver([]);
    server = receiver.server;
    const queue = new WebhookQueue(database, { url: receiver.url, secret, intervalMs: 60_000 }).start();
    await queue.nudge();
    await queue.stop();
    expect(receiver.received).toHaveLength(1);
    expect(state().delivered_at).not.toBeNull();
  });
});
