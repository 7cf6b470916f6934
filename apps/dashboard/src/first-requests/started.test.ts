import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetStartedRequests, startRequests, takeStartedResponse } from "./started.js";

let server: Server;
let base: string;
let served = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    served += 1;
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ path: request.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("requests started before the dashboard's code runs", () => {
  it("hands each answer to its first taker only, having asked the server once", async () => {
    const before = served;
    startRequests([`${base}/api/themes`, `${base}/api/changes`]);
    const taken = takeStartedResponse(`${base}/api/themes`);
    expect(taken).toBeDefined();
    expect(await (await (taken as Promise<Response>)).json()).toEqual({ path: "/api/themes" });
    expect(takeStartedResponse(`${base}/api/themes`)).toBeUndefined();
    await takeStartedResponse(`${base}/api/changes`);
    expect(served - before).toBe(2);
  });

  it("has nothing for a request it did not start", () => {
    startRequests([`${base}/api/themes`]);
    expect(takeStartedResponse(`${base}/api/themes?limit=5`)).toBeUndefined();
  });

  it("has nothing left to hand over once told the corpus changed", async () => {
    const started = startRequests([`${base}/api/metrics/overview`]);
    await started.responses.get(`${base}/api/metrics/overview`);
    forgetStartedRequests();
    expect(takeStartedResponse(`${base}/api/metrics/overview`)).toBeUndefined();
  });

  it("keeps a failed request for its taker without an unhandled rejection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/api/changes`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    startRequests([url]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(takeStartedResponse(url)).rejects.toThrow();
  });
});
