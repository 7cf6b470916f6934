import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.js";

const token = "watch-test-token-0123456789";
const { app, dispose } = testApp({ token });
afterAll(dispose);
const auth = { Authorization: `Bearer ${token}` };

describe("the watchlist routes refuse", () => {
  it("writes without the token", async () => {
    const response = await app.request("/api/watch/follows", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ kind: "partnership", target: "LA" }),
    });
    expect(response.status).toBe(401);
    expect((await app.request("/api/watch/follows/1", { method: "DELETE" })).status).toBe(401);
  });

  it("an unknown kind, a bad country code and a missing follow, in the one error shape", async () => {
    const post = (body: unknown) =>
      app.request("/api/watch/follows", {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const badKind = await post({ kind: "country", target: "LA" });
    expect(badKind.status).toBe(400);
    const badCode = await post({ kind: "partnership", target: "Laos" });
    expect(badCode.status).toBe(400);
    expect(await badCode.json()).toMatchObject({
      error: { code: "bad_request", message: expect.stringMatching(/ISO/) },
    });
    const missing = await app.request("/api/watch/follows/999", { method: "DELETE", headers: auth });
    expect(missing.status).toBe(404);
    expect((await app.request("/api/watch/events?kind=nope")).status).toBe(400);
  });
});
