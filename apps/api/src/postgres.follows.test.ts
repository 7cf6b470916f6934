import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  openPostgres,
  type PostgresDatabase,
  postgresSuitesRun,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import { verifyWebhookSignature } from "@chancery/follow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve } from "./testing/served.js";

/*
 * Follows through the built API on PostgreSQL (issue 17): added and removed through the primary's writer, the change
 * an upload makes recorded in its transaction, and delivered by the webhook queue, which records the delivery there.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;
if (!postgresSuitesRun()) console.log("postgres.follows: PostgreSQL 15 binaries not found, skipped");

const TOKEN = "follows-test-token";
const SECRET = "a-webhook-secret-of-some-length";

serverTests("follows through the API on PostgreSQL", () => {
  let cluster: ThrowawayCluster;
  let database: PostgresDatabase;
  let api: Awaited<ReturnType<typeof serve>>;
  let receiver: Server;
  const received: Array<{ body: string; signature: string | undefined }> = [];

  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${api.url}${path}`, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    database = await openPostgres(cluster.url);
    receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        received.push({ body, signature: request.headers["x-chancery-signature"] as string | undefined });
        response.end("ok");
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const { port } = receiver.address() as AddressInfo;
    api = await serve({
      CHANCERY_DB: cluster.url,
      CHANCERY_TOKEN: TOKEN,
      CHANCERY_WEBHOOK_URL: `http://127.0.0.1:${port}/hook`,
      CHANCERY_WEBHOOK_SECRET: SECRET,
    });
  }, 240_000);

  afterAll(async () => {
    api?.stop();
    receiver?.close();
    await database?.close();
    cluster?.stop();
  });

  it("adds a follow once, records an upload's change, delivers it and removes the follow with it", async () => {
    const added = await call("POST", "/api/watch/follows", { kind: "query", target: "semiconductor*" });
    expect(added.status).toBe(200);
    const { follow, created } = (await added.json()) as { follow: { id: number; label: string }; created: boolean };
    expect(created).toBe(true);
    const again = await call("POST", "/api/watch/follows", { kind: "query", target: "semiconductor*" });
    expect(await again.json()).toMatchObject({ follow: { id: follow.id }, created: false });

    const upload = await call("POST", "/api/articles", {
      text: "Chip plant opens near Hanoi\n\nA semiconductor packaging plant opened near Hanoi on Monday, officials said.",
      outlet: "VnExpress",
      published: "2025-03-03",
    });
    expect(upload.status).toBe(200);
    const events = (await (await call("GET", "/api/watch/events")).json()) as {
      items: Array<{ id: number; kind: string; followId: number; evidence: string }>;
    };
    expect(events.items.map((e) => [e.kind, e.followId])).toEqual([["query", follow.id]]);
    expect(events.items[0]?.evidence).toMatch(/semiconductor/);

    // The queue reads the primary and records the delivery through its writer.
    for (let i = 0; i < 120 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 500));
    expect(received).toHaveLength(1);
    const delivery = received[0] as { body: string; signature: string | undefined };
    expect(verifyWebhookSignature(SECRET, delivery.body, delivery.signature)).toBe(true);
    expect(JSON.parse(delivery.body)).toMatchObject({ id: events.items[0]?.id, follow: { id: follow.id } });
    let state: { attempts: number; delivered: boolean } | undefined;
    for (let i = 0; i < 40 && !state?.delivered; i++) {
      state = (
        await database.pool.query<{ attempts: number; delivered: boolean }>(
          "SELECT attempts::int AS attempts, delivered_at IS NOT NULL AS delivered FROM change_events",
        )
      ).rows[0];
      if (!state?.delivered) await new Promise((r) => setTimeout(r, 250));
    }
    expect(state).toEqual({ attempts: 1, delivered: true });

    const removed = await call("DELETE", `/api/watch/follows/${follow.id}`);
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({ removed: follow.id });
    expect((await database.pool.query("SELECT count(*)::int AS n FROM change_events")).rows[0]?.n).toBe(0);
    const missing = await call("DELETE", `/api/watch/follows/${follow.id}`);
    expect(missing.status).toBe(404);
  }, 240_000);
});
