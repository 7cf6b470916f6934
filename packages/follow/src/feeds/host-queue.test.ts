import { describe, expect, it } from "vitest";
import { HostQueue } from "./host-queue.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("HostQueue", () => {
  it("runs one request at a time per host, with the pause between them, and hosts side by side", async () => {
    const queue = new HostQueue(50);
    const log: string[] = [];
    let active = 0;
    let most = 0;
    const request = (name: string) => async () => {
      active++;
      most = Math.max(most, active);
      log.push(`start ${name} ${Date.now()}`);
      await sleep(20);
      active--;
      return name;
    };
    const a = new URL("http://a.test/1");
    const started = Date.now();
    const [first, second] = await Promise.all([queue.run(a, request("a1")), queue.run(a, request("a2"))]);
    expect([first, second]).toEqual(["a1", "a2"]);
    expect(most).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 50 + 20 - 5);

    most = 0;
    const other = Date.now();
    await Promise.all([
      queue.run(new URL("http://b.test/"), request("b")),
      queue.run(new URL("http://c.test/"), request("c")),
    ]);
    expect(most).toBe(2);
    expect(Date.now() - other).toBeLessThan(60);
  });

  it("keeps going after a failed request", async () => {
    const queue = new HostQueue(0);
    const url = new URL("http://a.test/");
    await expect(queue.run(url, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(queue.run(url, async () => "next")).resolves.toBe("next");
  });
});
